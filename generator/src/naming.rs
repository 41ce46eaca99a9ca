//! Rust names for spec names. One place decides them, so the generator, the macros and the linter's
//! "what name will this get" all agree.
//!
//! - Case conversion by heck (`fooBar` → `foo_bar` / `FooBar`).
//! - Keywords: `type` → `r#type`; the four that cannot be raw (`self`, `Self`, `super`, `crate`) and `_`
//!   get a trailing underscore (`self_`).
//! - Anything that is not an ASCII letter, digit or `_` separates words; a leading digit gets a prefix
//!   (`1st` → `X1st` for types and variants, `_1st` for fields).
//! - Collisions after conversion (`fooBar` and `foo_bar`) are settled by a [`Scope`]: a name that is
//!   already in the target case keeps it, the others get a numeric suffix, in a deterministic order.

use std::collections::{BTreeSet, HashMap};

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Strict and reserved keywords of Rust 2024.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Replaces everything but ASCII letters and digits by word breaks, so heck sees clean words.
fn words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push(' ');
        }
    }
    out
}

/// A symbol-only name (`+`, `-1`, `<=`) still needs words.
fn spell_symbols(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let w = match c {
            '+' => "plus",
            '-' => "minus",
            '*' => "star",
            '/' => "slash",
            '<' => "lt",
            '>' => "gt",
            '=' => "eq",
            '!' => "not",
            '@' => "at",
            '$' => "dollar",
            '#' => "hash",
            '%' => "percent",
            '&' => "and",
            '|' => "or",
            '.' => "dot",
            '~' => "tilde",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        if !w.is_empty() {
            out.push(' ');
            out.push_str(w);
            out.push(' ');
        }
    }
    out
}

fn convert(name: &str, case: fn(&str) -> String) -> String {
    let s = case(&words(name));
    if s.bytes().any(|b| b.is_ascii_alphabetic()) {
        return s;
    }
    // No letters (`+1`, `-`, `<=`): spell the symbols so that `+1` and `-1` stay apart.
    let spelled = case(&spell_symbols(name));
    if spelled.is_empty() { s } else { spelled }
}

/// `UpperCamelCase` for types and enum variants.
pub fn type_name(name: &str) -> String {
    let s = convert(name, |w| w.to_upper_camel_case());
    match s.chars().next() {
        None => "Value".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("X{s}"),
        Some(_) if s == "Self" => "Self_".to_owned(),
        Some(_) => s,
    }
}

/// `snake_case` for fields, methods and modules, as written in code (`r#type`, `self_`).
pub fn field_name(name: &str) -> String {
    let s = convert(name, |w| w.to_snake_case());
    match s.chars().next() {
        None => "value".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("_{s}"),
        Some(_) => escape_keyword(&s),
    }
}

/// `r#type` for keywords that can be raw, `self_` for those that cannot.
pub fn escape_keyword(ident: &str) -> String {
    if NOT_RAW.contains(&ident) {
        format!("{ident}_")
    } else if KEYWORDS.contains(&ident) {
        format!("r#{ident}")
    } else {
        ident.to_owned()
    }
}

/// The case a scope converts to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Types and variants.
    Type,
    /// Fields, methods, modules.
    Field,
}

impl Case {
    pub fn apply(self, name: &str) -> String {
        match self {
            Case::Type => type_name(name),
            Case::Field => field_name(name),
        }
    }
}

/// A set of names that must not collide (the fields of one struct, the types of one module).
#[derive(Debug)]
pub struct Scope {
    case: Case,
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn new(case: Case) -> Self {
        Scope {
            case,
            taken: BTreeSet::new(),
        }
    }

    /// Reserves names the generated code uses for itself in this scope.
    pub fn reserve(&mut self, names: &[&str]) {
        self.taken.extend(names.iter().map(|s| s.to_string()));
    }

    /// A fresh name for `wire`: its conversion, or that with the lowest free suffix.
    pub fn claim(&mut self, wire: &str) -> String {
        let base = self.case.apply(wire);
        self.claim_converted(base)
    }

    fn claim_converted(&mut self, base: String) -> String {
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            let stem = base.strip_prefix("r#").unwrap_or(&base);
            name = match self.case {
                Case::Type => format!("{stem}{n}"),
                Case::Field => format!("{}_{n}", stem.trim_end_matches('_')),
            };
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// Names for all of `wires` at once (in their order), so that a name already in the target case
    /// keeps it whatever comes first: `fooBar` and `foo_bar` give `foo_bar_2` and `foo_bar`.
    pub fn claim_all<'a>(&mut self, wires: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let wires: Vec<&str> = wires.into_iter().collect();
        let converted: Vec<String> = wires.iter().map(|w| self.case.apply(w)).collect();
        let mut out: Vec<Option<String>> = vec![None; wires.len()];
        let mut first_pass = HashMap::new();
        for (i, (w, c)) in wires.iter().zip(&converted).enumerate() {
            if *w == c.strip_prefix("r#").unwrap_or(c) && !self.taken.contains(c) && !first_pass.contains_key(c) {
                first_pass.insert(c.clone(), i);
            }
        }
        for (c, &i) in &first_pass {
            self.taken.insert(c.clone());
            out[i] = Some(c.clone());
        }
        for (i, c) in converted.into_iter().enumerate() {
            if out[i].is_none() {
                out[i] = Some(self.claim_converted(c));
            }
        }
        out.into_iter().map(|n| n.unwrap_or_default()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_and_keywords() {
        assert_eq!(field_name("fooBar"), "foo_bar");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("crate"), "crate_");
        assert_eq!(field_name("1st"), "_1st");
        assert_eq!(field_name("$ref"), "r#ref");
        assert_eq!(field_name("x-rate-limit"), "x_rate_limit");
        assert_eq!(field_name("ünïcödé"), "n_c_d");
        assert_eq!(field_name("+1"), "plus_1");
        assert_eq!(field_name("-"), "minus");
        assert_eq!(field_name("   "), "value");
        assert_eq!(type_name("in-progress"), "InProgress");
        assert_eq!(type_name("1st"), "X1st");
        assert_eq!(type_name("null"), "Null");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(
            type_name("update_course_offering_request"),
            "UpdateCourseOfferingRequest"
        );
        assert_eq!(type_name(""), "Value");
    }

    #[test]
    fn collisions_keep_both() {
        let mut s = Scope::new(Case::Field);
        assert_eq!(
            s.claim_all(["fooBar", "foo_bar", "FooBar"]),
            ["foo_bar_2", "foo_bar", "foo_bar_3"]
        );
        let mut s = Scope::new(Case::Type);
        s.reserve(&["Error"]);
        assert_eq!(s.claim("error"), "Error2");
        assert_eq!(s.claim("error"), "Error3");
        let mut s = Scope::new(Case::Field);
        assert_eq!(s.claim_all(["type", "r#type", "type_"]), ["r#type", "r_type", "type_2"]);
    }
}
