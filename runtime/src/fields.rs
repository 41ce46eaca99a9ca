//! serde helpers for the three kinds of property OpenAPI tells apart: required and nullable,
//! optional and not nullable, optional and nullable.

use serde::{Deserialize, Deserializer};

/// A required property that may be `null`: present, then `null` or a value.
pub fn nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    <Option<T> as Deserialize>::deserialize(deserializer)
}

/// An optional property that may not be `null`: absent is `None`, `null` is an error.
pub fn not_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// An optional property that may be `null`: absent is `None`, `null` is `Some(None)`.
pub fn absent_or_nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    <Option<T> as Deserialize>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Fields {
        #[serde(deserialize_with = "super::nullable")]
        required: Option<u8>,
        #[serde(default, deserialize_with = "super::not_null")]
        optional: Option<u8>,
        #[serde(default, deserialize_with = "super::absent_or_nullable")]
        both: Option<Option<u8>>,
    }

    fn parse(json: &str) -> Result<Fields, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn absent_null_and_values_are_three_things() {
        let all = parse(r#"{"required": null, "optional": 1, "both": null}"#).unwrap();
        assert_eq!(
            all,
            Fields {
                required: None,
                optional: Some(1),
                both: Some(None)
            }
        );
        let absent = parse(r#"{"required": 2}"#).unwrap();
        assert_eq!(
            absent,
            Fields {
                required: Some(2),
                optional: None,
                both: None
            }
        );
        assert!(
            parse(r#"{"optional": 1}"#).is_err(),
            "a required nullable property is still required"
        );
        assert!(parse(r#"{"required": 1, "optional": null}"#).is_err(), "not nullable");
    }
}
