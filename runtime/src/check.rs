//! One function per schema keyword: what a generated constructor calls for each constraint, and what
//! specgen's linter calls to validate a spec's examples and defaults. Each returns the
//! [`ValidationError`] the API reports.

use std::cmp::Ordering;
use std::fmt::Display;

use crate::{Pattern, ValidationError, excerpt};

/// `format`: formats with a fixed meaning are checked; the others are annotations and pass.
pub fn format(value: &str, format: &str) -> Result<(), ValidationError> {
    if crate::format::is_valid(value, format) {
        Ok(())
    } else {
        Err(ValidationError::new(
            "format",
            format!("{} is not a valid {format}", excerpt(value)),
        ))
    }
}

/// `minLength`, counted in characters (Unicode scalar values), not bytes.
pub fn min_length(value: &str, min: usize) -> Result<(), ValidationError> {
    let length = value.chars().count();
    if length < min {
        return Err(ValidationError::new(
            "minLength",
            format!("must be at least {min} characters long, not {length}"),
        ));
    }
    Ok(())
}

/// `maxLength`, counted in characters (Unicode scalar values), not bytes.
pub fn max_length(value: &str, max: usize) -> Result<(), ValidationError> {
    // Counting stops once past the limit: a huge value costs no more than the limit.
    let length = value.chars().take(max.saturating_add(1)).count();
    if length > max {
        let length = value.chars().count();
        return Err(ValidationError::new(
            "maxLength",
            format!("must be at most {max} characters long, not {length}"),
        ));
    }
    Ok(())
}

/// `pattern`: the value contains a match (an unanchored search, as ECMA-262's `test`). A search that
/// exceeds its backtracking budget is a `pattern` error too: the value is refused, not waited on.
pub fn pattern(value: &str, pattern: &Pattern) -> Result<(), ValidationError> {
    let message = match pattern.search(value) {
        Ok(true) => return Ok(()),
        Ok(false) => format!("{} does not match the pattern `{}`", excerpt(value), pattern.source()),
        Err(undecided) => format!(
            "{} cannot be checked against the pattern `{}`: {undecided}",
            excerpt(value),
            pattern.source()
        ),
    };
    Err(ValidationError::new("pattern", message))
}

/// `minimum`. The value and the bound may be of different types (an `i32` against `3000000000`):
/// they are compared exactly, as numbers.
pub fn minimum<V: Into<Number> + Display, B: Into<Number> + Display>(value: V, min: B) -> Result<(), ValidationError> {
    bound(value, min, "minimum", "at least", |o| o != Ordering::Less)
}

/// `exclusiveMinimum` (3.1's number, or 3.0's `minimum` with `exclusiveMinimum: true`).
pub fn exclusive_minimum<V, B>(value: V, min: B) -> Result<(), ValidationError>
where
    V: Into<Number> + Display,
    B: Into<Number> + Display,
{
    bound(value, min, "minimum", "greater than", |o| o == Ordering::Greater)
}

/// `maximum`.
pub fn maximum<V: Into<Number> + Display, B: Into<Number> + Display>(value: V, max: B) -> Result<(), ValidationError> {
    bound(value, max, "maximum", "at most", |o| o != Ordering::Greater)
}

/// `exclusiveMaximum` (3.1's number, or 3.0's `maximum` with `exclusiveMaximum: true`).
pub fn exclusive_maximum<V, B>(value: V, max: B) -> Result<(), ValidationError>
where
    V: Into<Number> + Display,
    B: Into<Number> + Display,
{
    bound(value, max, "maximum", "less than", |o| o == Ordering::Less)
}

fn bound<V, B>(
    value: V,
    limit: B,
    keyword: &'static str,
    word: &str,
    ok: fn(Ordering) -> bool,
) -> Result<(), ValidationError>
where
    V: Into<Number> + Display,
    B: Into<Number> + Display,
{
    let message = |value: &V, limit: &B| format!("must be {word} {limit}, not {value}");
    let text = message(&value, &limit);
    // NaN compares with nothing, so it meets no bound.
    match value.into().compare(limit.into()) {
        Some(order) if ok(order) => Ok(()),
        _ => Err(ValidationError::new(keyword, text)),
    }
}

/// A JSON number as the checks compare it: an integer exactly, or a float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Int(i128),
    Float(f64),
}

macro_rules! number_from {
    ($variant:ident: $($t:ty)*) => {$(
        impl From<$t> for Number {
            fn from(value: $t) -> Self {
                Number::$variant(value.into())
            }
        }
    )*};
}
number_from!(Int: i8 i16 i32 i64 u8 u16 u32 u64 i128);
number_from!(Float: f32 f64);

impl Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Number::Int(i) => i.fmt(f),
            Number::Float(x) => x.fmt(f),
        }
    }
}

/// 2^127, the first float past every i128.
const TWO_127: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;

impl Number {
    /// The exact order of two numbers (an `i64` near 2^63 is not rounded to a float); `None` for NaN.
    pub fn compare(self, other: Number) -> Option<Ordering> {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => Some(a.cmp(&b)),
            (Number::Float(a), Number::Float(b)) => a.partial_cmp(&b),
            (Number::Int(a), Number::Float(b)) => int_float(a, b),
            (Number::Float(a), Number::Int(b)) => int_float(b, a).map(Ordering::reverse),
        }
    }

    /// A JSON number exactly: an integer when it is written as one (`9007199254740993` is not rounded),
    /// else its float. `None` only for what serde_json cannot read as either.
    pub fn of_json(n: &serde_json::Number) -> Option<Number> {
        let int = n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from));
        match int {
            Some(i) => Some(Number::Int(i)),
            None => n.as_f64().map(Number::Float),
        }
    }

    /// The integer this number is, exactly (`2.0` is `2`); `None` for a fraction or a float past i128.
    pub fn as_integer(self) -> Option<i128> {
        match self {
            Number::Int(i) => Some(i),
            Number::Float(f) if f.fract() == 0.0 && f.abs() < TWO_127 => Some(f as i128),
            Number::Float(_) => None,
        }
    }

    /// Whether two numbers are the same number, exactly (`1` is `1.0`; `2^53 + 1` is not `2^53`).
    pub fn same(self, other: Number) -> bool {
        self.compare(other) == Some(Ordering::Equal)
    }

    /// As a float (rounded when it is an integer past 2^53).
    pub fn as_f64(self) -> f64 {
        match self {
            // The nearest float: what a cast gives, and all `multipleOf` on floats can use.
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }
    }
}

/// The order of an integer and a float, exactly.
fn int_float(int: i128, float: f64) -> Option<Ordering> {
    if float.is_nan() {
        return None;
    }
    if float >= TWO_127 {
        return Some(Ordering::Less);
    }
    if float < -TWO_127 {
        return Some(Ordering::Greater);
    }
    // Within ±2^127 the whole part of the float is an i128 exactly; the fraction breaks ties.
    let whole = float.trunc();
    let by_whole = int.cmp(&(whole as i128));
    let fraction = float - whole;
    Some(by_whole.then(if fraction > 0.0 {
        Ordering::Less
    } else if fraction < 0.0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    }))
}

/// `multipleOf`, exactly: integers by their remainder, floats as the decimals they were written as
/// (`0.3` is a multiple of `0.1`; `10000000000.5` is no multiple of `1`), see `decimal.rs`.
pub fn multiple_of<V, D>(value: V, divisor: D) -> Result<(), ValidationError>
where
    V: Into<Number> + Display,
    D: Into<Number> + Display,
{
    let message = format!("must be a multiple of {divisor}, not {value}");
    let ok = match (value.into(), divisor.into()) {
        // `checked_rem`: a zero divisor (an invalid spec) is no multiple rather than a panic; the one
        // overflow, `i128::MIN % -1`, is a remainder of 0.
        (Number::Int(v), Number::Int(d)) => v.checked_rem(d).map_or(d == -1, |r| r == 0),
        (v, d) => crate::decimal::is_multiple(v, d),
    };
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new("multipleOf", message))
    }
}

/// `enum` of numbers: the value is one of `allowed`.
pub fn one_of<T: PartialEq + Display>(value: T, allowed: &[T]) -> Result<(), ValidationError> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let shown: Vec<String> = allowed.iter().map(ToString::to_string).collect();
    Err(ValidationError::new(
        "enum",
        format!("must be one of {}, not {value}", shown.join(", ")),
    ))
}

/// `minItems`.
pub fn min_items<T>(items: &[T], min: usize) -> Result<(), ValidationError> {
    if items.len() < min {
        return Err(ValidationError::new(
            "minItems",
            format!("must have at least {min} items, not {}", items.len()),
        ));
    }
    Ok(())
}

/// `maxItems`.
pub fn max_items<T>(items: &[T], max: usize) -> Result<(), ValidationError> {
    if items.len() > max {
        return Err(ValidationError::new(
            "maxItems",
            format!("must have at most {max} items, not {}", items.len()),
        ));
    }
    Ok(())
}

/// `uniqueItems: true`.
pub fn unique_items<T: PartialEq + serde::Serialize>(items: &[T]) -> Result<(), ValidationError> {
    match first_duplicate(items) {
        Some((first, second)) => Err(ValidationError::new(
            "uniqueItems",
            format!("items {first} and {second} are equal"),
        )),
        None => Ok(()),
    }
}

/// The positions of the first two equal items: the first item that has an equal one after it, and
/// the first such one. Items are grouped by a hash of their JSON (which equal items share) and compared
/// only within a group, so a request with a long array costs linear time, not quadratic.
pub fn first_duplicate<T: PartialEq + serde::Serialize>(items: &[T]) -> Option<(usize, usize)> {
    let keys = std::hash::RandomState::new();
    let mut groups: std::collections::HashMap<u64, Vec<Vec<usize>>> = std::collections::HashMap::new();
    for (j, item) in items.iter().enumerate() {
        let bucket = groups.entry(json_hash(item, &keys)).or_default();
        let group = bucket
            .iter_mut()
            .find(|g| g.first().and_then(|&i| items.get(i)) == Some(item));
        match group {
            Some(g) if g.len() < 2 => g.push(j),
            Some(_) => {}
            None => bucket.push(vec![j]),
        }
    }
    groups
        .into_values()
        .flatten()
        .filter_map(|g| Some((*g.first()?, *g.get(1)?)))
        .min()
}

/// A hash of `value`'s JSON that equal values share: object members in any order, `-0` as `0`, and
/// integers by their float (a collision only costs a comparison). `0` when it does not serialize.
fn json_hash<T: serde::Serialize>(value: &T, keys: &std::hash::RandomState) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    fn feed(v: &serde_json::Value, h: &mut impl Hasher, keys: &impl BuildHasher) {
        match v {
            serde_json::Value::Null => 0u8.hash(h),
            serde_json::Value::Bool(b) => (1u8, b).hash(h),
            serde_json::Value::Number(n) => (2u8, n.as_f64().map_or(0, |f| (f + 0.0).to_bits())).hash(h),
            serde_json::Value::String(s) => (3u8, s).hash(h),
            serde_json::Value::Array(items) => {
                (4u8, items.len()).hash(h);
                items.iter().for_each(|item| feed(item, h, keys));
            }
            serde_json::Value::Object(members) => {
                // Order-free: the members' own hashes, summed.
                let sum = members.iter().fold(0u64, |sum, (k, v)| {
                    let mut one = keys.build_hasher();
                    k.hash(&mut one);
                    feed(v, &mut one, keys);
                    sum.wrapping_add(one.finish())
                });
                (5u8, sum).hash(h);
            }
        }
    }
    let mut h = keys.build_hasher();
    match serde_json::to_value(value) {
        Ok(v) => feed(&v, &mut h, keys),
        Err(_) => return 0,
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_characters() {
        assert!(min_length("éé", 2).is_ok() && min_length("é", 2).is_err());
        assert!(max_length("ééé", 3).is_ok() && max_length("éééé", 3).is_err());
        assert_eq!(
            max_length("abcd", 3).unwrap_err().message,
            "must be at most 3 characters long, not 4"
        );
        assert!(max_length("", 0).is_ok() && max_length("a", usize::MAX).is_ok());
    }

    #[test]
    fn bounds_inclusive_and_exclusive() {
        assert!(minimum(3, 3).is_ok() && exclusive_minimum(3, 3).is_err());
        assert!(maximum(2.5, 2.5).is_ok() && exclusive_maximum(2.5, 2.5).is_err());
        assert_eq!(minimum(1i64, 3).unwrap_err().message, "must be at least 3, not 1");
        assert_eq!(exclusive_maximum(5i128, 5).unwrap_err().constraint, "maximum");
        assert!(minimum(f64::NAN, 0.0).is_err(), "NaN meets no bound");
        assert!(minimum(5i32, 3_000_000_000i64).is_err() && maximum(5i32, 3_000_000_000i64).is_ok());
        let huge = exclusive_minimum(i64::MAX, 1e40).unwrap_err();
        assert_eq!(huge.message, format!("must be greater than {}, not {}", 1e40, i64::MAX));
        assert!(
            maximum(i64::MAX, 9.223_372_036_854_776e18).is_ok(),
            "2^63 as a float is above i64::MAX"
        );
        assert!(exclusive_maximum(i64::MAX, 9.223_372_036_854_776e18).is_ok());
        assert!(minimum(3i64, 2.5).is_ok() && minimum(2i64, 2.5).is_err() && maximum(-3i32, -2.5).is_ok());
    }

    #[test]
    fn json_numbers_are_read_exactly() {
        let n = |text: &str| Number::of_json(&serde_json::from_str(text).unwrap()).unwrap();
        assert_eq!(n("9007199254740993"), Number::Int(9_007_199_254_740_993));
        assert_eq!(n("18446744073709551615"), Number::Int(u64::MAX.into()));
        assert!(!n("9007199254740993").same(n("9007199254740992")));
        assert!(n("1").same(n("1.0")) && !n("1").same(n("1.5")));
        assert_eq!(n("2.0").as_integer(), Some(2));
        assert_eq!((n("2.5").as_integer(), n("1e300").as_integer()), (None, None));
    }

    #[test]
    fn multiples() {
        assert!(multiple_of(0.3, 0.1).is_ok());
        assert!(multiple_of(0.35, 0.1).is_err());
        assert!(multiple_of(10i64, 5).is_ok() && multiple_of(11i64, 5).is_err());
        assert!(
            multiple_of(i64::MIN, 2).is_ok() && multiple_of(i128::MIN, -1).is_ok(),
            "no overflow panic"
        );
        assert!(multiple_of(4i32, 0).is_err(), "no division by zero");
        assert!(
            multiple_of(9_007_199_254_740_993_i64, 2).is_err(),
            "integers are exact past 2^53"
        );
        assert!(multiple_of(7i64, 2.5).is_err() && multiple_of(5i64, 2.5).is_ok());
        assert!(multiple_of(1i64, 1e40).is_err() && multiple_of(0i64, 1e40).is_ok());
        assert!(multiple_of(1e-10, 0.1).is_err() && multiple_of(-0.3, 0.1).is_ok());
        assert!(multiple_of(1.0, 0.0).is_err() && multiple_of(f64::INFINITY, 1.0).is_err());
        assert!(
            multiple_of(1e300, 1e-300).is_ok(),
            "a quotient past every float is still whole"
        );
        assert!(multiple_of(10_000_000_000.5, 1i64).is_err(), "no tolerance");
    }

    #[test]
    fn items() {
        assert!(min_items(&[1], 1).is_ok() && min_items::<u8>(&[], 1).is_err());
        assert!(max_items(&[1, 2], 1).is_err());
        assert_eq!(first_duplicate(&[1, 2, 3, 2]), Some((1, 3)));
        assert_eq!(first_duplicate(&[1, 2, 3]), None);
        assert_eq!(
            first_duplicate(&[1, 2, 2, 1]),
            Some((0, 3)),
            "the first item with a later equal one"
        );
        assert_eq!(first_duplicate(&[0.0, -0.0]), Some((0, 1)), "-0 equals 0");
        let big: Vec<u32> = (0..200_000).chain([199_999]).collect();
        assert_eq!(first_duplicate(&big), Some((199_999, 200_000)), "in linear time");
        assert!(unique_items(&["a", "a"]).is_err());
        assert!(one_of(2, &[1, 2]).is_ok());
        assert_eq!(one_of(3, &[1, 2]).unwrap_err().message, "must be one of 1, 2, not 3");
    }

    #[test]
    fn formats_name_the_value_and_the_format() {
        let e = format("2024-02-31", "date").unwrap_err();
        assert_eq!(
            (e.constraint, e.message.as_str()),
            ("format", "\"2024-02-31\" is not a valid date")
        );
        assert!(format("x", "unknown").is_ok());
    }
}
