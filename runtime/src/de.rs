//! `Deserialize` for generated types, written once: what serde's derive would generate for each type,
//! as generic functions, so that a type's own impl is a few calls and rustc checks the logic here once.
//!
//! An object struct implements [`Object`] (through [`object!`](crate::object)): one `visit` of the map
//! it is given (never a buffered copy, so `serde_path_to_error` still knows where it is), with a slot
//! per property, then the properties it does not name go to its [`Rest`]:
//!
//! ```ignore
//! let mut name = None;
//! let mut rest = rt::de::Skip;
//! while let Some(k) = rt::de::key(&mut m)? {
//!     match &*k {
//!         "name" => rt::de::field(&mut m, &mut name, &k)?,
//!         _ => rt::de::Rest::rest(&mut rest, &mut m, k)?,
//!     }
//! }
//! Ok(Self { name: rt::de::req(name, "name", &m)? })
//! ```
//!
//! The slot's type carries OpenAPI's presence rules, with no per-field wrapper: a property that may not
//! be `null` reads `T` (so `null` is an error), a nullable one reads `Option<T>`; a required one must
//! have been seen ([`req`]), an optional one is its slot ([`opt`], `None` when absent).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, Error, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// An object type whose `Deserialize` reads a map through [`object`].
pub trait Object: Sized {
    /// Reads the properties from `map`, the map of the value being deserialized.
    fn visit<'de, M: MapAccess<'de>>(map: M) -> Result<Self, M::Error>;
}

/// `Deserialize` of an [`Object`]: the value must be a map (a JSON object, a form).
pub fn object<'de, D: Deserializer<'de>, T: Object>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", short_name::<T>())
    }

    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<T, M::Error> {
        T::visit(map)
    }
}

/// A type's name without its module path (`Pet`, not `api::Pet`), for messages.
fn short_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

/// A map key as text: borrowed from the input when it can be, owned when it cannot (a JSON key with
/// escapes, a form key with `%`).
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

/// The next key of `map`, `None` after the last.
pub fn key<'de, M: MapAccess<'de>>(map: &mut M) -> Result<Option<Cow<'de, str>>, M::Error> {
    Ok(map.next_key::<Key<'de>>()?.map(|k| k.0))
}

/// Reads the value of property `key` into its slot; a property sent twice is an error, as with
/// serde's derive.
pub fn field<'de, M: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut M,
    slot: &mut Option<T>,
    key: &str,
) -> Result<(), M::Error> {
    if slot.is_some() {
        return Err(M::Error::custom(format_args!("duplicate field `{key}`")));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The value of a required property, or the error that names it. (`map` only names the error type.)
pub fn req<'de, M: MapAccess<'de>, T>(slot: Option<T>, name: &'static str, _map: &M) -> Result<T, M::Error> {
    slot.ok_or_else(|| M::Error::missing_field(name))
}

/// The value of an optional property: its slot, `None` when it was absent.
pub fn opt<'de, M: MapAccess<'de>, T>(slot: Option<T>, _name: &'static str, _map: &M) -> Result<Option<T>, M::Error> {
    Ok(slot)
}

/// The value of an optional property with a `default`: its slot, or the default when it was absent.
/// (A nullable one's slot holds `Option<T>`, and `null` stays `None`.)
pub fn def<'de, M: MapAccess<'de>, T>(
    slot: Option<T>,
    _name: &'static str,
    _map: &M,
    default: impl FnOnce() -> T,
) -> Result<T, M::Error> {
    Ok(slot.unwrap_or_else(default))
}

/// The value of an optional nullable property read as one `Option` (the generator's
/// `optional_nullable_as_option` setting): absent and `null` are both `None`.
pub fn flat<'de, M: MapAccess<'de>, T>(
    slot: Option<Option<T>>,
    _name: &'static str,
    _map: &M,
) -> Result<Option<T>, M::Error> {
    Ok(slot.flatten())
}

/// A value the generator checked against its type's constraints when it wrote the code (a schema's
/// `default`), for the types without an unchecked constructor (formats, `BoundedString`, another type's
/// newtype): `try_from` cannot fail on it, as the generator ran the same checks.
#[doc(hidden)]
pub fn preset<T: TryFrom<I>, I>(value: I) -> T
where
    T::Error: fmt::Display,
{
    match T::try_from(value) {
        Ok(value) => value,
        Err(e) => unreachable!("specgen checked this default against its schema: {e}"),
    }
}

/// What an object does with a property it does not name: [`Skip`] it, [`Deny`] it, or keep it in its
/// additional properties (a `BTreeMap`).
pub trait Rest<'de> {
    fn rest<M: MapAccess<'de>>(&mut self, map: &mut M, key: Cow<'de, str>) -> Result<(), M::Error>;
}

/// Skips the properties an object does not name.
pub struct Skip;

impl<'de> Rest<'de> for Skip {
    fn rest<M: MapAccess<'de>>(&mut self, map: &mut M, _key: Cow<'de, str>) -> Result<(), M::Error> {
        skip(map)
    }
}

/// Refuses the properties an object does not name (`additionalProperties: false`); the text ends the
/// message as serde's would: "expected one of `a`, `b`", "expected `a`" or "there are no fields".
pub struct Deny(pub &'static str);

impl<'de> Rest<'de> for Deny {
    fn rest<M: MapAccess<'de>>(&mut self, map: &mut M, key: Cow<'de, str>) -> Result<(), M::Error> {
        deny(map, &key, self.0)
    }
}

impl<'de, T: Deserialize<'de>> Rest<'de> for BTreeMap<String, T> {
    fn rest<M: MapAccess<'de>>(&mut self, map: &mut M, key: Cow<'de, str>) -> Result<(), M::Error> {
        extra(map, self, key)
    }
}

/// Skips the value of a property the type does not name.
pub fn skip<'de, M: MapAccess<'de>>(map: &mut M) -> Result<(), M::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// Refuses a property the type does not name (`additionalProperties: false`). `expected` ends the
/// message as serde's would: "expected one of `a`, `b`", "expected `a`" or "there are no fields".
pub fn deny<'de, M: MapAccess<'de>>(_map: &mut M, key: &str, expected: &str) -> Result<(), M::Error> {
    Err(M::Error::custom(format_args!("unknown field `{key}`, {expected}")))
}

/// Reads a property the type does not name into its additional properties; a property sent twice
/// keeps its last value, as serde's `flatten` does.
pub fn extra<'de, M: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut M,
    extra: &mut BTreeMap<String, T>,
    key: Cow<'de, str>,
) -> Result<(), M::Error> {
    let value = map.next_value()?;
    extra.insert(key.into_owned(), value);
    Ok(())
}

/// `Deserialize` through the type's `FromStr` (string enums): the value must be a string, and the
/// error is the parse error (which names the allowed values).
pub fn from_str<'de, D: Deserializer<'de>, T>(deserializer: D) -> Result<T, D::Error>
where
    T: std::str::FromStr,
    T::Err: fmt::Display,
{
    deserializer.deserialize_str(FromStrVisitor(PhantomData))
}

struct FromStrVisitor<T>(PhantomData<T>);

impl<'de, T> Visitor<'de> for FromStrVisitor<T>
where
    T: std::str::FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a string ({})", short_name::<T>())
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// `FromStr` of a string enum: the value of `all` whose wire text is `value`, or an `enum` error that
/// lists them all.
pub fn one_of<T: Copy>(value: &str, all: &[T], as_str: fn(&T) -> &'static str) -> Result<T, crate::ValidationError> {
    match all.iter().find(|v| as_str(v) == value) {
        Some(found) => Ok(*found),
        None => {
            let allowed: Vec<String> = all.iter().map(|v| format!("`{}`", as_str(v))).collect();
            let message = format!("{} is not one of {}", crate::excerpt(value), allowed.join(", "));
            Err(crate::ValidationError::new("enum", message))
        }
    }
}

/// `Deserialize` of a checked type: the inner value, then the type's checks (`TryFrom`).
pub fn checked<'de, D, I, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    I: Deserialize<'de>,
    T: TryFrom<I>,
    T::Error: fmt::Display,
{
    T::try_from(I::deserialize(deserializer)?).map_err(D::Error::custom)
}

/// A number parameter or form value (`FromStr` of a checked number): the text as `T`, or a `type` error.
pub fn number<T: std::str::FromStr>(value: &str) -> Result<T, crate::ValidationError> {
    value.trim().parse().map_err(|_| {
        crate::ValidationError::new(
            "type",
            format!(
                "{} is not a number of type {}",
                crate::excerpt(value),
                std::any::type_name::<T>()
            ),
        )
    })
}

/// One variant of an untagged union: its constructor, tried on the buffered value by [`untagged`].
pub struct Variant<T, U>(pub fn(T) -> U);

/// A variant [`untagged`] and [`exactly_one`] can try.
pub trait TryVariant<U> {
    /// The union, when the value is this variant; else why it is not.
    fn attempt(&self, value: &serde_json::Value) -> Result<U, String>;

    /// The union, when the value is this variant.
    fn try_variant(&self, value: &serde_json::Value) -> Option<U> {
        self.attempt(value).ok()
    }
}

impl<T: DeserializeOwned, U> TryVariant<U> for Variant<T, U> {
    fn attempt(&self, value: &serde_json::Value) -> Result<U, String> {
        T::deserialize(value).map(self.0).map_err(|e| e.to_string())
    }
}

/// `Deserialize` of an untagged union: the value is read once, then each variant is tried in order;
/// the first that fits wins.
pub fn untagged<'de, D: Deserializer<'de>, U>(deserializer: D, variants: &[&dyn TryVariant<U>]) -> Result<U, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    variants.iter().find_map(|v| v.try_variant(&value)).ok_or_else(|| {
        D::Error::custom(format_args!(
            "data did not match any variant of untagged enum {}",
            short_name::<U>()
        ))
    })
}

/// `Deserialize` of a `oneOf` without a discriminator: the value is read once and tried as every
/// variant (named beside it); exactly one must fit. A value that fits several is refused rather than
/// read as the first of them, which would drop what only another one keeps (a `Dog`'s `bark` read as a
/// `Cat`); the error names the variants it fits, or says why it fits none.
pub fn exactly_one<'de, D: Deserializer<'de>, U>(
    deserializer: D,
    variants: &[(&'static str, &dyn TryVariant<U>)],
) -> Result<U, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    let mut fits = Vec::new();
    let mut misfits = Vec::new();
    for (name, variant) in variants {
        match variant.attempt(&value) {
            Ok(u) => fits.push((*name, u)),
            Err(why) => misfits.push(format!("{name}: {why}")),
        }
    }
    let union = short_name::<U>();
    if fits.len() > 1 {
        let names: Vec<&str> = fits.iter().map(|(n, _)| *n).collect();
        return Err(D::Error::custom(format_args!(
            "data matches {} variants of {union} ({}), but `oneOf` allows exactly one",
            names.len(),
            names.join(", ")
        )));
    }
    match fits.pop() {
        Some((_, u)) => Ok(u),
        None => Err(D::Error::custom(format_args!(
            "data matches no variant of {union} ({})",
            misfits.join("; ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// What the emitter writes for an object with every kind of property.
    #[derive(Debug, PartialEq)]
    struct Presence {
        required: String,
        required_nullable: Option<u8>,
        optional: Option<u8>,
        optional_nullable: Option<Option<u8>>,
    }

    impl<'de> Deserialize<'de> for Presence {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d)
        }
    }

    impl Object for Presence {
        fn visit<'de, M: MapAccess<'de>>(mut m: M) -> Result<Self, M::Error> {
            let (mut f0, mut f1, mut f2, mut f3) = (None, None, None, None);
            while let Some(k) = key(&mut m)? {
                match &*k {
                    "required" => field(&mut m, &mut f0, &k)?,
                    "requiredNullable" => field(&mut m, &mut f1, &k)?,
                    "optional" => field(&mut m, &mut f2, &k)?,
                    "optionalNullable" => field(&mut m, &mut f3, &k)?,
                    _ => skip(&mut m)?,
                }
            }
            Ok(Self {
                required: req(f0, "required", &m)?,
                required_nullable: req(f1, "requiredNullable", &m)?,
                optional: f2,
                optional_nullable: f3,
            })
        }
    }

    #[derive(Debug, PartialEq)]
    struct Closed {
        a: Option<u8>,
    }

    impl<'de> Deserialize<'de> for Closed {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d)
        }
    }

    impl Object for Closed {
        fn visit<'de, M: MapAccess<'de>>(mut m: M) -> Result<Self, M::Error> {
            let mut f0 = None;
            while let Some(k) = key(&mut m)? {
                match &*k {
                    "a" => field(&mut m, &mut f0, &k)?,
                    _ => deny(&mut m, &k, "expected `a`")?,
                }
            }
            Ok(Self { a: f0 })
        }
    }

    #[derive(Debug, PartialEq)]
    struct Open {
        a: Option<u8>,
        additional_properties: BTreeMap<String, u8>,
    }

    impl<'de> Deserialize<'de> for Open {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d)
        }
    }

    impl Object for Open {
        fn visit<'de, M: MapAccess<'de>>(mut m: M) -> Result<Self, M::Error> {
            let mut f0 = None;
            let mut x = BTreeMap::new();
            while let Some(k) = key(&mut m)? {
                match &*k {
                    "a" => field(&mut m, &mut f0, &k)?,
                    _ => extra(&mut m, &mut x, k)?,
                }
            }
            Ok(Self {
                a: f0,
                additional_properties: x,
            })
        }
    }

    fn json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn absent_null_and_values_are_three_things() {
        let all: Presence =
            json(r#"{"required": "r", "requiredNullable": null, "optional": 1, "optionalNullable": null}"#).unwrap();
        assert_eq!(all.required_nullable, None);
        assert_eq!(all.optional, Some(1));
        assert_eq!(all.optional_nullable, Some(None));
        let few: Presence = json(r#"{"required": "r", "requiredNullable": 2, "other": [1, {"x": null}]}"#).unwrap();
        assert_eq!(
            (few.required_nullable, few.optional, few.optional_nullable),
            (Some(2), None, None)
        );
        let e = json::<Presence>(r#"{"required": "r"}"#).unwrap_err();
        assert!(e.starts_with("missing field `requiredNullable`"), "{e}");
        let e = json::<Presence>(r#"{"required": "r", "requiredNullable": 1, "optional": null}"#).unwrap_err();
        assert!(e.starts_with("invalid type: null, expected u8"), "{e}");
        let e = json::<Presence>(r#"{"required": null, "requiredNullable": 1}"#).unwrap_err();
        assert!(e.starts_with("invalid type: null, expected a string"), "{e}");
    }

    #[test]
    fn duplicates_are_errors_and_escaped_keys_are_read() {
        let e = json::<Presence>(r#"{"required": "a", "required": "b", "requiredNullable": 1}"#).unwrap_err();
        assert!(e.starts_with("duplicate field `required`"), "{e}");
        let p: Presence = json(r#"{"re\u0071uired": "a", "requiredNullable": 1}"#).unwrap();
        assert_eq!(p.required, "a");
    }

    #[test]
    fn unknown_properties_are_skipped_refused_or_kept() {
        let e = json::<Closed>(r#"{"a": 1, "b": 2}"#).unwrap_err();
        assert!(e.starts_with("unknown field `b`, expected `a`"), "{e}");
        let open: Open = json(r#"{"a": 1, "b": 2, "c": 3, "c": 4}"#).unwrap();
        assert_eq!(
            open.additional_properties,
            BTreeMap::from([("b".into(), 2), ("c".into(), 4)])
        );
        assert!(json::<Open>(r#"{"b": "x"}"#).is_err(), "extra values are typed");
        let e = json::<Open>("[1]").unwrap_err();
        assert!(e.starts_with("invalid type: sequence, expected struct Open"), "{e}");
    }

    #[cfg(feature = "server")]
    #[test]
    fn paths_point_at_the_property() {
        #[derive(Debug)]
        struct Outer {
            _inner: Vec<Presence>,
        }
        impl<'de> Deserialize<'de> for Outer {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                object(d)
            }
        }
        impl Object for Outer {
            fn visit<'de, M: MapAccess<'de>>(mut m: M) -> Result<Self, M::Error> {
                let mut f0 = None;
                while let Some(k) = key(&mut m)? {
                    match &*k {
                        "inner" => field(&mut m, &mut f0, &k)?,
                        _ => skip(&mut m)?,
                    }
                }
                Ok(Self {
                    _inner: req(f0, "inner", &m)?,
                })
            }
        }
        let text = r#"{"x": 1, "inner": [{"required": "a", "requiredNullable": 1}, {"required": "a", "requiredNullable": 1, "optional": "no"}]}"#;
        let mut de = serde_json::Deserializer::from_str(text);
        let e = serde_path_to_error::deserialize::<_, Outer>(&mut de).unwrap_err();
        assert_eq!(e.path().to_string(), "inner[1].optional");
    }

    #[cfg(feature = "server")]
    #[test]
    fn forms_send_every_value_as_text() {
        let p: Presence = serde_urlencoded::from_str("required=a%20b&requiredNullable=7&optional=3&x=y").unwrap();
        assert_eq!(
            (p.required.as_str(), p.required_nullable, p.optional),
            ("a b", Some(7), Some(3))
        );
        let open: Open = serde_urlencoded::from_str("a=1&b=2").unwrap();
        assert_eq!(open.additional_properties, BTreeMap::from([("b".into(), 2)]));
        assert!(serde_urlencoded::from_str::<Presence>("required=a&requiredNullable=x").is_err());
    }

    #[derive(Debug, PartialEq)]
    enum Kind {
        A,
    }

    impl std::str::FromStr for Kind {
        type Err = String;

        fn from_str(value: &str) -> Result<Self, String> {
            match value {
                "a" => Ok(Self::A),
                _ => Err(format!("{value:?} is not one of `a`")),
            }
        }
    }

    #[test]
    fn string_enums_parse_their_wire_values() {
        let as_str: fn(&u8) -> &'static str = |v| if *v == 0 { "zero" } else { "one" };
        assert_eq!(one_of("one", &[0, 1], as_str), Ok(1));
        let e = one_of("two", &[0, 1], as_str).unwrap_err();
        assert_eq!(
            (e.constraint, e.message.as_str()),
            ("enum", "\"two\" is not one of `zero`, `one`")
        );
    }

    #[test]
    fn string_enums_parse() {
        let mut de = serde_json::Deserializer::from_str(r#""a""#);
        assert_eq!(from_str::<_, Kind>(&mut de).unwrap(), Kind::A);
        let mut de = serde_json::Deserializer::from_str(r#""\u0061""#);
        assert_eq!(from_str::<_, Kind>(&mut de).unwrap(), Kind::A, "escaped");
        let mut de = serde_json::Deserializer::from_str(r#""b""#);
        assert!(
            from_str::<_, Kind>(&mut de)
                .unwrap_err()
                .to_string()
                .contains("is not one of `a`")
        );
        let mut de = serde_json::Deserializer::from_str("1");
        assert!(from_str::<_, Kind>(&mut de).is_err());
    }

    #[derive(Debug, PartialEq)]
    enum Union {
        Number(u8),
        Text(String),
        Object(Presence),
    }

    fn union(text: &str) -> Result<Union, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        untagged(
            &mut de,
            &[&Variant(Union::Number), &Variant(Union::Text), &Variant(Union::Object)],
        )
    }

    #[test]
    fn untagged_unions_try_variants_in_order() {
        assert_eq!(union("7").unwrap(), Union::Number(7));
        assert_eq!(union("\"7\"").unwrap(), Union::Text("7".into()));
        assert!(matches!(
            union(r#"{"required": "a", "requiredNullable": 1}"#),
            Ok(Union::Object(_))
        ));
        let e = union("300").unwrap_err().to_string();
        assert!(
            e.starts_with("data did not match any variant of untagged enum Union"),
            "{e}"
        );
    }

    #[derive(Debug, PartialEq)]
    enum OneOf {
        Small(u8),
        Word(String),
        Wide(u16),
    }

    fn pick_one(text: &str) -> Result<OneOf, String> {
        let mut de = serde_json::Deserializer::from_str(text);
        exactly_one(
            &mut de,
            &[
                ("Small", &Variant(OneOf::Small)),
                ("Word", &Variant(OneOf::Word)),
                ("Wide", &Variant(OneOf::Wide)),
            ],
        )
        .map_err(|e| e.to_string())
    }

    #[test]
    fn one_of_accepts_exactly_one_variant() {
        assert_eq!(pick_one("300"), Ok(OneOf::Wide(300)));
        assert_eq!(pick_one("\"a\""), Ok(OneOf::Word("a".into())));
        let e = pick_one("7").unwrap_err();
        assert!(e.starts_with("data matches 2 variants of OneOf (Small, Wide)"), "{e}");
        let e = pick_one("true").unwrap_err();
        assert!(
            e.starts_with("data matches no variant of OneOf (Small: invalid type"),
            "{e}"
        );
        assert!(e.contains("; Word: ") && e.contains("; Wide: "), "{e}");
    }

    #[test]
    fn checked_values_are_checked() {
        let mut de = serde_json::Deserializer::from_str("300");
        let e = checked::<_, u16, u8>(&mut de).unwrap_err().to_string();
        assert!(e.contains("out of range"), "{e}");
        let mut de = serde_json::Deserializer::from_str("30");
        assert_eq!(checked::<_, u16, u8>(&mut de).unwrap(), 30);
    }
}
