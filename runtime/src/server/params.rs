//! Reading styled parameters (`style` × `explode`, see [`crate::param`]) into their types, with every
//! problem reported as a 400 naming the parameter.

use super::{Presence, Problem, Problems, bad_parameter, missing_parameter, parse_param, parse_param_json};
use crate::ValidationError;
use crate::param::{self, Shape, Style, Wire};

use ::axum::http::StatusCode;

/// The query string's pairs for [`param::read_query`]: names decoded, values as sent.
pub fn query_raw(query: Option<&str>) -> Result<Vec<(String, String)>, Problem> {
    param::raw_query_pairs(query).ok_or_else(|| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "the query string is not valid percent-encoded UTF-8",
        )
    })
}

/// An API key sent in the query (empty values do not count).
pub fn query_credential(pairs: &[(String, String)], name: &str) -> Option<String> {
    let (_, raw) = pairs.iter().find(|(k, _)| k == name)?;
    param::decode(raw).filter(|v| !v.is_empty())
}

/// A path parameter's segment (`None`: not matched) in its style.
pub fn path_wire(
    raw: Option<&str>,
    name: &str,
    style: Style,
    explode: bool,
    shape: Shape,
) -> Result<Option<Wire>, String> {
    raw.map(|raw| param::read_path(raw, name, style, explode, shape))
        .transpose()
}

/// A header parameter's value (`simple` style).
pub fn header_wire(raw: Option<&str>, explode: bool, shape: Shape) -> Result<Option<Wire>, String> {
    raw.map(|raw| param::read_header(raw, explode, shape)).transpose()
}

impl Problems {
    /// One parameter's value, read from its text by `parse`: `None` when absent (a problem if it is
    /// required), when empty and nullable (a parameter's null), or when invalid (a problem).
    pub fn styled<T>(
        &mut self,
        location: &str,
        name: &str,
        wire: Result<Option<Wire>, String>,
        presence: Presence,
        parse: impl Fn(&str, &str, Wire) -> Result<T, Problem>,
    ) -> Option<T> {
        match wire {
            Err(message) => {
                self.add(bad_parameter(location, name, None, message));
                None
            }
            Ok(None) => {
                if presence.required() {
                    self.add(missing_parameter(location, name));
                }
                None
            }
            Ok(Some(wire)) if wire.is_empty() && presence.nullable() => None,
            Ok(Some(wire)) => self.take(parse(location, name, wire)),
        }
    }

    /// [`styled`](Self::styled) for an optional parameter with a `default`: absent, it is the default
    /// (a nullable one's `null`, an empty value, stays `None`).
    pub fn defaulted<T>(
        &mut self,
        location: &str,
        name: &str,
        wire: Result<Option<Wire>, String>,
        presence: Presence,
        parse: impl Fn(&str, &str, Wire) -> Result<T, Problem>,
        default: T,
    ) -> Option<T> {
        match wire {
            Ok(None) => Some(default),
            wire => self.styled(location, name, wire, presence, parse),
        }
    }
}

/// The 400 for text of the wrong shape (a list where one value belongs): the generated router never
/// asks for it, since the shape it reads is the one it parses.
fn wrong_shape(location: &str, name: &str, wire: &Wire) -> Problem {
    bad_parameter(location, name, None, format!("expected one value, found {wire:?}"))
}

/// One value by its `FromStr`.
pub fn scalar<T>(location: &str, name: &str, wire: Wire) -> Result<T, Problem>
where
    T: ::std::str::FromStr,
    T::Err: ::std::fmt::Display + 'static,
{
    match wire {
        Wire::Scalar(text) => parse_param(location, name, &text),
        other => Err(wrong_shape(location, name, &other)),
    }
}

/// One value of a type without `FromStr` (a union): as a JSON string, else as JSON.
pub fn scalar_json<T: ::serde::de::DeserializeOwned>(location: &str, name: &str, wire: Wire) -> Result<T, Problem> {
    match wire {
        Wire::Scalar(text) => parse_param_json(location, name, &text),
        other => Err(wrong_shape(location, name, &other)),
    }
}

/// A list's items, each by `item`.
pub fn list<T>(
    location: &str,
    name: &str,
    wire: Wire,
    item: impl Fn(&str, &str, &str) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    match wire {
        Wire::List(items) => items.iter().map(|v| item(location, name, v)).collect(),
        other => Err(wrong_shape(location, name, &other)),
    }
}

/// A list's items wrapped in its checked newtype.
pub fn checked_list<L, T>(
    location: &str,
    name: &str,
    wire: Wire,
    item: impl Fn(&str, &str, &str) -> Result<T, Problem>,
) -> Result<L, Problem>
where
    L: TryFrom<Vec<T>, Error = ValidationError>,
{
    let items = list(location, name, wire, item)?;
    L::try_from(items).map_err(|e| bad_parameter(location, name, Some(&e), e.message.clone()))
}

/// An object (a struct or a map) from its entries.
pub fn object<T: ::serde::de::DeserializeOwned>(location: &str, name: &str, wire: Wire) -> Result<T, Problem> {
    match wire {
        Wire::Object(entries) => {
            param::object_from(&entries).map_err(|message| bad_parameter(location, name, None, message))
        }
        other => Err(wrong_shape(location, name, &other)),
    }
}
