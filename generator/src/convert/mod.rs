//! Convert: a spec as one OpenAPI 3.0 or 3.1 document, for users migrating their specs (`specgen
//! convert`). The document is the one the typed view reads ([`Spec::bundle`]): a Swagger 2.0 spec
//! converted to 3.0, references into other files inlined or hoisted into `components/schemas`, keys in
//! the order the spec has them, descriptions kept. For 3.1 it is then rewritten in 3.1's idioms
//! ([`openapi31`]).

pub mod openapi31;
pub mod yaml;

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::load::Spec;

/// The OpenAPI version to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    V30,
    V31,
}

impl std::str::FromStr for Target {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "3.0" | "3.0.3" => Ok(Target::V30),
            "3.1" | "3.1.0" => Ok(Target::V31),
            _ => Err(format!("`{s}` is not a version specgen writes; use `3.0` or `3.1`")),
        }
    }
}

/// How to write the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Json,
}

impl Format {
    /// JSON for a `.json` path, YAML for `.yaml` and `.yml`; `None` for any other extension.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Format::Json),
            "yaml" | "yml" => Some(Format::Yaml),
            _ => None,
        }
    }
}

/// A converted document.
#[derive(Debug)]
pub struct Conversion {
    pub document: serde_json::Value,
    /// What could not be carried over exactly (located in the input).
    pub warnings: Vec<Diagnostic>,
}

impl Conversion {
    /// The document as text, ending with a newline.
    pub fn write(&self, format: Format) -> String {
        crate::stack::deep(|| self.write_deep(format))
    }

    fn write_deep(&self, format: Format) -> String {
        match format {
            Format::Yaml => yaml::to_string(&self.document),
            Format::Json => {
                let mut text = serde_json::to_string_pretty(&self.document).unwrap_or_default();
                text.push('\n');
                text
            }
        }
    }
}

/// Converts a loaded Swagger 2.0 or OpenAPI 3.0 spec to one `target` document. `Err` holds what stops
/// it: errors of the load itself, or a document of another version.
pub fn convert(spec: &Spec, target: Target) -> Result<Conversion, Vec<Diagnostic>> {
    crate::stack::deep(|| convert_deep(spec, target))
}

fn convert_deep(spec: &Spec, target: Target) -> Result<Conversion, Vec<Diagnostic>> {
    let errors: Vec<Diagnostic> = spec
        .diagnostics
        .iter()
        .filter(|d| d.severity == crate::Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let root = spec.root();
    let accepted = crate::load::swagger2::is_swagger2(spec)
        || root
            .get("openapi")
            .and_then(|v| v.as_str())
            .is_some_and(|v| v.starts_with("3.0"));
    if !accepted {
        let (ptr, found) = match (root.get("openapi"), root.get("swagger")) {
            (Some(v), _) => ("/openapi", format!("`openapi: {}`", v.as_str().unwrap_or("?"))),
            (None, Some(v)) => ("/swagger", format!("`swagger: {}`", v.as_str().unwrap_or("?"))),
            (None, None) => ("", "neither `openapi` nor `swagger`".to_owned()),
        };
        let at = spec.location(Spec::ROOT, ptr);
        return Err(vec![
            Diagnostic::error(
                "unsupported-version",
                format!("convert reads Swagger 2.0 and OpenAPI 3.0 documents; this one has {found}"),
            )
            .at(at.file, at.pointer, at.span)
            .with_help("give it a Swagger 2.0 (`swagger: \"2.0\"`) or OpenAPI 3.0 (`openapi: 3.0.3`) document"),
        ]);
    }
    let (mut document, warnings) = spec.bundle()?;
    if target == Target::V31 {
        openapi31::upgrade(&mut document);
    }
    Ok(Conversion { document, warnings })
}
