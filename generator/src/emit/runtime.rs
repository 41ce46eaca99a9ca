//! The `rt` module every generated file carries: validation errors, format checks and serde helpers,
//! and for servers the problem responses and request reading. Generated code needs no specgen crate
//! at run time.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::model::Format;

const FORMATS: [Format; 9] = [
    Format::DateTime,
    Format::Date,
    Format::Time,
    Format::Uuid,
    Format::Email,
    Format::Ipv4,
    Format::Ipv6,
    Format::Uri,
    Format::Byte,
];

pub(super) fn module(server: bool, client: bool) -> TokenStream {
    let formats = FORMATS.iter().map(|f| format_type(*f));
    let server = if server { server_support() } else { TokenStream::new() };
    let client = if client { client_support() } else { TokenStream::new() };
    quote! {
        /// Support code for the types above: validation errors, format checks, serde helpers.
        pub mod rt {
            /// A value that breaks a constraint of the spec.
            #[derive(Clone, Debug, PartialEq, Eq)]
            pub struct ValidationError {
                /// The keyword of the constraint (`pattern`, `maxLength`, `format`, ...).
                pub constraint: &'static str,
                /// What is wrong with the value (quoting at most a short excerpt of it).
                pub message: String,
            }

            impl ValidationError {
                pub fn new(constraint: &'static str, message: impl Into<String>) -> Self {
                    Self { constraint, message: message.into() }
                }
            }

            impl ::std::fmt::Display for ValidationError {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    write!(f, "{} ({})", self.message, self.constraint)
                }
            }

            impl ::std::error::Error for ValidationError {}

            /// A value quoted for an error message: at most 40 characters, so huge inputs are not echoed.
            pub fn excerpt(value: &str) -> String {
                const MAX: usize = 40;
                if value.chars().count() <= MAX {
                    format!("{value:?}")
                } else {
                    let head: String = value.chars().take(MAX).collect();
                    format!("{head:?}... ({} characters)", value.chars().count())
                }
            }

            /// `multipleOf` for numbers that are not integers: the quotient is whole, up to rounding error.
            pub fn is_multiple_of(value: f64, divisor: f64) -> bool {
                let quotient = value / divisor;
                quotient.is_finite() && (quotient - quotient.round()).abs() <= 1e-9 * quotient.abs().max(1.0)
            }

            /// The positions of the first two equal items, for `uniqueItems`.
            pub fn first_duplicate<T: PartialEq>(items: &[T]) -> Option<(usize, usize)> {
                for (i, a) in items.iter().enumerate() {
                    if let Some(j) = items[i + 1..].iter().position(|b| a == b) {
                        return Some((i, i + 1 + j));
                    }
                }
                None
            }

            /// A required property that may be `null`: present, then `null` or a value.
            pub fn nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
            where
                D: ::serde::Deserializer<'de>,
                T: ::serde::Deserialize<'de>,
            {
                <Option<T> as ::serde::Deserialize>::deserialize(deserializer)
            }

            /// An optional property that may not be `null`: absent is `None`, `null` is an error.
            pub fn not_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
            where
                D: ::serde::Deserializer<'de>,
                T: ::serde::Deserialize<'de>,
            {
                T::deserialize(deserializer).map(Some)
            }

            /// An optional property that may be `null`: absent is `None`, `null` is `Some(None)`.
            pub fn absent_or_nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
            where
                D: ::serde::Deserializer<'de>,
                T: ::serde::Deserialize<'de>,
            {
                <Option<T> as ::serde::Deserialize>::deserialize(deserializer).map(Some)
            }

            /// Checks a string against a `format` (RFC 3339 dates and times, UUIDs, e-mail addresses, IP
            /// addresses, URIs, base64). Unknown formats pass.
            pub fn check_format(value: &str, format: &'static str) -> Result<(), ValidationError> {
                let ok = match format {
                    "date-time" => is_date_time(value),
                    "date" => is_date(value),
                    "time" => is_time(value),
                    "uuid" => is_uuid(value),
                    "email" => is_email(value),
                    "ipv4" => value.parse::<::std::net::Ipv4Addr>().is_ok(),
                    "ipv6" => value.parse::<::std::net::Ipv6Addr>().is_ok(),
                    "uri" => is_uri(value),
                    "byte" => is_base64(value),
                    _ => true,
                };
                if ok {
                    Ok(())
                } else {
                    Err(ValidationError::new("format", format!("{} is not a valid {}", excerpt(value), format)))
                }
            }

            /// The number written by exactly the ASCII digits at `range` of `s`; `None` when `range` is not
            /// digits or cuts a character (the text is untrusted: it is never sliced unchecked).
            fn digits(s: &str, range: ::std::ops::Range<usize>) -> Option<u32> {
                let part = s.get(range)?;
                (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok()).flatten()
            }

            /// RFC 3339 `full-date`.
            pub fn is_date(s: &str) -> bool {
                let b = s.as_bytes();
                if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
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

            /// RFC 3339 `full-time`: `HH:MM:SS[.frac](Z|±HH:MM)`.
            pub fn is_time(s: &str) -> bool {
                let b = s.as_bytes();
                if b.len() < 9 || b[2] != b':' || b[5] != b':' {
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
                    let n = frac.bytes().take_while(u8::is_ascii_digit).count();
                    if n == 0 {
                        return false;
                    }
                    rest = &frac[n..];
                }
                match rest.as_bytes() {
                    [b'Z' | b'z'] => true,
                    [b'+' | b'-', ..] if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
                        matches!((digits(rest, 1..3), digits(rest, 4..6)), (Some(oh), Some(om)) if oh <= 23 && om <= 59)
                    }
                    _ => false,
                }
            }

            /// RFC 3339 `date-time`.
            pub fn is_date_time(s: &str) -> bool {
                matches!(s.as_bytes().get(10), Some(b'T' | b't'))
                    && s.get(..10).is_some_and(is_date)
                    && s.get(11..).is_some_and(is_time)
            }

            pub fn is_uuid(s: &str) -> bool {
                let b = s.as_bytes();
                b.len() == 36
                    && b.iter().enumerate().all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { *c == b'-' } else { c.is_ascii_hexdigit() })
            }

            pub fn is_email(s: &str) -> bool {
                match s.rsplit_once('@') {
                    Some((local, domain)) => {
                        !local.is_empty() && !domain.is_empty() && !domain.starts_with('.') && !domain.ends_with('.')
                            && !s.chars().any(char::is_whitespace) && !domain.contains('@')
                    }
                    None => false,
                }
            }

            pub fn is_uri(s: &str) -> bool {
                match s.split_once(':') {
                    Some((scheme, _)) => {
                        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                            && !s.chars().any(|c| c.is_whitespace() || c.is_control())
                    }
                    None => false,
                }
            }

            pub fn is_base64(s: &str) -> bool {
                let body = s.trim_end_matches('=');
                s.len().is_multiple_of(4)
                    && s.len() - body.len() <= 2
                    && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
            }

            #(#formats)*

            /// A string whose length in characters is at least `MIN` and at most `MAX`.
            #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
            #[serde(transparent)]
            pub struct BoundedString<const MIN: usize, const MAX: usize>(String);

            impl<const MIN: usize, const MAX: usize> BoundedString<MIN, MAX> {
                pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
                    Self::try_from(value.into())
                }

                pub fn as_str(&self) -> &str {
                    &self.0
                }

                pub fn into_inner(self) -> String {
                    self.0
                }

                /// Checks the length in characters (not bytes).
                pub fn check(value: &str) -> Result<(), ValidationError> {
                    let length = value.chars().count();
                    if length < MIN {
                        return Err(ValidationError::new("minLength", format!("must be at least {MIN} characters long, not {length}")));
                    }
                    if length > MAX {
                        return Err(ValidationError::new("maxLength", format!("must be at most {MAX} characters long, not {length}")));
                    }
                    Ok(())
                }
            }

            impl<const MIN: usize, const MAX: usize> TryFrom<String> for BoundedString<MIN, MAX> {
                type Error = ValidationError;

                fn try_from(value: String) -> Result<Self, Self::Error> {
                    Self::check(&value)?;
                    Ok(Self(value))
                }
            }

            impl<const MIN: usize, const MAX: usize> ::std::str::FromStr for BoundedString<MIN, MAX> {
                type Err = ValidationError;

                fn from_str(value: &str) -> Result<Self, Self::Err> {
                    Self::try_from(value.to_owned())
                }
            }

            impl<'de, const MIN: usize, const MAX: usize> ::serde::Deserialize<'de> for BoundedString<MIN, MAX> {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    Self::try_from(String::deserialize(deserializer)?).map_err(::serde::de::Error::custom)
                }
            }

            impl<const MIN: usize, const MAX: usize> AsRef<str> for BoundedString<MIN, MAX> {
                fn as_ref(&self) -> &str {
                    &self.0
                }
            }

            impl<const MIN: usize, const MAX: usize> ::std::fmt::Display for BoundedString<MIN, MAX> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(&self.0)
                }
            }

            #server

            #client
        }
    }
}

/// A string type that can only hold a value of one format.
fn format_type(f: Format) -> TokenStream {
    let name = ident(f.type_name());
    let wire = f.wire();
    let doc = format!("A string in the `{wire}` format, checked when it is made or deserialized.");
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
        #[serde(transparent)]
        pub struct #name(String);

        impl #name {
            pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
                Self::try_from(value.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl TryFrom<String> for #name {
            type Error = ValidationError;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                check_format(&value, #wire)?;
                Ok(Self(value))
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ValidationError;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::try_from(value.to_owned())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Self::try_from(String::deserialize(deserializer)?).map_err(::serde::de::Error::custom)
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    }
}

/// What the client needs: its error type, URL and form encoding, response decoding.
fn client_support() -> TokenStream {
    quote! {
        /// Why a client call did not give one of the documented responses.
        #[derive(Debug)]
        pub enum ClientError {
            /// The request could not be sent or the response not read.
            Transport(::reqwest::Error),
            /// The request body could not be encoded.
            Encode(::serde_json::Error),
            /// The server answered with a status the spec does not document for this operation.
            UnexpectedStatus { status: u16, body: String },
            /// The response body does not match the documented schema.
            Body { status: u16, message: String },
            /// A documented response header is missing or invalid.
            Header { name: String, message: String },
        }

        impl ::std::fmt::Display for ClientError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    Self::Transport(e) => write!(f, "request failed: {e}"),
                    Self::Encode(e) => write!(f, "request body could not be encoded: {e}"),
                    Self::UnexpectedStatus { status, body } => {
                        write!(f, "undocumented status {status}: {}", excerpt(body))
                    }
                    Self::Body { status, message } => write!(f, "the {status} response body does not match the spec: {message}"),
                    Self::Header { name, message } => write!(f, "response header `{name}`: {message}"),
                }
            }
        }

        impl ::std::error::Error for ClientError {}

        /// Percent-encodes everything but RFC 3986's unreserved characters.
        pub fn encode_component(value: &dyn ::std::fmt::Display) -> String {
            let value = value.to_string();
            let mut out = String::with_capacity(value.len());
            for b in value.bytes() {
                if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                    out.push(b as char);
                } else {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            out
        }

        /// The query string of a request being built.
        #[derive(Debug, Default)]
        pub struct Query(Vec<(&'static str, String)>);

        impl Query {
            pub fn push(&mut self, name: &'static str, value: String) {
                self.0.push((name, value));
            }

            /// `?a=1&b=2`, or nothing for no pairs.
            pub fn encode(&self) -> String {
                if self.0.is_empty() {
                    return String::new();
                }
                format!("?{}", encode_pairs(self.0.iter().map(|(k, v)| (*k, v.as_str()))))
            }
        }

        /// `a=1&b=2`, each name and value percent-encoded.
        pub fn encode_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
            let joined: Vec<String> = pairs.map(|(k, v)| format!("{}={}", encode_component(&k), encode_component(&v))).collect();
            joined.join("&")
        }

        /// A parameter's value as JSON text, with a string written as itself (a union's string branch
        /// is not quoted).
        pub fn json_text<T: ::serde::Serialize>(value: &T) -> String {
            match ::serde_json::to_value(value) {
                Ok(::serde_json::Value::String(text)) => text,
                Ok(other) => other.to_string(),
                Err(_) => String::new(),
            }
        }

        /// An `application/x-www-form-urlencoded` body from a flat object (lists repeat their key).
        pub fn form_body<T: ::serde::Serialize>(body: &T) -> Result<String, ::serde_json::Error> {
            let mut pairs: Vec<(&str, String)> = Vec::new();
            let value = ::serde_json::to_value(body)?;
            let text = |v: &::serde_json::Value| match v {
                ::serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if let ::serde_json::Value::Object(map) = &value {
                for (k, v) in map {
                    match v {
                        ::serde_json::Value::Null => {}
                        ::serde_json::Value::Array(items) => pairs.extend(items.iter().map(|i| (k.as_str(), text(i)))),
                        other => pairs.push((k.as_str(), text(other))),
                    }
                }
            }
            Ok(encode_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))))
        }

        /// A JSON response body as its documented type.
        pub fn decode_json<T: ::serde::de::DeserializeOwned>(status: u16, bytes: &[u8]) -> Result<T, ClientError> {
            let mut de = ::serde_json::Deserializer::from_slice(bytes);
            ::serde_path_to_error::deserialize(&mut de).map_err(|e| {
                let at = e.path().to_string();
                ClientError::Body { status, message: format!("at `{at}`: {}", e.into_inner()) }
            })
        }

        fn response_header_text<'h>(headers: &'h ::reqwest::header::HeaderMap, name: &str) -> Result<Option<&'h str>, ClientError> {
            match headers.get(name) {
                None => Ok(None),
                Some(v) => v
                    .to_str()
                    .map(Some)
                    .map_err(|_| ClientError::Header { name: name.to_owned(), message: "not visible ASCII".to_owned() }),
            }
        }

        /// A response header by `FromStr`.
        pub fn header<T>(headers: &::reqwest::header::HeaderMap, name: &str) -> Result<Option<T>, ClientError>
        where
            T: ::std::str::FromStr,
            T::Err: ::std::fmt::Display,
        {
            match response_header_text(headers, name)? {
                None => Ok(None),
                Some(text) => {
                    text.trim().parse().map(Some).map_err(|e| ClientError::Header { name: name.to_owned(), message: format!("{e}") })
                }
            }
        }

        /// A comma-separated response header.
        pub fn header_list<T>(headers: &::reqwest::header::HeaderMap, name: &str) -> Result<Option<Vec<T>>, ClientError>
        where
            T: ::std::str::FromStr,
            T::Err: ::std::fmt::Display,
        {
            match response_header_text(headers, name)? {
                None => Ok(None),
                Some(text) => text
                    .split(',')
                    .map(|item| item.trim().parse().map_err(|e| ClientError::Header { name: name.to_owned(), message: format!("{e}") }))
                    .collect::<Result<Vec<T>, _>>()
                    .map(Some),
            }
        }

        /// A response header holding JSON text.
        pub fn header_json<T: ::serde::de::DeserializeOwned>(headers: &::reqwest::header::HeaderMap, name: &str) -> Result<Option<T>, ClientError> {
            match response_header_text(headers, name)? {
                None => Ok(None),
                Some(text) => ::serde_json::from_str(text)
                    .map(Some)
                    .map_err(|e| ClientError::Header { name: name.to_owned(), message: e.to_string() }),
            }
        }

        /// A header the spec marks required.
        pub fn required_header<T>(value: Option<T>, name: &str) -> Result<T, ClientError> {
            value.ok_or_else(|| ClientError::Header { name: name.to_owned(), message: "missing".to_owned() })
        }
    }
}

/// What the router needs: problem responses (RFC 9457) and request reading.
fn server_support() -> TokenStream {
    quote! {
        use ::axum::http::{HeaderMap, StatusCode, header};
        use ::axum::response::{IntoResponse, Response};

        /// The largest request body the router reads (2 MiB); larger ones are answered 413.
        pub const MAX_BODY_BYTES: usize = 2 << 20;

        /// An error response in the RFC 9457 problem format (`application/problem+json`).
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        pub struct Problem {
            #[serde(rename = "type")]
            pub kind: String,
            pub title: String,
            pub status: u16,
            pub detail: String,
            /// One entry per invalid input.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub errors: Vec<ProblemItem>,
        }

        /// One invalid input: where it is and what is wrong with it.
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        pub struct ProblemItem {
            /// `path`, `query`, `header` or `body`.
            #[serde(rename = "in")]
            pub location: String,
            /// The parameter's name, or a JSON pointer into the body.
            pub name: String,
            /// The keyword of the broken constraint, when there is one.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub constraint: Option<String>,
            pub message: String,
        }

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
                let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                json(status, "application/problem+json", &self)
            }
        }

        /// A JSON response with the given status and content type.
        pub fn json<T: ::serde::Serialize>(status: StatusCode, content_type: &'static str, body: &T) -> Response {
            match ::serde_json::to_vec(body) {
                Ok(bytes) => {
                    let mut response = Response::new(::axum::body::Body::from(bytes));
                    *response.status_mut() = status;
                    // A static header value: no copy and no allocation per response.
                    response.headers_mut().insert(header::CONTENT_TYPE, ::axum::http::HeaderValue::from_static(content_type));
                    response
                }
                Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("response body could not be serialized: {e}")).into_response(),
            }
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
            Problem::new(StatusCode::BAD_REQUEST, format!("invalid {location} parameter `{name}`")).with(
                location,
                name,
                error.map(|e| e.constraint),
                message,
            )
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

            /// A list parameter's items (`a=1&a=2`, or `a=1,2` when not exploded), as [`Problems::param`]
            /// reads one value.
            pub fn list<T>(
                &mut self,
                location: &str,
                name: &str,
                raw: Vec<&str>,
                presence: Presence,
                parse: impl Fn(&str, &str, &str) -> Result<T, Problem>,
            ) -> Option<Vec<T>> {
                match raw.as_slice() {
                    [] => {
                        if presence.required() {
                            self.add(missing_parameter(location, name));
                        }
                        None
                    }
                    [""] if presence.nullable() => None,
                    _ => self.take(raw.into_iter().map(|v| parse(location, name, v)).collect()),
                }
            }

            /// Wraps a parsed list in its checked newtype.
            pub fn checked<L, T>(&mut self, location: &str, name: &str, items: Option<Vec<T>>) -> Option<L>
            where
                L: TryFrom<Vec<T>, Error = ValidationError>,
            {
                let items = items?;
                self.take(L::try_from(items).map_err(|e| bad_parameter(location, name, Some(&e), e.message.clone())))
            }
        }

        /// A path parameter's (percent-decoded) text, borrowed from the router's match.
        pub fn path_value<'a>(params: &'a ::axum::extract::RawPathParams, name: &str) -> Option<&'a str> {
            params.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
        }

        /// The text of a path parameter that shares its segment with literal text (`{sid}.json`):
        /// `None` when the segment does not have that text around it.
        pub fn path_segment<'a>(
            params: &'a ::axum::extract::RawPathParams,
            name: &str,
            prefix: &str,
            suffix: &str,
        ) -> Option<&'a str> {
            path_value(params, name)?.strip_prefix(prefix)?.strip_suffix(suffix)
        }

        /// A query parameter's first value.
        pub fn query_value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
            pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
        }

        /// Every value of a query parameter: repeated (`explode`) or joined by `separator`.
        pub fn query_values<'a>(pairs: &'a [(String, String)], name: &str, explode: bool, separator: char) -> Vec<&'a str> {
            let values = pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str());
            if explode { values.collect() } else { values.take(1).flat_map(|v| v.split(separator)).collect() }
        }

        /// The items of a header or path parameter's list, joined by `separator`.
        pub fn split_values(raw: Option<&str>, separator: char) -> Vec<&str> {
            raw.map(|v| v.split(separator).collect()).unwrap_or_default()
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
            ::axum::Form::<T>::from_request(request, &()).await.map(|form| form.0).map_err(|rejection| {
                Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "the request body does not match the schema")
                    .with("body", "", None, rejection.body_text())
            })
        }

        /// The 400 for a required parameter that is absent.
        pub fn missing_parameter(location: &str, name: &str) -> Problem {
            bad_parameter(location, name, None, format!("the {location} parameter `{name}` is required"))
        }

        /// The query string's pairs, percent-decoded.
        pub fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, Problem> {
            let mut out = Vec::new();
            for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                match (percent_decode(k), percent_decode(v)) {
                    (Some(k), Some(v)) => out.push((k, v)),
                    _ => return Err(Problem::new(StatusCode::BAD_REQUEST, "the query string is not valid percent-encoded UTF-8")),
                }
            }
            Ok(out)
        }

        /// `application/x-www-form-urlencoded` decoding of one component (`+` is a space).
        pub fn percent_decode(s: &str) -> Option<String> {
            let bytes = s.as_bytes();
            let mut out = Vec::with_capacity(bytes.len());
            let mut i = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'+' => out.push(b' '),
                    b'%' => {
                        let hex = s.get(i + 1..i + 3)?;
                        out.push(u8::from_str_radix(hex, 16).ok()?);
                        i += 2;
                    }
                    b => out.push(b),
                }
                i += 1;
            }
            String::from_utf8(out).ok()
        }

        /// Whether the request says its body is of `expected` media type, given in lowercase (`application/json`
        /// also accepts `+json` types; parameters such as `charset` are ignored). Compared without regard
        /// to ASCII case, in place: no lowercase copy per request.
        pub fn content_type_is(headers: &HeaderMap, expected: &str) -> bool {
            let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else { return false };
            let media = value.split(';').next().unwrap_or("").trim().as_bytes();
            let (prefix, suffix) = (b"application/".as_slice(), b"+json".as_slice());
            media.eq_ignore_ascii_case(expected.as_bytes())
                || (expected == "application/json"
                    && media.len() >= prefix.len() + suffix.len()
                    && media[..prefix.len()].eq_ignore_ascii_case(prefix)
                    && media[media.len() - suffix.len()..].eq_ignore_ascii_case(suffix))
        }

        /// Reads the body, refusing more than [`MAX_BODY_BYTES`] (413).
        pub async fn read_body(body: ::axum::body::Body) -> Result<::axum::body::Bytes, Problem> {
            ::axum::body::to_bytes(body, MAX_BODY_BYTES).await.map_err(|_| {
                Problem::new(StatusCode::PAYLOAD_TOO_LARGE, format!("the request body is larger than {MAX_BODY_BYTES} bytes"))
            })
        }

        /// Deserializes a JSON body: 400 when it is not JSON, 422 (with the JSON pointer) when it does not
        /// fit the schema.
        pub fn parse_json<T: ::serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Problem> {
            // The happy path pays nothing for error locations: only a body that fails is read again,
            // tracking the path, to say where.
            match ::serde_json::from_slice(bytes) {
                Ok(value) => Ok(value),
                Err(e) if e.is_syntax() || e.is_eof() => {
                    Err(Problem::new(StatusCode::BAD_REQUEST, format!("the request body is not valid JSON: {e}")))
                }
                Err(e) => {
                    let mut de = ::serde_json::Deserializer::from_slice(bytes);
                    let (pointer, message) = match ::serde_path_to_error::deserialize::<_, T>(&mut de) {
                        Err(located) => (pointer(located.path()), located.into_inner().to_string()),
                        Ok(_) => (String::new(), e.to_string()),
                    };
                    let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
                    Err(Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "the request body does not match the schema")
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

        /// The credential of a basic scheme (`Authorization: Basic <base64>`), still encoded.
        pub fn basic(headers: &HeaderMap) -> Option<String> {
            let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
            let (scheme, token) = value.split_once(' ')?;
            (scheme.eq_ignore_ascii_case("basic") && is_base64(token.trim())).then(|| token.trim().to_owned())
        }

        /// A cookie's value from the `Cookie` header.
        pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
            headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|pair| {
                let (k, v) = pair.trim().split_once('=')?;
                (k == name).then(|| v.to_owned())
            })
        }

        /// The 401 for a request without the credentials an operation needs; `challenge` names the
        /// scheme in `WWW-Authenticate`.
        pub fn unauthorized(schemes: &str, challenge: &'static str) -> Response {
            let mut response = Problem::new(StatusCode::UNAUTHORIZED, format!("this operation needs credentials: {schemes}")).into_response();
            response.headers_mut().insert(header::WWW_AUTHENTICATE, ::axum::http::HeaderValue::from_static(challenge));
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
            Problem::new(StatusCode::METHOD_NOT_ALLOWED, format!("`{}` does not allow {method}", uri.path())).into_response()
        }
    }
}
