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

use std::collections::{BTreeMap, HashMap};

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

/// The one registry of names the generated code gives itself. A spec name that converts to one of these
/// gets a numeric suffix, and `specgen lint` says so (`rust-name-collision`), from the same lists.
pub mod reserved {
    /// The generated module's type namespace (and the value namespace of its tuple structs): the
    /// prelude names the generated code uses unqualified, the items the emitters add beside the spec's
    /// types, and the generic parameters of generated functions (`A` of the router and handlers, `D` of
    /// the hand-written `Deserialize` impls), which a type of the same name would otherwise shadow.
    pub const MODULE_TYPES: &[&str] = &[
        // The Rust 2024 prelude.
        "Option",
        "Some",
        "None",
        "Result",
        "Ok",
        "Err",
        "String",
        "Vec",
        "Box",
        "ToString",
        "ToOwned",
        "Clone",
        "Copy",
        "Send",
        "Sync",
        "Sized",
        "Unpin",
        "Drop",
        "Fn",
        "FnMut",
        "FnOnce",
        "AsyncFn",
        "AsyncFnMut",
        "AsyncFnOnce",
        "AsRef",
        "AsMut",
        "Into",
        "From",
        "TryFrom",
        "TryInto",
        "Default",
        "Iterator",
        "IntoIterator",
        "DoubleEndedIterator",
        "ExactSizeIterator",
        "Extend",
        "FromIterator",
        "Eq",
        "PartialEq",
        "Ord",
        "PartialOrd",
        "Future",
        "IntoFuture",
        // Items the emitters add.
        "Client",
        "ClientBuilder",
        "Credentials",
        // Every checked type has a constructor `new`: a type named `New` would be clippy's
        // `self_named_constructors`.
        "New",
        // Generic parameters.
        "A",
        "D",
    ];
    /// Methods of the route trait and of the client, beside the operations': the client's own, and
    /// those of std traits (a client method named `clone` or `next` is one clippy wants implemented as
    /// the trait).
    pub const METHODS: &[&str] = &[
        "router",
        "into_router",
        "new",
        "with_http",
        "builder",
        "add",
        "as_mut",
        "as_ref",
        "bitand",
        "bitor",
        "bitxor",
        "borrow",
        "borrow_mut",
        "clone",
        "cmp",
        "default",
        "deref",
        "deref_mut",
        "div",
        "drop",
        "eq",
        "from_iter",
        "from_str",
        "hash",
        "index",
        "index_mut",
        "into_iter",
        "mul",
        "neg",
        "next",
        "not",
        "rem",
        "shl",
        "shr",
        "sub",
        "to_string",
        "to_owned",
        "len",
        "is_empty",
    ];
    /// Method name prefixes that mean a conversion (`from_*` takes no `self`, `into_*` takes it by value):
    /// an operation named so is prefixed with `call_`.
    pub const CONVERSION_PREFIXES: &[&str] = &["from_", "into_"];
    /// The client builder's own methods, beside one per security scheme (and [`METHODS`]).
    pub const BUILDER_METHODS: &[&str] = &["http", "build"];
    /// Method name prefixes clippy expects not to take `self` by value (`as_*`, `is_*`, `to_*` borrow it,
    /// `from_*` takes none): a builder method (which takes it by value) named so is prefixed with `with_`.
    pub const BY_VALUE_PREFIXES: &[&str] = &["as_", "from_", "is_", "to_"];
    /// The locals of a generated handler, beside its parameters' values.
    pub const HANDLER_LOCALS: &[&str] = &[
        "api",
        "request",
        "parts",
        "body",
        "path_params",
        "query_pairs",
        "query_raw",
        "auth",
        "cx",
        "principal",
        "problems",
        "bytes",
        "declared",
        "type_ok",
        "path",
        "query",
        "headers",
        "value",
        "items",
        // Names clippy rejects for a binding (`disallowed_names`).
        "foo",
        "baz",
        "quux",
    ];
}

/// The route trait's method that authenticates a security scheme's credential: `authenticate_token`
/// for the credential type `Token`. Operations never take these names (`model::ops` reserves them in
/// the methods' scope, beside [`reserved::METHODS`]).
pub fn hook_name(credential_type: &str) -> String {
    format!("authenticate_{}", field_name(credential_type).trim_start_matches("r#"))
}

/// Why a name got a suffix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Because {
    /// The generated code uses the name itself (see [`reserved`]).
    Reserved,
    /// An earlier name of the same scope took it (its wire form).
    Taken(String),
    /// A method name that reads as a conversion (`from_*`, `into_*`), which clippy expects to take `self`
    /// otherwise than a route trait's or client's method does.
    Conversion,
}

/// A name that could not be its plain conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    pub wire: String,
    /// The plain conversion, which was taken.
    pub wanted: String,
    pub got: String,
    pub because: Because,
}

/// A set of names that must not collide (the fields of one struct, the types of one module).
#[derive(Debug)]
pub struct Scope {
    case: Case,
    /// Method names: names starting with one of these prefixes get the second (`call_`, `with_`), as
    /// clippy reads them as conversions that take `self` otherwise.
    avoid: Option<(&'static [&'static str], &'static str)>,
    /// Each name taken, with the wire name that claimed it (`None`: reserved).
    taken: BTreeMap<String, Option<String>>,
    renames: Vec<Rename>,
}

impl Scope {
    pub fn new(case: Case) -> Self {
        Scope {
            case,
            avoid: None,
            taken: BTreeMap::new(),
            renames: Vec::new(),
        }
    }

    /// The scope of the generated module's types, with [`reserved::MODULE_TYPES`] taken.
    pub fn module_types() -> Self {
        let mut s = Scope::new(Case::Type);
        s.reserve(reserved::MODULE_TYPES);
        s
    }

    /// The scope of the route trait's and client's methods, with [`reserved::METHODS`] taken, and
    /// conversion-like names ([`reserved::CONVERSION_PREFIXES`]) prefixed.
    pub fn methods() -> Self {
        let mut s = Scope::new(Case::Field);
        s.reserve(reserved::METHODS);
        s.avoid = Some((reserved::CONVERSION_PREFIXES, "call_"));
        s
    }

    /// The scope of the client builder's methods, one per security scheme, with [`reserved::METHODS`]
    /// and [`reserved::BUILDER_METHODS`] taken and [`reserved::BY_VALUE_PREFIXES`] prefixed.
    pub fn builder_methods() -> Self {
        let mut s = Scope::new(Case::Field);
        s.reserve(reserved::METHODS);
        s.reserve(reserved::BUILDER_METHODS);
        s.avoid = Some((reserved::BY_VALUE_PREFIXES, "with_"));
        s
    }

    /// The scope of a handler's locals, with [`reserved::HANDLER_LOCALS`] taken.
    pub fn handler_locals() -> Self {
        let mut s = Scope::new(Case::Field);
        s.reserve(reserved::HANDLER_LOCALS);
        s
    }

    /// Reserves names the generated code uses for itself in this scope.
    pub fn reserve(&mut self, names: &[&str]) {
        self.taken.extend(names.iter().map(|s| (s.to_string(), None)));
    }

    /// The names that could not be their plain conversion, in the order they were claimed.
    pub fn renames(&self) -> &[Rename] {
        &self.renames
    }

    /// Takes the renames recorded so far.
    pub fn take_renames(&mut self) -> Vec<Rename> {
        std::mem::take(&mut self.renames)
    }

    /// A fresh name for `wire`: its conversion, or that with the lowest free suffix.
    pub fn claim(&mut self, wire: &str) -> String {
        let base = self.convert(wire);
        self.claim_converted(wire, base)
    }

    /// The plain Rust form of a wire name in this scope.
    fn convert(&self, wire: &str) -> String {
        let name = self.case.apply(wire);
        match self.avoid {
            Some((prefixes, instead)) if prefixes.iter().any(|p| name.starts_with(p)) => format!("{instead}{name}"),
            _ => name,
        }
    }

    /// A fresh name made up from context (`PetOwner` for the inline schema of `Pet.owner`): like
    /// [`claim`](Self::claim), but not a spec's name, so its suffix is not a rename to report.
    pub fn claim_derived(&mut self, hint: &str) -> String {
        let before = self.renames.len();
        let name = self.claim(hint);
        self.renames.truncate(before);
        name
    }

    fn claim_converted(&mut self, wire: &str, base: String) -> String {
        let plain = self.case.apply(wire);
        if base != plain && !self.taken.contains_key(&base) {
            self.renames.push(Rename {
                wire: wire.to_owned(),
                wanted: plain,
                got: base.clone(),
                because: Because::Conversion,
            });
        }
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains_key(&name) {
            let stem = base.strip_prefix("r#").unwrap_or(&base);
            // `Self_2` would not be camel case: the suffix replaces a trailing underscore.
            let stem = stem.trim_end_matches('_');
            name = match self.case {
                Case::Type => format!("{stem}{n}"),
                Case::Field => format!("{stem}_{n}"),
            };
            n += 1;
        }
        if name != base {
            let because = match self.taken.get(&base) {
                Some(Some(other)) => Because::Taken(other.clone()),
                _ => Because::Reserved,
            };
            self.renames.push(Rename {
                wire: wire.to_owned(),
                wanted: base,
                got: name.clone(),
                because,
            });
        }
        self.taken.insert(name.clone(), Some(wire.to_owned()));
        name
    }

    /// Names for all of `wires` at once (in their order), so that a name already in the target case
    /// keeps it whatever comes first: `fooBar` and `foo_bar` give `foo_bar_2` and `foo_bar`.
    pub fn claim_all<'a>(&mut self, wires: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let wires: Vec<&str> = wires.into_iter().collect();
        let converted: Vec<String> = wires.iter().map(|w| self.convert(w)).collect();
        let mut out: Vec<Option<String>> = vec![None; wires.len()];
        let mut first_pass = HashMap::new();
        for (i, (w, c)) in wires.iter().zip(&converted).enumerate() {
            if *w == c.strip_prefix("r#").unwrap_or(c) && !self.taken.contains_key(c) && !first_pass.contains_key(c) {
                first_pass.insert(c.clone(), i);
            }
        }
        for (c, &i) in &first_pass {
            self.taken.insert(c.clone(), Some(wires[i].to_owned()));
            out[i] = Some(c.clone());
        }
        for (i, c) in converted.into_iter().enumerate() {
            if out[i].is_none() {
                out[i] = Some(self.claim_converted(wires[i], c));
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

    #[test]
    fn suffixes_keep_names_camel_case() {
        // `Self` and `self` are both `Self_`; the second must not be `Self_2`.
        let mut s = Scope::new(Case::Type);
        assert_eq!(s.claim_all(["Self", "self"]), ["Self_", "Self2"]);
        let mut s = Scope::new(Case::Field);
        assert_eq!(s.claim_all(["self", "Self"]), ["self_", "self_2"]);
    }

    #[test]
    fn reserved_names_are_renamed_and_say_why() {
        let mut s = Scope::module_types();
        assert_eq!(
            s.claim_all(["Client", "A", "Pet", "pet"]),
            ["Client2", "A2", "Pet", "Pet2"]
        );
        let renames = s.renames();
        assert_eq!(renames.len(), 3);
        assert_eq!(
            renames[0],
            Rename {
                wire: "Client".into(),
                wanted: "Client".into(),
                got: "Client2".into(),
                because: Because::Reserved
            }
        );
        assert_eq!(renames[2].because, Because::Taken("Pet".into()));
        let mut methods = Scope::methods();
        assert_eq!(methods.claim("new"), "new_2");
        assert_eq!(methods.claim("builder"), "builder_2");
        let mut builder = Scope::builder_methods();
        assert_eq!(
            builder.claim_all(["http", "build", "bearer", "isAdmin", "to", "asKey"]),
            ["http_2", "build_2", "bearer", "with_is_admin", "to", "with_as_key"]
        );
        let mut locals = Scope::handler_locals();
        assert_eq!(locals.claim("problems"), "problems_2");
        assert_eq!(locals.claim("limit"), "limit");
    }

    #[test]
    fn hooks_are_named_after_their_credential_type() {
        assert_eq!(hook_name("Token"), "authenticate_token");
        assert_eq!(hook_name("ApiKey"), "authenticate_api_key");
        // Keywords need no escape once prefixed.
        assert_eq!(hook_name("Type"), "authenticate_type");
        assert_eq!(hook_name("Self_"), "authenticate_self_");
    }

    #[test]
    fn type_names_never_end_in_an_underscore_but_self() {
        // Generated generics could otherwise be shadowed by a spec's name; see `reserved`.
        for wire in ["a_", "A__", "_", "x-", "Self", "self_", "1_", "é_"] {
            let name = type_name(wire);
            assert!(!name.ends_with('_') || name == "Self_", "{wire} -> {name}");
        }
    }
}
