//! The Rust functions the JavaScript side calls (`__specgen_native`): the core functions of
//! `@stoplight/spectral-functions`, run by specgen's own implementation ([`Function`]) so that a custom
//! function calling `pattern(...)` gets what a rule using `pattern` gets, and JSON Schema validation for
//! `createRulesetFunction`.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use rquickjs::{Ctx, Exception, Function as JsFunction, Object, Result as JsResult, function::Opt};

use crate::load::Node;
use crate::load::pointer;
use crate::ruleset::functions::{Context, FnResult, Function, Sub, Target};
use crate::source::FileId;

/// What the core functions know of the document being linted.
#[derive(Default)]
pub struct Document {
    /// Its `openapi`/`swagger` version.
    pub version: String,
    /// The pointers of the root document that take part in a `$ref` (see [`Context::referenced`]).
    pub referenced: HashSet<String>,
}

/// State shared by the native functions of one engine.
#[derive(Default)]
pub struct Native {
    pub document: RefCell<Document>,
    /// Compiled JSON Schemas by their JSON text (a function's `input`/`options` schema is checked often).
    validators: RefCell<HashMap<String, Rc<Result<jsonschema::Validator, String>>>>,
}

impl Native {
    /// Defines `globalThis.__specgen_native` for the prelude.
    pub fn install<'js>(self: &Rc<Self>, ctx: &Ctx<'js>) -> JsResult<()> {
        let obj = Object::new(ctx.clone())?;
        let me = Rc::clone(self);
        obj.set(
            "core",
            JsFunction::new(
                ctx.clone(),
                move |ctx: Ctx<'js>, name: String, input: Opt<Option<String>>, options: Opt<Option<String>>| {
                    me.core(&name, input.0.flatten().as_deref(), options.0.flatten().as_deref())
                        .map_err(|m| Exception::throw_message(&ctx, &m))
                },
            )?,
        )?;
        let me = Rc::clone(self);
        obj.set(
            "validate",
            JsFunction::new(
                ctx.clone(),
                move |ctx: Ctx<'js>, schema: String, value: Opt<Option<String>>| {
                    me.validate(&schema, value.0.flatten().as_deref())
                        .map_err(|m| Exception::throw_message(&ctx, &m))
                },
            )?,
        )?;
        ctx.globals().set("__specgen_native", obj)
    }

    /// Runs core function `name` on `input` (JSON; `None`: `undefined`) with `options` (JSON): the results
    /// as JSON `[{message, sub, at}]`, or the options' error (which JavaScript gets as an exception).
    fn core(&self, name: &str, input: Option<&str>, options: Option<&str>) -> Result<String, String> {
        let options = options.map(|o| parse(o, "functionOptions")).transpose()?;
        let function = match Function::parse(name, options.as_ref()) {
            Ok(Some(f)) => f,
            Ok(None) => return Err(format!("there is no core function `{name}`")),
            Err(e) if e.pointer.is_empty() => return Err(e.message),
            Err(e) => return Err(format!("{} (at functionOptions{})", e.message, e.pointer)),
        };
        let input = input.map(|i| parse(i, "the input")).transpose()?;
        let target = input.as_ref().map_or(Target::Missing, Target::Node);
        let doc = self.document.borrow();
        let cx = Context {
            version: &doc.version,
            referenced: &|p| doc.referenced.contains(p),
            // What a function gets for `schema`'s reference errors: those of a rule on the resolved
            // document (Spectral's default), which it ignores.
            resolved: true,
        };
        let results: Vec<serde_json::Value> = function.check(target, &cx).iter().map(result_json).collect();
        Ok(serde_json::Value::Array(results).to_string())
    }

    /// `null` when `value` (JSON; `None`: `undefined`) is valid against `schema` (JSON), else why not.
    fn validate(&self, schema: &str, value: Option<&str>) -> Result<Option<String>, String> {
        let validator = self.validator(schema);
        let validator = validator.as_ref().as_ref().map_err(Clone::clone)?;
        let Some(value) = value else {
            // `undefined` passes only a schema that accepts anything.
            let anything = matches!(serde_json::from_str(schema), Ok(serde_json::Value::Bool(true)))
                || matches!(serde_json::from_str(schema), Ok(serde_json::Value::Object(m)) if m.is_empty());
            return Ok((!anything).then(|| "is undefined".to_owned()));
        };
        let value: serde_json::Value =
            serde_json::from_str(value).map_err(|e| format!("the value is not JSON: {e}"))?;
        Ok(validator.iter_errors(&value).next().map(|e| {
            let at = e.instance_path().to_string();
            if at.is_empty() {
                e.to_string()
            } else {
                format!("{at}: {e}")
            }
        }))
    }

    fn validator(&self, schema: &str) -> Rc<Result<jsonschema::Validator, String>> {
        if let Some(v) = self.validators.borrow().get(schema) {
            return Rc::clone(v);
        }
        let compiled = serde_json::from_str::<serde_json::Value>(schema)
            .map_err(|e| e.to_string())
            .and_then(|s| {
                // As Spectral's `createRulesetFunction` checks (ajv with ajv-formats): formats are
                // assertions, and `url` is one of them.
                jsonschema::options()
                    .should_validate_formats(true)
                    .with_format("url", is_url)
                    .build(&s)
                    .map_err(|e| format!("the JSON Schema is not valid: {e}"))
            });
        let compiled = Rc::new(compiled);
        self.validators
            .borrow_mut()
            .insert(schema.to_owned(), Rc::clone(&compiled));
        compiled
    }
}

/// ajv-formats' `url`: an absolute http, https or ftp URL to a public host name or address.
fn is_url(text: &str) -> bool {
    static URL: std::sync::LazyLock<regress::Regex> = std::sync::LazyLock::new(|| {
        regress::Regex::with_flags(
            r"^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$",
            "iu",
        )
        .expect("ajv-formats' url pattern is valid ECMA-262")
    });
    URL.find(text).is_some()
}

fn parse(json: &str, what: &str) -> Result<Node, String> {
    let mut diags = Vec::new();
    crate::load::json::read(FileId(0), json, &mut diags)
        .filter(|_| diags.is_empty())
        .ok_or_else(|| format!("{what} is not JSON data"))
}

/// `{message, sub, at}`: `sub` below the target, `at` a path from the document's root.
fn result_json(r: &FnResult) -> serde_json::Value {
    let sub: Vec<serde_json::Value> = r
        .sub
        .iter()
        .map(|s| match s {
            Sub::Key(k) => serde_json::Value::from(k.as_str()),
            Sub::Index(i) => serde_json::Value::from(*i),
        })
        .collect();
    let at = r.at.as_deref().map(|p| pointer::parse(p).unwrap_or_default());
    serde_json::json!({ "message": r.message, "sub": sub, "at": at })
}
