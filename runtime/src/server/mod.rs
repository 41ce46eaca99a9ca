//! What the generated axum router calls: problem responses (RFC 9457), request and parameter reading,
//! credentials.

pub mod route;

mod auth;
mod context;
pub use auth::AuthError;
pub use context::RequestContext;

use crate::{Problem, ProblemItem, ValidationError, excerpt, is_base64};

mod params;
pub use params::*;

use ::axum::http::{HeaderMap, StatusCode, header};
use ::axum::response::{IntoResponse, Response};

/// The largest request body the router reads (2 MiB); larger ones are answered 413.
pub const MAX_BODY_BYTES: usize = 2 << 20;

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank".to_owned(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    pub fn with(mut self, location: &str, name: &str, constraint: Option<&str>, message: impl Into<String>) -> Self {
        self.errors.push(ProblemItem {
            location: location.to_owned(),
            name: name.to_owned(),
            constraint: constraint.map(str::to_owned),
            message: message.into(),
        });
        self
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        json(self.status, "application/problem+json", &self)
    }
}

/// A status as axum's type; one outside 100..=999 (which no spec can document) is a 500.
fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A `Content-Type` the spec names, without a copy per response; one no header can hold (a control
/// character in the spec's media type) is `application/octet-stream` rather than a panic.
fn content_type(media: &'static str) -> ::axum::http::HeaderValue {
    let valid = media.bytes().all(|b| b == b'\t' || (b >= 32 && b != 127));
    ::axum::http::HeaderValue::from_static(if valid { media } else { "application/octet-stream" })
}

/// A JSON response with the given status and content type.
pub fn json<T: ::serde::Serialize>(status: u16, media: &'static str, body: &T) -> Response {
    match ::serde_json::to_vec(body) {
        Ok(bytes) => raw(status, media, bytes),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("response body could not be serialized: {e}"),
        )
            .into_response(),
    }
}

/// A response with a body already encoded (text or bytes).
pub fn raw(status: u16, media: &'static str, body: impl Into<::axum::body::Body>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status_code(status);
    response.headers_mut().insert(header::CONTENT_TYPE, content_type(media));
    response
}

/// A response without a body.
pub fn empty(status: u16) -> Response {
    status_code(status).into_response()
}

/// Sets a response header; control characters (which no header may hold) become spaces.
pub fn set_header(headers: &mut HeaderMap, name: &str, value: String) {
    let clean: String = value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let name = ::axum::http::HeaderName::from_bytes(name.as_bytes());
    if let (Ok(name), Ok(value)) = (name, ::axum::http::HeaderValue::from_str(&clean)) {
        headers.insert(name, value);
    }
}

/// The 400 for a parameter that is missing or invalid.
pub fn bad_parameter(location: &str, name: &str, error: Option<&ValidationError>, message: String) -> Problem {
    Problem::new(
        StatusCode::BAD_REQUEST,
        format!("invalid {location} parameter `{name}`"),
    )
    .with(location, name, error.map(|e| e.constraint), message)
}

/// Parses one parameter value with the type's `FromStr`.
pub fn parse_param<T>(location: &str, name: &str, raw: &str) -> Result<T, Problem>
where
    T: ::std::str::FromStr,
    T::Err: ::std::fmt::Display + 'static,
{
    raw.parse::<T>().map_err(|e| {
        let validation = (&e as &dyn ::std::any::Any).downcast_ref::<ValidationError>();
        let message = match validation {
            Some(v) => v.message.clone(),
            None => format!("{} is not valid here: {e}", excerpt(raw)),
        };
        bad_parameter(location, name, validation, message)
    })
}

/// Reads a parameter of a type without `FromStr` (a union, say): as a JSON string, else as JSON.
pub fn parse_param_json<T: ::serde::de::DeserializeOwned>(location: &str, name: &str, raw: &str) -> Result<T, Problem> {
    ::serde_json::from_value(::serde_json::Value::String(raw.to_owned()))
        .or_else(|_| ::serde_json::from_str(raw))
        .map_err(|e| bad_parameter(location, name, None, format!("{} is not valid here: {e}", excerpt(raw))))
}

/// Whether a parameter must be sent, and whether an empty value stands for its `null`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Required,
    Optional,
    RequiredNullable,
    OptionalNullable,
}

impl Presence {
    pub fn required(self) -> bool {
        matches!(self, Self::Required | Self::RequiredNullable)
    }

    pub fn nullable(self) -> bool {
        matches!(self, Self::RequiredNullable | Self::OptionalNullable)
    }
}

/// Collects the problems of several parameters into one 400.
#[derive(Debug, Default)]
pub struct Problems(Option<Problem>);

impl Problems {
    /// The value, or `None` with its problem recorded.
    pub fn take<T>(&mut self, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.add(problem);
                None
            }
        }
    }

    pub fn add(&mut self, problem: Problem) {
        match &mut self.0 {
            None => self.0 = Some(problem),
            Some(first) => {
                first.errors.extend(problem.errors);
                first.detail = format!("{} invalid parameters", first.errors.len());
            }
        }
    }

    pub fn finish(self) -> Option<Problem> {
        self.0
    }

    /// One parameter's value: `None` when absent (a problem if it is required), when empty and
    /// nullable (a parameter's null), or when invalid (a problem).
    pub fn param<T>(
        &mut self,
        location: &str,
        name: &str,
        raw: Option<&str>,
        presence: Presence,
        parse: impl Fn(&str, &str, &str) -> Result<T, Problem>,
    ) -> Option<T> {
        match raw {
            None => {
                if presence.required() {
                    self.add(missing_parameter(location, name));
                }
                None
            }
            Some("") if presence.nullable() => None,
            Some(raw) => self.take(parse(location, name, raw)),
        }
    }
}

/// A path parameter's (percent-decoded) text, borrowed from the router's match.
pub fn path_value<'a>(params: &'a ::axum::extract::RawPathParams, name: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// A query parameter's first value.
pub fn query_value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// A header's value, if present and text.
pub fn header_text<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// An API key sent in a header (empty values do not count).
pub fn header_credential(headers: &HeaderMap, name: &str) -> Option<String> {
    header_text(headers, name).filter(|v| !v.is_empty()).map(str::to_owned)
}

/// The parameters of the matched path, percent-decoded (shared with the router, not copied).
pub async fn path_params(parts: &mut ::axum::http::request::Parts) -> Result<::axum::extract::RawPathParams, Response> {
    use ::axum::extract::FromRequestParts as _;
    match ::axum::extract::RawPathParams::from_request_parts(parts, &()).await {
        Ok(params) => Ok(params),
        // A segment that is not UTF-8 once percent-decoded: still a problem body, like every 400.
        Err(rejection) => Err(Problem::new(StatusCode::BAD_REQUEST, "invalid path parameter")
            .with("path", "", None, rejection.body_text())
            .into_response()),
    }
}

/// A 500 for a state the router never reaches (a required value missing without a problem).
pub fn internal_error() -> Response {
    Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "the router lost a validated value").into_response()
}

/// Deserializes an `application/x-www-form-urlencoded` body (422 when it does not fit the schema).
pub async fn parse_form<T: ::serde::de::DeserializeOwned>(bytes: ::axum::body::Bytes) -> Result<T, Problem> {
    use ::axum::extract::FromRequest as _;
    let request = ::axum::http::Request::builder()
        .method(::axum::http::Method::POST)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(::axum::body::Body::from(bytes))
        .map_err(|e| Problem::new(StatusCode::BAD_REQUEST, e.to_string()))?;
    ::axum::Form::<T>::from_request(request, &())
        .await
        .map(|form| form.0)
        .map_err(|rejection| {
            Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "the request body does not match the schema",
            )
            .with("body", "", None, rejection.body_text())
        })
}

/// The 400 for a required parameter that is absent.
pub fn missing_parameter(location: &str, name: &str) -> Problem {
    bad_parameter(
        location,
        name,
        None,
        format!("the {location} parameter `{name}` is required"),
    )
}

/// The query string's pairs, percent-decoded.
pub fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, Problem> {
    let mut out = Vec::new();
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match (percent_decode(k), percent_decode(v)) {
            (Some(k), Some(v)) => out.push((k, v)),
            _ => {
                return Err(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "the query string is not valid percent-encoded UTF-8",
                ));
            }
        }
    }
    Ok(out)
}

/// `application/x-www-form-urlencoded` decoding of one component (`+` is a space); `None` for a `%`
/// without two hexadecimal digits or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    crate::param::decode(s)
}

/// Whether the request says its body is of `expected` media type, given in lowercase (`application/json`
/// also accepts `+json` types; parameters such as `charset` are ignored). Compared without regard
/// to ASCII case, in place: no lowercase copy per request.
pub fn content_type_is(headers: &HeaderMap, expected: &str) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let media = value.split(';').next().unwrap_or("").trim().as_bytes();
    let (prefix, suffix) = (b"application/".as_slice(), b"+json".as_slice());
    media.eq_ignore_ascii_case(expected.as_bytes())
        || (expected == "application/json"
            && media.len() >= prefix.len() + suffix.len()
            && media
                .get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
            && media
                .get(media.len() - suffix.len()..)
                .is_some_and(|s| s.eq_ignore_ascii_case(suffix)))
}

/// Reads the body, refusing more than [`MAX_BODY_BYTES`] (413).
pub async fn read_body(body: ::axum::body::Body) -> Result<::axum::body::Bytes, Problem> {
    ::axum::body::to_bytes(body, MAX_BODY_BYTES).await.map_err(|_| {
        Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
        )
    })
}

/// Deserializes a JSON body: 400 when it is not JSON, 422 (with the JSON pointer) when it does not
/// fit the schema.
pub fn parse_json<T: ::serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Problem> {
    // The happy path pays nothing for error locations: only a body that fails is read again,
    // tracking the path, to say where.
    match ::serde_json::from_slice(bytes) {
        Ok(value) => Ok(value),
        Err(e) if e.is_syntax() || e.is_eof() => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            format!("the request body is not valid JSON: {e}"),
        )),
        Err(e) => {
            let mut de = ::serde_json::Deserializer::from_slice(bytes);
            let (pointer, message) = match ::serde_path_to_error::deserialize::<_, T>(&mut de) {
                Err(located) => (pointer(located.path()), located.into_inner().to_string()),
                Ok(_) => (String::new(), e.to_string()),
            };
            let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
            Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "the request body does not match the schema",
            )
            .with("body", &pointer, None, message))
        }
    }
}

/// A serde path as a JSON pointer (`/items/0/name`).
pub fn pointer(path: &::serde_path_to_error::Path) -> String {
    use ::serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => out.push_str(&format!("/{}", key.replace('~', "~0").replace('/', "~1"))),
            Segment::Enum { variant } => out.push_str(&format!("/{variant}")),
            Segment::Unknown => out.push_str("/?"),
        }
    }
    out
}

/// The credential of a bearer scheme (`Authorization: Bearer <token>`).
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty()).then(|| token.trim().to_owned())
}

/// The credential of a basic scheme (`Authorization: Basic <base64>`), still encoded; an empty one
/// (`Basic ` alone, which is valid base64) does not count, as for bearer tokens.
pub fn basic(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("basic") && !token.is_empty() && is_base64(token)).then(|| token.to_owned())
}

/// A cookie's value from the `Cookie` header.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
}

/// The 401 for a request without the credentials an operation needs; `challenge` names the
/// scheme in `WWW-Authenticate`.
pub fn unauthorized(schemes: &str, challenge: &'static str) -> Response {
    let mut response = Problem::new(
        StatusCode::UNAUTHORIZED,
        format!("this operation needs credentials: {schemes}"),
    )
    .into_response();
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        ::axum::http::HeaderValue::from_static(challenge),
    );
    response
}

/// The 404 for a path no operation matches.
pub async fn not_found(uri: ::axum::http::Uri) -> Response {
    no_operation(&uri)
}

/// The 404 of a path no operation serves.
pub fn no_operation(uri: &::axum::http::Uri) -> Response {
    Problem::new(StatusCode::NOT_FOUND, format!("no operation at `{}`", uri.path())).into_response()
}

/// The 405 for a path that exists, with a method it does not have.
pub async fn method_not_allowed(method: ::axum::http::Method, uri: ::axum::http::Uri) -> Response {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("`{}` does not allow {method}", uri.path()),
    )
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_take_the_spec_status_and_media_type() {
        let r = json(404, "application/problem+json", &serde_json::json!({"a": 1}));
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        assert_eq!(r.headers()[header::CONTENT_TYPE], "application/problem+json");
        assert_eq!(raw(299, "text/plain", "x").status().as_u16(), 299);
        assert_eq!(empty(204).status(), StatusCode::NO_CONTENT);
        // Never a panic: a status no spec can write, a media type no header can hold.
        assert_eq!(empty(42).status(), StatusCode::INTERNAL_SERVER_ERROR);
        let odd = raw(200, "text/plain\u{1}", "x");
        assert_eq!(odd.headers()[header::CONTENT_TYPE], "application/octet-stream");
    }

    #[test]
    fn percent_decoding_needs_two_hex_digits() {
        assert_eq!(percent_decode("a%20b+c").as_deref(), Some("a b c"));
        assert_eq!(percent_decode("%C3%A9").as_deref(), Some("é"));
        for bad in ["%", "%2", "%+1", "%-1", "%zz", "%C3"] {
            assert_eq!(percent_decode(bad), None, "{bad}");
        }
    }
}
