//! What both macros share: their options (each one a [`specgen::Generator`] setting), where the spec
//! is, how its problems become compile errors, and how the crate comes to rebuild when it changes.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::ParseStream;
use syn::{LitBool, LitStr, Token};

/// The options of one macro call.
#[derive(Default)]
pub struct Options {
    /// The spec, relative to the calling crate's `CARGO_MANIFEST_DIR`.
    pub spec: Option<LitStr>,
    /// `server = false`: `Generator::server(false)`, the CLI's `--no-server`.
    pub server: Option<LitBool>,
    /// `client = true`: `Generator::client(true)`, the CLI's `--client`.
    pub client: Option<LitBool>,
    /// `root_dir = "..."`: `Generator::root_dir`, the CLI's `--root-dir`.
    pub root_dir: Option<LitStr>,
    /// `runtime_path = "..."`: `Generator::runtime_path`, the CLI's `--runtime-path`.
    pub runtime_path: Option<LitStr>,
    /// `optional_nullable_as_option = true`: `Generator::optional_nullable_as_option(true)`, the CLI's
    /// `--optional-nullable-as-option`.
    pub optional_nullable_as_option: Option<LitBool>,
    /// `not_implemented`: operations without a handler answer 501 (handlers only).
    pub not_implemented: Option<LitBool>,
}

impl Options {
    /// Parses `key = value` pairs (a bare key is `key = true`), allowing only the keys in `allowed`.
    /// With `leading_spec`, the first item may be the spec's path alone: `generate!("spec.yaml", ...)`.
    pub fn parse(input: ParseStream, allowed: &[&str], leading_spec: bool) -> syn::Result<Options> {
        let mut options = Options::default();
        if leading_spec && input.peek(LitStr) {
            options.spec = Some(input.parse()?);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        while !input.is_empty() {
            let key: syn::Ident = input.parse()?;
            let name = key.to_string();
            if !allowed.contains(&name.as_str()) {
                let expected = allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ");
                let mut message = format!("unknown option `{name}`; expected one of {expected}");
                if let Some(best) = closest(&name, allowed.iter().copied()) {
                    message = format!("unknown option `{name}`; did you mean `{best}`?");
                }
                return Err(syn::Error::new(key.span(), message));
            }
            let given = match name.as_str() {
                "spec" => set(&mut options.spec, string(input, &key)?),
                "root_dir" => set(&mut options.root_dir, string(input, &key)?),
                "runtime_path" => {
                    let path = string(input, &key)?;
                    specgen::emit::runtime_path(&path.value()).map_err(|e| syn::Error::new(path.span(), e))?;
                    set(&mut options.runtime_path, path)
                }
                "server" => set(&mut options.server, flag(input, &key)?),
                "client" => set(&mut options.client, flag(input, &key)?),
                "optional_nullable_as_option" => set(&mut options.optional_nullable_as_option, flag(input, &key)?),
                _ => set(&mut options.not_implemented, flag(input, &key)?),
            };
            if given {
                return Err(syn::Error::new(key.span(), format!("option `{name}` is given twice")));
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(options)
    }

    /// The spec's literal, or an error at `span` saying how to name it.
    pub fn spec(&self, span: Span, example: &str) -> syn::Result<&LitStr> {
        self.spec
            .as_ref()
            .ok_or_else(|| syn::Error::new(span, format!("missing the spec: {example}")))
    }

    /// The generator these options describe (its settings mirror the CLI's flags 1:1).
    pub fn generator(&self) -> specgen::Generator {
        let mut generator = specgen::Generator::new();
        if let Some(server) = &self.server {
            generator = generator.server(server.value);
        }
        if let Some(client) = &self.client {
            generator = generator.client(client.value);
        }
        if let Some(dir) = &self.root_dir {
            generator = generator.root_dir(resolve(dir));
        }
        if let Some(path) = &self.runtime_path {
            generator = generator.runtime_path(path.value());
        }
        if let Some(on) = &self.optional_nullable_as_option {
            generator = generator.optional_nullable_as_option(on.value);
        }
        generator
    }
}

/// Stores `value`; whether one was there already.
fn set<T>(slot: &mut Option<T>, value: T) -> bool {
    slot.replace(value).is_some()
}

fn string(input: ParseStream, key: &syn::Ident) -> syn::Result<LitStr> {
    input.parse::<Token![=]>()?;
    input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), format!("expected a string literal: `{key} = \"...\"`")))
}

fn flag(input: ParseStream, key: &syn::Ident) -> syn::Result<LitBool> {
    if !input.peek(Token![=]) {
        return Ok(LitBool::new(true, key.span()));
    }
    input.parse::<Token![=]>()?;
    input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), format!("expected `true` or `false`: `{key} = false`")))
}

/// A path from a macro option, relative to the calling crate's `CARGO_MANIFEST_DIR` as the issue
/// and `include_str!`-style macros of build tools (sqlx, prost) have it. Absolute paths stay.
pub fn resolve(lit: &LitStr) -> PathBuf {
    manifest_dir().join(lit.value())
}

/// The calling crate's folder: cargo sets `CARGO_MANIFEST_DIR` for every rustc it runs.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

/// A spec that could not be used, as compile errors at `span`: one per problem, each the text
/// `specgen lint` prints for it (file:line:column, the spec's own lines, help).
pub fn spec_error(error: specgen::generate::Error, span: Span) -> syn::Error {
    match error {
        specgen::generate::Error::Io(message) | specgen::generate::Error::Setting(message) => {
            syn::Error::new(span, message)
        }
        specgen::generate::Error::Spec { diagnostics, spec } => {
            let mut errors = diagnostics.iter().map(|d| {
                let text = specgen::report::render(&spec.sources, d, false);
                syn::Error::new(span, without_severity(text.trim_end()))
            });
            let mut first = errors
                .next()
                .unwrap_or_else(|| syn::Error::new(span, "the spec has errors"));
            errors.for_each(|e| first.combine(e));
            first
        }
    }
}

/// rustc puts `error: ` before the message already: `error[code]: text` becomes `text [code]`.
fn without_severity(text: &str) -> String {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let first = match first.strip_prefix("error") {
        Some(tail) if tail.starts_with(": ") => tail[2..].to_owned(),
        Some(tail) if tail.starts_with('[') => match tail[1..].split_once("]: ") {
            Some((code, message)) => format!("{message} [{code}]"),
            None => first.to_owned(),
        },
        _ => first.to_owned(),
    };
    if rest.is_empty() {
        first
    } else {
        format!("{first}\n{rest}")
    }
}

/// Makes the calling crate depend on each input file: `include_bytes!` puts a file in rustc's
/// dep-info, so cargo rebuilds (and re-expands) when it changes. Proc macros have no stable way of
/// their own (`proc_macro::tracked_path` is unstable). The bytes are in an unused constant, so
/// they never reach the binary.
pub fn track(inputs: &[PathBuf]) -> TokenStream {
    // A path that is not UTF-8 cannot be written as a literal; such a file is not tracked.
    let files = inputs.iter().filter_map(|p| p.to_str());
    quote! {
        const _: () = {
            #( let _ = ::core::include_bytes!(#files); )*
        };
    }
}

/// The candidate that `name` most likely misspells, the way rustc suggests names: the same word
/// in another case or with other underscores, else the nearest within a third of its length.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let squash = |s: &str| s.replace('_', "").to_lowercase();
    let wanted = squash(name);
    let limit = (name.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let distance = if squash(candidate) == wanted {
            0
        } else {
            edit_distance(name, candidate)
        };
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The spec's path, if it names a file; else the error rustc's `include_str!` gives.
pub fn readable(lit: &LitStr) -> syn::Result<PathBuf> {
    let path = resolve(lit);
    // Read it as the generator will (a FIFO or a device is refused without blocking the build), so
    // that what cannot be read is an error at the literal.
    let why = match specgen::source::read_bytes(&path, specgen::source::MAX_FILE_BYTES) {
        Ok(_) => return Ok(path),
        Err(e) => e.to_string(),
    };
    let base = manifest_dir();
    Err(syn::Error::new(
        lit.span(),
        format!(
            "couldn't read `{}`: {why}\n= note: a relative path starts at the crate's `CARGO_MANIFEST_DIR`, `{}`",
            lit.value(),
            base.display()
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_like_rustc() {
        let ops = ["update_course_offering", "list_course_offerings"];
        assert_eq!(closest("update_course_offerin", ops), Some("update_course_offering"));
        assert_eq!(closest("updateCourseOffering", ops), Some("update_course_offering"));
        assert_eq!(closest("delete_everything", ops), None);
        assert_eq!(closest("serverr", ["server", "root_dir"]), Some("server"));
    }

    #[test]
    fn severity_moves_out_of_the_way() {
        assert_eq!(
            without_severity("error[unresolved-ref]: gone\n  --> a:1:2"),
            "gone [unresolved-ref]\n  --> a:1:2"
        );
        assert_eq!(without_severity("error: cannot read"), "cannot read");
        assert_eq!(without_severity("something else"), "something else");
    }
}
