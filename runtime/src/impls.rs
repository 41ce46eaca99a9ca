//! The trait impls every generated type of a kind shares, one macro line per type: the impls cannot be
//! generic here (serde's and std's traits on the generated crate's types), so each macro writes the
//! plain impls, each a call of a generic function of [`crate::de`] or a one-liner.
//!
//! `cargo expand` shows exactly the impls below, with the type's name filled in.

/// serde of an object type, one entry per property: `req::field("wire")` (required: must be present;
/// written even when `None`), `opt::field("wire")` (optional: absent is `None`; left out when `None`),
/// `def::field("wire", expr)` (optional with a `default`: absent is `expr`; always written) or
/// `flat::field("wire")` (optional and nullable as one `Option`: absent and `null` are `None`, which is
/// left out). The field's type (`T`, `Option<T>`, `Option<Option<T>>`) says whether `null` is allowed.
/// (Entries are written without spaces so that a formatter keeps each on one line.)
///
/// Properties it does not name are skipped (`rt::object!(Name { ... })`), refused
/// (`rt::object!(Name, deny "expected `a`" { ... })`, the text ending serde's message) or kept in
/// `additional_properties` (`rt::object!(Name, extra { ... })`).
#[macro_export]
macro_rules! object {
    ($name:ident { $($kind:ident::$field:ident($wire:literal $(, $default:expr)?)),* $(,)? }) => {
        $crate::__object!($name, $crate::de::Skip, [] { $($field $wire $kind [$($default)?])* });
    };
    ($name:ident, deny $expected:literal { $($kind:ident::$field:ident($wire:literal $(, $default:expr)?)),* $(,)? }) => {
        $crate::__object!($name, $crate::de::Deny($expected), [] { $($field $wire $kind [$($default)?])* });
    };
    ($name:ident, extra { $($kind:ident::$field:ident($wire:literal $(, $default:expr)?)),* $(,)? }) => {
        $crate::__object!(
            $name,
            ::std::collections::BTreeMap::new(),
            [additional_properties] { $($field $wire $kind [$($default)?])* }
        );
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __object {
    ($name:ident, $rest:expr, [$($extra:ident)?] { $($field:ident $wire:literal $kind:ident [$($default:expr)?])* }) => {
        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::de::object(deserializer)
            }
        }

        impl $crate::de::Object for $name {
            // The slots are named after the fields, which are the spec's names.
            #[allow(clippy::disallowed_names, clippy::just_underscores_and_digits)]
            fn visit<'de, M: $crate::serde::de::MapAccess<'de>>(mut m: M) -> Result<Self, M::Error> {
                $(let mut $field = None;)*
                let mut rest = $rest;
                while let Some(k) = $crate::de::key(&mut m)? {
                    match &*k {
                        $($wire => $crate::de::field(&mut m, &mut $field, &k)?,)*
                        _ => $crate::de::Rest::rest(&mut rest, &mut m, k)?,
                    }
                }
                Ok(Self { $($field: $crate::de::$kind($field, $wire, &m $(, || $default)?)?,)* $($extra: rest)? })
            }
        }

        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut m = $crate::ser::map(serializer)?;
                $($crate::ser::$kind(&mut m, $wire, &self.$field)?;)*
                $($crate::ser::extra(&mut m, &self.$extra)?;)?
                $crate::ser::end(m)
            }
        }
    };
}

/// `FromStr`, serde and `Display` of a string enum, through its `ALL` and `as_str`.
#[macro_export]
macro_rules! string_enum {
    ($name:ident) => {
        impl ::std::str::FromStr for $name {
            type Err = $crate::ValidationError;

            fn from_str(value: &str) -> Result<Self, $crate::ValidationError> {
                $crate::de::one_of(value, &Self::ALL, Self::as_str)
            }
        }

        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::de::from_str(deserializer)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// serde of a struct with one public field, as that field (`#[serde(transparent)]`).
#[macro_export]
macro_rules! transparent {
    ($name:ident) => {
        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::serde::Serialize::serialize(&self.0, serializer)
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::serde::Deserialize::deserialize(deserializer).map(Self)
            }
        }
    };
}

/// What every checked newtype has, whatever it wraps: `TryFrom` its value (through the type's own
/// `check`), `From` it back, and serde as the value (checked when read).
#[doc(hidden)]
#[macro_export]
macro_rules! __checked {
    ($name:ident, $inner:ty) => {
        impl TryFrom<$inner> for $name {
            type Error = $crate::ValidationError;

            fn try_from(value: $inner) -> Result<Self, Self::Error> {
                Self::check(&value)?;
                Ok(Self(value))
            }
        }

        impl From<$name> for $inner {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::serde::Serialize::serialize(&self.0, serializer)
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::de::checked::<D, $inner, Self>(deserializer)
            }
        }
    };
}

/// A checked string (`pub struct Name(String);` with an inherent `check(&str)`): the constructors,
/// accessors, `FromStr`, `AsRef<str>` and `Display`.
#[macro_export]
macro_rules! checked_string {
    ($name:ident) => {
        $crate::__checked!($name, String);

        impl $name {
            /// The value, if it meets the constraints.
            pub fn new(value: impl Into<String>) -> Result<Self, $crate::ValidationError> {
                Self::try_from(value.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::ValidationError;

            fn try_from(value: &str) -> Result<Self, Self::Error> {
                Self::try_from(value.to_owned())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::ValidationError;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::try_from(value)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// A checked number (`pub struct Name(i64);` with an inherent `check(&i64)`): `new`, `get`, `FromStr`
/// (a number, then the checks) and `Display`.
#[macro_export]
macro_rules! checked_number {
    ($name:ident, $inner:ident) => {
        $crate::__checked!($name, $inner);

        impl $name {
            /// The value, if it meets the constraints.
            pub fn new(value: $inner) -> Result<Self, $crate::ValidationError> {
                Self::try_from(value)
            }

            pub fn get(self) -> $inner {
                self.0
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::ValidationError;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::try_from($crate::de::number::<$inner>(value)?)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

/// A checked list (`pub struct Name(Vec<Item>);` with an inherent `check(&[Item])`): `new`,
/// `as_slice` and `into_inner`.
#[macro_export]
macro_rules! checked_list {
    ($name:ident, $item:ty) => {
        $crate::__checked!($name, Vec<$item>);

        impl $name {
            /// The items, if they meet the constraints.
            pub fn new(value: Vec<$item>) -> Result<Self, $crate::ValidationError> {
                Self::try_from(value)
            }

            pub fn as_slice(&self) -> &[$item] {
                &self.0
            }

            pub fn into_inner(self) -> Vec<$item> {
                self.0
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate as rt;

    #[derive(Debug, PartialEq)]
    struct Thing {
        name: String,
        note: Option<Option<u8>>,
        foo: Option<Kind>,
    }
    rt::object!(Thing { req::name("name"), opt::note("note"), opt::foo("the foo") });

    #[derive(Debug, PartialEq)]
    struct Defaults {
        limit: i64,
        kind: Option<Kind>,
        flat: Option<u8>,
    }
    rt::object!(Defaults { def::limit("limit", 15), def::kind("kind", Some(Kind::InProgress)), flat::flat("flat") });

    #[derive(Debug, PartialEq)]
    struct Closed {
        a: Option<u8>,
    }
    rt::object!(Closed, deny "expected `a`" { opt::a("a") });

    #[derive(Debug, PartialEq)]
    struct Open {
        additional_properties: BTreeMap<String, u8>,
    }
    rt::object!(Open, extra {});

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Kind {
        InProgress,
    }
    rt::string_enum!(Kind);

    impl Kind {
        const ALL: [Self; 1] = [Self::InProgress];

        fn as_str(&self) -> &'static str {
            "in-progress"
        }
    }

    #[derive(Clone, Debug, PartialEq)]
    struct Short(String);
    rt::checked_string!(Short);

    impl Short {
        fn check(value: &str) -> Result<(), rt::ValidationError> {
            rt::check::max_length(value, 3)
        }
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Small(i32);
    rt::checked_number!(Small, i32);

    impl Small {
        fn check(value: &i32) -> Result<(), rt::ValidationError> {
            rt::check::maximum(*value, 9)
        }
    }

    #[derive(Clone, Debug, PartialEq)]
    struct Pair(Vec<u8>);
    rt::checked_list!(Pair, u8);

    impl Pair {
        fn check(value: &[u8]) -> Result<(), rt::ValidationError> {
            rt::check::max_items(value, 2)
        }
    }

    #[derive(Debug, PartialEq)]
    struct Wrapped(pub Vec<u8>);
    rt::transparent!(Wrapped);

    fn json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn objects_round_trip_with_presence_rules() {
        let thing: Thing = json(r#"{"name": "n", "note": null, "the foo": "in-progress", "x": 1}"#).unwrap();
        assert_eq!(thing.note, Some(None));
        assert_eq!(thing.foo, Some(Kind::InProgress));
        assert_eq!(
            serde_json::to_string(&thing).unwrap(),
            r#"{"name":"n","note":null,"the foo":"in-progress"}"#
        );
        assert!(json::<Thing>("{}").unwrap_err().starts_with("missing field `name`"));
        assert!(
            json::<Closed>(r#"{"b": 1}"#)
                .unwrap_err()
                .starts_with("unknown field `b`, expected `a`")
        );
        let open: Open = json(r#"{"b": 1}"#).unwrap();
        assert_eq!(serde_json::to_string(&open).unwrap(), r#"{"b":1}"#);
    }

    #[test]
    fn defaults_fill_absent_properties_and_are_written() {
        let d: Defaults = json("{}").unwrap();
        assert_eq!(
            d,
            Defaults {
                limit: 15,
                kind: Some(Kind::InProgress),
                flat: None
            }
        );
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"limit":15,"kind":"in-progress"}"#
        );
        // `null` of a nullable property with a default stays null; the default is only for absence.
        let d: Defaults = json(r#"{"limit": 2, "kind": null, "flat": null}"#).unwrap();
        assert_eq!(
            d,
            Defaults {
                limit: 2,
                kind: None,
                flat: None
            }
        );
        assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"limit":2,"kind":null}"#);
        assert!(json::<Defaults>(r#"{"limit": null}"#).is_err());
        let d: Defaults = json(r#"{"flat": 3}"#).unwrap();
        assert_eq!((d.limit, d.flat), (15, Some(3)));
        assert_eq!(rt::de::preset::<Small, _>(3), Small(3));
    }

    #[test]
    fn enums_and_checked_types() {
        assert_eq!("in-progress".parse::<Kind>(), Ok(Kind::InProgress));
        assert_eq!(Kind::InProgress.to_string(), "in-progress");
        assert!(
            json::<Kind>(r#""done""#)
                .unwrap_err()
                .contains("is not one of `in-progress`")
        );
        assert_eq!(Short::new("abc").unwrap().as_str(), "abc");
        assert!(json::<Short>(r#""abcd""#).is_err());
        assert_eq!(String::from(Short::new("ab").unwrap()), "ab");
        assert_eq!(Short::new("ab").unwrap().into_inner(), "ab");
        assert_eq!(Small::new(10).unwrap_err().constraint, "maximum");
        assert_eq!("7".parse::<Small>().map(Small::get), Ok(7));
        assert_eq!("x".parse::<Small>().unwrap_err().constraint, "type");
        assert!(json::<Small>("10").is_err());
        assert_eq!(Pair::new(vec![1]).unwrap().as_slice(), &[1]);
        assert_eq!(Pair::new(vec![1]).unwrap().into_inner(), vec![1]);
        assert!(json::<Pair>("[1, 2, 3]").is_err());
        assert_eq!(json::<Wrapped>("[1]"), Ok(Wrapped(vec![1])));
        assert_eq!(serde_json::to_string(&Wrapped(vec![2])).unwrap(), "[2]");
    }
}
