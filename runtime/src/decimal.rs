//! `multipleOf` in exact decimal arithmetic. JSON numbers are decimal text; a float holds the nearest
//! binary fraction, so `0.3 / 0.1` is `2.9999999999999996` and any tolerance is wrong somewhere (too
//! tight for `0.3`, too loose for `10000000000.5`, a "multiple" of `1` within a relative `1e-9`). A
//! float is read back as the shortest decimal that names it, which is the text a JSON writer wrote for it
//! (`0.3`), and the division is decided on that decimal exactly.

use crate::check::Number;

/// `digits × 10^exp`; the sign does not matter for `multipleOf`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Decimal {
    digits: u128,
    exp: i32,
}

impl Decimal {
    /// `None` for NaN and the infinities, which are nobody's multiple.
    fn of(n: Number) -> Option<Decimal> {
        match n {
            Number::Int(i) => Some(Decimal {
                digits: i.unsigned_abs(),
                exp: 0,
            }),
            Number::Float(f) if f.is_finite() => shortest(f),
            Number::Float(_) => None,
        }
    }
}

/// The shortest decimal that reads back as `f`: Rust's `{:e}` prints it (`3e-1`, `1.2345e4`), with at
/// most 17 significant digits, so the digits fit a `u128`.
fn shortest(f: f64) -> Option<Decimal> {
    let text = format!("{:e}", f.abs());
    let (mantissa, exp) = text.split_once('e')?;
    let exp: i32 = exp.parse().ok()?;
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}").parse().ok()?;
    let fraction_len = i32::try_from(fraction.len()).ok()?;
    Some(Decimal {
        digits,
        exp: exp - fraction_len,
    })
}

/// How many times `p` divides `n` (n > 0), and what is left.
fn strip(mut n: u128, p: u128) -> (i64, u128) {
    let mut count = 0;
    while n.is_multiple_of(p) {
        n /= p;
        count += 1;
    }
    (count, n)
}

/// Whether `value / divisor` is an integer, exactly. With `divisor = 2^a · 5^b · m · 10^e` (m prime to
/// 10) and `value = v · 10^f`, the quotient is `v · 10^(f-e) / (2^a · 5^b · m)`: whole when `m` divides
/// `v` and the twos and fives of `v · 10^(f-e)` cover `a` and `b`. No product is formed, so nothing
/// overflows, whatever the exponents.
pub(crate) fn is_multiple(value: Number, divisor: Number) -> bool {
    let (Some(v), Some(d)) = (Decimal::of(value), Decimal::of(divisor)) else {
        return false;
    };
    if d.digits == 0 {
        return false;
    }
    if v.digits == 0 {
        return true;
    }
    let (a, rest) = strip(d.digits, 2);
    let (b, m) = strip(rest, 5);
    let shift = i64::from(v.exp) - i64::from(d.exp);
    let (v2, _) = strip(v.digits, 2);
    let (v5, _) = strip(v.digits, 5);
    v.digits.is_multiple_of(m) && v2 + shift >= a && v5 + shift >= b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn multiple(v: impl Into<Number>, d: impl Into<Number>) -> bool {
        is_multiple(v.into(), d.into())
    }

    #[test]
    fn decimals_divide_as_written() {
        assert!(multiple(0.3, 0.1));
        assert!(multiple(19.99, 0.01));
        assert!(multiple(1.1, 0.1));
        assert!(multiple(0.000_03, 0.000_01));
        assert!(multiple(12_345_678.91, 0.01));
        assert!(multiple(7.5, 2.5));
        assert!(multiple(-0.6, 0.2));
        assert!(!multiple(0.35, 0.1));
        assert!(!multiple(0.1, 0.3));
        assert!(!multiple(0.300_000_000_000_000_04, 0.1));
    }

    #[test]
    fn no_tolerance_for_large_quotients() {
        // A relative tolerance of 1e-9 took both of these for multiples.
        assert!(!multiple(10_000_000_000.5, 1));
        assert!(!multiple(123_456_789_012.345_67, 0.001));
        assert!(multiple(123_456_789_012.345, 0.005));
        assert!(multiple(1e300, 1e-300));
        assert!(!multiple(1e-300, 1e300));
        assert!(!multiple(1, 1e40));
        assert!(multiple(1e40, 1));
    }

    #[test]
    fn integers_and_mixed() {
        assert!(multiple(i128::MAX, 1));
        assert!(multiple(i128::MIN, -1));
        assert!(multiple(9_007_199_254_740_993_i64, 3));
        assert!(!multiple(9_007_199_254_740_993_i64, 2));
        assert!(multiple(3, 0.1));
        assert!(multiple(0, 0.7));
        assert!(multiple(0.0, 3));
        assert!(!multiple(3, 0));
        assert!(!multiple(3, 0.0));
        assert!(!multiple(f64::NAN, 1));
        assert!(!multiple(f64::INFINITY, 1));
        assert!(!multiple(1, f64::INFINITY));
    }

    #[test]
    fn agrees_with_integer_remainders() {
        for v in -200_i64..200 {
            for d in 1_i64..40 {
                let expected = v % d == 0;
                assert_eq!(multiple(v, d), expected, "{v} {d}");
                // The same numbers as floats, and scaled to decimals, divide the same way.
                assert_eq!(multiple(v as f64, d as f64), expected, "{v} {d}");
                assert_eq!(
                    multiple(v as f64 / 100.0, d as f64 / 100.0),
                    expected,
                    "{v}/100 {d}/100"
                );
            }
        }
    }
}
