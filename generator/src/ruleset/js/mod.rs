//! Runs the JavaScript functions of a Spectral ruleset (`functions:`, found in `functionsDir` as
//! Spectral 6 finds them) in an embedded QuickJS-NG engine (`rquickjs`, the `js` feature).
//!
//! A function is called as Spectral calls it, `fn(targetValue, functionOptions, context)`, with
//! `context.path`, `context.document`, `context.documentInventory.resolved` and `context.rule`. The
//! document is handed to the engine once per lint, as JSON that JavaScript parses and then links where
//! Spectral's resolver would (see `prelude.js`); each call walks to its target in it. A function can import
//! only the modules of [`SHIMS`]; it has no file system or network access. Each call has a time budget
//! and the engine a memory limit, so a function can neither hang nor exhaust the machine; what goes
//! wrong (a missing file, a syntax error, an exception, a value that is not results) is an error naming
//! the function and its file.

mod modules;
mod native;
#[cfg(test)]
mod tests;

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

use rquickjs::{Array, CaughtError, Context, Ctx, Function, Object, Persistent, Runtime, Value};

pub use modules::SHIMS;
use modules::Shims;
use native::Native;

use super::functions::Sub;
use super::jsonpath::Follow;
use super::resolved::Resolved;
use super::rule::{Custom, Format, Origin};
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Spec, pointer};
use crate::source::FileId;

/// The prelude's name in stack traces (whose frames are not the function's).
const PRELUDE: &str = "specgen:prelude.js";
/// `ruleset.js`'s, likewise.
const RULESET_JS: &str = "specgen:ruleset.js";

/// How long one call (or the loading of one file) may run, and how much memory the engine may hold.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub time: Duration,
    pub memory: usize,
}

impl Default for Limits {
    /// Ten seconds is hundreds of times what a function visiting every node of Stripe's resolved
    /// document takes (BENCHMARKS.md); 1 GiB is twenty times what the engine holds with it loaded.
    fn default() -> Self {
        Limits {
            time: Duration::from_secs(10),
            memory: 1 << 30,
        }
    }
}

/// What a function is called on: the node at `path` (in the resolved document, or the document as
/// written when the rule has `resolved: false`), a property name (`@key`, `~`), or nothing (a `field`
/// that is absent).
#[derive(Clone, Copy, Debug)]
pub enum Input<'a> {
    Node { resolved: bool },
    Key(&'a str),
    Missing,
}

/// The rule a call is for, as `context.rule` shows it.
#[derive(Clone, Copy, Debug)]
pub struct RuleInfo<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub message: Option<&'a str>,
    pub severity: Severity,
    pub resolved: bool,
    pub recommended: bool,
    pub documentation_url: Option<&'a str>,
}

/// One result of a function: its message and, when it gave one, the path (from the document's root, in
/// the resolved document) it is about.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct JsResult {
    pub message: String,
    pub path: Option<Vec<String>>,
}

/// A QuickJS runtime with the prelude, the functions loaded so far and (once set) the document.
pub struct Engine {
    // Persistent values first: they are dropped before the runtime they live in.
    functions: HashMap<PathBuf, Result<Persistent<Function<'static>>, String>>,
    /// The functions each JavaScript ruleset defines, by the names `ruleset.js` gave them.
    rulesets: HashMap<PathBuf, Result<Persistent<Object<'static>>, String>>,
    options: HashMap<*const Custom, Persistent<Value<'static>>>,
    rules: HashMap<String, Persistent<Object<'static>>>,
    context: Context,
    _runtime: Runtime,
    deadline: Rc<Cell<Option<Instant>>>,
    limits: Limits,
    native: Rc<Native>,
    shims: Shims,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Engine {
    pub fn new(limits: Limits) -> Result<Engine, String> {
        let runtime = Runtime::new().map_err(|e| format!("the JavaScript engine did not start: {e}"))?;
        runtime.set_memory_limit(limits.memory);
        // Deep recursion in a function is a RangeError, well before the thread's own stack runs out.
        runtime.set_max_stack_size(512 << 10);
        let deadline: Rc<Cell<Option<Instant>>> = Rc::default();
        let watch = Rc::clone(&deadline);
        runtime.set_interrupt_handler(Some(Box::new(move || watch.get().is_some_and(|d| Instant::now() > d))));
        let shims = Shims::default();
        runtime.set_loader(shims.clone(), shims.clone());
        let context = Context::full(&runtime).map_err(|e| format!("the JavaScript engine did not start: {e}"))?;
        let native = Rc::new(Native::default());
        context
            .with(|ctx| {
                native.install(&ctx)?;
                let mut options = rquickjs::context::EvalOptions::default();
                options.filename = Some(PRELUDE.to_owned());
                ctx.eval_with_options::<(), _>(include_str!("prelude.js"), options)?;
                let mut options = rquickjs::context::EvalOptions::default();
                options.filename = Some(RULESET_JS.to_owned());
                ctx.eval_with_options::<(), _>(include_str!("ruleset.js"), options)
            })
            .map_err(|e| format!("the JavaScript engine did not start: {e}"))?;
        Ok(Engine {
            functions: HashMap::new(),
            rulesets: HashMap::new(),
            options: HashMap::new(),
            rules: HashMap::new(),
            context,
            _runtime: runtime,
            deadline,
            limits,
            native,
            shims,
        })
    }

    /// The JavaScript ruleset in `file` as the JSON a YAML ruleset would be (see `ruleset.js`); its
    /// functions stay in the engine for [`Engine::call`].
    pub fn export_ruleset(&mut self, file: &Path) -> Result<String, String> {
        let source = crate::source::read_text(file, crate::source::MAX_FILE_BYTES)
            .map_err(|e| format!("cannot be read from {}: {} ({})", file.display(), e.what, e.help))?;
        let shims = self.shims.clone();
        let exported = self.guarded(|ctx| {
            let value = modules::load_value(&ctx, file, &source, &shims)?;
            let specgen: Object = ctx.globals().get("__specgen").map_err(|e| describe_error(&ctx, e))?;
            let export: Function = specgen.get("exportRuleset").map_err(|e| describe_error(&ctx, e))?;
            let out: Object = export.call((value,)).map_err(|e| describe_error(&ctx, e))?;
            let json: String = out.get("json").map_err(|e| describe_error(&ctx, e))?;
            let functions: Object = out.get("functions").map_err(|e| describe_error(&ctx, e))?;
            Ok((json, Persistent::save(&ctx, functions)))
        });
        match exported {
            Ok((json, functions)) => {
                self.rulesets.insert(file.to_owned(), Ok(functions));
                Ok(json)
            }
            Err(e) => {
                self.rulesets.insert(file.to_owned(), Err(e.clone()));
                Err(e)
            }
        }
    }

    /// Makes `custom` ready to call: its file loaded, or the ruleset that defines it evaluated.
    fn load_custom(&mut self, custom: &Custom) -> Result<Persistent<Function<'static>>, String> {
        if !custom.in_ruleset {
            self.load(&custom.file)?;
            return Ok(self.functions[&custom.file].as_ref().expect("loaded").clone());
        }
        let key = PathBuf::from(format!("{}#{}", custom.file.display(), custom.name));
        if let Some(f) = self.functions.get(&key) {
            return f.clone();
        }
        if !self.rulesets.contains_key(&custom.file) {
            // The names are `ruleset.js`'s, made the same way as when the ruleset was read.
            let _ = self.export_ruleset(&custom.file);
        }
        let found = self.rulesets[&custom.file]
            .clone()
            .map_err(|e| format!("({}) {e}", custom.file.display()))
            .and_then(|functions| {
                self.context.with(|ctx| {
                    let f: Function = functions
                        .restore(&ctx)
                        .and_then(|o| o.get(custom.name.as_str()))
                        .map_err(|e| describe_error(&ctx, e))?;
                    Ok(Persistent::save(&ctx, f))
                })
            });
        self.functions.insert(key, found.clone());
        found
    }

    /// Loads the function in `file` (once). `Err`: why it cannot run, to follow the function's name.
    pub fn load(&mut self, file: &Path) -> Result<(), String> {
        if !self.functions.contains_key(file) {
            let loaded = self.read_and_load(file);
            self.functions.insert(file.to_owned(), loaded);
        }
        self.functions[file].as_ref().map(|_| ()).map_err(Clone::clone)
    }

    fn read_and_load(&mut self, file: &Path) -> Result<Persistent<Function<'static>>, String> {
        let source = crate::source::read_text(file, crate::source::MAX_FILE_BYTES)
            .map_err(|e| format!("cannot be read from {}: {} ({})", file.display(), e.what, e.help))?;
        let shims = self.shims.clone();
        self.guarded(|ctx| {
            let f = modules::load(&ctx, file, &source, &shims)?;
            Ok(Persistent::save(&ctx, f))
        })
        .map_err(|e| format!("({}) {e}", file.display()))
    }

    /// Hands the document to the engine: every file as JSON and the `$ref`s Spectral's resolver follows
    /// (those `refs` follows), for `context.document` and `context.documentInventory`.
    pub fn set_document(&mut self, spec: &Spec, refs: &Resolved, referenced: &HashSet<String>) -> Result<(), String> {
        let version = spec.version().unwrap_or("").to_owned();
        let texts: Vec<String> = (0..spec.sources.len())
            .map(|i| spec.tree(FileId(i as u32)).to_json().to_string())
            .collect();
        let mut patches = Vec::new();
        for link in &spec.refs {
            let Some(holder) = spec.node(link.from, &link.pointer) else {
                continue;
            };
            if let (Some((file, target, _)), Ok(from)) = (refs.follow(holder), pointer::parse(&link.pointer))
                && !from.is_empty()
            {
                let to = pointer::parse(&target).unwrap_or_default();
                patches.push(serde_json::json!([link.from.0, from, file.0, to]));
            }
        }
        let patches = serde_json::Value::Array(patches).to_string();
        let formats: Vec<&str> = [
            ("oas2", Format::Oas2),
            ("oas3", Format::Oas3),
            ("oas3_0", Format::Oas3_0),
            ("oas3_1", Format::Oas3_1),
            ("oas3_2", Format::Oas3_2),
        ]
        .into_iter()
        .filter(|(_, f)| f.matches(&version))
        .map(|(name, _)| name)
        .collect();
        let path = &spec.sources.get(FileId(0)).path;
        let source = std::path::absolute(path)
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string();
        let mut graph: Vec<String> = referenced.iter().cloned().collect();
        graph.sort();
        *self.native.document.borrow_mut() = native::Document {
            version,
            referenced: referenced.clone(),
        };
        self.guarded(|ctx| {
            let specgen: Object = ctx.globals().get("__specgen").map_err(|e| describe_error(&ctx, e))?;
            let set: Function = specgen.get("setDocument").map_err(|e| describe_error(&ctx, e))?;
            let patches = ctx.json_parse(patches).map_err(|e| describe_error(&ctx, e))?;
            set.call::<_, ()>((texts, patches, source, formats, graph))
                .map_err(|e| describe_error(&ctx, e))
        })
        .map_err(|e| format!("the document could not be handed to the JavaScript engine: {e}"))
    }

    /// Calls `custom` for `rule` on `input` at `path` (from the document's root, as `context.path`).
    pub fn call(
        &mut self,
        custom: &Custom,
        rule: &RuleInfo,
        input: Input,
        path: &[Sub],
    ) -> Result<Vec<JsResult>, String> {
        let function = self.load_custom(custom)?;
        let options = self.options(custom)?;
        let rule = self.rule(rule)?;
        let json = self.guarded(|ctx| {
            let specgen: Object = ctx.globals().get("__specgen").map_err(|e| describe_error(&ctx, e))?;
            let call: Function = specgen.get("call").map_err(|e| describe_error(&ctx, e))?;
            let js_path = Array::new(ctx.clone()).map_err(|e| describe_error(&ctx, e))?;
            for (i, seg) in path.iter().enumerate() {
                let set = match seg {
                    Sub::Key(k) => js_path.set(i, k.as_str()),
                    Sub::Index(n) => js_path.set(i, *n as f64),
                };
                set.map_err(|e| describe_error(&ctx, e))?;
            }
            let (kind, key, resolved) = match input {
                Input::Node { resolved } => (0, "", resolved),
                Input::Key(k) => (1, k, false),
                Input::Missing => (2, "", false),
            };
            let f = function.restore(&ctx).map_err(|e| describe_error(&ctx, e))?;
            let args = (
                f,
                kind,
                key,
                js_path,
                resolved,
                options.restore(&ctx).map_err(|e| describe_error(&ctx, e))?,
                rule.restore(&ctx).map_err(|e| describe_error(&ctx, e))?,
            );
            let value: Value = call.call(args).map_err(|e| self.threw(describe_error(&ctx, e)))?;
            let value = match value.as_promise() {
                Some(p) => p.finish::<Value>().map_err(|e| match e {
                    rquickjs::Error::WouldBlock => "returned a Promise that never settles".to_owned(),
                    e => format!("returned a Promise that was rejected: {}", describe_error(&ctx, e)),
                })?,
                None => value,
            };
            let results: Function = specgen.get("results").map_err(|e| describe_error(&ctx, e))?;
            results
                .call::<_, String>((value,))
                .map_err(|e| format!("returned what is not a list of results: {}", describe_error(&ctx, e)))
        });
        let json = json.map_err(|e| format!("({}) {e}", custom.file.display()))?;
        serde_json::from_str(&json)
            .map_err(|e| format!("({}) returned results specgen cannot read: {e}", custom.file.display()))
    }

    /// What an exception says. QuickJS throws `InternalError: out of memory` at the memory limit, or
    /// `null` when it cannot even make that error.
    fn threw(&self, what: String) -> String {
        if what == "the value null" || what.starts_with("InternalError: out of memory") {
            format!(
                "ran out of memory (the engine may hold {} MiB) or threw null",
                self.limits.memory >> 20
            )
        } else {
            format!("threw an exception: {what}")
        }
    }

    /// `functionOptions` as a JavaScript value, made once so that every call gets the same object.
    fn options(&mut self, custom: &Custom) -> Result<Persistent<Value<'static>>, String> {
        let key = std::ptr::from_ref(custom);
        if let Some(o) = self.options.get(&key) {
            return Ok(o.clone());
        }
        let text = custom
            .options
            .as_ref()
            .map_or_else(|| "null".to_owned(), ToString::to_string);
        let value = self.context.with(|ctx| {
            ctx.json_parse(text)
                .map(|v| Persistent::save(&ctx, v))
                .map_err(|e| describe_error(&ctx, e))
        })?;
        self.options.insert(key, value.clone());
        Ok(value)
    }

    /// `context.rule`, made once per rule.
    fn rule(&mut self, rule: &RuleInfo) -> Result<Persistent<Object<'static>>, String> {
        if let Some(r) = self.rules.get(rule.name) {
            return Ok(r.clone());
        }
        let severity = match rule.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
            Severity::Hint => 3,
        };
        let json = serde_json::json!({
            "name": rule.name,
            "description": rule.description,
            "message": rule.message,
            "severity": severity,
            "resolved": rule.resolved,
            "recommended": rule.recommended,
            "enabled": true,
            "documentationUrl": rule.documentation_url,
        })
        .to_string();
        let object = self.context.with(|ctx| {
            ctx.json_parse(json)
                .and_then(Object::from_value)
                .map(|o| Persistent::save(&ctx, o))
                .map_err(|e| describe_error(&ctx, e))
        })?;
        self.rules.insert(rule.name.to_owned(), object.clone());
        Ok(object)
    }

    /// Runs `f` in the engine under the time budget; a run stopped by the budget says so.
    fn guarded<T>(&self, f: impl for<'js> FnOnce(Ctx<'js>) -> Result<T, String>) -> Result<T, String> {
        let start = Instant::now();
        self.deadline.set(Some(start + self.limits.time));
        let out = self.context.with(f);
        self.deadline.set(None);
        out.map_err(|e| {
            if start.elapsed() >= self.limits.time {
                format!(
                    "ran longer than {} s and was stopped (an endless loop?)",
                    self.limits.time.as_secs_f64()
                )
            } else {
                e
            }
        })
    }
}

/// The exception `e` stands for, taken from the engine.
pub(crate) fn caught<'js>(ctx: &Ctx<'js>, e: rquickjs::Error) -> CaughtError<'js> {
    CaughtError::from_error(ctx, e)
}

fn describe_error(ctx: &Ctx<'_>, e: rquickjs::Error) -> String {
    describe(&caught(ctx, e))
}

/// `TypeError: x is undefined (at functions/f.js:3:7)`: the exception and where it was thrown.
pub(crate) fn describe(e: &CaughtError<'_>) -> String {
    match e {
        CaughtError::Exception(ex) => {
            let name: Option<String> = ex.get("name").ok();
            let message = ex.message().unwrap_or_default();
            let head = match name.filter(|n| !n.is_empty()) {
                Some(n) if message.is_empty() => n,
                Some(n) => format!("{n}: {message}"),
                None => message,
            };
            let frame = ex.stack().and_then(|s| {
                s.lines()
                    .map(str::trim)
                    .find(|l| l.starts_with("at ") && !l.contains(PRELUDE))
                    .map(str::to_owned)
            });
            match frame {
                Some(f) => format!("{head} ({f})"),
                None => head,
            }
        }
        CaughtError::Value(v) => {
            let text = v
                .ctx()
                .json_stringify(v.clone())
                .ok()
                .flatten()
                .and_then(|s| s.to_string().ok())
                .unwrap_or_else(|| v.type_name().to_owned());
            format!("the value {text}")
        }
        CaughtError::Error(e) => e.to_string(),
    }
}

/// Checks that every function a ruleset calls can be loaded (the file exists, parses, imports only
/// what specgen provides and exports a function): a located error for each one that cannot.
pub fn check(calls: &[(&Custom, &Origin)]) -> Vec<Diagnostic> {
    if calls.is_empty() {
        return Vec::new();
    }
    let mut engine = match Engine::new(Limits::default()) {
        Ok(e) => e,
        Err(e) => {
            return calls
                .iter()
                .take(1)
                .map(|(_, o)| *o.error(e.clone(), "report this to specgen"))
                .collect();
        }
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (custom, origin) in calls {
        // A function a JavaScript ruleset defines was made when the ruleset was read.
        if custom.in_ruleset || !seen.insert(&custom.file) {
            continue;
        }
        if let Err(why) = engine.load(&custom.file) {
            out.push(*origin.error(format!("the function `{}` {why}", custom.name), help(custom)));
        }
    }
    out
}

/// What to do about a function that failed.
pub fn help(custom: &Custom) -> String {
    if !custom.file.is_file() {
        return format!(
            "write {} or set `functionsDir` (relative to the ruleset file, default `functions`) to the folder that holds `{}.js`",
            custom.file.display(),
            custom.name
        );
    }
    format!(
        "fix {} (a function is `export default (input, options, context) => [...]` importing only {}), or turn the rule off",
        custom.file.display(),
        modules::shim_names()
    )
}
