//! The string formats whose meaning is fixed (RFC 3339 dates and times, UUIDs, e-mail addresses, IP
//! addresses, URIs, base64), as checks and as types that can only hold a valid value.
//!
//! The text is untrusted: it is read through `get` and iterators, never sliced or indexed unchecked.

use crate::ValidationError;

/// The number written by exactly the ASCII digits at `range` of `s`; `None` when `range` is not
/// digits, is out of bounds or cuts a character.
fn digits(s: &str, range: std::ops::Range<usize>) -> Option<u32> {
    let part = s.get(range)?;
    let all_digits = !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    all_digits.then(|| part.parse().ok()).flatten()
}

/// Whether byte `at` of `s` is `expected`.
fn byte_is(s: &str, at: usize, expected: &[u8]) -> bool {
    s.as_bytes().get(at).is_some_and(|b| expected.contains(b))
}

/// RFC 3339 `full-date`: `YYYY-MM-DD`, a day that exists in that month and year.
pub fn is_date(s: &str) -> bool {
    if s.len() != 10 || !byte_is(s, 4, b"-") || !byte_is(s, 7, b"-") {
        return false;
    }
    let (Some(y), Some(m), Some(d)) = (digits(s, 0..4), digits(s, 5..7), digits(s, 8..10)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// RFC 3339 `full-time`: `HH:MM:SS[.frac](Z|±HH:MM)`, with a leap second allowed.
pub fn is_time(s: &str) -> bool {
    if !byte_is(s, 2, b":") || !byte_is(s, 5, b":") {
        return false;
    }
    let (Some(h), Some(m), Some(sec)) = (digits(s, 0..2), digits(s, 3..5), digits(s, 6..8)) else {
        return false;
    };
    if h > 23 || m > 59 || sec > 60 {
        return false;
    }
    let Some(mut rest) = s.get(8..) else { return false };
    if let Some(frac) = rest.strip_prefix('.') {
        let fraction = frac.trim_start_matches(|c: char| c.is_ascii_digit());
        if fraction.len() == frac.len() {
            return false;
        }
        rest = fraction;
    }
    if rest == "Z" || rest == "z" {
        return true;
    }
    rest.len() == 6
        && (byte_is(rest, 0, b"+-"))
        && byte_is(rest, 3, b":")
        && matches!((digits(rest, 1..3), digits(rest, 4..6)), (Some(oh), Some(om)) if oh <= 23 && om <= 59)
}

/// RFC 3339 `date-time`: a `full-date`, `T`, a `full-time`.
pub fn is_date_time(s: &str) -> bool {
    byte_is(s, 10, b"Tt") && s.get(..10).is_some_and(is_date) && s.get(11..).is_some_and(is_time)
}

/// RFC 4122 textual form: 8-4-4-4-12 hexadecimal digits.
pub fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// `local@domain`: both parts present, no white space, the domain without `@` and not starting or
/// ending with a dot.
pub fn is_email(s: &str) -> bool {
    match s.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// An absolute URI: an RFC 3986 scheme, `:`, then no white space or control characters (`/a/b` is a
/// URI reference, not a URI).
pub fn is_uri(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) => {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// RFC 4648 base64 with padding (OpenAPI's `byte`).
pub fn is_base64(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    s.len().is_multiple_of(4)
        && s.len() - body.len() <= 2
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// Whether `value` is valid in `format`; formats without a fixed meaning are annotations and pass.
pub fn is_valid(value: &str, format: &str) -> bool {
    match format {
        "date-time" => is_date_time(value),
        "date" => is_date(value),
        "time" => is_time(value),
        "uuid" => is_uuid(value),
        "email" => is_email(value),
        "ipv4" => value.parse::<std::net::Ipv4Addr>().is_ok(),
        "ipv6" => value.parse::<std::net::Ipv6Addr>().is_ok(),
        "uri" => is_uri(value),
        "byte" => is_base64(value),
        _ => true,
    }
}

/// A string type for each checked format: a generated checked string's surface (`checked_string!`),
/// with `check` the format's.
macro_rules! format_types {
    ($($(#[$doc:meta])* $name:ident = $wire:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        crate::checked_string!($name);

        impl $name {
            /// The format's name in the spec.
            pub const FORMAT: &'static str = $wire;

            /// Checks a value against the format.
            pub fn check(value: &str) -> Result<(), ValidationError> {
                crate::check::format(value, $wire)
            }
        }
    )*};
}

format_types! {
    /// An RFC 3339 `date-time` (`2024-01-31T12:00:00Z`), checked when made or deserialized.
    DateTime = "date-time";
    /// An RFC 3339 `full-date` (`2024-01-31`), checked when made or deserialized.
    Date = "date";
    /// An RFC 3339 `full-time` (`12:00:00Z`), checked when made or deserialized.
    Time = "time";
    /// A UUID in its textual form, checked when made or deserialized.
    Uuid = "uuid";
    /// An e-mail address (`name@domain`), checked when made or deserialized.
    Email = "email";
    /// An IPv4 address in dotted decimal, checked when made or deserialized.
    Ipv4 = "ipv4";
    /// An IPv6 address, checked when made or deserialized.
    Ipv6 = "ipv6";
    /// An absolute URI, checked when made or deserialized.
    Uri = "uri";
    /// Base64 text (OpenAPI's `byte`), checked when made or deserialized.
    Base64 = "byte";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_exist() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2024-02-31"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("2024-00-10"));
        assert!(!is_date("2024-1-01"));
        assert!(!is_date("２０２４-01-01"));
        assert!(is_date("2000-02-29") && !is_date("1900-02-29"));
    }

    #[test]
    fn times_and_offsets() {
        for ok in ["12:34:56Z", "23:59:60z", "00:00:00.123+05:30", "12:00:00-00:00"] {
            assert!(is_time(ok), "{ok}");
        }
        for bad in [
            "24:00:00Z",
            "12:60:00Z",
            "12:00:00",
            "12:00:00.Z",
            "12:00:00+5:30",
            "12:00:00+24:00",
            "1:00:00Z",
        ] {
            assert!(!is_time(bad), "{bad}");
        }
        assert!(is_date_time("2024-01-01T12:34:56Z") && is_date_time("2024-01-01t12:34:56.5+01:00"));
        assert!(!is_date_time("2024-01-01 12:34:56Z") && !is_date_time("2024-01-01"));
    }

    /// The handler panic of issue 15: a multi-byte character where a digit belongs.
    #[test]
    fn no_cut_of_a_character_panics() {
        for s in [
            "12:34:5é0",
            "2024-01-01T12:34:5é0",
            "1é:00:00Z",
            "é",
            "12:00:00.1é",
            "2024-0é-01",
        ] {
            let _ = (is_time(s), is_date_time(s), is_date(s), is_uuid(s), is_base64(s));
        }
        let text = "2024-01-01T12:34:56.789+01:00";
        for (i, _) in text.char_indices() {
            for c in ['é', '€', '𝄞', '\u{0}'] {
                let mut cut = text.to_owned();
                cut.insert(i, c);
                assert!(!is_date_time(&cut), "{cut}");
            }
        }
    }

    #[test]
    fn other_formats() {
        assert!(is_uuid("123e4567-e89b-12d3-a456-426614174000"));
        assert!(!is_uuid("123e4567e89b12d3a456426614174000"));
        assert!(is_email("a@b.example") && !is_email("a@.b") && !is_email("@b") && !is_email("a b@c"));
        assert!(is_uri("https://a.example/b?c") && !is_uri("/a/b") && !is_uri("1a:b") && !is_uri("a: b"));
        assert!(is_base64("aGk=") && is_base64("") && !is_base64("aGk") && !is_base64("a==="));
        assert!(is_valid("192.0.2.1", "ipv4") && !is_valid("192.0.2.256", "ipv4"));
        assert!(is_valid("::1", "ipv6") && !is_valid("::g", "ipv6"));
        assert!(is_valid("anything", "password"), "an unknown format is an annotation");
    }

    #[test]
    fn format_types_check_on_every_way_in() {
        assert!(Date::new("2024-02-30").is_err());
        assert_eq!(Date::new("2024-02-29").unwrap().as_str(), "2024-02-29");
        assert!("x".parse::<Uuid>().is_err());
        assert!(serde_json::from_str::<DateTime>("\"2024-01-01\"").is_err());
        let t: Time = serde_json::from_str("\"12:00:00Z\"").unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"12:00:00Z\"");
        assert_eq!(Uri::FORMAT, "uri");
    }
}
