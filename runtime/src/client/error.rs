//! What a generated client call gives instead of its success value.
//!
//! One enum for every way a call can end without the documented success: [`Error<E>`]. `E` is the
//! operation's generated error enum (`GetOfferingError`: a variant per documented non-2xx response,
//! with its typed body and headers), so a documented error is matched as data, while transport
//! failures, undocumented statuses and bodies that break the schema are the other variants. The
//! methods that return every documented response as data (`*_response`) have no error responses of
//! their own: their error is [`ClientError`], which is `Error<Infallible>`, the same variants without
//! `Response`, so both kinds of method are matched and printed alike.
//!
//! This follows progenitor's `Error<E>` (`ErrorResponse` beside `InvalidResponsePayload`,
//! `UnexpectedResponse`, `CommunicationError`), flattened into one level and with the status beside
//! the typed error, as users of reqwest-based SDKs expect `?` to stop on a non-2xx answer.

use std::convert::Infallible;
use std::fmt;

use crate::excerpt;

/// Why a client call did not give the operation's success value.
///
/// `Display` says what happened with the status and an excerpt of what the server sent, so `?` into
/// `Box<dyn Error>` or `anyhow` keeps the useful part. Non-exhaustive: a later runtime may tell more
/// kinds of failure apart.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = Infallible> {
    /// The server answered with a response the spec documents as an error for this operation (a
    /// non-2xx status, or one the `default` response covers): its status and typed content.
    Response { status: u16, error: E },
    /// The operation needs a credential of security scheme `scheme` (its name in the spec), and the
    /// client was built without one. Nothing was sent.
    MissingCredential { scheme: &'static str },
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

/// The error of the methods that return the whole response enum: every documented response is
/// `Ok` there, so this is [`Error`] without a `Response`.
pub type ClientError = Error<Infallible>;

impl<E> Error<E> {
    /// The status the server answered with, when it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Response { status, .. } | Self::UnexpectedStatus { status, .. } | Self::Body { status, .. } => {
                Some(*status)
            }
            _ => None,
        }
    }

    /// The documented error response, when that is what the server answered.
    pub fn response(&self) -> Option<&E> {
        match self {
            Self::Response { error, .. } => Some(error),
            _ => None,
        }
    }

    /// The documented error response, by value.
    pub fn into_response(self) -> Option<E> {
        match self {
            Self::Response { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl ClientError {
    /// The same error as the error of an operation whose documented errors are `E` (this one holds
    /// no documented error response, so every variant carries over).
    pub fn widen<E>(self) -> Error<E> {
        match self {
            Self::Response { error, .. } => match error {},
            Self::MissingCredential { scheme } => Error::MissingCredential { scheme },
            Self::Transport(e) => Error::Transport(e),
            Self::Encode(e) => Error::Encode(e),
            Self::UnexpectedStatus { status, body } => Error::UnexpectedStatus { status, body },
            Self::Body { status, message } => Error::Body { status, message },
            Self::Header { name, message } => Error::Header { name, message },
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Response { status, error } => write!(f, "error response {status}: {error}"),
            Self::MissingCredential { scheme } => write!(
                f,
                "the operation needs a credential of security scheme `{scheme}`, and the client was built \
                 without one; nothing was sent (set it with the client builder)"
            ),
            Self::Transport(e) => write!(f, "request failed: {e}"),
            Self::Encode(e) => write!(f, "request body could not be encoded: {e}"),
            Self::UnexpectedStatus { status, body } => {
                write!(f, "undocumented status {status}: {}", excerpt(body))
            }
            Self::Body { status, message } => {
                write!(f, "the {status} response body does not match the spec: {message}")
            }
            Self::Header { name, message } => write!(f, "response header `{name}`: {message}"),
        }
    }
}

impl<E: fmt::Display + fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport(e) => Some(e),
            Self::Encode(e) => Some(e),
            _ => None,
        }
    }
}

/// A documented error body as `Display` shows it: its JSON text, shortened like every value an error
/// quotes.
pub fn show_body<T: ::serde::Serialize>(f: &mut fmt::Formatter<'_>, body: &T) -> fmt::Result {
    match ::serde_json::to_value(body) {
        Ok(::serde_json::Value::String(text)) => f.write_str(&show_text(&text)),
        Ok(value) => f.write_str(&show_text(&value.to_string())),
        Err(_) => f.write_str("(a body that cannot be shown)"),
    }
}

/// Error text quoted in a message: up to 200 characters.
fn show_text(text: &str) -> String {
    const MAX: usize = 200;
    let length = text.chars().count();
    if length <= MAX {
        text.to_owned()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}... ({length} characters)")
    }
}

/// Why a client could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute `http` or `https` URL the operations' paths can be appended to.
    BaseUrl { url: String, message: String },
    /// A credential cannot be sent as the header its scheme puts it in.
    Credential { scheme: &'static str, message: String },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BaseUrl { url, message } => write!(
                f,
                "the base URL {} cannot be used: {message}; write one such as `https://api.example.com/v1`",
                excerpt(url)
            ),
            Self::Credential { scheme, message } => {
                write!(
                    f,
                    "the credential of security scheme `{scheme}` cannot be sent: {message}"
                )
            }
        }
    }
}

impl std::error::Error for BuildError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct NotFound;
    impl fmt::Display for NotFound {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("Not found: {\"code\":\"GONE\"}")
        }
    }

    #[test]
    fn display_names_the_status_and_the_body() {
        let e: Error<NotFound> = Error::Response {
            status: 404,
            error: NotFound,
        };
        assert_eq!(e.to_string(), "error response 404: Not found: {\"code\":\"GONE\"}");
        assert_eq!(e.status(), Some(404));
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        assert!(boxed.to_string().contains("GONE"));
    }

    #[test]
    fn widening_keeps_every_variant() {
        let e: Error<NotFound> = ClientError::UnexpectedStatus {
            status: 418,
            body: "teapot".into(),
        }
        .widen();
        assert!(matches!(e, Error::UnexpectedStatus { status: 418, .. }));
        let e: Error<NotFound> = ClientError::MissingCredential { scheme: "Token" }.widen();
        assert_eq!(e.status(), None);
        assert!(e.to_string().contains("`Token`"));
    }

    #[test]
    fn long_bodies_are_shortened() {
        let long = "x".repeat(500);
        assert_eq!(show_text(&long).chars().filter(|c| *c == 'x').count(), 200);
        assert!(show_text(&long).ends_with("(500 characters)"));
    }
}
