//! The JavaScript expressions of JSONPath filters (`[?(@.in === 'path' && !@.required)]`), as Spectral
//! evaluates them, for the subset rulesets use.
//!
//! Spectral hands a filter to JavaScript; here it is parsed once into [`Expr`] and evaluated on the loaded
//! tree with JavaScript's semantics for what the subset can express: truthiness, loose (`==`) and strict
//! (`===`) equality, relational comparison of strings and numbers, `typeof`, `in`, member access
//! (`@.a`, `@['a-b']`, `@.length`), and the string and array methods rulesets call (`match`, `test`,
//! `includes`, `startsWith`, `endsWith`, `indexOf`, `toLowerCase`, `toUpperCase`, `trim`). Regex
//! literals are ECMA-262 through `regress`. Anything else is a [`FilterError`] naming the part that is not
//! supported, so a rule never silently matches nothing.

use std::borrow::Cow;

use crate::load::{Node, Value};

/// A filter that cannot be parsed, or uses JavaScript outside the supported subset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterError {
    /// Byte offset in the filter's text.
    pub offset: usize,
    pub message: String,
}

/// A parsed filter expression.
#[derive(Clone, Debug)]
pub enum Expr {
    /// `@`: the value being filtered.
    Current,
    /// `@property`, `@parentProperty`, `@path`, `@parent`, `@root`.
    Special(Special),
    /// `@object()`, `@string()`, ...: JSONPath-Plus's type tests of the current value.
    TypeTest(TypeTest),
    Literal(Lit),
    Regex(Box<regress::Regex>),
    Member(Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Method, Vec<Expr>),
    Not(Box<Expr>),
    TypeOf(Box<Expr>),
    /// `x.constructor.name`: `"Array"`, `"Object"`, `"String"`, ... (rulesets tell arrays apart with it).
    ConstructorName(Box<Expr>),
    Binary(Box<Expr>, Op, Box<Expr>),
    Array(Vec<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Property,
    ParentProperty,
    Path,
    Parent,
    Root,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeTest {
    Object,
    Array,
    String,
    Number,
    Integer,
    Boolean,
    Null,
    Scalar,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    Undefined,
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    And,
    Or,
    StrictEq,
    StrictNe,
    LooseEq,
    LooseNe,
    Lt,
    Le,
    Gt,
    Ge,
    In,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Match,
    Test,
    Includes,
    StartsWith,
    EndsWith,
    IndexOf,
    ToLowerCase,
    ToUpperCase,
    Trim,
}

impl Method {
    fn named(name: &str) -> Option<Method> {
        Some(match name {
            "match" => Method::Match,
            "test" => Method::Test,
            "includes" => Method::Includes,
            "startsWith" => Method::StartsWith,
            "endsWith" => Method::EndsWith,
            "indexOf" => Method::IndexOf,
            "toLowerCase" => Method::ToLowerCase,
            "toUpperCase" => Method::ToUpperCase,
            "trim" => Method::Trim,
            _ => return None,
        })
    }
}

/// A JavaScript value during evaluation: scalars by value, objects and arrays as the tree's nodes.
#[derive(Clone, Debug)]
pub enum Val<'a> {
    Undefined,
    Null,
    Bool(bool),
    Num(f64),
    Str(Cow<'a, str>),
    Node(&'a Node),
    /// A regex literal (only as a method's argument or receiver).
    Regex(&'a regress::Regex),
    /// An array literal's values (for `includes` and `in`).
    List(Vec<Val<'a>>),
}

impl<'a> Val<'a> {
    /// The value of a tree node: scalars become JavaScript scalars.
    pub fn of(node: &'a Node) -> Val<'a> {
        match &node.value {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => Val::Num(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => Val::Str(Cow::Borrowed(s)),
            Value::Array(_) | Value::Object(_) => Val::Node(node),
        }
    }

    pub fn truthy(&self) -> bool {
        match self {
            Val::Undefined | Val::Null => false,
            Val::Bool(b) => *b,
            Val::Num(n) => *n != 0.0 && !n.is_nan(),
            Val::Str(s) => !s.is_empty(),
            Val::Node(_) | Val::Regex(_) | Val::List(_) => true,
        }
    }

    fn type_of(&self) -> &'static str {
        match self {
            Val::Undefined => "undefined",
            Val::Bool(_) => "boolean",
            Val::Num(_) => "number",
            Val::Str(_) => "string",
            Val::Null | Val::Node(_) | Val::Regex(_) | Val::List(_) => "object",
        }
    }

    /// JavaScript's ToNumber for the values a comparison meets.
    pub(crate) fn to_number(&self) -> f64 {
        match self {
            Val::Undefined => f64::NAN,
            Val::Null => 0.0,
            Val::Bool(b) => f64::from(u8::from(*b)),
            Val::Num(n) => *n,
            Val::Str(s) => {
                let t = s.trim();
                if t.is_empty() {
                    0.0
                } else {
                    t.parse().unwrap_or(f64::NAN)
                }
            }
            Val::Node(_) | Val::Regex(_) | Val::List(_) => f64::NAN,
        }
    }
}

/// What a filter sees besides `@`.
pub struct Scope<'a, 'r> {
    pub current: Val<'a>,
    pub property: Val<'a>,
    pub parent_property: Val<'a>,
    pub path: String,
    pub parent: Option<&'a Node>,
    pub root: &'a Node,
    /// Follows a `$ref` when reading a member (the resolved view), or returns the node itself.
    pub resolve: &'r dyn Fn(&'a Node) -> &'a Node,
}

impl Expr {
    /// Evaluates the filter; its truthiness decides whether the value is kept.
    pub fn eval<'a>(&'a self, s: &Scope<'a, '_>) -> Val<'a> {
        match self {
            Expr::Current => s.current.clone(),
            Expr::Special(sp) => match sp {
                Special::Property => s.property.clone(),
                Special::ParentProperty => s.parent_property.clone(),
                Special::Path => Val::Str(Cow::Owned(s.path.clone())),
                Special::Parent => s.parent.map_or(Val::Undefined, Val::of),
                Special::Root => Val::of(s.root),
            },
            Expr::TypeTest(t) => Val::Bool(type_test(*t, &s.current)),
            Expr::Literal(l) => match l {
                Lit::Undefined => Val::Undefined,
                Lit::Null => Val::Null,
                Lit::Bool(b) => Val::Bool(*b),
                Lit::Num(n) => Val::Num(*n),
                Lit::Str(t) => Val::Str(Cow::Borrowed(t)),
            },
            Expr::Regex(r) => Val::Regex(r),
            Expr::Array(items) => Val::List(items.iter().map(|e| e.eval(s)).collect()),
            Expr::Member(obj, key) => member(obj.eval(s), &key.eval(s), s.resolve),
            Expr::ConstructorName(obj) => constructor_name(&obj.eval(s)).map_or(Val::Undefined, |n| Val::Str(n.into())),
            Expr::Call(recv, m, args) => {
                let args: Vec<Val> = args.iter().map(|a| a.eval(s)).collect();
                call(recv.eval(s), *m, &args)
            }
            Expr::Not(e) => Val::Bool(!e.eval(s).truthy()),
            Expr::TypeOf(e) => Val::Str(Cow::Borrowed(e.eval(s).type_of())),
            Expr::Binary(l, op, r) => binary(l, *op, r, s),
        }
    }
}

fn type_test(t: TypeTest, v: &Val) -> bool {
    let node = |f: fn(&Value) -> bool| matches!(v, Val::Node(n) if f(&n.value));
    match t {
        TypeTest::Object => node(|v| matches!(v, Value::Object(_))),
        TypeTest::Array => node(|v| matches!(v, Value::Array(_))),
        TypeTest::String => matches!(v, Val::Str(_)),
        TypeTest::Number => matches!(v, Val::Num(_)),
        TypeTest::Integer => matches!(v, Val::Num(n) if n.fract() == 0.0 && n.is_finite()),
        TypeTest::Boolean => matches!(v, Val::Bool(_)),
        TypeTest::Null => matches!(v, Val::Null),
        TypeTest::Scalar => matches!(v, Val::Str(_) | Val::Num(_) | Val::Bool(_) | Val::Null),
    }
}

fn key_string(k: &Val) -> Option<String> {
    match k {
        Val::Str(s) => Some(s.to_string()),
        Val::Num(n) if n.fract() == 0.0 => Some(format!("{n}")),
        Val::Bool(b) => Some(b.to_string()),
        Val::Null => Some("null".into()),
        _ => None,
    }
}

fn member<'a>(obj: Val<'a>, key: &Val<'a>, resolve: &dyn Fn(&'a Node) -> &'a Node) -> Val<'a> {
    let Some(k) = key_string(key) else {
        return Val::Undefined;
    };
    match obj {
        Val::Node(n) => match &n.value {
            Value::Array(a) if k == "length" => Val::Num(a.len() as f64),
            Value::Array(a) => k
                .parse::<usize>()
                .ok()
                .and_then(|i| a.get(i))
                .map_or(Val::Undefined, |c| Val::of(resolve(c))),
            Value::Object(m) => m.get(&k).map_or(Val::Undefined, |e| Val::of(resolve(&e.node))),
            _ => Val::Undefined,
        },
        Val::Str(s) if k == "length" => Val::Num(s.encode_utf16().count() as f64),
        Val::List(l) if k == "length" => Val::Num(l.len() as f64),
        _ => Val::Undefined,
    }
}

/// `value.constructor.name` in JavaScript; `None` where reading it throws (`null`, `undefined`), which
/// makes the filter false, as JSONPath-Plus treats a filter that throws.
fn constructor_name(v: &Val) -> Option<&'static str> {
    Some(match v {
        Val::Undefined | Val::Null => return None,
        Val::Bool(_) => "Boolean",
        Val::Num(_) => "Number",
        Val::Str(_) => "String",
        Val::Regex(_) => "RegExp",
        Val::List(_) => "Array",
        Val::Node(n) => match &n.value {
            Value::Null => return None,
            Value::Bool(_) => "Boolean",
            Value::Number(_) => "Number",
            Value::String(_) => "String",
            Value::Array(_) => "Array",
            Value::Object(_) => "Object",
        },
    })
}

fn as_text<'v>(v: &'v Val) -> Option<&'v str> {
    match v {
        Val::Str(s) => Some(s),
        _ => None,
    }
}

/// Array members as values (for `includes` / `indexOf` on arrays).
fn items<'a>(v: &Val<'a>) -> Option<Vec<Val<'a>>> {
    match v {
        Val::Node(n) => n.as_array().map(|a| a.iter().map(Val::of).collect()),
        Val::List(l) => Some(l.clone()),
        _ => None,
    }
}

fn call<'a>(recv: Val<'a>, m: Method, args: &[Val<'a>]) -> Val<'a> {
    let arg = args.first().cloned().unwrap_or(Val::Undefined);
    match (m, &recv) {
        (Method::Match, Val::Str(s)) => match &arg {
            Val::Regex(r) => bool_or_null(r.find(s).is_some()),
            Val::Str(p) => match regress::Regex::new(p) {
                Ok(r) => bool_or_null(r.find(s).is_some()),
                Err(_) => Val::Undefined,
            },
            _ => Val::Null,
        },
        (Method::Test, Val::Regex(r)) => Val::Bool(as_text(&arg).is_some_and(|s| r.find(s).is_some())),
        (Method::Includes, Val::Str(s)) => Val::Bool(as_text(&arg).is_some_and(|a| s.contains(a))),
        (Method::StartsWith, Val::Str(s)) => Val::Bool(as_text(&arg).is_some_and(|a| s.starts_with(a))),
        (Method::EndsWith, Val::Str(s)) => Val::Bool(as_text(&arg).is_some_and(|a| s.ends_with(a))),
        (Method::IndexOf, Val::Str(s)) => Val::Num(
            as_text(&arg)
                .and_then(|a| s.find(a))
                .map_or(-1.0, |i| s[..i].encode_utf16().count() as f64),
        ),
        (Method::ToLowerCase, Val::Str(s)) => Val::Str(Cow::Owned(s.to_lowercase())),
        (Method::ToUpperCase, Val::Str(s)) => Val::Str(Cow::Owned(s.to_uppercase())),
        (Method::Trim, Val::Str(s)) => Val::Str(Cow::Owned(s.trim().to_owned())),
        (Method::Includes | Method::IndexOf, _) => match items(&recv) {
            Some(list) => {
                let at = list.iter().position(|v| strict_eq(v, &arg));
                if m == Method::Includes {
                    Val::Bool(at.is_some())
                } else {
                    Val::Num(at.map_or(-1.0, |i| i as f64))
                }
            }
            None => Val::Undefined,
        },
        // JavaScript would throw here; Spectral treats a throwing filter as not matching.
        _ => Val::Undefined,
    }
}

/// `match` returns an array or `null`; only its truthiness is observable in the subset.
fn bool_or_null<'a>(found: bool) -> Val<'a> {
    if found { Val::Bool(true) } else { Val::Null }
}

fn binary<'a>(l: &'a Expr, op: Op, r: &'a Expr, s: &Scope<'a, '_>) -> Val<'a> {
    match op {
        Op::And => {
            let a = l.eval(s);
            if a.truthy() { r.eval(s) } else { a }
        }
        Op::Or => {
            let a = l.eval(s);
            if a.truthy() { a } else { r.eval(s) }
        }
        _ => {
            let (a, b) = (l.eval(s), r.eval(s));
            Val::Bool(match op {
                Op::StrictEq => strict_eq(&a, &b),
                Op::StrictNe => !strict_eq(&a, &b),
                Op::LooseEq => loose_eq(&a, &b),
                Op::LooseNe => !loose_eq(&a, &b),
                Op::Lt => compare(&a, &b).is_some_and(|o| o.is_lt()),
                Op::Le => compare(&a, &b).is_some_and(|o| o.is_le()),
                Op::Gt => compare(&a, &b).is_some_and(|o| o.is_gt()),
                Op::Ge => compare(&a, &b).is_some_and(|o| o.is_ge()),
                Op::In => has_key(&a, &b),
                Op::And | Op::Or => unreachable!("handled above"),
            })
        }
    }
}

fn strict_eq(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Undefined, Val::Undefined) | (Val::Null, Val::Null) => true,
        (Val::Bool(x), Val::Bool(y)) => x == y,
        (Val::Num(x), Val::Num(y)) => x == y,
        (Val::Str(x), Val::Str(y)) => x == y,
        (Val::Node(x), Val::Node(y)) => std::ptr::eq(*x, *y),
        _ => false,
    }
}

fn loose_eq(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Undefined | Val::Null, Val::Undefined | Val::Null) => true,
        (Val::Undefined | Val::Null, _) | (_, Val::Undefined | Val::Null) => false,
        (Val::Node(_), Val::Node(_)) => strict_eq(a, b),
        (Val::Node(_) | Val::List(_) | Val::Regex(_), _) | (_, Val::Node(_) | Val::List(_) | Val::Regex(_)) => false,
        (Val::Str(x), Val::Str(y)) => x == y,
        _ => a.to_number() == b.to_number(),
    }
}

/// JavaScript's relational comparison: two strings by UTF-16 code units, anything else as numbers.
fn compare(a: &Val, b: &Val) -> Option<std::cmp::Ordering> {
    if let (Val::Str(x), Val::Str(y)) = (a, b) {
        return Some(x.encode_utf16().cmp(y.encode_utf16()));
    }
    a.to_number().partial_cmp(&b.to_number())
}

/// `key in obj`.
fn has_key(key: &Val, obj: &Val) -> bool {
    let Some(k) = key_string(key) else {
        return false;
    };
    match obj {
        Val::Node(n) => match &n.value {
            Value::Object(m) => m.contains_key(&k),
            Value::Array(a) => k == "length" || k.parse::<usize>().is_ok_and(|i| i < a.len()),
            _ => false,
        },
        Val::List(l) => k == "length" || k.parse::<usize>().is_ok_and(|i| i < l.len()),
        _ => false,
    }
}

// --- parsing -----------------------------------------------------------------------------------------

/// Parses the text between `[?(` and `)]`.
pub fn parse(text: &str) -> Result<Expr, FilterError> {
    let mut p = Parser { text, pos: 0 };
    let e = p.or()?;
    p.skip_ws();
    if p.pos < text.len() {
        return Err(p.error(format!("unexpected `{}`", p.rest_word())));
    }
    Ok(e)
}

struct Parser<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Parser<'t> {
    fn error(&self, message: String) -> FilterError {
        FilterError {
            offset: self.pos,
            message,
        }
    }

    fn unsupported(&self, what: &str) -> FilterError {
        self.error(format!(
            "{what} is outside the JavaScript subset specgen evaluates in filters (comparisons, \
             `&&` `||` `!`, `typeof`, `in`, member access, `.match()` `.test()` `.includes()` \
             `.startsWith()` `.endsWith()` `.indexOf()` `.toLowerCase()` `.toUpperCase()` `.trim()`, \
             `.length`, and `@object()`-style type tests)"
        ))
    }

    fn rest(&self) -> &'t str {
        &self.text[self.pos..]
    }

    fn rest_word(&self) -> String {
        self.rest().chars().take(12).collect()
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.text.len() - trimmed.len();
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_ws();
        if self.rest().starts_with(token) {
            self.pos += token.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, token: &str) -> Result<(), FilterError> {
        if self.eat(token) {
            Ok(())
        } else {
            Err(self.error(format!("expected `{token}`, found `{}`", self.rest_word())))
        }
    }

    fn or(&mut self) -> Result<Expr, FilterError> {
        let mut e = self.and()?;
        while self.eat("||") {
            e = Expr::Binary(Box::new(e), Op::Or, Box::new(self.and()?));
        }
        Ok(e)
    }

    fn and(&mut self) -> Result<Expr, FilterError> {
        let mut e = self.equality()?;
        while self.eat("&&") {
            e = Expr::Binary(Box::new(e), Op::And, Box::new(self.equality()?));
        }
        Ok(e)
    }

    fn equality(&mut self) -> Result<Expr, FilterError> {
        let mut e = self.relational()?;
        loop {
            let op = if self.eat("===") {
                Op::StrictEq
            } else if self.eat("!==") {
                Op::StrictNe
            } else if self.eat("==") {
                Op::LooseEq
            } else if self.eat("!=") {
                Op::LooseNe
            } else {
                return Ok(e);
            };
            e = Expr::Binary(Box::new(e), op, Box::new(self.relational()?));
        }
    }

    fn relational(&mut self) -> Result<Expr, FilterError> {
        let mut e = self.unary()?;
        loop {
            let op = if self.eat("<=") {
                Op::Le
            } else if self.eat(">=") {
                Op::Ge
            } else if self.eat("<") {
                Op::Lt
            } else if self.eat(">") {
                Op::Gt
            } else if self.keyword("in") {
                Op::In
            } else {
                break;
            };
            e = Expr::Binary(Box::new(e), op, Box::new(self.unary()?));
        }
        self.skip_ws();
        if let Some(c) = self.rest().chars().next()
            && "+-*/%?=&|^".contains(c)
            && !self.rest().starts_with("||")
            && !self.rest().starts_with("&&")
            && !self.rest().starts_with("==")
        {
            return Err(self.unsupported(&format!("the operator `{c}`")));
        }
        Ok(e)
    }

    /// A keyword followed by a non-identifier character.
    fn keyword(&mut self, word: &str) -> bool {
        self.skip_ws();
        let r = self.rest();
        if r.starts_with(word) && !r[word.len()..].starts_with(is_ident_char) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    fn unary(&mut self) -> Result<Expr, FilterError> {
        if self.eat("!") {
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.keyword("typeof") {
            return Ok(Expr::TypeOf(Box::new(self.unary()?)));
        }
        if self.rest().trim_start().starts_with('-')
            && self.rest().trim_start()[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            self.skip_ws();
            self.pos += 1;
            return match self.number()? {
                Expr::Literal(Lit::Num(n)) => Ok(Expr::Literal(Lit::Num(-n))),
                _ => unreachable!("number() returns a number literal"),
            };
        }
        self.postfix()
    }

    fn postfix(&mut self) -> Result<Expr, FilterError> {
        let mut e = self.primary()?;
        loop {
            if self.eat("?.") {
                return Err(self.unsupported("optional chaining `?.`"));
            } else if self.eat(".") {
                self.skip_ws();
                let name = self.ident();
                if name.is_empty() {
                    return Err(self.error("expected a property name after `.`".into()));
                }
                if name == "constructor" {
                    if !(self.eat(".") && self.ident() == "name") {
                        return Err(self.unsupported("`.constructor` other than `.constructor.name`"));
                    }
                    e = Expr::ConstructorName(Box::new(e));
                } else if self.eat("(") {
                    let Some(m) = Method::named(name) else {
                        return Err(self.unsupported(&format!("the method `{name}()`")));
                    };
                    let args = self.args()?;
                    e = Expr::Call(Box::new(e), m, args);
                } else {
                    e = Expr::Member(Box::new(e), Box::new(Expr::Literal(Lit::Str(name.into()))));
                }
            } else if self.eat("[") {
                let key = self.or()?;
                self.expect("]")?;
                e = Expr::Member(Box::new(e), Box::new(key));
            } else {
                return Ok(e);
            }
        }
    }

    fn args(&mut self) -> Result<Vec<Expr>, FilterError> {
        let mut out = Vec::new();
        if self.eat(")") {
            return Ok(out);
        }
        loop {
            out.push(self.or()?);
            if self.eat(")") {
                return Ok(out);
            }
            self.expect(",")?;
        }
    }

    fn ident(&mut self) -> &'t str {
        let r = self.rest();
        let end = r.find(|c: char| !is_ident_char(c)).unwrap_or(r.len());
        self.pos += end;
        &r[..end]
    }

    fn primary(&mut self) -> Result<Expr, FilterError> {
        self.skip_ws();
        let Some(c) = self.rest().chars().next() else {
            return Err(self.error("the expression ends early".into()));
        };
        match c {
            '@' => self.at(),
            '$' => {
                self.pos += 1;
                if self.rest().starts_with(is_ident_char) {
                    return Err(self.unsupported(&format!("`${}`", self.rest_word())));
                }
                Ok(Expr::Special(Special::Root))
            }
            '\'' | '"' => Ok(Expr::Literal(Lit::Str(self.string(c)?))),
            '/' => self.regex(),
            '(' => {
                self.pos += 1;
                let e = self.or()?;
                self.expect(")")?;
                Ok(e)
            }
            '[' => {
                self.pos += 1;
                let mut items = Vec::new();
                if !self.eat("]") {
                    loop {
                        items.push(self.or()?);
                        if self.eat("]") {
                            break;
                        }
                        self.expect(",")?;
                    }
                }
                Ok(Expr::Array(items))
            }
            c if c.is_ascii_digit() || c == '.' => self.number(),
            c if is_ident_char(c) => {
                let start = self.pos;
                let word = self.ident();
                Ok(Expr::Literal(match word {
                    "true" => Lit::Bool(true),
                    "false" => Lit::Bool(false),
                    "null" => Lit::Null,
                    "undefined" => Lit::Undefined,
                    _ => {
                        self.pos = start;
                        return Err(self.unsupported(&format!("the name `{word}`")));
                    }
                }))
            }
            _ => Err(self.unsupported(&format!("`{c}`"))),
        }
    }

    /// `@`, `@property`, `@object()`, ...
    fn at(&mut self) -> Result<Expr, FilterError> {
        let start = self.pos;
        self.pos += 1;
        let name = self.ident();
        let special = match name {
            "" => return Ok(Expr::Current),
            "property" => Special::Property,
            "parentProperty" => Special::ParentProperty,
            "path" => Special::Path,
            "parent" => Special::Parent,
            "root" => Special::Root,
            _ => {
                let test = match name {
                    "object" => TypeTest::Object,
                    "array" => TypeTest::Array,
                    "string" => TypeTest::String,
                    "number" => TypeTest::Number,
                    "integer" => TypeTest::Integer,
                    "boolean" => TypeTest::Boolean,
                    "null" => TypeTest::Null,
                    "scalar" => TypeTest::Scalar,
                    _ => {
                        self.pos = start;
                        return Err(self.unsupported(&format!("`@{name}`")));
                    }
                };
                self.expect("(")?;
                self.expect(")")?;
                return Ok(Expr::TypeTest(test));
            }
        };
        Ok(Expr::Special(special))
    }

    fn string(&mut self, quote: char) -> Result<String, FilterError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                c if c == quote => {
                    self.pos += i + 1;
                    return Ok(out);
                }
                '\\' => match chars.next() {
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((_, 'r')) => out.push('\r'),
                    Some((_, c)) => out.push(c),
                    None => break,
                },
                c => out.push(c),
            }
        }
        self.pos = start;
        Err(self.error("the string is not closed".into()))
    }

    fn number(&mut self) -> Result<Expr, FilterError> {
        let r = self.rest();
        let end = r
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == 'e' || c == 'E'))
            .unwrap_or(r.len());
        match r[..end].parse::<f64>() {
            Ok(n) => {
                self.pos += end;
                Ok(Expr::Literal(Lit::Num(n)))
            }
            Err(_) => Err(self.error(format!("`{}` is not a number", &r[..end]))),
        }
    }

    /// `/source/flags`, an ECMA-262 regex literal.
    fn regex(&mut self) -> Result<Expr, FilterError> {
        let start = self.pos;
        let body = &self.rest()[1..];
        let (mut escaped, mut in_class, mut end) = (false, false, None);
        for (i, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '[' => in_class = true,
                ']' => in_class = false,
                '/' if !in_class => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else {
            return Err(self.error("the regular expression is not closed with `/`".into()));
        };
        let source = &body[..end];
        let after = &body[end + 1..];
        let flags_len = after.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(after.len());
        let flags = &after[..flags_len];
        // `g` and `y` change only what `lastIndex` does, which a filter cannot observe.
        let kept: String = flags.chars().filter(|c| !"gy".contains(*c)).collect();
        match regress::Regex::with_flags(source, kept.as_str()) {
            Ok(r) => {
                self.pos += 1 + end + 1 + flags_len;
                Ok(Expr::Regex(Box::new(r)))
            }
            Err(e) => {
                self.pos = start;
                Err(self.error(format!("invalid regular expression /{source}/{flags}: {e}")))
            }
        }
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    fn doc(yaml: &str) -> Node {
        let spec = Spec::from_text("t.yaml", yaml, &LoadOptions::default());
        spec.root().clone()
    }

    fn keeps(filter: &str, current: &Node, property: &str) -> bool {
        let e = parse(filter).unwrap_or_else(|e| panic!("{filter}: {e:?}"));
        let resolve: &dyn Fn(&Node) -> &Node = &|n| n;
        let s = Scope {
            current: Val::of(current),
            property: Val::Str(property.into()),
            parent_property: Val::Str("parent".into()),
            path: format!("$['x']['{property}']"),
            parent: None,
            root: current,
            resolve,
        };
        e.eval(&s).truthy()
    }

    #[test]
    fn comparisons_follow_javascript() {
        let n = doc("in: path\nrequired: false\ncount: 3\nname: '404'\n");
        assert!(keeps("@.in === 'path' && !@.required", &n, "p"));
        assert!(!keeps("@.in === 'query'", &n, "p"));
        assert!(keeps("@.count > 2 && @.count <= 3", &n, "p"));
        assert!(keeps("@.name >= 400", &n, "p"), "a numeric string compares as a number");
        assert!(keeps("@.name == 404", &n, "p"), "loose equality converts");
        assert!(!keeps("@.name === 404", &n, "p"), "strict equality does not");
        assert!(keeps("@.missing === undefined && @.missing == null", &n, "p"));
        assert!(keeps("'b' > 'a' && '10' < '9'", &n, "p"), "strings compare as text");
        assert!(keeps("typeof @.count === 'number' && typeof @ === 'object'", &n, "p"));
        assert!(keeps("'in' in @ && !('nope' in @)", &n, "p"));
    }

    #[test]
    fn properties_paths_and_methods() {
        let n = doc("tags: [a, b]\nsummary: Hello World\n");
        assert!(keeps("@property.match(/^x-/i)", &n, "X-Foo"));
        assert!(!keeps("@property.match(/^x-/)", &n, "X-Foo"));
        assert!(keeps("@property === 'get' || @property == 'put'", &n, "put"));
        assert!(keeps("@path.includes('x')", &n, "p"));
        assert!(keeps("@parentProperty === 'parent'", &n, "p"));
        assert!(keeps("@.tags.length === 2 && @.tags.includes('b')", &n, "p"));
        assert!(keeps("@.tags[1] === 'b' && @['summary'].startsWith('Hello')", &n, "p"));
        assert!(keeps(
            "/world/i.test(@.summary) && @.summary.toLowerCase().endsWith('world')",
            &n,
            "p"
        ));
        assert!(keeps("['get', 'put'].includes(@property)", &n, "get"));
        assert!(keeps("@object() && !@array() && !@string()", &n, "p"));
        assert!(keeps("@.summary.indexOf('World') === 6", &n, "p"));
    }

    #[test]
    fn regexes_are_ecma() {
        let n = doc("v: '٣'\n");
        assert!(!keeps(r"@.v.match(/^\d$/)", &n, "p"), r"`\d` is ASCII");
        assert!(keeps(r"@.v.match(/^\D$/u)", &n, "p"));
    }

    #[test]
    fn unsupported_javascript_is_an_error_naming_it() {
        for (text, part) in [
            ("@.a + 1 > 2", "`+`"),
            ("@.name.split('-')", "`split()`"),
            ("Object.keys(@)", "`Object`"),
            ("@?.a", "`?.`"),
            ("@.a ? 1 : 2", "`?`"),
            ("@.constructor === Array", "`.constructor`"),
        ] {
            let e = parse(text).expect_err(text);
            assert!(e.message.contains(part), "{text}: {}", e.message);
        }
        let e = parse("@.a === 'x").unwrap_err();
        assert_eq!((e.offset, e.message.as_str()), (8, "the string is not closed"));
        assert!(
            parse("@.a.match(/(/)")
                .unwrap_err()
                .message
                .contains("invalid regular expression")
        );
    }

    #[test]
    fn constructor_names_tell_arrays_from_strings() {
        // The OWASP ruleset finds 3.1 type lists with `@.type.constructor.name === "Array"`.
        let list = doc("type: [string, 'null']");
        let one = doc("type: string");
        let filter = "@ && @.type && @.type.constructor.name === \"Array\" && @.type.includes(\"string\")";
        assert!(keeps(filter, &list, "p"));
        assert!(!keeps(filter, &one, "p"));
        assert!(keeps("@.type.constructor.name === 'String'", &one, "p"));
        assert!(keeps("@.constructor.name == 'Object'", &one, "p"));
        assert!(
            !keeps("@.missing.constructor.name", &one, "p"),
            "undefined has no constructor"
        );
    }
}
