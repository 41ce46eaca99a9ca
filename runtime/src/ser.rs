//! `Serialize` for generated object types, written once: a map with one call per property.
//!
//! ```ignore
//! let mut m = rt::ser::map(s)?;
//! rt::ser::req(&mut m, "name", &self.name)?; // required: always written (`null` when nullable)
//! rt::ser::opt(&mut m, "note", &self.note)?; // optional: left out when absent
//! rt::ser::end(m)
//! ```

use std::collections::BTreeMap;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// Starts an object.
pub fn map<S: Serializer>(serializer: S) -> Result<S::SerializeMap, S::Error> {
    serializer.serialize_map(None)
}

/// A required property: always written (`null` when it is nullable and `None`).
pub fn req<M: SerializeMap, T: Serialize + ?Sized>(map: &mut M, key: &'static str, value: &T) -> Result<(), M::Error> {
    map.serialize_entry(key, value)
}

/// An optional property: written when present (an optional nullable one, `Some(None)`, as `null`).
pub fn opt<M: SerializeMap, T: Serialize>(map: &mut M, key: &'static str, value: &Option<T>) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}

/// An optional property with a `default`: always written, as a client sends the value it means (a
/// nullable one's `None` as `null`).
pub fn def<M: SerializeMap, T: Serialize + ?Sized>(map: &mut M, key: &'static str, value: &T) -> Result<(), M::Error> {
    map.serialize_entry(key, value)
}

/// An optional nullable property read as one `Option` (the `optional_nullable_as_option` setting):
/// `None` is left out, never written as `null`.
pub fn flat<M: SerializeMap, T: Serialize>(map: &mut M, key: &'static str, value: &Option<T>) -> Result<(), M::Error> {
    opt(map, key, value)
}

/// The additional properties, after the named ones.
pub fn extra<M: SerializeMap, T: Serialize>(map: &mut M, extra: &BTreeMap<String, T>) -> Result<(), M::Error> {
    extra.iter().try_for_each(|(k, v)| map.serialize_entry(k, v))
}

/// Ends an object.
pub fn end<M: SerializeMap>(map: M) -> Result<M::Ok, M::Error> {
    map.end()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Thing {
        name: String,
        note: Option<u8>,
        gone: Option<Option<u8>>,
        nothing: Option<Option<u8>>,
        maybe: Option<u8>,
        more: BTreeMap<String, u8>,
    }

    impl Serialize for Thing {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = map(s)?;
            req(&mut m, "name", &self.name)?;
            opt(&mut m, "note", &self.note)?;
            opt(&mut m, "gone", &self.gone)?;
            opt(&mut m, "nothing", &self.nothing)?;
            req(&mut m, "maybe", &self.maybe)?;
            extra(&mut m, &self.more)?;
            end(m)
        }
    }

    #[test]
    fn absent_is_left_out_and_null_is_written() {
        let thing = Thing {
            name: "n".into(),
            note: None,
            gone: None,
            nothing: Some(None),
            maybe: None,
            more: BTreeMap::from([("z".into(), 1)]),
        };
        assert_eq!(
            serde_json::to_string(&thing).unwrap(),
            r#"{"name":"n","nothing":null,"maybe":null,"z":1}"#
        );
    }
}
