//! A string whose only constraints are its length limits: one generic type instead of a newtype for
//! each of a spec's many `maxLength`-only strings.

use crate::{ValidationError, check};

/// A string whose length in characters is at least `MIN` and at most `MAX`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct BoundedString<const MIN: usize, const MAX: usize>(String);

impl<const MIN: usize, const MAX: usize> BoundedString<MIN, MAX> {
    /// The value, if its length is within the limits.
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
        check::min_length(value, MIN)?;
        check::max_length(value, MAX)
    }
}

impl<const MIN: usize, const MAX: usize> TryFrom<String> for BoundedString<MIN, MAX> {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}

impl<const MIN: usize, const MAX: usize> std::str::FromStr for BoundedString<MIN, MAX> {
    type Err = ValidationError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::try_from(value.to_owned())
    }
}

impl<'de, const MIN: usize, const MAX: usize> serde::Deserialize<'de> for BoundedString<MIN, MAX> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::try_from(String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

impl<const MIN: usize, const MAX: usize> AsRef<str> for BoundedString<MIN, MAX> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<const MIN: usize, const MAX: usize> std::fmt::Display for BoundedString<MIN, MAX> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_in_characters_on_every_way_in() {
        type Code = BoundedString<2, 3>;
        assert!(Code::new("éé").is_ok());
        assert_eq!(Code::new("a").unwrap_err().constraint, "minLength");
        assert_eq!("abcd".parse::<Code>().unwrap_err().constraint, "maxLength");
        assert!(serde_json::from_str::<Code>("\"abcd\"").is_err());
        assert_eq!(Code::new("ab").unwrap().to_string(), "ab");
    }
}
