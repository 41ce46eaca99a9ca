//! What the generated reqwest client calls: its error type, its connection (base URL, credentials),
//! URL and form encoding, response decoding.

mod connection;
mod error;

pub use connection::{Chosen, ClientSettings, Connection, CredentialSlot, basic_credential, bearer_credential};
pub use error::{BuildError, ClientError, Error, show_body};

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode_component(value: &dyn ::std::fmt::Display) -> String {
    crate::param::encode(&value.to_string(), false)
}

/// The query string of a request being built: its pairs, percent-encoded as they are added.
#[derive(Debug, Default)]
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn push(&mut self, name: &str, value: String) {
        self.0.push((encode_component(&name), encode_component(&value)));
    }

    /// A parameter's pairs in its style (see [`crate::param::write_query`]).
    pub fn push_styled(
        &mut self,
        name: &str,
        style: crate::Style,
        explode: bool,
        allow_reserved: bool,
        value: &crate::Wire,
    ) {
        self.0
            .extend(crate::param::write_query(name, style, explode, allow_reserved, value));
    }

    /// `?a=1&b=2`, or nothing for no pairs.
    pub fn encode(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let joined: Vec<String> = self.0.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("?{}", joined.join("&"))
    }
}

/// `a=1&b=2`, each name and value percent-encoded.
pub fn encode_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let joined: Vec<String> = pairs
        .map(|(k, v)| format!("{}={}", encode_component(&k), encode_component(&v)))
        .collect();
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

/// A response as the client reads it: the status, the headers and the whole body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: ::reqwest::header::HeaderMap,
    pub body: ::bytes::Bytes,
}

impl Reply {
    /// The body as the documented JSON type of this status.
    pub fn json<T: ::serde::de::DeserializeOwned>(&self) -> Result<T, ClientError> {
        decode_json(self.status, &self.body)
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The error for a status the operation does not document.
    pub fn unexpected(self) -> ClientError {
        ClientError::UnexpectedStatus {
            status: self.status,
            body: self.text(),
        }
    }
}

/// Sends a request and reads the whole response.
pub async fn send(request: ::reqwest::RequestBuilder) -> Result<Reply, ClientError> {
    let mut response = request.send().await.map_err(ClientError::Transport)?;
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes().await.map_err(ClientError::Transport)?;
    Ok(Reply { status, headers, body })
}

/// A JSON response body as its documented type (one JSON value: text after it is an error).
pub fn decode_json<T: ::serde::de::DeserializeOwned>(status: u16, bytes: &[u8]) -> Result<T, ClientError> {
    let mut de = ::serde_json::Deserializer::from_slice(bytes);
    let value = ::serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let at = e.path().to_string();
        ClientError::Body {
            status,
            message: format!("at `{at}`: {}", e.into_inner()),
        }
    })?;
    // `from_slice` checks this itself; a `Deserializer` of our own must be told (found by the
    // rt_params fuzz target: `{"a": 1} garbage` was read as `{"a": 1}`).
    de.end().map_err(|e| ClientError::Body {
        status,
        message: e.to_string(),
    })?;
    Ok(value)
}

fn response_header_text<'h>(
    headers: &'h ::reqwest::header::HeaderMap,
    name: &str,
) -> Result<Option<&'h str>, ClientError> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => v.to_str().map(Some).map_err(|_| ClientError::Header {
            name: name.to_owned(),
            message: "not visible ASCII".to_owned(),
        }),
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
        Some(text) => text.trim().parse().map(Some).map_err(|e| ClientError::Header {
            name: name.to_owned(),
            message: format!("{e}"),
        }),
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
            .map(|item| {
                item.trim().parse().map_err(|e| ClientError::Header {
                    name: name.to_owned(),
                    message: format!("{e}"),
                })
            })
            .collect::<Result<Vec<T>, _>>()
            .map(Some),
    }
}

/// A response header holding JSON text.
pub fn header_json<T: ::serde::de::DeserializeOwned>(
    headers: &::reqwest::header::HeaderMap,
    name: &str,
) -> Result<Option<T>, ClientError> {
    match response_header_text(headers, name)? {
        None => Ok(None),
        Some(text) => ::serde_json::from_str(text).map(Some).map_err(|e| ClientError::Header {
            name: name.to_owned(),
            message: e.to_string(),
        }),
    }
}

/// A header the spec marks required.
pub fn required_header<T>(value: Option<T>, name: &str) -> Result<T, ClientError> {
    value.ok_or_else(|| ClientError::Header {
        name: name.to_owned(),
        message: "missing".to_owned(),
    })
}
