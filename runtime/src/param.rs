//! OpenAPI's parameter serialization (`style` × `explode` × location × shape), both ways: what the
//! client writes ([`write_path`], [`write_query`], [`write_header`]) the router reads back
//! ([`read_path`], [`read_query`], [`read_header`]) as the same [`Wire`]. Pure text work, shared by the
//! `server` and `client` features and fuzzed as one (`fuzz/fuzz_targets/common/rt_params_check.rs`).
//!
//! The tables are the spec's "Style Examples": path `simple` (`a,b`), `label` (`.a.b` / `.a,b`),
//! `matrix` (`;id=a;id=b` / `;id=a,b`); query `form` (`id=a&id=b` / `id=a,b`), `spaceDelimited`
//! (`id=a%20b`), `pipeDelimited` (`id=a|b`), `deepObject` (`id[k]=v`); header `simple`. Objects are
//! `k,v,k,v` joined, or `k=v` items exploded (query `form` exploded: one pair per property).
//!
//! In the query string each item, key and value is percent-encoded on its own and the delimiters are
//! written literally, so an item may hold any text (a comma, a pipe, a space). Path segments reach the
//! router already percent-decoded and header values are not encoded at all: there an item that holds its
//! style's delimiter (`,`, and `.`, `;`, `=` where the style uses them) cannot be told apart, as in every
//! OpenAPI implementation.

/// A parameter's `style`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

impl Style {
    pub const ALL: [Style; 7] = [
        Style::Simple,
        Style::Label,
        Style::Matrix,
        Style::Form,
        Style::SpaceDelimited,
        Style::PipeDelimited,
        Style::DeepObject,
    ];

    /// What joins a non-exploded query list, as written in the query string.
    fn query_delimiter(self) -> &'static str {
        match self {
            Style::SpaceDelimited => "%20",
            Style::PipeDelimited => "|",
            _ => ",",
        }
    }
}

/// What a parameter's schema is, as far as its serialization goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// One value.
    Scalar,
    /// An array of values.
    List,
    /// An object: a struct or a map, with values as text.
    Object,
}

/// A parameter's value as text, before it is typed (server) or after it was written (client).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wire {
    Scalar(String),
    List(Vec<String>),
    Object(Vec<(String, String)>),
}

impl Wire {
    /// Whether this is what a nullable parameter's `null` is written as: nothing.
    pub fn is_empty(&self) -> bool {
        match self {
            Wire::Scalar(s) => s.is_empty(),
            Wire::List(items) => items.is_empty(),
            Wire::Object(entries) => entries.is_empty(),
        }
    }

    /// The empty value of a shape (a nullable parameter's `null`).
    pub fn empty(shape: Shape) -> Wire {
        match shape {
            Shape::Scalar => Wire::Scalar(String::new()),
            Shape::List => Wire::List(Vec::new()),
            Shape::Object => Wire::Object(Vec::new()),
        }
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters (`allow_reserved`: its reserved
/// characters too, except those that would end a query value or read as a space: `&`, `=`, `#`, `+`,
/// and the list delimiters `,` and `|`).
pub fn encode(value: &str, allow_reserved: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (allow_reserved
                && matches!(
                    b,
                    b':' | b'/' | b'?' | b'[' | b']' | b'@' | b'!' | b'$' | b'\'' | b'(' | b')' | b'*' | b';'
                ));
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `application/x-www-form-urlencoded` decoding of one component (`+` is a space); `None` for a `%`
/// without two hexadecimal digits or bytes that are not UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let high = hex_digit(bytes.next()?)?;
                let low = hex_digit(bytes.next()?)?;
                out.push(high << 4 | low);
            }
            b => out.push(b),
        }
    }
    String::from_utf8(out).ok()
}

fn hex_digit(b: u8) -> Option<u8> {
    char::from(b).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// The query string's pairs: each name percent-decoded, each value as sent (checked to decode), so
/// that delimiters can be told from encoded text. `None` when a name or value does not decode.
pub fn raw_query_pairs(query: Option<&str>) -> Option<Vec<(String, String)>> {
    let mut out = Vec::new();
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        decode(v)?;
        out.push((decode(k)?, v.to_owned()));
    }
    Some(out)
}

/// `k,v,k,v` as entries; an odd count is an error.
fn pairs_of(items: Vec<String>) -> Result<Vec<(String, String)>, String> {
    if !items.len().is_multiple_of(2) {
        return Err(format!(
            "an object is written as key,value pairs, and {} items are not pairs",
            items.len()
        ));
    }
    let mut out = Vec::with_capacity(items.len() / 2);
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        out.push((k, v));
    }
    Ok(out)
}

/// `k=v` as an entry (`k` alone is an empty value).
fn entry(item: &str) -> (String, String) {
    let (k, v) = item.split_once('=').unwrap_or((item, ""));
    (k.to_owned(), v.to_owned())
}

/// Items joined by `delimiter`; nothing is no items.
fn split(text: &str, delimiter: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split(delimiter).map(str::to_owned).collect()
}

/// A value of `simple` style (path or header), its prefix already taken off.
fn read_simple(text: &str, explode: bool, shape: Shape, delimiter: &str) -> Result<Wire, String> {
    Ok(match shape {
        Shape::Scalar => Wire::Scalar(text.to_owned()),
        Shape::List => Wire::List(split(text, delimiter)),
        Shape::Object if explode => Wire::Object(split(text, delimiter).iter().map(|i| entry(i)).collect()),
        Shape::Object => Wire::Object(pairs_of(split(text, ","))?),
    })
}

/// A path parameter's (percent-decoded) segment text in its style.
pub fn read_path(raw: &str, name: &str, style: Style, explode: bool, shape: Shape) -> Result<Wire, String> {
    match style {
        Style::Label => {
            let rest = raw
                .strip_prefix('.')
                .ok_or_else(|| format!("a `label` parameter starts with `.`, and {raw:?} does not"))?;
            read_simple(rest, explode, shape, if explode { "." } else { "," })
        }
        Style::Matrix => read_matrix(raw, name, explode, shape),
        _ => read_simple(raw, explode, shape, ","),
    }
}

/// `;name=v`, `;name=a,b` / `;name=a;name=b`, `;name=k,v,k,v` / `;k=v;k=v`.
fn read_matrix(raw: &str, name: &str, explode: bool, shape: Shape) -> Result<Wire, String> {
    let rest = raw
        .strip_prefix(';')
        .ok_or_else(|| format!("a `matrix` parameter starts with `;`, and {raw:?} does not"))?;
    let named = |part: &str| -> Result<String, String> {
        match part.split_once('=') {
            Some((k, v)) if k == name => Ok(v.to_owned()),
            None if part == name => Ok(String::new()),
            _ => Err(format!(
                "a `matrix` parameter is written `;{name}=...`, and {raw:?} is not"
            )),
        }
    };
    match (shape, explode) {
        (Shape::List, true) => {
            if rest == name {
                return Ok(Wire::List(Vec::new()));
            }
            Ok(Wire::List(rest.split(';').map(named).collect::<Result<_, _>>()?))
        }
        (Shape::Object, true) => {
            if rest == name {
                return Ok(Wire::Object(Vec::new()));
            }
            Ok(Wire::Object(rest.split(';').map(entry).collect()))
        }
        _ => read_simple(&named(rest)?, false, shape, ","),
    }
}

/// A header's value (`simple` style).
pub fn read_header(raw: &str, explode: bool, shape: Shape) -> Result<Wire, String> {
    read_simple(raw, explode, shape, ",")
}

/// A query parameter's value, from [`raw_query_pairs`]: `None` when absent. `others` are the names of
/// the operation's other query parameters, which an exploded `form` object (one pair per property, its
/// own name nowhere) does not take.
pub fn read_query(
    pairs: &[(String, String)],
    name: &str,
    style: Style,
    explode: bool,
    shape: Shape,
    others: &[&str],
) -> Result<Option<Wire>, String> {
    let decoded = |raw: &str| decode(raw).ok_or_else(|| format!("{raw:?} is not percent-encoded UTF-8"));
    let own = || pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let joined = |raw: &str| -> Result<Vec<String>, String> {
        if raw.is_empty() {
            return Ok(Vec::new());
        }
        raw.split(style.query_delimiter()).map(decoded).collect()
    };
    match (shape, style, explode) {
        (Shape::Object, Style::DeepObject, _) => {
            let mut entries = Vec::new();
            for (k, v) in pairs {
                let key = k
                    .strip_prefix(name)
                    .and_then(|k| k.strip_prefix('['))
                    .and_then(|k| k.strip_suffix(']'));
                if let Some(key) = key {
                    entries.push((key.to_owned(), decoded(v)?));
                }
            }
            let null = own().next().is_some();
            Ok((!entries.is_empty() || null).then_some(Wire::Object(entries)))
        }
        (Shape::Object, _, true) => {
            let mut entries = Vec::new();
            for (k, v) in pairs {
                if k != name && !others.contains(&k.as_str()) {
                    entries.push((k.clone(), decoded(v)?));
                }
            }
            let null = own().next().is_some();
            Ok((!entries.is_empty() || null).then_some(Wire::Object(entries)))
        }
        (Shape::Object, _, false) => own()
            .next()
            .map(|raw| Ok(Wire::Object(pairs_of(joined(raw)?)?)))
            .transpose(),
        (Shape::List, _, true) => {
            let items: Vec<String> = own().map(decoded).collect::<Result<_, _>>()?;
            // A list exploded to nothing is sent as nothing: `name=` alone is a nullable one's null.
            Ok(match items.as_slice() {
                [] => None,
                [only] if only.is_empty() => Some(Wire::List(Vec::new())),
                _ => Some(Wire::List(items)),
            })
        }
        (Shape::List, _, false) => own().next().map(|raw| Ok(Wire::List(joined(raw)?))).transpose(),
        (Shape::Scalar, _, _) => own().next().map(|raw| Ok(Wire::Scalar(decoded(raw)?))).transpose(),
    }
}

/// The path segment of a parameter in its style, percent-encoded (delimiters literal).
pub fn write_path(name: &str, style: Style, explode: bool, value: &Wire) -> String {
    let enc = |s: &str| encode(s, false);
    let name = enc(name);
    let joined = |delimiter: &str| join(value, explode, delimiter, &enc);
    match style {
        Style::Label => format!(".{}", joined(if explode { "." } else { "," })),
        Style::Matrix => match (value, explode) {
            (Wire::List(items), true) if !items.is_empty() => {
                items.iter().map(|i| format!(";{name}={}", enc(i))).collect()
            }
            (Wire::Object(entries), true) if !entries.is_empty() => {
                entries.iter().map(|(k, v)| format!(";{}={}", enc(k), enc(v))).collect()
            }
            _ if value.is_empty() => format!(";{name}"),
            _ => format!(";{name}={}", join(value, false, ",", &enc)),
        },
        _ => joined(","),
    }
}

/// Items joined by `delimiter`; an object's entries as `k=v` when exploded, else `k,v`.
fn join(value: &Wire, explode: bool, delimiter: &str, enc: &dyn Fn(&str) -> String) -> String {
    match value {
        Wire::Scalar(s) => enc(s),
        Wire::List(items) => items.iter().map(|i| enc(i)).collect::<Vec<_>>().join(delimiter),
        Wire::Object(entries) if explode => entries
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect::<Vec<_>>()
            .join(delimiter),
        Wire::Object(entries) => entries
            .iter()
            .flat_map(|(k, v)| [enc(k), enc(v)])
            .collect::<Vec<_>>()
            .join(delimiter),
    }
}

/// A header's value (`simple` style; not encoded).
pub fn write_header(explode: bool, value: &Wire) -> String {
    join(value, explode, ",", &|s: &str| s.to_owned())
}

/// A query parameter's pairs, each name and value percent-encoded (delimiters literal).
pub fn write_query(
    name: &str,
    style: Style,
    explode: bool,
    allow_reserved: bool,
    value: &Wire,
) -> Vec<(String, String)> {
    // A space inside a `spaceDelimited` item is `+`, so that only the delimiter is `%20`.
    let enc = |s: &str| {
        let e = encode(s, allow_reserved);
        if style == Style::SpaceDelimited {
            e.replace("%20", "+")
        } else {
            e
        }
    };
    let key = encode(name, false);
    match (value, style, explode) {
        _ if value.is_empty() => vec![(key, String::new())],
        (Wire::Object(entries), Style::DeepObject, _) => entries
            .iter()
            .map(|(k, v)| (encode(&format!("{name}[{k}]"), false), enc(v)))
            .collect(),
        (Wire::Object(entries), _, true) => entries.iter().map(|(k, v)| (encode(k, false), enc(v))).collect(),
        (Wire::List(items), _, true) => items.iter().map(|i| (key.clone(), enc(i))).collect(),
        _ => vec![(key, join(value, false, style.query_delimiter(), &enc))],
    }
}

/// Reads an object's entries into its type (a struct or a map): each value as the field's type reads
/// it from text (numbers and booleans parsed, strings as they are, an empty value a `null`, nested
/// arrays and objects as JSON text).
pub fn object_from<T: ::serde::de::DeserializeOwned>(entries: &[(String, String)]) -> Result<T, String> {
    use ::serde::de::value::MapDeserializer;
    // By value: it checks that every entry was read.
    let map = MapDeserializer::<_, ::serde::de::value::Error>::new(
        entries.iter().map(|(k, v)| (Text(k.as_str()), Text(v.as_str()))),
    );
    T::deserialize(map).map_err(|e| e.to_string())
}

/// An object's entries as text: the value's JSON object, strings as themselves, `null` empty, nested
/// arrays and objects as JSON text. Not an object: no entries.
pub fn object_entries<T: ::serde::Serialize>(value: &T) -> Vec<(String, String)> {
    match ::serde_json::to_value(value) {
        Ok(::serde_json::Value::Object(map)) => map
            .into_iter()
            .map(|(k, v)| {
                let text = match v {
                    ::serde_json::Value::String(s) => s,
                    ::serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                (k, text)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// One text value, read as whatever its target type asks for.
#[derive(Clone, Copy)]
struct Text<'de>(&'de str);

impl<'de, E: ::serde::de::Error> ::serde::de::IntoDeserializer<'de, E> for Text<'de> {
    type Deserializer = TextDe<'de, E>;
    fn into_deserializer(self) -> TextDe<'de, E> {
        TextDe(self.0, std::marker::PhantomData)
    }
}

struct TextDe<'de, E>(&'de str, std::marker::PhantomData<E>);

macro_rules! parsed {
    ($($method:ident $visit:ident $ty:ty),*) => {$(
        fn $method<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
            match self.0.parse::<$ty>() {
                Ok(v) => visitor.$visit(v),
                Err(e) => Err(E::custom(format!("{}: {e}", crate::excerpt(self.0)))),
            }
        }
    )*};
}

impl<'de, E: ::serde::de::Error> ::serde::de::Deserializer<'de> for TextDe<'de, E> {
    type Error = E;

    /// A value whose type does not say (a union, any JSON): a JSON number or boolean as that, else the
    /// text.
    fn deserialize_any<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match ::serde_json::from_str::<::serde_json::Value>(self.0) {
            Ok(v @ (::serde_json::Value::Number(_) | ::serde_json::Value::Bool(_))) => {
                v.deserialize_any(visitor).map_err(E::custom)
            }
            _ => visitor.visit_borrowed_str(self.0),
        }
    }

    parsed!(deserialize_bool visit_bool bool, deserialize_i8 visit_i8 i8, deserialize_i16 visit_i16 i16,
        deserialize_i32 visit_i32 i32, deserialize_i64 visit_i64 i64, deserialize_i128 visit_i128 i128,
        deserialize_u8 visit_u8 u8, deserialize_u16 visit_u16 u16, deserialize_u32 visit_u32 u32,
        deserialize_u64 visit_u64 u64, deserialize_u128 visit_u128 u128, deserialize_f32 visit_f32 f32,
        deserialize_f64 visit_f64 f64, deserialize_char visit_char char);

    fn deserialize_str<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_borrowed_str(self.0)
    }
    fn deserialize_string<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_borrowed_str(self.0)
    }
    fn deserialize_identifier<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_borrowed_str(self.0)
    }
    fn deserialize_bytes<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_borrowed_str(self.0)
    }
    fn deserialize_byte_buf<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_borrowed_str(self.0)
    }
    /// An empty value is a `null`.
    fn deserialize_option<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        if self.0.is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }
    fn deserialize_unit<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        if self.0.is_empty() {
            visitor.visit_unit()
        } else {
            Err(E::custom(format!("{} is not empty", crate::excerpt(self.0))))
        }
    }
    fn deserialize_unit_struct<V: ::serde::de::Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, E> {
        self.deserialize_unit(visitor)
    }
    fn deserialize_newtype_struct<V: ::serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, E> {
        visitor.visit_newtype_struct(self)
    }
    fn deserialize_enum<V: ::serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        use ::serde::de::IntoDeserializer as _;
        visitor.visit_enum(self.0.into_deserializer())
    }
    fn deserialize_ignored_any<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_unit()
    }

    // Arrays and objects inside an object's value are JSON text.
    fn deserialize_seq<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        ::serde_json::Deserializer::from_str(self.0)
            .deserialize_seq(visitor)
            .map_err(E::custom)
    }
    fn deserialize_tuple<V: ::serde::de::Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, E> {
        self.deserialize_seq(visitor)
    }
    fn deserialize_tuple_struct<V: ::serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, E> {
        self.deserialize_seq(visitor)
    }
    fn deserialize_map<V: ::serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        ::serde_json::Deserializer::from_str(self.0)
            .deserialize_map(visitor)
            .map_err(E::custom)
    }
    fn deserialize_struct<V: ::serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        self.deserialize_map(visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Wire {
        Wire::List(vec!["blue".into(), "black".into(), "brown".into()])
    }

    fn object() -> Wire {
        Wire::Object(vec![("R".into(), "100".into()), ("G".into(), "200".into())])
    }

    fn query(pairs: &[(String, String)]) -> String {
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The spec's "Style Examples" table, written and read back.
    #[test]
    fn the_style_examples_table() {
        let scalar = Wire::Scalar("blue".into());
        let path = [
            (Style::Simple, false, &scalar, "blue"),
            (Style::Simple, false, &list(), "blue,black,brown"),
            (Style::Simple, false, &object(), "R,100,G,200"),
            (Style::Simple, true, &object(), "R=100,G=200"),
            (Style::Label, false, &scalar, ".blue"),
            (Style::Label, false, &list(), ".blue,black,brown"),
            (Style::Label, true, &list(), ".blue.black.brown"),
            (Style::Label, false, &object(), ".R,100,G,200"),
            (Style::Label, true, &object(), ".R=100.G=200"),
            (Style::Matrix, false, &scalar, ";color=blue"),
            (Style::Matrix, false, &list(), ";color=blue,black,brown"),
            (Style::Matrix, true, &list(), ";color=blue;color=black;color=brown"),
            (Style::Matrix, false, &object(), ";color=R,100,G,200"),
            (Style::Matrix, true, &object(), ";R=100;G=200"),
        ];
        for (style, explode, value, text) in path {
            let shape = shape_of(value);
            assert_eq!(write_path("color", style, explode, value), text, "{style:?} {explode}");
            assert_eq!(
                read_path(text, "color", style, explode, shape).as_ref(),
                Ok(value),
                "{text}"
            );
        }
        let queries = [
            (Style::Form, true, &scalar, "color=blue"),
            (Style::Form, false, &list(), "color=blue,black,brown"),
            (Style::Form, true, &list(), "color=blue&color=black&color=brown"),
            (Style::Form, false, &object(), "color=R,100,G,200"),
            (Style::Form, true, &object(), "R=100&G=200"),
            (Style::SpaceDelimited, false, &list(), "color=blue%20black%20brown"),
            (Style::SpaceDelimited, false, &object(), "color=R%20100%20G%20200"),
            (Style::PipeDelimited, false, &list(), "color=blue|black|brown"),
            (Style::PipeDelimited, false, &object(), "color=R|100|G|200"),
            (Style::DeepObject, true, &object(), "color%5BR%5D=100&color%5BG%5D=200"),
        ];
        for (style, explode, value, text) in queries {
            let written = write_query("color", style, explode, false, value);
            assert_eq!(query(&written), text, "{style:?} {explode}");
            let pairs = raw_query_pairs(Some(text)).expect("decodes");
            let read = read_query(&pairs, "color", style, explode, shape_of(value), &["other"]);
            assert_eq!(read, Ok(Some(value.clone())), "{text}");
        }
        assert_eq!(write_header(false, &list()), "blue,black,brown");
        assert_eq!(write_header(true, &object()), "R=100,G=200");
        assert_eq!(read_header("R,100,G,200", false, Shape::Object), Ok(object()));
    }

    fn shape_of(value: &Wire) -> Shape {
        match value {
            Wire::Scalar(_) => Shape::Scalar,
            Wire::List(_) => Shape::List,
            Wire::Object(_) => Shape::Object,
        }
    }

    /// In the query string an item may hold its own delimiter: items are encoded, delimiters are not.
    #[test]
    fn query_items_may_hold_their_delimiters() {
        let items = Wire::List(vec![
            "a,b".into(),
            "c d".into(),
            "e|f".into(),
            "g+h%20".into(),
            String::new(),
        ]);
        for style in [Style::Form, Style::SpaceDelimited, Style::PipeDelimited] {
            for explode in [false, true] {
                let pairs = write_query("x", style, explode, false, &items);
                let raw = raw_query_pairs(Some(&query(&pairs))).expect("decodes");
                assert_eq!(
                    read_query(&raw, "x", style, explode, Shape::List, &[]),
                    Ok(Some(items.clone()))
                );
            }
        }
    }

    /// An exploded form object takes the pairs no other parameter names; deepObject only its own.
    #[test]
    fn exploded_objects_leave_other_parameters_alone() {
        let pairs = raw_query_pairs(Some("limit=5&R=100&color%5BG%5D=200&G=1")).expect("decodes");
        let form = read_query(&pairs, "color", Style::Form, true, Shape::Object, &["limit"]);
        let expected = vec![
            ("R".into(), "100".into()),
            ("color[G]".into(), "200".into()),
            ("G".into(), "1".into()),
        ];
        assert_eq!(form, Ok(Some(Wire::Object(expected))));
        let deep = read_query(&pairs, "color", Style::DeepObject, true, Shape::Object, &["limit"]);
        assert_eq!(deep, Ok(Some(Wire::Object(vec![("G".into(), "200".into())]))));
        assert_eq!(
            read_query(&pairs, "size", Style::DeepObject, true, Shape::Object, &[]),
            Ok(None)
        );
    }

    #[test]
    fn malformed_styles_are_errors() {
        assert!(read_path("blue", "color", Style::Label, false, Shape::Scalar).is_err());
        assert!(read_path("color=blue", "color", Style::Matrix, false, Shape::Scalar).is_err());
        assert!(read_path(";size=blue", "color", Style::Matrix, false, Shape::Scalar).is_err());
        assert!(read_path("R,100,G", "color", Style::Simple, false, Shape::Object).is_err());
        let pairs = raw_query_pairs(Some("color=a%ZZ,b")).map(|p| p.len());
        assert_eq!(pairs, None);
    }

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Color {
        r: i64,
        name: String,
        ratio: Option<f64>,
        tags: Vec<String>,
    }

    /// An object's entries take the types of its fields; what is written reads back the same.
    #[test]
    fn objects_are_typed_by_their_fields() {
        let color = Color {
            r: -7,
            name: "12".into(),
            ratio: None,
            tags: vec!["a,b".into()],
        };
        let entries = object_entries(&color);
        assert_eq!(entries.first(), Some(&("r".to_owned(), "-7".to_owned())));
        assert_eq!(object_from::<Color>(&entries), Ok(color));
        let bad = vec![("r".to_owned(), "x".to_owned())];
        assert!(object_from::<Color>(&bad).is_err());
        let map: std::collections::BTreeMap<String, i32> =
            object_from(&[("a".to_owned(), "1".to_owned())]).expect("a map");
        assert_eq!(map.get("a"), Some(&1));
    }
}
