//! The compile fuzzer's own checks (fuzz/FUZZING.md): its specs are valid against the official JSON
//! Schema of their version, as generated and after any shrinking edit; and the fixtures it produced
//! (`tests/fixtures/compile-fuzz/`) are all compiled into this crate.

use std::path::Path;

use serde_json::Value;
use specgen::load::{LoadOptions, Spec};
use specgen_tests::compile_fuzz::{doc::Version, random, render, run, shrink};
use specgen_tests::{note, workspace};

/// A YAML or JSON file as a JSON value, read by specgen's loader.
fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec = Spec::from_text(path, text, &LoadOptions::default());
    spec.root().to_json()
}

/// The official schemas, one validator per version; `None` (with a note) without `../shared`.
struct Validators {
    v2: jsonschema::Validator,
    v30: jsonschema::Validator,
    v31: jsonschema::Validator,
}

impl Validators {
    fn load() -> Option<Validators> {
        let dir = std::env::var_os("SPECGEN_REFERENCE")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| workspace().join("../shared/reference"));
        if !dir.is_dir() {
            note(&format!(
                "official schemas not found at {} (set SPECGEN_REFERENCE); skipping schema validation",
                dir.display()
            ));
            return None;
        }
        let v2 = jsonschema::draft4::new(&read_json(&dir.join("swagger-2.0-schema.json"))).expect("2.0 schema");
        let v30 = jsonschema::draft4::new(&read_json(&dir.join("openapi-3.0-schema.yaml"))).expect("3.0 schema");
        // 3.1: the schema with Schema Object validation (`schema-base`), which refers to the others by
        // their `$id`s.
        let mut registry = jsonschema::Registry::new();
        for name in [
            "openapi-3.1-schema.yaml",
            "openapi-3.1-dialect-base.yaml",
            "openapi-3.1-meta-base.yaml",
        ] {
            let value = read_json(&dir.join(name));
            let id = value["$id"].as_str().expect("an $id").to_owned();
            registry = registry.add(id, value).expect("a 3.1 schema resource");
        }
        let registry = registry.prepare().expect("the 3.1 schemas resolve");
        let v31 = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .with_registry(&registry)
            .build(&read_json(&dir.join("openapi-3.1-schema-base.yaml")))
            .expect("3.1 schema");
        Some(Validators { v2, v30, v31 })
    }

    /// The schema's complaints about a document's text (as specgen reads it), at most a few.
    fn errors(&self, version: Version, text: &str, syntax_name: &str) -> Vec<String> {
        let spec = Spec::from_text(syntax_name, text, &LoadOptions::default());
        let value = spec.root().to_json();
        let validator = match version {
            Version::V2 => &self.v2,
            Version::V30 => &self.v30,
            Version::V31 => &self.v31,
        };
        validator
            .iter_errors(&value)
            .take(5)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect()
    }
}

fn assert_valid(validators: &Validators, doc: &specgen_tests::compile_fuzz::doc::Doc, what: &str) {
    let text = render::text(doc);
    let name = format!("spec.{}", render::extension(doc));
    // The text reads back as exactly the value it was written from (the YAML writer and loader agree).
    let spec = Spec::from_text(&name, text.as_str(), &LoadOptions::default());
    assert_eq!(
        spec.root().to_json(),
        render::to_json(doc),
        "{what}: text does not read back\n{text}"
    );
    let errors = validators.errors(doc.version, &text, &name);
    assert!(
        errors.is_empty(),
        "{what} ({}) is not valid:\n{}\n{text}",
        doc.version.label(),
        errors.join("\n")
    );
}

#[test]
fn generated_specs_are_valid_against_the_official_schemas() {
    let Some(validators) = Validators::load() else { return };
    for i in 0..run::CI_COUNT {
        let doc = random::generate(run::CI_SEED, i);
        assert_valid(&validators, &doc, &format!("spec {i} of seed {}", run::CI_SEED));
    }
    for i in 0..100 {
        let doc = random::generate(7, i);
        assert_valid(&validators, &doc, &format!("spec {i} of seed 7"));
    }
}

#[test]
fn every_shrinking_edit_keeps_a_spec_valid() {
    let Some(validators) = Validators::load() else { return };
    for i in 0..25 {
        let doc = random::generate(run::CI_SEED, i);
        for edit in shrink::edits(&doc) {
            let edited = shrink::apply(&doc, std::slice::from_ref(&edit));
            assert_valid(&validators, &edited, &format!("spec {i} after {edit:?}"));
        }
    }
}
