//! Loading a function file as Spectral does: an ES module whose default export is the function, or a
//! CommonJS module (`module.exports = ...`), importing only the modules specgen provides ([`SHIMS`]).
//! Nothing else can be imported or required: a function has no file system or network access.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;
use std::sync::LazyLock;

use rquickjs::loader::{ImportAttributes, Loader, Resolver};
use rquickjs::module::Declared;
use rquickjs::{Ctx, Error, Function, Module, Object, Value};

use super::{caught, describe};

/// The modules a function may import, with the names each exports (defined by `prelude.js`).
pub const SHIMS: &[(&str, &[&str])] = &[
    ("@stoplight/spectral-core", &["createRulesetFunction"]),
    (
        "@stoplight/spectral-functions",
        &[
            "alphabetical",
            "casing",
            "defined",
            "enumeration",
            "falsy",
            "length",
            "or",
            "pattern",
            "schema",
            "truthy",
            "undefined",
            "unreferencedReusableObject",
            "xor",
        ],
    ),
    ("@stoplight/types", &["DiagnosticSeverity"]),
    (
        "@stoplight/spectral-formats",
        &["oas2", "oas3", "oas3_0", "oas3_1", "oas3_2"],
    ),
    (
        "@stoplight/spectral-runtime",
        &["printValue", "printPath", "PrintStyle"],
    ),
    // Defined by `ruleset.js`: what a JavaScript ruleset extends.
    ("@stoplight/spectral-rulesets", &["oas", "asyncapi", "arazzo"]),
];

/// The names of [`SHIMS`], for messages.
pub fn shim_names() -> String {
    SHIMS
        .iter()
        .map(|(n, _)| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Resolves and loads the shim modules; records the first import that is not one.
#[derive(Clone, Default)]
pub struct Shims {
    pub refused: Rc<RefCell<Option<String>>>,
}

impl Resolver for Shims {
    fn resolve<'js>(
        &mut self,
        _ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> rquickjs::Result<String> {
        if SHIMS.iter().any(|(n, _)| *n == name) {
            return Ok(name.to_owned());
        }
        self.refused.borrow_mut().get_or_insert_with(|| name.to_owned());
        Err(Error::new_resolving(base, name))
    }
}

impl Loader for Shims {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> rquickjs::Result<Module<'js, Declared>> {
        let (_, exports) = SHIMS
            .iter()
            .find(|(n, _)| *n == name)
            .ok_or_else(|| Error::new_loading(name))?;
        let source = format!(
            "const m = globalThis.__specgen.shims[{}];\nexport default m;\nexport const {{ {} }} = m;\n",
            serde_json::Value::from(name),
            exports.join(", ")
        );
        Module::declare(ctx.clone(), name, source)
    }
}

/// `import`/`export` statements at the start of a line: an ES module (else CommonJS, as Spectral's
/// bundler reads a file without them).
static ESM: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r#"(?m)^\s*(import\s*[\w{*'"]|export\s)"#).expect("valid"));

/// Loads the function in `source` (the file at `path`): its default export or `module.exports`.
pub fn load<'js>(ctx: &Ctx<'js>, path: &Path, source: &str, shims: &Shims) -> Result<Function<'js>, String> {
    load_value(ctx, path, source, shims)?.into_function().ok_or_else(|| {
        "does not export a function (write `export default (input, options, context) => ...` or `module.exports = ...`)"
            .to_owned()
    })
}

/// The default export of the module in `source` (the file at `path`), or its `module.exports`.
pub fn load_value<'js>(ctx: &Ctx<'js>, path: &Path, source: &str, shims: &Shims) -> Result<Value<'js>, String> {
    let name = path.display().to_string();
    // A refusal from an earlier `import()` inside a function is not this file's.
    shims.refused.borrow_mut().take();
    let exported: Value = if ESM.is_match(source) {
        let evaluated = Module::declare(ctx.clone(), name.as_str(), source).and_then(|m| {
            let (module, promise) = m.eval()?;
            promise.finish::<()>()?;
            module.get::<_, Value>("default")
        });
        evaluated.map_err(|e| failure(ctx, e, shims))?
    } else {
        common_js(ctx, &name, source).map_err(|e| failure(ctx, e, shims))?
    };
    // A transpiled module (`exports.default = ...`).
    Ok(match exported.as_object().map(|o| o.get::<_, Value>("default")) {
        Some(Ok(d)) if d.is_function() || d.is_object() => d,
        _ => exported,
    })
}

/// Runs a CommonJS module: `module`, `exports` and a `require` that knows only the shims.
fn common_js<'js>(ctx: &Ctx<'js>, name: &str, source: &str) -> rquickjs::Result<Value<'js>> {
    let mut options = rquickjs::context::EvalOptions::default();
    options.global = true;
    options.strict = false;
    options.filename = Some(name.to_owned());
    // One line, so that line numbers in messages are the file's.
    let wrapped = format!("(function (module, exports, require) {{{source}\n}})");
    let factory: Function = ctx.eval_with_options(wrapped, options)?;
    let module = Object::new(ctx.clone())?;
    module.set("exports", Object::new(ctx.clone())?)?;
    let specgen: Object = ctx.globals().get("__specgen")?;
    let require: Function = specgen.get("require")?;
    let exports: Value = module.get("exports")?;
    factory.call::<_, ()>((module.clone(), exports, require))?;
    module.get("exports")
}

fn failure(ctx: &Ctx<'_>, e: Error, shims: &Shims) -> String {
    if let Some(name) = shims.refused.borrow_mut().take() {
        return format!(
            "imports `{name}`, which specgen does not provide (a function can import only {})",
            shim_names()
        );
    }
    describe(&caught(ctx, e))
}
