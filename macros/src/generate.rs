//! `generate!("spec.yaml", ...)`: the module `specgen generate` writes, as tokens.

use proc_macro2::TokenStream;
use syn::parse::Parser;

use crate::options::{self, Options};

/// The options `generate!` takes after the spec's path, each a `Generator` setting and a CLI flag.
const OPTIONS: &[&str] = &[
    "server",
    "client",
    "root_dir",
    "runtime_path",
    "optional_nullable_as_option",
];

pub fn expand(input: TokenStream) -> TokenStream {
    match expansion(input) {
        Ok((track, code)) => {
            let mut out = track;
            out.extend(code);
            out
        }
        Err(e) => e.to_compile_error(),
    }
}

/// The rebuild tracking and the generated code, apart: the code is exactly `specgen generate`'s output.
pub fn expansion(input: TokenStream) -> syn::Result<(TokenStream, TokenStream)> {
    let span = proc_macro2::Span::call_site();
    let options = (|input: syn::parse::ParseStream| Options::parse(input, OPTIONS, true)).parse2(input)?;
    let lit = options.spec(span, "`generate!(\"path/to/spec.yaml\")`")?;
    let path = options::readable(lit)?;
    let generated = options
        .generator()
        .generate(&path)
        .map_err(|e| options::spec_error(e, lit.span()))?;
    let code: TokenStream = generated.code.parse().map_err(|e| {
        // A bug of ours (the generator formats what it parsed), not the user's.
        syn::Error::new(
            lit.span(),
            format!("specgen produced code that does not lex: {e}; please report it"),
        )
    })?;
    Ok((options::track(&generated.inputs), code))
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use proc_macro2::{TokenStream, TokenTree};
    use quote::quote;

    use super::expansion;

    /// The workspace (unit tests run in `macros/`, which cargo also sets as `CARGO_MANIFEST_DIR`).
    fn workspace() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    /// Every setting of `Generator` (a `pub fn name(mut self, ...)`) is an option of `generate!` and a
    /// flag of `specgen generate` (which calls the setting by name), one to one.
    #[test]
    fn options_mirror_every_generator_setting() {
        let read = |rel: &str| std::fs::read_to_string(workspace().join(rel)).unwrap();
        let builder = read("generator/src/generate.rs");
        let settings: Vec<&str> = builder
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub fn ")?.split_once("(mut self"))
            .map(|(name, _)| name)
            .collect();
        assert!(settings.contains(&"optional_nullable_as_option"), "{settings:?}");
        let mut options = super::OPTIONS.to_vec();
        options.sort_unstable();
        let mut sorted = settings.clone();
        sorted.sort_unstable();
        assert_eq!(options, sorted, "generate!'s options are the builder's settings");
        let cli = read("generator/src/bin/specgen/generate.rs");
        for name in settings {
            assert!(cli.contains(&format!(".{name}(")), "the CLI does not set `{name}`");
        }
    }

    /// Tokens as text, one per entry, groups opened and closed: spans and spacing do not count.
    fn flat(tokens: TokenStream, out: &mut Vec<String>) {
        for tt in tokens {
            match tt {
                TokenTree::Group(g) => {
                    out.push(format!("{:?}(", g.delimiter()));
                    flat(g.stream(), out);
                    out.push(")".to_owned());
                }
                TokenTree::Ident(i) => out.push(i.to_string()),
                TokenTree::Punct(p) => out.push(p.as_char().to_string()),
                TokenTree::Literal(l) => out.push(l.to_string()),
            }
        }
    }

    fn assert_same_tokens(what: &str, expanded: TokenStream, expected: &str) {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        flat(expanded, &mut a);
        flat(expected.parse().expect("generated code lexes"), &mut b);
        if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
            let around = |v: &[String]| v[i.saturating_sub(8)..(i + 8).min(v.len())].join(" ");
            panic!(
                "{what}: token {i} differs\n expansion: {}\n generate:  {}",
                around(&a),
                around(&b)
            );
        }
        assert!(!a.is_empty(), "{what}: empty expansion");
    }

    /// `generate!` expands to exactly what `specgen generate` writes (the CLI prints
    /// `Generator::generate(..).code`, with each flag one setter): every seed spec, every fixture,
    /// and each option against its flag.
    #[test]
    fn expansion_is_specgen_generate_token_for_token() {
        let root = workspace();
        let mut specs: Vec<PathBuf> = ["specs", "tests/fixtures/generate", "tests/macros/specs"]
            .iter()
            .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap().flatten().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        specs.sort();
        let mut compared = 0;
        for spec in &specs {
            let rel = format!("../{}", spec.strip_prefix(&root).unwrap().display());
            let expected = match specgen::Generator::new().generate(spec) {
                Ok(g) => g.code,
                // A spec that does not generate is a compile error instead (tested in `tests/macros`).
                Err(_) => continue,
            };
            let (_, code) = expansion(quote!(#rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
            assert_same_tokens(&rel, code, &expected);
            compared += 1;
        }
        assert!(compared >= 6, "only {compared} specs compared");

        let spec = root.join("tests/macros/specs/pets.yaml");
        let rel = "../tests/macros/specs/pets.yaml";
        let cases = [
            (quote!(#rel, server = false), specgen::Generator::new().server(false)),
            (quote!(#rel, client = true), specgen::Generator::new().client(true)),
            (
                quote!(#rel, server = false, client),
                specgen::Generator::new().server(false).client(true),
            ),
            (
                quote!(#rel, optional_nullable_as_option),
                specgen::Generator::new().optional_nullable_as_option(true),
            ),
            (
                quote!(#rel, root_dir = "../tests"),
                specgen::Generator::new().root_dir(root.join("tests")),
            ),
        ];
        for (input, generator) in cases {
            let what = input.to_string();
            let (_, code) = expansion(input).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_same_tokens(&what, code, &generator.generate(&spec).unwrap().code);
        }
    }

    /// The expansion depends on the spec and on every file it `$ref`s.
    #[test]
    fn expansion_tracks_every_input() {
        let (track, _) = expansion(quote!("../tests/macros/specs/pets.yaml")).unwrap();
        let track = track.to_string();
        assert_eq!(track.matches("include_bytes").count(), 2, "{track}");
        for file in ["pets.yaml", "pet.yaml"] {
            let path = workspace()
                .join("tests/macros/specs")
                .join(file)
                .canonicalize()
                .unwrap();
            assert!(
                track.contains(&format!("{:?}", path.to_str().unwrap())),
                "{file} not in {track}"
            );
        }
    }

    #[test]
    fn problems_are_compile_errors_not_panics() {
        let cases = [
            (quote!(), "missing the spec"),
            (
                quote!("../tests/macros/specs/nope.yaml"),
                "couldn't read `../tests/macros/specs/nope.yaml`",
            ),
            (quote!("../tests/macros/specs"), "is a folder, not a file"),
            (quote!("../tests/macros/specs/bad_ref.yaml"), "bad_ref.yaml:16:23"),
            (
                quote!("../tests/macros/specs/pets.yaml", serverr = false),
                "did you mean `server`?",
            ),
            (
                quote!("../tests/macros/specs/pets.yaml", server = "no"),
                "expected `true` or `false`",
            ),
            (
                quote!("../tests/macros/specs/pets.yaml", server, server),
                "option `server` is given twice",
            ),
            (
                quote!("../tests/macros/specs/pets.yaml", root_dir = 1),
                "expected a string literal",
            ),
            (
                quote!("../tests/macros/specs/pets.yaml", root_dir = "../specs"),
                "outside",
            ),
            (quote!(42), "expected identifier"),
        ];
        for (input, wanted) in cases {
            let what = input.to_string();
            let error = match expansion(input) {
                Ok(_) => panic!("{what}: expanded"),
                Err(e) => e.to_compile_error().to_string(),
            };
            assert!(error.contains(wanted), "{what}: {error}");
        }
    }

    /// A device is refused by what it is (it used to be called a directory), without reading it.
    #[cfg(unix)]
    #[test]
    fn a_device_is_a_compile_error_saying_what_it_is() {
        let error = match expansion(quote!("/dev/zero")) {
            Ok(_) => panic!("/dev/zero expanded"),
            Err(e) => e.to_compile_error().to_string(),
        };
        assert!(
            error.contains("couldn't read `/dev/zero`: is a character device, not a regular file"),
            "{error}"
        );
    }
}
