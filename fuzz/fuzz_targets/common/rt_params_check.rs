//! The `rt_params` fuzz target's checks: arbitrary text as a query string, path segments, header
//! values (`Content-Type`, `Authorization`, `Cookie`) and parameter values, through what the
//! generated router reads requests with (specgen-rt's `server` feature), and through the client's
//! encoding (`client`), which must round-trip through the server's decoding. Nothing may panic, and
//! each function must agree with an independent reading of its rule.
//!
//! Shared, not copied: `fuzz/fuzz_targets/rt_params.rs` runs it under libFuzzer and
//! `tests/tests/rt_fuzz_corpus.rs` replays `fuzz/corpus/rt_params/` through it on stable.

use specgen_rt::axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use specgen_rt::param::{
    Shape, Style, Wire, object_entries, object_from, raw_query_pairs, read_header, read_path, read_query, write_header,
    write_path, write_query,
};
use specgen_rt::{
    Date, DateTime, Presence, Problem, Problems, Query, Uuid, bad_parameter, basic, bearer, check, content_type_is,
    cookie, decode_json, encode_component, encode_pairs, form_body, header_credential, header_json, header_list,
    header_text, is_base64, is_date, is_date_time, json_text, missing_parameter, parse_param, parse_param_json,
    percent_decode, query_pairs, query_value, required_header, set_header,
};

const PRESENCES: [Presence; 4] = [
    Presence::Required,
    Presence::Optional,
    Presence::RequiredNullable,
    Presence::OptionalNullable,
];

const MEDIA_TYPES: [&str; 4] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "text/plain",
];

pub fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    query(&text);
    decoding(&text);
    for line in data.split(|&b| b == b'\n') {
        headers(line);
    }
    cookies(data);
    params(&text);
    styles(&text);
    if text.contains('\n') {
        for line in text.lines() {
            params(line);
            styles(line);
        }
    }
    client(data, &text);
}

/// The query string's pairs, each name and value percent-decoded; one undecodable part is a 400.
fn query(text: &str) {
    assert_eq!(query_pairs(None), Ok(Vec::new()));
    let pairs = query_pairs(Some(text));
    let expected: Option<Vec<(String, String)>> = text
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Some((reference_decode(k)?, reference_decode(v)?))
        })
        .collect();
    let pairs = match (pairs, expected) {
        (Ok(pairs), Some(expected)) => {
            assert_eq!(pairs, expected, "query_pairs({text:?})");
            pairs
        }
        (Err(problem), None) => {
            assert_problem(&problem, 400);
            return;
        }
        (got, expected) => panic!("query_pairs({text:?}) = {got:?}, expected {expected:?}"),
    };
    let raw = raw_query_pairs(Some(text)).expect("what query_pairs decodes, raw_query_pairs keeps");
    let mut names: Vec<&str> = pairs.iter().take(3).map(|(k, _)| k.as_str()).collect();
    names.push("absent");
    for name in names {
        let all: Vec<&str> = pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(query_value(&pairs, name), all.first().copied());
        for presence in PRESENCES {
            one_param(name, query_value(&pairs, name), presence);
            for explode in [false, true] {
                list_param(
                    name,
                    read_query(&raw, name, Style::Form, explode, Shape::List, &[]),
                    presence,
                );
            }
        }
    }
    // Problems add up: one 400 with every parameter's item.
    let mut problems = Problems::default();
    for (k, v) in pairs.iter().take(4) {
        let _ = problems.take(parse_param::<u8>("query", k, v));
    }
    let failed = pairs.iter().take(4).filter(|(_, v)| v.parse::<u8>().is_err()).count();
    match problems.finish() {
        Some(problem) => {
            assert_problem(&problem, 400);
            assert_eq!(problem.errors.len(), failed);
            if failed > 1 {
                assert_eq!(problem.detail, format!("{failed} invalid parameters"));
            }
        }
        None => assert_eq!(failed, 0),
    }
}

fn one_param(name: &str, raw: Option<&str>, presence: Presence) {
    let mut problems = Problems::default();
    let value = problems.param("query", name, raw, presence, parse_param::<i64>);
    let problem = problems.finish();
    match raw {
        None => {
            assert!(value.is_none());
            assert_eq!(problem.is_some(), presence.required(), "{name} absent, {presence:?}");
        }
        Some("") if presence.nullable() => assert!(value.is_none() && problem.is_none()),
        Some(raw) => {
            assert_eq!(value, raw.parse::<i64>().ok(), "{name}={raw:?}");
            assert_eq!(problem.is_some(), value.is_none());
        }
    }
    if let Some(problem) = problem {
        assert_problem(&problem, 400);
        assert_eq!(problem.errors.len(), 1);
        assert!(problem.errors.iter().all(|e| e.name == name && e.location == "query"));
    }
}

/// A list parameter read through `Problems::styled`: absent, null (empty and nullable), items.
fn list_param(name: &str, wire: Result<Option<Wire>, String>, presence: Presence) {
    let mut problems = Problems::default();
    let read = |l: &str, n: &str, w: Wire| specgen_rt::list(l, n, w, parse_param::<i64>);
    let items = problems.styled("query", name, wire.clone(), presence, read);
    let problem = problems.finish();
    match wire {
        Err(_) => assert!(items.is_none() && problem.is_some()),
        Ok(None) => {
            assert!(items.is_none());
            assert_eq!(problem.is_some(), presence.required());
        }
        Ok(Some(Wire::List(raw))) => {
            if raw.is_empty() && presence.nullable() {
                assert!(items.is_none() && problem.is_none());
            } else {
                let expected: Option<Vec<i64>> = raw.iter().map(|v| v.parse().ok()).collect();
                assert_eq!(items, expected);
                assert_eq!(problem.is_some(), items.is_none());
            }
        }
        Ok(Some(other)) => panic!("a list read as {other:?}"),
    }
    if let Some(problem) = problem {
        assert_problem(&problem, 400);
        assert!(problem.errors.iter().all(|e| e.name == name && e.location == "query"));
    }
}

/// The styles a location has.
const STYLES: [(&str, Style); 8] = [
    ("path", Style::Simple),
    ("path", Style::Label),
    ("path", Style::Matrix),
    ("query", Style::Form),
    ("query", Style::SpaceDelimited),
    ("query", Style::PipeDelimited),
    ("query", Style::DeepObject),
    ("header", Style::Simple),
];

const SHAPES: [Shape; 3] = [Shape::Scalar, Shape::List, Shape::Object];

/// What the router would read for `text` in a location and style: a path segment as axum gives it
/// (percent-decoded), a header as sent, a query string as sent.
fn read_as(
    location: &str,
    style: Style,
    explode: bool,
    shape: Shape,
    text: &str,
) -> Option<Result<Option<Wire>, String>> {
    Some(match location {
        "path" => read_path(text, "id", style, explode, shape).map(Some),
        "header" => read_header(text, explode, shape).map(Some),
        _ => read_query(&raw_query_pairs(Some(text))?, "id", style, explode, shape, &["limit"]),
    })
}

/// What the client writes for a value, as the router's reader sees it (path segments decoded).
fn write_as(location: &str, style: Style, explode: bool, value: &Wire) -> String {
    match location {
        "path" => reference_path_decode(&write_path("id", style, explode, value)),
        "header" => write_header(explode, value),
        _ => {
            let pairs = write_query("id", style, explode, false, value);
            pairs
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("&")
        }
    }
}

/// Percent-decoding of a path segment (`+` is itself); the client never writes an invalid one.
fn reference_path_decode(s: &str) -> String {
    reference_decode(&s.replace('+', "%2B")).expect("the client writes decodable segments")
}

/// Every location × style × explode × shape: arbitrary text never panics a reader, and what it reads,
/// written again by the client and read again, is the same value (parse -> serialize -> parse). Values
/// made of the input's pieces written by the client read back the same wherever the location can carry
/// them (the query string always; a path or header when no piece holds a delimiter).
fn styles(text: &str) {
    let pieces: Vec<String> = text.split(['\n', '&']).take(6).map(str::to_owned).collect();
    let values = [
        Wire::Scalar(text.to_owned()),
        Wire::List(pieces.clone()),
        Wire::Object(
            pieces
                .chunks(2)
                .map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or_default()))
                .collect(),
        ),
    ];
    for (location, style) in STYLES {
        for explode in [false, true] {
            for shape in SHAPES {
                if let Some(Ok(Some(wire))) = read_as(location, style, explode, shape, text) {
                    let again = write_as(location, style, explode, &wire);
                    let back = read_as(location, style, explode, shape, &again);
                    assert_eq!(
                        back,
                        Some(Ok(Some(wire.clone()))),
                        "{location} {style:?} {explode}: {text:?} -> {again:?}"
                    );
                }
            }
            for value in &values {
                if !carries(location, style, explode, value) {
                    continue;
                }
                let shape = match value {
                    Wire::Scalar(_) => Shape::Scalar,
                    Wire::List(_) => Shape::List,
                    Wire::Object(_) => Shape::Object,
                };
                let written = write_as(location, style, explode, value);
                let back = read_as(location, style, explode, shape, &written);
                assert_eq!(
                    back,
                    Some(Ok(Some(value.clone()))),
                    "{location} {style:?} {explode}: {value:?} -> {written:?}"
                );
            }
        }
    }
    // An object's entries into a map of numbers: read or refused, never a panic; what reads writes back.
    if let Wire::Object(entries) = &values[2]
        && let Ok(map) = object_from::<std::collections::BTreeMap<String, i64>>(entries)
    {
        let written = object_entries(&map);
        assert_eq!(
            object_from::<std::collections::BTreeMap<String, i64>>(&written),
            Ok(map)
        );
    }
}

/// Whether a location and style can carry a value so that it reads back the same: the one-item list
/// `[""]` is written as nothing, which is the empty list; an exploded form object cannot have the
/// name of a parameter as a key; in a path or header no piece may hold a delimiter of the style.
fn carries(location: &str, style: Style, explode: bool, value: &Wire) -> bool {
    if matches!(value, Wire::List(items) if items.len() == 1 && items[0].is_empty()) {
        return false;
    }
    if location == "query" {
        let form_object = style != Style::DeepObject && explode;
        return !matches!(value, Wire::Object(entries) if form_object && entries.iter().any(|(k, _)| k == "id" || k == "limit"));
    }
    let pieces: Vec<&str> = match value {
        // One value is written whole: any text.
        Wire::Scalar(_) => return true,
        Wire::List(items) => items.iter().map(String::as_str).collect(),
        Wire::Object(entries) => entries.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]).collect(),
    };
    let keys_ok = match value {
        Wire::Object(entries) => entries.iter().all(|(k, _)| !k.contains('=')),
        _ => true,
    };
    keys_ok && pieces.iter().all(|p| !p.contains([',', '.', ';', '=']))
}

/// `+` is a space, `%XX` a byte; anything else is itself; the bytes must be UTF-8.
fn reference_decode(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = rest.get(..2).filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                rest = rest.get(2..).unwrap_or_default();
            }
            b => out.push(b),
        }
    }
    String::from_utf8(out).ok()
}

/// Decoding agrees with the reference, and undoes the client's encoding of any text.
fn decoding(text: &str) {
    assert_eq!(percent_decode(text), reference_decode(text), "percent_decode({text:?})");
    if !text.contains(['%', '+']) {
        assert_eq!(percent_decode(text).as_deref(), Some(text));
    }
    let encoded = encode_component(&text);
    assert!(
        encoded
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
        "encode_component({text:?}) = {encoded:?}"
    );
    assert_eq!(
        percent_decode(&encoded).as_deref(),
        Some(text),
        "round trip of {text:?}"
    );
    for segment in text.split('/') {
        assert_eq!(percent_decode(segment), reference_decode(segment));
    }
}

/// One line of the input as a header value (when it can be one: no control characters).
fn headers(line: &[u8]) {
    let Ok(value) = HeaderValue::from_bytes(line) else {
        return;
    };
    let visible = value.to_str().ok();

    let mut content_type = HeaderMap::new();
    content_type.insert(header::CONTENT_TYPE, value.clone());
    for expected in MEDIA_TYPES {
        let reference = visible.is_some_and(|v| {
            let media = v.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
            media == expected
                || (expected == "application/json"
                    && media.len() >= "application/+json".len()
                    && media.starts_with("application/")
                    && media.ends_with("+json"))
        });
        assert_eq!(
            content_type_is(&content_type, expected),
            reference,
            "content_type_is({value:?}, {expected:?})"
        );
    }
    assert!(!content_type_is(&HeaderMap::new(), "application/json"));

    let mut authorization = HeaderMap::new();
    authorization.insert(header::AUTHORIZATION, value.clone());
    let credential = |scheme: &str| {
        let (s, token) = visible?.split_once(' ')?;
        let token = token.trim();
        (s.eq_ignore_ascii_case(scheme) && !token.is_empty()).then(|| token.to_owned())
    };
    assert_eq!(bearer(&authorization), credential("bearer"), "bearer({value:?})");
    assert_eq!(
        basic(&authorization),
        credential("basic").filter(|t| is_base64(t)),
        "basic({value:?})"
    );
    assert_eq!(header_text(&authorization, "authorization"), visible);
    assert_eq!(
        header_credential(&authorization, "Authorization"),
        visible.filter(|v| !v.is_empty()).map(str::to_owned)
    );
    assert_eq!(bearer(&HeaderMap::new()), None);
}

/// Every line a `Cookie` header; a cookie is found by its exact name in any of them.
fn cookies(data: &[u8]) {
    let mut headers = HeaderMap::new();
    let values: Vec<HeaderValue> = data
        .split(|&b| b == b'\n')
        .filter_map(|line| HeaderValue::from_bytes(line).ok())
        .collect();
    for value in &values {
        headers.append(header::COOKIE, value.clone());
    }
    let pairs: Vec<(String, String)> = values
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let mut names: Vec<&str> = pairs.iter().take(4).map(|(k, _)| k.as_str()).collect();
    names.extend(["session", ""]);
    for name in names {
        let expected = pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        assert_eq!(cookie(&headers, name), expected, "cookie {name:?}");
    }
}

/// A parameter's text through the typed readers: the same verdict as the type's own parsing, and a
/// 400 naming the parameter (with the format's message for a format type) otherwise.
fn params(text: &str) {
    let int = parse_param::<i64>("query", "n", text);
    assert_eq!(int.as_ref().ok(), text.parse::<i64>().ok().as_ref());
    let float = parse_param::<f64>("header", "x", text);
    assert_eq!(float.is_ok(), text.parse::<f64>().is_ok());
    for problem in [int.err(), float.err()].into_iter().flatten() {
        assert_problem(&problem, 400);
        assert!(problem.errors.len() == 1 && problem.errors.iter().all(|e| e.constraint.is_none()));
    }

    let formats = [
        ("date", parse_param::<Date>("path", "d", text).err(), is_date(text)),
        (
            "date-time",
            parse_param::<DateTime>("query", "createdDate", text).err(),
            is_date_time(text),
        ),
        (
            "uuid",
            parse_param::<Uuid>("path", "id", text).err(),
            specgen_rt::is_uuid(text),
        ),
    ];
    for (format, problem, valid) in formats {
        assert_eq!(problem.is_none(), valid, "{text:?} as a {format}");
        if let Some(problem) = problem {
            assert_problem(&problem, 400);
            let message = check::format(text, format).expect_err("invalid").message;
            assert!(
                problem
                    .errors
                    .iter()
                    .all(|e| e.constraint.as_deref() == Some("format") && e.message == message),
                "{problem:?}"
            );
        }
    }

    assert_eq!(
        parse_param_json::<serde_json::Value>("query", "v", text).ok(),
        Some(serde_json::Value::String(text.to_owned()))
    );
    let number = parse_param_json::<i64>("query", "n", text);
    assert_eq!(number.as_ref().ok(), serde_json::from_str::<i64>(text).ok().as_ref());
    if let Err(problem) = number {
        assert_problem(&problem, 400);
    }
    let list = parse_param_json::<Vec<String>>("query", "l", text);
    assert_eq!(list.ok(), serde_json::from_str::<Vec<String>>(text).ok());

    for problem in [
        bad_parameter("cookie", text, None, text.to_owned()),
        missing_parameter("header", text),
    ] {
        assert_problem(&problem, 400);
    }

    let mut headers = HeaderMap::new();
    set_header(&mut headers, text, text.to_owned());
    set_header(&mut headers, "x-echo", text.to_owned());
    for value in headers.values() {
        assert!(
            !value.as_bytes().iter().any(|b| b.is_ascii_control() && *b != b'\t'),
            "{value:?}"
        );
    }
    if HeaderName::from_bytes(text.as_bytes()).is_err() {
        assert!(headers.len() <= 1, "set_header with an invalid name added {headers:?}");
    }
}

/// The client's encodings decode back to what was encoded; its readers agree with serde_json.
fn client(data: &[u8], text: &str) {
    let raw: Vec<(&str, &str)> = text.split('&').map(|p| p.split_once('=').unwrap_or((p, ""))).collect();
    let encoded = encode_pairs(raw.iter().copied());
    let decoded = query_pairs(Some(encoded.as_str())).expect("encoded pairs decode");
    let owned: Vec<(String, String)> = raw.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    assert_eq!(decoded, owned, "encode_pairs round trip");

    let mut query = Query::default();
    query.push("q", text.to_owned());
    assert_eq!(query.encode(), format!("?q={}", encode_component(&text)));
    assert_eq!(Query::default().encode(), "");

    assert_eq!(json_text(&text), text);
    assert_eq!(json_text(&[text]), serde_json::json!([text]).to_string());

    let object: serde_json::Map<String, serde_json::Value> = raw
        .iter()
        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned())))
        .collect();
    let body = form_body(&object).expect("a map serializes");
    let pairs = query_pairs(Some(body.as_str())).expect("a form body decodes");
    assert_eq!(pairs.len(), object.len());
    for (k, v) in &pairs {
        assert_eq!(
            object.get(k).and_then(|x| x.as_str()),
            Some(v.as_str()),
            "form_body pair {k:?}"
        );
    }

    let json = decode_json::<serde_json::Value>(200, data);
    assert_eq!(json.is_ok(), serde_json::from_slice::<serde_json::Value>(data).is_ok());
    if let Err(e) = json {
        let _ = e.to_string();
    }

    let mut headers = specgen_rt::reqwest::header::HeaderMap::new();
    if let Ok(value) = HeaderValue::from_bytes(data.split(|&b| b == b'\n').next().unwrap_or_default()) {
        headers.insert("x-value", value);
    }
    let visible = headers.get("x-value").and_then(|v| v.to_str().ok());
    let number = specgen_rt::header::<i64>(&headers, "x-value");
    assert_eq!(
        number.as_ref().ok().cloned().flatten(),
        visible.and_then(|v| v.trim().parse().ok())
    );
    if let Ok(Some(list)) = header_list::<String>(&headers, "x-value") {
        assert_eq!(list.len(), visible.map_or(0, |v| v.split(',').count()));
    }
    let _ = header_json::<serde_json::Value>(&headers, "x-value").map_err(|e| e.to_string());
    assert!(matches!(specgen_rt::header::<i64>(&headers, "x-absent"), Ok(None)));
    assert!(required_header(None::<i64>, "x-absent").is_err());
}

/// A problem the router sends: the status, and a body that reads back as itself.
fn assert_problem(problem: &Problem, status: u16) {
    assert_eq!(problem.status, status, "{problem:?}");
    let json = serde_json::to_string(problem).expect("a problem serializes");
    let back: Problem = serde_json::from_str(&json).expect("a problem reads back");
    assert_eq!(&back, problem);
}
