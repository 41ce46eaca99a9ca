//! Generate: spec → model → Rust source. [`Generator`] is the one settings builder that the CLI
//! (`specgen generate`), build scripts and the macros all use, in the style of prost-build.
//!
//! In a build script (`build.rs`), with `specgen = { version = "...", default-features = false }` under
//! `[build-dependencies]`:
//!
//! ```no_run
//! if let Err(e) = specgen::Generator::new().generate_to_out_dir("specs/smarterproctoring.yaml", "smarterproctoring.rs") {
//!     // Every problem with file:line:column, as `specgen lint` shows it.
//!     panic!("{e}");
//! }
//! ```
//!
//! and in the crate: `mod api { include!(concat!(env!("OUT_DIR"), "/smarterproctoring.rs")); }`.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Severity};
use crate::emit;
use crate::load::{LoadOptions, Spec};
use crate::model;

/// Settings for one generation. Every setting is mirrored 1:1 by a CLI flag and a macro option.
#[derive(Clone, Debug)]
pub struct Generator {
    load: LoadOptions,
    emit: emit::Options,
}

impl Default for Generator {
    fn default() -> Self {
        Self::new()
    }
}

/// A generated module and what went into it.
#[derive(Debug)]
pub struct Generated {
    /// The formatted Rust source.
    pub code: String,
    /// Every file the spec pulled in (for `cargo:rerun-if-changed`).
    pub inputs: Vec<PathBuf>,
    /// Warnings about what was simplified (errors make generation fail instead).
    pub warnings: Vec<Diagnostic>,
    pub spec: Spec,
}

/// Generation failed. `Display` renders every problem with file:line:column as the linter would.
#[derive(Debug)]
pub enum Error {
    /// The spec (or the output) could not be read or written.
    Io(String),
    /// A setting is not valid (a runtime path that is not a Rust path).
    Setting(String),
    /// The spec has errors; `spec` holds the sources the diagnostics point into.
    Spec {
        diagnostics: Vec<Diagnostic>,
        spec: Box<Spec>,
    },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(message) | Error::Setting(message) => f.write_str(message),
            Error::Spec { diagnostics, spec } => {
                f.write_str(crate::report::render_all(&spec.sources, diagnostics, false).trim_end())
            }
        }
    }
}

impl std::error::Error for Error {}

impl Generator {
    pub fn new() -> Self {
        Generator {
            load: LoadOptions::default(),
            emit: emit::Options::default(),
        }
    }

    /// Emit the route trait and the axum router (default: on). Off: types only.
    pub fn server(mut self, on: bool) -> Self {
        self.emit.server = on;
        self
    }

    /// Emit a typed async client (reqwest) too (default: off).
    pub fn client(mut self, on: bool) -> Self {
        self.emit.client = on;
        self
    }

    /// The path generated code names the runtime crate by (default `::specgen_rt`): for a crate that
    /// re-exports it (`my_api::specgen_rt`) or renames it in `Cargo.toml`, as prost-build's `prost_path`.
    pub fn runtime_path(mut self, path: impl Into<String>) -> Self {
        self.emit.runtime_path = path.into();
        self
    }

    /// An optional nullable property becomes `Option<T>` instead of `Option<Option<T>>` (default: off):
    /// absent and `null` both read as `None`, and `None` is written as an absent property, so a value
    /// cannot be set to an explicit `null` (a PATCH that clears a field). The CLI's
    /// `--optional-nullable-as-option`, the macro option `optional_nullable_as_option = true`.
    pub fn optional_nullable_as_option(mut self, on: bool) -> Self {
        self.emit.optional_nullable_as_option = on;
        self
    }

    /// The folder `$ref`s may not leave (default: the spec's repository, else the current folder when it
    /// holds the spec, else the spec's own folder; see [`crate::load::boundary`]).
    pub fn root_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.load.root_dir = Some(dir.into());
        self
    }

    /// Generates the module for the spec at `path`.
    pub fn generate(&self, path: impl AsRef<Path>) -> Result<Generated, Error> {
        let spec = Spec::load(path.as_ref(), &self.load).map_err(|e| Error::Io(format!("cannot read {e}")))?;
        self.generate_spec(spec)
    }

    /// Generates the module for an already loaded spec.
    pub fn generate_spec(&self, spec: Spec) -> Result<Generated, Error> {
        crate::stack::deep(|| self.generate_deep(spec))
    }

    fn generate_deep(&self, spec: Spec) -> Result<Generated, Error> {
        let runtime_path = emit::runtime_path(&self.emit.runtime_path).map_err(Error::Setting)?;
        let (spec, api, warnings) = model_of(spec)?;
        let tokens = emit::tokens(&api, &self.emit, &runtime_path);
        let code = match emit::format(tokens) {
            Ok(code) => code,
            Err(e) => {
                // A bug of ours, not the user's: say so rather than panic.
                let d = Diagnostic::error("internal", format!("specgen produced code that does not parse: {e}"))
                    .with_help("please report this with the spec that triggers it");
                return Err(Error::Spec {
                    diagnostics: vec![d],
                    spec: Box::new(spec),
                });
            }
        };
        let inputs = spec.files().map(Path::to_path_buf).collect();
        Ok(Generated {
            code,
            inputs,
            warnings,
            spec,
        })
    }

    /// The route trait that [`generate`](Self::generate) emits for the spec at `path`, method by method,
    /// without emitting any code: what `specgen_macros::handlers` checks an implementation against.
    pub fn route_trait(&self, path: impl AsRef<Path>) -> Result<RouteTrait, Error> {
        let spec = Spec::load(path.as_ref(), &self.load).map_err(|e| Error::Io(format!("cannot read {e}")))?;
        let (spec, api, _) = crate::stack::deep(|| model_of(spec))?;
        let methods = api.operations.iter().map(|op| signature(&api, op)).collect();
        let hooks = emit::auth_hooks(&api)
            .into_iter()
            .map(|i| {
                let (args, output) = emit::hook_args(&api, i);
                Hook {
                    scheme: api.schemes[i].wire.clone(),
                    name: api.schemes[i].hook.clone(),
                    args: args.into_iter().map(|(name, ty)| (name.to_string(), ty)).collect(),
                    output,
                }
            })
            .collect();
        Ok(RouteTrait {
            name: api.trait_name,
            methods,
            hooks,
            inputs: spec.files().map(Path::to_path_buf).collect(),
        })
    }

    /// For build scripts: generates into `$OUT_DIR/file_name`, prints `cargo:rerun-if-changed` for every
    /// input, and `cargo:warning` for each warning.
    pub fn generate_to_out_dir(&self, spec: impl AsRef<Path>, file_name: &str) -> Result<PathBuf, Error> {
        let out_dir = std::env::var_os("OUT_DIR")
            .map(PathBuf::from)
            .ok_or_else(|| Error::Io("OUT_DIR is not set: call this from a build script".into()))?;
        println!("cargo:rerun-if-changed={}", spec.as_ref().display());
        let generated = self.generate(spec)?;
        for input in &generated.inputs {
            println!("cargo:rerun-if-changed={}", input.display());
        }
        for w in &generated.warnings {
            let text = crate::report::render(&generated.spec.sources, w, false);
            for line in text.lines() {
                println!("cargo:warning={line}");
            }
        }
        let path = out_dir.join(file_name);
        let inputs: Vec<&Path> = generated.inputs.iter().map(PathBuf::as_path).collect();
        crate::output::write(&path, &generated.code, &inputs).map_err(Error::Io)?;
        Ok(path)
    }
}

/// What generation makes of a loaded spec, short of emitting code: the model, or the reasons there is
/// none; every place it simplifies and every name it changes. [`Generator::generate`] and
/// `specgen lint` both read it, so the linter says exactly what the generator will do.
#[derive(Debug)]
pub struct Plan {
    /// `None` when `errors` is not empty.
    pub api: Option<model::Api>,
    /// Why the spec cannot be generated (located).
    pub errors: Vec<Diagnostic>,
    /// Where the generated code is simpler than the spec (warnings).
    pub warnings: Vec<Diagnostic>,
    /// Spec names that get another Rust name (`rust-name-collision`, info).
    pub notes: Vec<Diagnostic>,
}

impl Plan {
    /// Every finding, errors first.
    pub fn findings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.errors.iter().chain(&self.warnings).chain(&self.notes)
    }
}

/// Plans the generation of a loaded spec (see [`Plan`]).
pub fn plan(spec: &Spec) -> Plan {
    crate::stack::deep(|| plan_deep(spec))
}

fn plan_deep(spec: &Spec) -> Plan {
    let refused = |errors| Plan {
        api: None,
        errors,
        warnings: Vec::new(),
        notes: Vec::new(),
    };
    // Only the loader errors that affect what is generated refuse it (see `Spec::blocks_generation`).
    let load_errors: Vec<Diagnostic> = spec.blocking_errors().into_iter().cloned().collect();
    if !load_errors.is_empty() {
        return refused(load_errors);
    }
    // What the loader found wrong that generation reads past: a `$ref` to a missing example (nothing
    // generated depends on it), or a part of a schema that names nothing or could not be read (generated
    // as any JSON value). The loader's message says why; the model's `unsupported-ref` at the same place
    // would only repeat it. (The loader's warnings are the linter's to show.)
    let skipped: Vec<Diagnostic> = spec
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let mut d = d.clone();
            d.severity = Severity::Warning;
            d.message.push_str(if spec.feeds_generation(&d) {
                " (what it stands for is generated as any JSON value)"
            } else {
                " (nothing generated depends on it, so generation goes on)"
            });
            d
        })
        .collect();
    let typed = match spec.typed() {
        Ok(t) => t,
        Err(d) => return refused(d),
    };
    let (api, mut diagnostics) = model::build(spec, &typed);
    diagnostics.retain(|d| d.code != "unsupported-ref" || !skipped.iter().any(|s| same_place(s, d)));
    diagnostics.splice(0..0, skipped);
    // What the typed view reads differently: a Swagger 2.0 conversion's inexact parts, unreadable schemas.
    diagnostics.extend(typed.warnings().iter().cloned());
    let mut plan = refused(Vec::new());
    for d in diagnostics {
        match d.severity {
            Severity::Error => plan.errors.push(d),
            Severity::Warning => plan.warnings.push(d),
            Severity::Info | Severity::Hint => plan.notes.push(d),
        }
    }
    if plan.errors.is_empty() {
        plan.api = Some(api);
    }
    plan
}

/// Whether two findings are about the same object (a `$ref`'s finding is about the object holding it).
fn same_place(a: &Diagnostic, b: &Diagnostic) -> bool {
    let at = |d: &Diagnostic| {
        d.location
            .as_ref()
            .map(|l| (l.file, l.pointer.strip_suffix("/$ref").unwrap_or(&l.pointer).to_owned()))
    };
    at(a).is_some() && at(a) == at(b)
}

/// Loads and models a spec, failing on any error: the steps that generation and [`Generator::route_trait`]
/// share. Returns the model's warnings beside it.
fn model_of(spec: Spec) -> Result<(Spec, model::Api, Vec<Diagnostic>), Error> {
    let plan = plan(&spec);
    match plan.api {
        Some(api) => Ok((spec, api, plan.warnings)),
        None => Err(Error::Spec {
            diagnostics: plan.errors,
            spec: Box::new(spec),
        }),
    }
}

/// The route trait of a spec, as [`Generator::route_trait`] describes it.
#[derive(Clone, Debug)]
pub struct RouteTrait {
    /// The trait's name (`SmarterProctoringApi`).
    pub name: String,
    /// One method per operation, in the spec's order.
    pub methods: Vec<Signature>,
    /// One authentication method per security scheme the operations use; when there is any, the
    /// trait also has `type Principal: Send + Sync + 'static`, which they yield.
    pub hooks: Vec<Hook>,
    /// Every file the spec pulled in.
    pub inputs: Vec<PathBuf>,
}

/// One method of the route trait: `fn name(&self, args..) -> impl Future<Output = response> + Send`;
/// the first argument is `cx: rt::RequestContext`, then `principal: Self::Principal` (or `Option` of it)
/// for an operation with security.
#[derive(Clone, Debug)]
pub struct Signature {
    /// The operationId as written in the spec.
    pub operation_id: String,
    /// The method's name (`update_course_offering`).
    pub name: String,
    /// The lowercase HTTP method and the path template the router serves it at.
    pub method: String,
    pub path: String,
    /// The parameters after `&self`, in order, as the generated code names and types them.
    pub args: Vec<(String, proc_macro2::TokenStream)>,
    /// The response enum the method's future yields.
    pub response: proc_macro2::TokenStream,
}

/// An authentication method of the route trait:
/// `fn name(&self, args..) -> impl Future<Output = output> + Send`.
#[derive(Clone, Debug)]
pub struct Hook {
    /// The security scheme's name in `components/securitySchemes`.
    pub scheme: String,
    /// The method's name (`authenticate_bearer`).
    pub name: String,
    /// The parameters after `&self`: `credential`, `scopes`, `cx`.
    pub args: Vec<(String, proc_macro2::TokenStream)>,
    /// `Result<Self::Principal, rt::AuthError>`.
    pub output: proc_macro2::TokenStream,
}

/// The trait method as `emit::server` writes it (the same function builds both, so they cannot drift).
fn signature(api: &model::Api, op: &model::Operation) -> Signature {
    let args = emit::method_args(api, op)
        .into_iter()
        .map(|(name, ty)| (name.to_string(), ty))
        .collect();
    Signature {
        operation_id: op.id.clone(),
        name: op.name.clone(),
        method: op.method.clone(),
        path: op.path.clone(),
        args,
        response: emit::rust_type(api, &model::TypeRef::Named(op.response_type)),
    }
}
