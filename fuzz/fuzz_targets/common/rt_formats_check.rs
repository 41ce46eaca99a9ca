//! The `rt_formats` fuzz target's checks: arbitrary text through every format check of specgen-rt,
//! `check::format` with every format name, the format types, lengths, bounds and `multipleOf` on
//! numbers drawn from the input, patterns and items. Nothing may panic, and each check must agree
//! with an independent reading of its rule.
//!
//! Shared, not copied: `fuzz/fuzz_targets/rt_formats.rs` runs it under libFuzzer and
//! `tests/tests/rt_fuzz_corpus.rs` replays `fuzz/corpus/rt_formats/` through it on stable.

use std::cmp::Ordering;
use std::net::{Ipv4Addr, Ipv6Addr};

use specgen_rt::check::{self, Number};
use specgen_rt::{
    BACKTRACK_MAX_LEN, Base64, BoundedString, Date, DateTime, Email, Ipv4, Ipv6, Pattern, Time, Undecided, Uri, Uuid,
    excerpt, is_base64, is_date, is_date_time, is_email, is_time, is_uri, is_uuid,
};

/// Every format specgen checks, and names it treats as annotations (which always pass).
const FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "uuid",
    "email",
    "ipv4",
    "ipv6",
    "uri",
    "byte",
    "int32",
    "password",
    "",
    "DATE",
    "uri-reference",
];

pub fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    formats(&text);
    // A corpus file can hold several values, one a line.
    if text.contains('\n') {
        for line in text.lines() {
            formats(line);
        }
    }
    lengths(&text);
    numbers(data, &text);
    patterns(&text);
    items(data);
}

fn formats(s: &str) {
    let date = is_date(s);
    let time = is_time(s);
    let date_time = is_date_time(s);
    let uuid = is_uuid(s);
    let email = is_email(s);
    let uri = is_uri(s);
    let base64 = is_base64(s);
    let ipv4 = s.parse::<Ipv4Addr>().is_ok();
    let ipv6 = s.parse::<Ipv6Addr>().is_ok();

    for &format in FORMATS {
        let expected = match format {
            "date-time" => date_time,
            "date" => date,
            "time" => time,
            "uuid" => uuid,
            "email" => email,
            "ipv4" => ipv4,
            "ipv6" => ipv6,
            "uri" => uri,
            "byte" => base64,
            _ => true,
        };
        let result = check::format(s, format);
        assert_eq!(result.is_ok(), expected, "check::format({s:?}, {format:?})");
        if let Err(e) = result {
            assert_eq!(e.constraint, "format");
            assert!(e.message.ends_with(&format!("is not a valid {format}")), "{e:?}");
        }
    }

    // The format types accept exactly what the checks accept, on every way in, and keep the text.
    macro_rules! same {
        ($($ty:ty => $valid:expr),* $(,)?) => {$(
            let made = <$ty>::new(s);
            assert_eq!(made.is_ok(), $valid, "{}::new({s:?})", stringify!($ty));
            assert_eq!(s.parse::<$ty>().is_ok(), $valid, "{s:?}.parse::<{}>()", stringify!($ty));
            let read = serde_json::from_value::<$ty>(serde_json::Value::String(s.to_owned()));
            assert_eq!(read.is_ok(), $valid, "{s:?} as a JSON {}", stringify!($ty));
            if let Ok(value) = made {
                assert_eq!(value.as_str(), s);
                assert_eq!(value.to_string(), s);
                assert_eq!(serde_json::to_value(&value).ok(), Some(serde_json::Value::String(s.to_owned())));
            }
        )*};
    }
    same!(
        DateTime => date_time,
        Date => date,
        Time => time,
        Uuid => uuid,
        Email => email,
        Ipv4 => ipv4,
        Ipv6 => ipv6,
        Uri => uri,
        Base64 => base64,
    );

    // date-time is a full-date, `T` (either case) and a full-time, read without slicing.
    let split = s.as_bytes().get(10).is_some_and(|b| matches!(b, b'T' | b't'))
        && s.get(..10).is_some_and(is_date)
        && s.get(11..).is_some_and(is_time);
    assert_eq!(date_time, split, "is_date_time({s:?})");

    assert_eq!(date, reference_date(s), "is_date({s:?})");
    assert_eq!(time, reference_time(s), "is_time({s:?})");
    assert_eq!(uuid, reference_uuid(s), "is_uuid({s:?})");
    assert_eq!(base64, reference_base64(s), "is_base64({s:?})");
    if uuid {
        assert_eq!(s.len(), 36);
        assert!(is_uuid(&s.to_ascii_uppercase()) && is_uuid(&s.to_ascii_lowercase()));
    }
    if email {
        let (local, domain) = s.rsplit_once('@').expect("an e-mail address has an @");
        assert!(!local.is_empty() && !domain.is_empty() && !domain.contains('@'));
        assert!(!s.chars().any(char::is_whitespace));
    }
    if uri {
        assert!(s.starts_with(|c: char| c.is_ascii_alphabetic()) && s.contains(':'));
        assert!(!s.chars().any(|c| c.is_whitespace() || c.is_control()));
    }
}

/// `YYYY-MM-DD` with a day its month has, and the same text when written back.
fn reference_date(s: &str) -> bool {
    let number = |from: usize, to: usize| {
        let part = s.get(from..to)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse::<u32>().ok())?
    };
    if s.len() != 10 || s.get(4..5) != Some("-") || s.get(7..8) != Some("-") {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (number(0, 4), number(5, 7), number(8, 10)) else {
        return false;
    };
    let leap = year % 400 == 0 || (year % 4 == 0 && year % 100 != 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    let valid = day >= 1 && day <= days;
    if valid {
        assert_eq!(format!("{year:04}-{month:02}-{day:02}"), s, "a valid date reads back");
    }
    valid
}

/// `HH:MM:SS`, an optional fraction, then `Z` or `±HH:MM`: read from the end.
fn reference_time(s: &str) -> bool {
    let two = |part: &str, from: usize, max: u32| {
        part.get(from..from + 2)
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<u32>().ok())
            .is_some_and(|n| n <= max)
    };
    let main = if let Some(main) = s.strip_suffix(['Z', 'z']) {
        main
    } else {
        let Some(cut) = s.len().checked_sub(6) else {
            return false;
        };
        let (Some(main), Some(offset)) = (s.get(..cut), s.get(cut..)) else {
            return false;
        };
        let sign = offset.starts_with(['+', '-']);
        if !(sign && offset.get(3..4) == Some(":") && two(offset, 1, 23) && two(offset, 4, 59)) {
            return false;
        }
        main
    };
    if !(main.get(2..3) == Some(":") && main.get(5..6) == Some(":")) {
        return false;
    }
    if !(two(main, 0, 23) && two(main, 3, 59) && two(main, 6, 60)) {
        return false;
    }
    match main.get(8..) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('.')
            .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    }
}

/// Five groups of 8, 4, 4, 4 and 12 hexadecimal digits.
fn reference_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Groups of four from the alphabet; only the last may end in one or two `=`.
fn reference_base64(s: &str) -> bool {
    let alphabet = |b: u8| b.is_ascii_alphanumeric() || b == b'+' || b == b'/';
    if !s.len().is_multiple_of(4) {
        return false;
    }
    let bytes = s.as_bytes();
    let groups = bytes.chunks(4).count();
    bytes.chunks(4).enumerate().all(|(i, group)| {
        let pad = group.iter().rev().take_while(|&&b| b == b'=').count();
        let allowed = if i + 1 == groups { 2 } else { 0 };
        pad <= allowed && group.iter().take(4 - pad).all(|&b| alphabet(b))
    })
}

fn lengths(s: &str) {
    let count = s.chars().count();
    for n in [0, 1, count.saturating_sub(1), count, count + 1, s.len(), usize::MAX] {
        assert_eq!(check::min_length(s, n).is_ok(), count >= n, "min_length({s:?}, {n})");
        assert_eq!(check::max_length(s, n).is_ok(), count <= n, "max_length({s:?}, {n})");
    }
    assert_eq!(BoundedString::<2, 5>::new(s).is_ok(), (2..=5).contains(&count));
    assert_eq!(
        BoundedString::<0, { usize::MAX }>::new(s)
            .map(|b| b.into_inner())
            .ok()
            .as_deref(),
        Some(s)
    );
    let quoted = excerpt(s);
    assert!(quoted.starts_with('"'), "{quoted}");
    if count > 40 {
        assert!(quoted.ends_with(&format!("... ({count} characters)")), "{quoted}");
    }
}

const TWO_53: i128 = 1 << 53;
const TWO_127: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;

/// The edges: zero, the ends of i128, 2^53 + 1, -0, NaN, infinity, -2^127, 2^63 as a float.
const EDGES: [Number; 11] = [
    Number::Int(0),
    Number::Int(-3),
    Number::Int(i128::MAX),
    Number::Int(i128::MIN),
    Number::Int(TWO_53 + 1),
    Number::Float(-0.0),
    Number::Float(2.5),
    Number::Float(f64::NAN),
    Number::Float(f64::INFINITY),
    Number::Float(-TWO_127),
    Number::Float(9.223_372_036_854_776e18),
];

/// Numbers from the input (its bytes as integers and floats, its words as numbers), against each
/// other and the edges.
fn numbers(data: &[u8], text: &str) {
    // The edges against each other once per process: they are the same for every input.
    static EDGE_PAIRS: std::sync::Once = std::sync::Once::new();
    EDGE_PAIRS.call_once(|| {
        for v in EDGES {
            for b in EDGES {
                bounds(v, b);
            }
        }
    });
    let mut wide = [0u8; 16];
    for (slot, byte) in wide.iter_mut().zip(data) {
        *slot = *byte;
    }
    let mut values = vec![
        Number::Int(i128::from_le_bytes(wide)),
        Number::Int(i128::from(i64::from_le_bytes(first_8(data, 0)))),
        Number::Float(f64::from_bits(u64::from_le_bytes(first_8(data, 0)))),
        Number::Float(f64::from_bits(u64::from_le_bytes(first_8(data, 8)))),
    ];
    for word in text.split([' ', '\n', ',']).filter(|w| !w.is_empty()).take(4) {
        if let Ok(i) = word.parse::<i128>() {
            values.push(Number::Int(i));
        } else if let Ok(f) = word.parse::<f64>() {
            values.push(Number::Float(f));
        }
    }
    for &v in &values {
        let _ = v.to_string();
        for &b in values.iter().chain(&EDGES) {
            bounds(v, b);
            bounds(b, v);
        }
    }
    // The primitive types the generated code passes convert exactly.
    let (i, u, f) = (
        i64::from_le_bytes(first_8(data, 0)),
        u64::from_le_bytes(first_8(data, 8)),
        f64::from_bits(u64::from_le_bytes(first_8(data, 4))),
    );
    assert_eq!(check::minimum(i, u).is_ok(), i128::from(i) >= i128::from(u));
    assert_eq!(check::maximum(u, i).is_ok(), i128::from(u) <= i128::from(i));
    assert_eq!(
        check::minimum(i, f).is_ok(),
        matches!(
            Number::from(i).compare(Number::from(f)),
            Some(Ordering::Greater | Ordering::Equal)
        )
    );
    let _ = check::multiple_of(f, i);
    let _ = check::multiple_of(i, u);
    let _ = check::multiple_of(i as i32, i32::MIN);
}

fn first_8(data: &[u8], from: usize) -> [u8; 8] {
    let mut out = [0u8; 8];
    for (slot, byte) in out.iter_mut().zip(data.iter().skip(from)) {
        *slot = *byte;
    }
    out
}

fn bounds(v: Number, b: Number) {
    let order = v.compare(b);
    assert_eq!(
        order,
        b.compare(v).map(Ordering::reverse),
        "compare({v:?}, {b:?}) is not antisymmetric"
    );
    assert_eq!(order, reference_compare(v, b), "compare({v:?}, {b:?})");
    let at_least = matches!(order, Some(Ordering::Greater | Ordering::Equal));
    let at_most = matches!(order, Some(Ordering::Less | Ordering::Equal));
    assert_eq!(check::minimum(v, b).is_ok(), at_least, "minimum({v:?}, {b:?})");
    assert_eq!(check::maximum(v, b).is_ok(), at_most, "maximum({v:?}, {b:?})");
    assert_eq!(check::exclusive_minimum(v, b).is_ok(), order == Some(Ordering::Greater));
    assert_eq!(check::exclusive_maximum(v, b).is_ok(), order == Some(Ordering::Less));

    let multiple = check::multiple_of(v, b);
    match (v, b) {
        (Number::Int(x), Number::Int(d)) => {
            let expected = d != 0 && x.checked_rem(d).is_none_or(|r| r == 0);
            assert_eq!(multiple.is_ok(), expected, "multiple_of({x}, {d})");
        }
        _ => {
            // Exactly, on the decimals the floats are written as, where both fit an i128 when scaled
            // to integers: an oracle independent of the runtime's factor counting.
            if let (Some((a, ea)), Some((b2, eb))) = (decimal(v), decimal(b)) {
                let low = ea.min(eb);
                let scaled = |d: i128, e: i32| 10i128.checked_pow(u32::try_from(e - low).ok()?)?.checked_mul(d);
                if let (Some(x), Some(d)) = (scaled(a, ea), scaled(b2, eb)) {
                    let expected = d != 0 && x.checked_rem(d).is_none_or(|r| r == 0);
                    assert_eq!(multiple.is_ok(), expected, "multiple_of({v:?}, {b:?})");
                }
            }
        }
    }
    if let Err(e) = multiple {
        assert_eq!(e.constraint, "multipleOf");
    }
}

/// The order of two numbers, read another way: an integer within ±2^53 is a float exactly; past it,
/// a float is whole, so it is an integer exactly (or past every i128).
fn reference_compare(a: Number, b: Number) -> Option<Ordering> {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => Some(x.cmp(&y)),
        (Number::Float(x), Number::Float(y)) => x.partial_cmp(&y),
        (Number::Int(x), Number::Float(y)) => int_float(x, y),
        (Number::Float(x), Number::Int(y)) => int_float(y, x).map(Ordering::reverse),
    }
}

fn int_float(i: i128, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if (-TWO_53..=TWO_53).contains(&i) {
        return (i as f64).partial_cmp(&f);
    }
    if f.abs() < TWO_53 as f64 {
        return Some(if i > 0 { Ordering::Greater } else { Ordering::Less });
    }
    if f >= TWO_127 {
        return Some(Ordering::Less);
    }
    if f < -TWO_127 {
        return Some(Ordering::Greater);
    }
    Some(i.cmp(&(f as i128)))
}

static HEX_TEST: Pattern = Pattern::test("^[a-f0-9]+$", |value| {
    let b = value.as_bytes();
    !b.is_empty() && b.iter().all(|&c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
});
static HEX_LINEAR: Pattern = Pattern::linear("^[a-f0-9]+$", "^[a-f0-9]+$");
static HEX_ECMA: Pattern = Pattern::ecma("^[a-f0-9]+$", "^[a-f0-9]+$");
static DIGIT_LINEAR: Pattern = Pattern::linear(r"\d", "[0-9]");
static DIGIT_ECMA: Pattern = Pattern::ecma(r"\d", "[0-9]");
static NOT_ADMIN: Pattern = Pattern::ecma("^(?!admin$).+", r"^(?!admin$)[^\n\r\x{2028}\x{2029}]+");
/// Issue #16's shape, which the budgeted engine must give up on rather than stall.
static NESTED: Pattern = Pattern::ecma(r"^((?=a)a+)+$", r"^((?=a)a+)+$");

/// The backtracking engine's verdict: `None` for a value too long to search; never another undecided.
fn budgeted(p: &Pattern, s: &str) -> Option<bool> {
    match p.search(s) {
        Ok(found) => Some(found),
        Err(Undecided::Length) if s.len() > BACKTRACK_MAX_LEN => None,
        Err(e) => panic!("{p:?} on {s:?}: {e}"),
    }
}

/// The three engines agree on the same pattern, and a lookahead means what ECMA-262 says.
fn patterns(s: &str) {
    let hex = HEX_TEST.is_match(s);
    assert_eq!(HEX_LINEAR.is_match(s), hex, "linear ^[a-f0-9]+$ on {s:?}");
    assert!(
        budgeted(&HEX_ECMA, s).is_none_or(|m| m == hex),
        "ecma ^[a-f0-9]+$ on {s:?}"
    );
    let digit = s.bytes().any(|b| b.is_ascii_digit());
    assert_eq!(DIGIT_LINEAR.is_match(s), digit, "linear \\d on {s:?}");
    assert!(budgeted(&DIGIT_ECMA, s).is_none_or(|m| m == digit), "ecma \\d on {s:?}");
    let line_terminator = |c: char| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
    let not_admin = s.chars().next().is_some_and(|c| !line_terminator(c)) && s != "admin";
    assert!(
        budgeted(&NOT_ADMIN, s).is_none_or(|m| m == not_admin),
        "^(?!admin$).+ on {s:?}"
    );
    // Decided (and right) or out of budget, never a wrong verdict.
    let all_a = !s.is_empty() && s.bytes().all(|b| b == b'a');
    assert!(
        NESTED.search(s).is_err() || NESTED.search(s) == Ok(all_a),
        "^((?=a)a+)+$ on {s:?}"
    );
    match check::pattern(s, &HEX_LINEAR) {
        Ok(()) => assert!(hex),
        Err(e) => assert!(!hex && e.constraint == "pattern" && e.message.contains("^[a-f0-9]+$")),
    }
}

fn items(data: &[u8]) {
    let items: Vec<u8> = data.iter().take(64).copied().collect();
    let distinct = items.iter().collect::<std::collections::HashSet<_>>().len();
    let unique = distinct == items.len();
    assert_eq!(check::unique_items(&items).is_ok(), unique);
    match check::first_duplicate(&items) {
        None => assert!(unique),
        Some((i, j)) => {
            assert!(
                i < j && items.get(i).is_some() && items.get(i) == items.get(j),
                "{i} {j}"
            );
            // The first item that has a later equal one, and the first of its equals.
            let earlier = items
                .iter()
                .take(i)
                .enumerate()
                .any(|(k, a)| items.iter().skip(k + 1).any(|b| a == b));
            assert!(!earlier, "an earlier duplicate than ({i}, {j})");
            assert!(!items.iter().take(j).skip(i + 1).any(|b| Some(b) == items.get(i)));
        }
    }
    let n = items.len();
    assert!(check::min_items(&items, n).is_ok() && check::min_items(&items, n + 1).is_err());
    assert!(check::max_items(&items, n).is_ok());
    assert_eq!(check::max_items(&items, n.saturating_sub(1)).is_ok(), n == 0);
    if let Some((first, rest)) = items.split_first() {
        assert_eq!(check::one_of(*first, rest).is_ok(), rest.contains(first));
    }
}

/// A finite number as `digits × 10^exp`, floats as the shortest decimal that reads back as them.
fn decimal(n: Number) -> Option<(i128, i32)> {
    match n {
        Number::Int(i) => Some((i, 0)),
        Number::Float(f) if f.is_finite() => {
            let text = format!("{f:e}");
            let (mantissa, exp) = text.split_once('e')?;
            let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
            let digits: i128 = format!("{whole}{fraction}").parse().ok()?;
            Some((digits, exp.parse::<i32>().ok()? - i32::try_from(fraction.len()).ok()?))
        }
        Number::Float(_) => None,
    }
}
