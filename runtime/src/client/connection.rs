//! What a generated client holds: where it sends (a checked base URL), through what (a
//! `reqwest::Client`), and which credentials, set once when it is built and chosen per operation.
//!
//! The generated `ClientBuilder` wraps [`ClientSettings`] and adds one method per security scheme; the
//! generated `Client` wraps the [`Connection`] it builds. Credentials are kept as the text they are
//! sent as (`Bearer <token>`, `Basic <base64>`, a key) and are never shown by `Debug`.

use std::fmt;

use super::{BuildError, ClientError, Query};

/// Where a security scheme's credential goes in a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// A header of this name (`authorization`, or an API key's header).
    Header(&'static str),
    /// A query parameter of this name.
    Query(&'static str),
    /// A cookie of this name.
    Cookie(&'static str),
}

/// One security scheme of a spec, as the client sends its credential. Generated code lists them in
/// the spec's order; operations name them by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CredentialSlot {
    scheme: &'static str,
    place: Place,
}

impl CredentialSlot {
    /// A credential sent in header `name` (`authorization` for bearer and basic schemes).
    pub const fn header(scheme: &'static str, name: &'static str) -> Self {
        CredentialSlot {
            scheme,
            place: Place::Header(name),
        }
    }

    /// An API key sent as query parameter `name`.
    pub const fn query(scheme: &'static str, name: &'static str) -> Self {
        CredentialSlot {
            scheme,
            place: Place::Query(name),
        }
    }

    /// An API key sent as cookie `name`.
    pub const fn cookie(scheme: &'static str, name: &'static str) -> Self {
        CredentialSlot {
            scheme,
            place: Place::Cookie(name),
        }
    }
}

/// The text of an `Authorization` header for a bearer token.
pub fn bearer_credential(token: &str) -> String {
    format!("Bearer {token}")
}

/// The text of an `Authorization` header for HTTP basic authentication (RFC 7617).
pub fn basic_credential(username: &str, password: &str) -> String {
    format!("Basic {}", base64(format!("{username}:{password}").as_bytes()))
}

/// RFC 4648 base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let digit = |six: u32| ALPHABET.get((six & 63) as usize).map_or('=', |&b| char::from(b));
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| chunk.get(i).copied().map_or(0, u32::from);
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        out.push(digit(n >> 18));
        out.push(digit(n >> 12));
        out.push(if chunk.len() > 1 { digit(n >> 6) } else { '=' });
        out.push(if chunk.len() > 2 { digit(n) } else { '=' });
    }
    out
}

/// The credentials a client was given, one place per security scheme. `Debug` names the schemes
/// that are set, never their values.
#[derive(Clone)]
struct Credentials {
    slots: &'static [CredentialSlot],
    values: Vec<Option<String>>,
}

impl Credentials {
    fn get(&self, slot: usize) -> Option<&str> {
        self.values.get(slot).and_then(Option::as_deref)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = self.slots.iter().zip(&self.values).filter(|(_, v)| v.is_some());
        f.debug_list().entries(set.map(|(slot, _)| slot.scheme)).finish()
    }
}

/// What a generated `ClientBuilder` collects: the base URL, an optional `reqwest::Client` and the
/// credentials. [`build`](Self::build) checks them.
#[derive(Clone, Debug)]
pub struct ClientSettings {
    base_url: String,
    http: Option<::reqwest::Client>,
    credentials: Credentials,
}

impl ClientSettings {
    /// Settings for a client of an API whose security schemes are `slots`, none set yet.
    pub fn new(base_url: impl Into<String>, slots: &'static [CredentialSlot]) -> Self {
        ClientSettings {
            base_url: base_url.into(),
            http: None,
            credentials: Credentials {
                slots,
                values: vec![None; slots.len()],
            },
        }
    }

    /// Send through this client (its timeouts, proxies, TLS and default headers).
    pub fn http(&mut self, http: ::reqwest::Client) {
        self.http = Some(http);
    }

    /// The credential of scheme `slot`, as the text it is sent as.
    pub fn set(&mut self, slot: usize, value: String) {
        if let Some(place) = self.credentials.values.get_mut(slot) {
            *place = Some(value);
        }
    }

    /// The connection, once the base URL and the credentials are known to be sendable.
    pub fn build(self) -> Result<Connection, BuildError> {
        let base_url = base_url(&self.base_url)?;
        for (slot, value) in self.credentials.slots.iter().zip(&self.credentials.values) {
            let Some(value) = value else { continue };
            if !matches!(slot.place, Place::Query(_)) && ::reqwest::header::HeaderValue::from_str(value).is_err() {
                return Err(BuildError::Credential {
                    scheme: slot.scheme,
                    message: "it goes in a header, and holds a line break or another character a header cannot"
                        .to_owned(),
                });
            }
        }
        Ok(Connection {
            base_url,
            http: self.http.unwrap_or_default(),
            credentials: self.credentials,
        })
    }
}

/// The base URL requests are sent to, without a trailing `/` (operation paths start with one).
fn base_url(text: &str) -> Result<String, BuildError> {
    let fail = |message: &str| BuildError::BaseUrl {
        url: text.to_owned(),
        message: message.to_owned(),
    };
    let url = ::reqwest::Url::parse(text.trim()).map_err(|e| fail(&format!("it is not an absolute URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(fail("its scheme is not `http` or `https`"));
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(fail("it has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(fail(
            "it holds a user name or password; give credentials to the client builder instead",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(fail(
            "it has a `?query` or `#fragment`, which operation paths cannot follow",
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// A built client's base URL, `reqwest::Client` and credentials. `Debug` shows the base URL and the
/// names of the schemes that have a credential, never a credential.
#[derive(Clone)]
pub struct Connection {
    base_url: String,
    http: ::reqwest::Client,
    credentials: Credentials,
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl Connection {
    /// The base URL, which an operation's path is appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The `reqwest::Client` requests are sent through.
    pub fn http(&self) -> &::reqwest::Client {
        &self.http
    }

    /// The credentials to send for an operation that accepts any one of `alternatives` (each a set of
    /// schemes, by index; an empty one: anonymous access). The first alternative in the spec's order
    /// whose credentials are all set is chosen; anonymous access only when none is. When nothing fits,
    /// the error names the first scheme missing from the first alternative.
    pub fn credentials(&self, alternatives: &'static [&'static [usize]]) -> Result<Chosen<'_>, ClientError> {
        let complete = |alternative: &&[usize]| alternative.iter().all(|&s| self.credentials.get(s).is_some());
        if let Some(chosen) = alternatives.iter().find(|a| !a.is_empty() && complete(a)) {
            return Ok(Chosen {
                connection: self,
                schemes: chosen,
            });
        }
        if alternatives.iter().any(|a| a.is_empty()) {
            return Ok(Chosen {
                connection: self,
                schemes: &[],
            });
        }
        let missing = alternatives
            .first()
            .and_then(|a| a.iter().find(|&&s| self.credentials.get(s).is_none()))
            .and_then(|&s| self.credentials.slots.get(s));
        Err(ClientError::MissingCredential {
            scheme: missing.map_or("", |slot| slot.scheme),
        })
    }
}

/// The credentials chosen for one request. `Debug` shows the connection's, which hides the values.
#[derive(Clone, Copy, Debug)]
pub struct Chosen<'c> {
    connection: &'c Connection,
    schemes: &'static [usize],
}

impl Chosen<'_> {
    fn each(&self) -> impl Iterator<Item = (Place, &str)> {
        let credentials = &self.connection.credentials;
        self.schemes
            .iter()
            .filter_map(|&s| Some((credentials.slots.get(s)?.place, credentials.get(s)?)))
    }

    /// Adds the chosen query credentials to a query string being built.
    pub fn add_query(&self, query: &mut Query) {
        for (place, value) in self.each() {
            if let Place::Query(name) = place {
                query.push(name, value.to_owned());
            }
        }
    }

    /// Adds the chosen header and cookie credentials to a request, marked sensitive (reqwest and
    /// hyper then leave them out of their own debug output).
    pub fn add_headers(&self, mut request: ::reqwest::RequestBuilder) -> ::reqwest::RequestBuilder {
        let mut cookies = Vec::new();
        for (place, value) in self.each() {
            match place {
                Place::Header(name) => request = request.header(name, sensitive(value)),
                Place::Cookie(name) => cookies.push(format!("{name}={value}")),
                Place::Query(_) => {}
            }
        }
        if !cookies.is_empty() {
            request = request.header(::reqwest::header::COOKIE, sensitive(&cookies.join("; ")));
        }
        request
    }
}

/// A header value that debug output hides. [`ClientSettings::build`] checked that it is one; should it
/// not be, the empty value is sent rather than the request failing at a panic.
fn sensitive(value: &str) -> ::reqwest::header::HeaderValue {
    let mut value = ::reqwest::header::HeaderValue::from_str(value)
        .unwrap_or_else(|_| ::reqwest::header::HeaderValue::from_static(""));
    value.set_sensitive(true);
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLOTS: &[CredentialSlot] = &[
        CredentialSlot::header("Token", "token"),
        CredentialSlot::query("Key", "api_key"),
        CredentialSlot::header("Bearer", "authorization"),
    ];

    fn connection(set: &[(usize, &str)]) -> Connection {
        let mut settings = ClientSettings::new("http://127.0.0.1:1/api/", SLOTS);
        for (slot, value) in set {
            settings.set(*slot, (*value).to_owned());
        }
        settings.build().expect("valid settings")
    }

    #[test]
    fn base64_is_rfc_4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
        assert_eq!(
            basic_credential("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }

    #[test]
    fn base_urls_are_checked() {
        assert_eq!(base_url("http://127.0.0.1:8080/").unwrap(), "http://127.0.0.1:8080");
        assert_eq!(base_url("https://a.example/v1/").unwrap(), "https://a.example/v1");
        for bad in [
            "",
            "127.0.0.1:8080",
            "not a url",
            "ftp://a.example",
            "http://u:p@a.example",
            "http://a/?x=1",
            "mailto:a@b",
        ] {
            let e = base_url(bad).unwrap_err();
            assert!(e.to_string().contains("cannot be used"), "{bad}: {e}");
        }
    }

    #[test]
    fn the_first_complete_alternative_is_chosen() {
        let c = connection(&[(1, "k"), (2, "Bearer t")]);
        let chosen = c.credentials(&[&[0], &[1, 2], &[2]]).unwrap();
        assert_eq!(chosen.schemes, &[1, 2]);
        let e = c.credentials(&[&[0, 1]]).unwrap_err();
        assert!(matches!(e, ClientError::MissingCredential { scheme: "Token" }), "{e}");
        // Anonymous access only when no credential fits, wherever the spec lists it.
        assert_eq!(c.credentials(&[&[], &[2]]).unwrap().schemes, &[2]);
        assert!(c.credentials(&[&[0], &[]]).unwrap().schemes.is_empty());
    }

    #[test]
    fn debug_names_schemes_never_values() {
        let c = connection(&[(0, "s3cret"), (2, "Bearer t0ken")]);
        let shown = format!("{c:?}");
        assert!(shown.contains("Token") && shown.contains("Bearer"), "{shown}");
        assert!(!shown.contains("s3cret") && !shown.contains("t0ken"), "{shown}");
    }

    #[test]
    fn header_credentials_must_be_header_text() {
        let mut settings = ClientSettings::new("http://127.0.0.1:1", SLOTS);
        settings.set(0, "a\nb".to_owned());
        let e = settings.build().unwrap_err();
        assert!(matches!(e, BuildError::Credential { scheme: "Token", .. }), "{e}");
        // A query key is percent-encoded, so any text goes.
        let mut settings = ClientSettings::new("http://127.0.0.1:1", SLOTS);
        settings.set(1, "a\nb".to_owned());
        assert!(settings.build().is_ok());
    }
}
