//! The linter and the generated code judge values with the same specgen-rt functions; this test holds
//! them to it. Random values (near-valid strings mutated with non-ASCII and control characters, boundary
//! dates and times, integers at every limit, floats near multiples and bounds) go through each schema of
//! `fixtures/generate/differential.yaml` twice: deserialized into its generated type (what a server does
//! with a request body) and validated by the linter as an example. The verdicts must be equal.

use serde::de::DeserializeOwned;
use serde_json::{Number, Value, json};
use specgen::lint::instance::Validator;
use specgen::lint::rule::RefMap;
use specgen::load::{LoadOptions, Node, Spec};
use specgen::source::Span;
use specgen_tests::fixtures::differential as api;

/// A small deterministic generator (xorshift64*): the same values on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Strings that are valid for some schema, to start mutations from.
const SEEDS: &[&str] = &[
    "2024-02-29",
    "2023-02-28",
    "1900-02-29",
    "2000-02-29",
    "2024-04-31",
    "2024-12-31T23:59:60Z",
    "2024-01-01T12:34:56.789+05:30",
    "2024-01-01t00:00:00z",
    "23:59:59-00:00",
    "24:00:00Z",
    "12:34:5\u{e9}0",
    "123e4567-e89b-12d3-a456-426614174000",
    "a@b.example",
    "192.0.2.1",
    "::1",
    "2001:db8::ff00:42:8329",
    "https://a.example/b?c=d",
    "urn:isbn:0451450523",
    "aGVsbG8=",
    "abc12",
    "x 123 y",
    "ab cd",
    "abc",
    "the id here",
    "admin",
    "admins",
    "Abc",
    "",
];

/// Characters mutations insert: ASCII that formats use, digits of other scripts, multi-byte, controls.
const CHARS: &[char] = &[
    '0',
    '1',
    '2',
    '9',
    'a',
    'Z',
    'T',
    't',
    'z',
    '-',
    ':',
    '.',
    '+',
    '@',
    '/',
    '=',
    ' ',
    '_',
    '\u{e9}',
    '\u{663}',
    '\u{ff12}',
    '\u{1d11e}',
    '\u{0}',
    '\n',
    '\u{a0}',
    '\u{2028}',
    '\u{feff}',
];

fn mutate(rng: &mut Rng, seed: &str) -> String {
    let mut chars: Vec<char> = seed.chars().collect();
    for _ in 0..rng.below(3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(3) {
            0 => chars.insert(at, *rng.pick(CHARS)),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            _ if at < chars.len() => chars[at] = *rng.pick(CHARS),
            _ => {}
        }
    }
    chars.into_iter().collect()
}

fn random_string(rng: &mut Rng) -> String {
    let seed = rng.pick(SEEDS);
    if rng.below(4) == 0 {
        (*seed).to_owned()
    } else {
        mutate(rng, seed)
    }
}

fn random_number(rng: &mut Rng) -> Value {
    const INTS: &[i64] = &[
        0,
        1,
        -1,
        -5,
        -6,
        3,
        999,
        1000,
        i32::MIN as i64,
        i32::MIN as i64 + 1,
        i32::MAX as i64,
        3_000_000_000,
        -3_000_000_000,
        9_007_199_254_740_992,
        9_007_199_254_740_993,
        9_007_199_254_740_994,
        i64::MAX,
        i64::MIN,
    ];
    const FLOATS: &[f64] = &[
        0.1,
        0.3,
        0.35,
        0.5,
        0.49999999999,
        2.5,
        2.4999999999,
        1.5,
        1.5000000001,
        -0.3,
        1e-10,
        1e300,
        -3.0,
    ];
    match rng.below(5) {
        0 => json!(*rng.pick(INTS)),
        1 => json!(rng.pick(INTS).wrapping_add(rng.below(7) as i64 - 3)),
        2 => json!(u64::MAX - rng.below(3) as u64),
        3 => json!(*rng.pick(FLOATS)),
        _ => json!((rng.below(4000) as f64 - 2000.0) / 10.0),
    }
}

/// A value as the linter reads it: a node of the spec's tree.
fn node(value: &Value) -> Node {
    let value = match value {
        Value::String(s) => specgen::load::Value::String(s.clone()),
        Value::Number(n) => specgen::load::Value::Number(n.clone()),
        other => panic!("only scalars are generated, not {other}"),
    };
    Node::new(Span::default(), value)
}

fn generated_accepts<T: DeserializeOwned>(value: &Value) -> bool {
    serde_json::from_value::<T>(value.clone()).is_ok()
}

type Judge = fn(&Value) -> bool;

/// Each schema and its generated type, by name; `numbers` says which values it is fed.
const SCHEMAS: &[(&str, Judge, bool)] = &[
    ("FDate", generated_accepts::<api::FDate>, false),
    ("FDateTime", generated_accepts::<api::FDateTime>, false),
    ("FTime", generated_accepts::<api::FTime>, false),
    ("FUuid", generated_accepts::<api::FUuid>, false),
    ("FEmail", generated_accepts::<api::FEmail>, false),
    ("FIpv4", generated_accepts::<api::FIpv4>, false),
    ("FIpv6", generated_accepts::<api::FIpv6>, false),
    ("FUri", generated_accepts::<api::FUri>, false),
    ("FByte", generated_accepts::<api::FByte>, false),
    ("Length", generated_accepts::<api::Length>, false),
    ("LongDate", generated_accepts::<api::LongDate>, false),
    ("PatSimple", generated_accepts::<api::PatSimple>, false),
    ("PatSearch", generated_accepts::<api::PatSearch>, false),
    ("PatSpace", generated_accepts::<api::PatSpace>, false),
    ("PatDot", generated_accepts::<api::PatDot>, false),
    ("PatWord", generated_accepts::<api::PatWord>, false),
    ("PatLook", generated_accepts::<api::PatLook>, false),
    ("PatLength", generated_accepts::<api::PatLength>, false),
    ("IntRange", generated_accepts::<api::IntRange>, true),
    ("IntHuge", generated_accepts::<api::IntHuge>, true),
    ("IntNegHuge", generated_accepts::<api::IntNegHuge>, true),
    ("IntMult", generated_accepts::<api::IntMult>, true),
    ("IntFracMult", generated_accepts::<api::IntFracMult>, true),
    ("IntPast53", generated_accepts::<api::IntPast53>, true),
    ("IntExclMin", generated_accepts::<api::IntExclMin>, true),
    ("NumMult", generated_accepts::<api::NumMult>, true),
    ("NumRange", generated_accepts::<api::NumRange>, true),
    ("NumIntBounds", generated_accepts::<api::NumIntBounds>, true),
    ("FloatMax", generated_accepts::<api::FloatMax>, true),
    ("IntEnumPast53", generated_accepts::<api::IntEnumPast53>, true),
    ("Int32EnumWide", generated_accepts::<api::Int32EnumWide>, true),
    ("IntMultHuge", generated_accepts::<api::IntMultHuge>, true),
    ("NumEnum", generated_accepts::<api::NumEnum>, true),
    ("OneOfInts", generated_accepts::<api::OneOfInts>, true),
];

/// Runs `test` with the linter's validator and the fixture's schemas.
fn with_linter(test: impl for<'a> FnOnce(&mut Validator<'a, '_>, &'a Node)) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/generate/differential.yaml");
    let spec = Spec::load(std::path::Path::new(path), &LoadOptions::default()).expect("the fixture loads");
    let refs = RefMap::new(&spec);
    let mut linter = Validator::new(&refs, false);
    let schemas = spec.root().at("/components/schemas").expect("the fixture has schemas");
    test(&mut linter, schemas);
}

#[test]
fn linter_and_generated_code_agree_on_every_value() {
    with_linter(agree_on_random_values);
}

fn agree_on_random_values<'a>(linter: &mut Validator<'a, '_>, schemas: &'a Node) {
    let mut rng = Rng(0x5eed_2026_1206);
    let mut disagreements = Vec::new();
    let (mut accepted, mut rejected) = (0, 0);
    for &(name, generated, numbers) in SCHEMAS {
        let schema = schemas.get(name).unwrap_or_else(|| panic!("no schema {name}"));
        for _ in 0..3000 {
            let value = if numbers {
                random_number(&mut rng)
            } else {
                Value::String(random_string(&mut rng))
            };
            let linted = linter.validate(schema, &node(&value));
            let by_code = generated(&value);
            if by_code {
                accepted += 1
            } else {
                rejected += 1
            }
            if by_code != linted.is_empty() {
                disagreements.push(format!(
                    "{name} {value}: generated code {}, linter {linted:?}",
                    if by_code { "accepts" } else { "rejects" }
                ));
            }
        }
    }
    disagreements.sort();
    disagreements.dedup();
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
    // Both verdicts occur often enough for the comparison to mean something.
    assert!(
        accepted > 5000 && rejected > 5000,
        "accepted {accepted}, rejected {rejected}"
    );
}

/// The integer cases the random values may miss, written out (`enum` and `oneOf` included: integers past
/// 2^53 are compared exactly, and a value that fits two `oneOf` branches fits none).
#[test]
fn integer_boundaries_agree() {
    with_linter(agree_on_boundaries);
}

fn agree_on_boundaries<'a>(linter: &mut Validator<'a, '_>, schemas: &'a Node) {
    let cases: &[(&str, Value, bool)] = &[
        ("IntRange", json!(-5), true),
        ("IntRange", json!(1000), false),
        ("IntPast53", json!(9_007_199_254_740_993_i64), true),
        ("IntPast53", json!(9_007_199_254_740_994_i64), false),
        ("IntExclMin", json!(i32::MIN), false),
        ("IntFracMult", json!(5), true),
        ("IntFracMult", json!(7), false),
        ("IntEnumPast53", json!(9_007_199_254_740_993_i64), true),
        ("IntEnumPast53", json!(9_007_199_254_740_992_i64), false),
        ("IntEnumPast53", json!(9_007_199_254_740_994_i64), false),
        ("IntEnumPast53", json!(3), true),
        ("Int32EnumWide", json!(-1), true),
        ("Int32EnumWide", json!(3_000_000_000_i64), false),
        ("IntMultHuge", json!(0), true),
        ("IntMultHuge", json!(i64::MAX), false),
        ("NumEnum", json!(-3), true),
        ("NumEnum", json!(-3.0), true),
        ("NumEnum", json!(2.5), true),
        ("NumEnum", json!(2.4999999999), false),
        ("OneOfInts", json!(1), true),
        ("OneOfInts", json!(20), true),
        ("OneOfInts", json!(5), false),
        ("NumMult", json!(0.3), true),
        ("NumMult", Value::Number(Number::from_f64(0.35).unwrap()), false),
    ];
    for (name, value, expected) in cases {
        let schema = schemas.get(name).unwrap();
        let generated = SCHEMAS.iter().find(|s| s.0 == *name).unwrap().1;
        assert_eq!(generated(value), *expected, "generated code on {name} {value}");
        assert_eq!(
            linter.validate(schema, &node(value)).is_empty(),
            *expected,
            "linter on {name} {value}"
        );
    }
}
