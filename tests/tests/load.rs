//! The loader: spans, syntax errors, duplicate keys, `$ref` resolution and its refusals, limits.

use specgen::Diagnostic;
use specgen::load::{LoadOptions, Spec};
use specgen::source::Span;
use specgen_tests::{fixture, span_in, span_of};

#[path = "load/boundary.rs"]
mod boundary;
#[path = "load/fragment_root.rs"]
mod fragment_root;
#[path = "load/literal.rs"]
mod literal;
#[path = "load/yaml_flow.rs"]
mod yaml_flow;

fn load(rel: &str) -> Spec {
    Spec::load(fixture(rel), &LoadOptions::default()).expect("fixture loads")
}

fn from_text(name: &str, text: &str) -> Spec {
    let dir = tempfile::tempdir().unwrap();
    Spec::from_text(dir.path().join(name), text, &LoadOptions::default())
}

fn codes(spec: &Spec) -> Vec<&'static str> {
    spec.diagnostics.iter().map(|d| d.code).collect()
}

fn only(spec: &Spec, code: &str) -> Diagnostic {
    let found: Vec<_> = spec.diagnostics.iter().filter(|d| d.code == code).collect();
    assert_eq!(found.len(), 1, "expected one `{code}`, got {:#?}", spec.diagnostics);
    found[0].clone()
}

/// (pointer, exact source text of the node, exact source text of its key)
const SPAN_CASES_YAML: &[(&str, &str, Option<&str>)] = &[
    ("/openapi", "3.0.3", Some("openapi")),
    ("/info/title", "Spans", Some("title")),
    ("/info/version", "\"1.0\"", Some("version")),
    ("/paths/~1pets~1{petId}/get/operationId", "getPet", Some("operationId")),
    (
        "/paths/~1pets~1{petId}/get/parameters/0/name",
        "- name: petId|petId",
        None,
    ),
    ("/paths/~1pets~1{petId}/get/parameters/0/in", "in: path|path", None),
    (
        "/paths/~1pets~1{petId}/get/parameters/0/schema",
        "{type: string, pattern: '^P[0-9]+$'}",
        None,
    ),
    (
        "/paths/~1pets~1{petId}/get/parameters/0/schema/pattern",
        "'^P[0-9]+$'",
        None,
    ),
    (
        "/paths/~1pets~1{petId}/get/responses/200/description",
        "\"A pet, named: ünïcödé\"",
        None,
    ),
    (
        "/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref",
        "'#/components/schemas/Pet'",
        None,
    ),
    ("/components/schemas/Pet/required", "[name]", Some("required")),
    (
        "/components/schemas/Pet/properties/name/maxLength",
        "64",
        Some("maxLength"),
    ),
    ("/components/schemas/Pet/properties/tags/1", "- b|b", None),
];

#[test]
fn yaml_spans_match_the_source_text() {
    let spec = load("load/spans.yaml");
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    let text = &spec.sources.get(Spec::ROOT).text;
    for &(ptr, needle, key) in SPAN_CASES_YAML {
        let node = spec.node(Spec::ROOT, ptr).unwrap_or_else(|| panic!("{ptr} missing"));
        let want = span_in(text, needle);
        assert_eq!(node.span, want, "span of {ptr}");
        if let Some(key) = key {
            let key_span = spec.root().key_span_at(ptr).unwrap();
            assert_eq!(key_span.start.line, want.start.line, "key line of {ptr}");
            assert_eq!(
                spec.sources
                    .get(Spec::ROOT)
                    .line_text(key_span.start.line)
                    .unwrap()
                    .find(key)
                    .unwrap()
                    + 1,
                key_span.start.col as usize,
                "key column of {ptr}"
            );
        }
    }
    // A block scalar's span starts at its text (the line after the `>-` indicator).
    let desc = spec.node(Spec::ROOT, "/info/description").unwrap();
    assert_eq!(desc.as_str(), Some("Folded text over two lines."));
    assert_eq!(desc.span.start, span_of(text, "Folded text").start);
}

#[test]
fn json_spans_match_the_source_text() {
    let spec = load("load/spans.json");
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    let text = &spec.sources.get(Spec::ROOT).text;
    let cases: &[(&str, &str)] = &[
        ("/openapi", "\"3.0.3\""),
        ("/info", "{\"title\": \"Spans\", \"version\": \"1.0\"}"),
        ("/paths/~1pets~1{petId}/get/parameters/0/required", "true"),
        (
            "/paths/~1pets~1{petId}/get/parameters/0/schema/pattern",
            "\"^P[0-9]+$\"",
        ),
        (
            "/paths/~1pets~1{petId}/get/responses/200/description",
            "\"A pet, named: \\u00fcn\\u00efc\\u00f6d\\u00e9 ünïcödé\"",
        ),
        ("/components/schemas/Pet/required", "[\"name\"]"),
        ("/components/schemas/Pet/properties/tags", "[1, -2.5e3, null, false]"),
        ("/components/schemas/Pet/properties/tags/1", "-2.5e3"),
        ("/components/schemas/Pet/properties/tags/2", "null"),
    ];
    for &(ptr, needle) in cases {
        let node = spec.node(Spec::ROOT, ptr).unwrap_or_else(|| panic!("{ptr} missing"));
        assert_eq!(node.span, span_in(text, needle), "span of {ptr}");
    }
    let desc = spec
        .node(Spec::ROOT, "/paths/~1pets~1{petId}/get/responses/200/description")
        .unwrap();
    assert_eq!(
        desc.as_str(),
        Some("A pet, named: ünïcödé ünïcödé"),
        "\\u escapes decode"
    );
    assert_eq!(
        spec.root().key_span_at("/info/version").unwrap(),
        span_of(text, "\"version\"")
    );
}

#[test]
fn yaml_and_json_load_to_the_same_values() {
    let y = load("load/spans.yaml");
    let j = load("load/spans.json");
    let pet_y = y
        .node(Spec::ROOT, "/components/schemas/Pet/properties/name")
        .unwrap()
        .to_json();
    let pet_j = j
        .node(Spec::ROOT, "/components/schemas/Pet/properties/name")
        .unwrap()
        .to_json();
    assert_eq!(pet_y, pet_j);
    let tags = j
        .node(Spec::ROOT, "/components/schemas/Pet/properties/tags")
        .unwrap()
        .to_json();
    assert_eq!(tags, serde_json::json!([1, -2500.0, null, false]));
}

#[test]
fn yaml_syntax_errors_are_located_and_keep_what_was_read() {
    let text = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a: [unclosed\n";
    let spec = from_text("broken.yaml", text);
    let d = only(&spec, "parse-error");
    let loc = d.location.clone().unwrap();
    assert_eq!(
        loc.span.start.line, 7,
        "error at end of input after the unclosed flow sequence: {d:?}"
    );
    assert_eq!(
        spec.node(Spec::ROOT, "/info/title").unwrap().as_str(),
        Some("t"),
        "partial tree kept"
    );
}

#[test]
fn json_syntax_errors_are_located_and_keep_what_was_read() {
    let text = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\",},\n  \"paths\": {}\n}\n";
    let spec = from_text("broken.json", text);
    let d = only(&spec, "parse-error");
    assert!(d.message.contains("expected a string key, found `}`"), "{}", d.message);
    assert_eq!(
        d.location.as_ref().unwrap().span.start,
        span_of(text, ",},").start.with_col_offset(1)
    );
    assert_eq!(d.location.unwrap().pointer, "/info");
    assert_eq!(spec.node(Spec::ROOT, "/info/title").unwrap().as_str(), Some("t"));
    assert_eq!(spec.node(Spec::ROOT, "/openapi").unwrap().as_str(), Some("3.0.3"));

    for (text, what) in [
        ("{\"a\": tru}", "expected a JSON value"),
        ("{\"a\": 01}", "invalid number"),
        ("{\"a\": \"x\\q\"}", "invalid escape"),
        ("{\"a\": \"open", "unterminated string"),
        ("{\"a\": 1} {}", "after the document"),
        ("[1 2]", "expected `,` or `]`"),
    ] {
        let spec = from_text("x.json", text);
        let d = only(&spec, "parse-error");
        assert!(d.message.contains(what), "{text:?}: {}", d.message);
    }
}

trait ColOffset {
    fn with_col_offset(self, n: u32) -> Self;
}

impl ColOffset for specgen::source::Pos {
    fn with_col_offset(self, n: u32) -> Self {
        specgen::source::Pos::new(self.line, self.col + n)
    }
}

#[test]
fn duplicate_keys_point_at_both_definitions() {
    for (name, text) in [
        (
            "dup.yaml",
            "openapi: 3.0.3\ninfo:\n  title: first\n  version: '1'\n  title: second\npaths: {}\n",
        ),
        (
            "dup.json",
            "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"first\", \"version\": \"1\",\n \"title\": \"second\"}, \"paths\": {}}",
        ),
    ] {
        let spec = from_text(name, text);
        let d = only(&spec, "duplicate-key");
        let loc = d.location.as_ref().unwrap();
        assert_eq!(loc.pointer, "/info/title");
        let second = if name.ends_with("json") {
            "\"title\": \"second\""
        } else {
            "title: second"
        };
        assert_eq!(loc.span.start, span_of(text, second).start, "{name}: the second key");
        let (first, note) = &d.related[0];
        let first_text = if name.ends_with("json") {
            "\"title\": \"first\""
        } else {
            "title: first"
        };
        assert_eq!(
            first.span.start,
            span_of(text, first_text).start,
            "{name}: the first key"
        );
        assert_eq!(note, "first defined here");
        assert_eq!(
            spec.node(Spec::ROOT, "/info/title").unwrap().as_str(),
            Some("second"),
            "the last one wins"
        );
    }
}

#[test]
fn multi_file_refs_resolve_and_type() {
    let spec = load("load/multi/root.yaml");
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    assert_eq!(
        spec.sources.len(),
        6,
        "root, paths/pets, schemas/pet, schemas/owner, common/error, common/parameters"
    );
    let files: Vec<_> = spec
        .files()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        files.contains(&"owner.yaml".to_owned()) && files.contains(&"parameters.yaml".to_owned()),
        "{files:?}"
    );

    let api = spec.openapi().expect("typed view");
    let schemas = &api.components.as_ref().unwrap().schemas;
    // External schemas are hoisted once each, named after their file or pointer; recursion stays a $ref.
    let names: Vec<&String> = schemas.keys().collect();
    assert_eq!(names, ["pet", "owner", "Error"], "hoisted in order of first use");
    let pet = serde_json::to_value(&schemas["pet"]).unwrap();
    assert_eq!(
        pet["properties"]["owner"],
        serde_json::json!({"$ref": "#/components/schemas/owner"})
    );
    let owner = serde_json::to_value(&schemas["owner"]).unwrap();
    assert_eq!(
        owner["properties"]["pets"]["items"],
        serde_json::json!({"$ref": "#/components/schemas/pet"})
    );
    assert_eq!(
        owner["properties"]["error"],
        serde_json::json!({"$ref": "#/components/schemas/Error"})
    );
    // A path item and a parameter in other files are inlined where they are used.
    let pets = serde_json::to_value(api.paths.paths.get("/pets").unwrap()).unwrap();
    assert_eq!(pets["get"]["operationId"], "listPets");
    let owners = serde_json::to_value(api.paths.paths.get("/owners").unwrap()).unwrap();
    assert_eq!(owners["get"]["parameters"][0]["name"], "limit");
    // References inside the root file stay references.
    assert_eq!(
        owners["get"]["responses"]["default"],
        serde_json::json!({"$ref": "#/components/responses/Problem"})
    );
}

#[test]
fn ref_cycles_are_refused_in_one_file_and_through_files() {
    let spec = from_text(
        "loop.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n    Self: {$ref: '#/components/schemas/Self'}\n",
    );
    let cycles: Vec<_> = spec.diagnostics.iter().filter(|d| d.code == "ref-cycle").collect();
    assert_eq!(cycles.len(), 2, "{:#?}", spec.diagnostics);
    assert_eq!(
        cycles[0].location.as_ref().unwrap().pointer,
        "/components/schemas/A/$ref"
    );
    assert_eq!(cycles[0].related.len(), 1, "the other member of the cycle");

    let spec = load("load/cycle/root.yaml");
    let d = only(&spec, "ref-cycle");
    let members: Vec<_> = std::iter::once(d.location.as_ref().unwrap())
        .chain(d.related.iter().map(|(l, _)| l))
        .collect();
    let names: Vec<_> = members
        .iter()
        .map(|l| {
            spec.sources
                .get(l.file)
                .path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, ["a.yaml", "b.yaml"], "{d:#?}");
    assert!(
        spec.openapi().is_ok(),
        "the typed view still loads; the cycle is a diagnostic, not a hang"
    );
}

#[test]
fn refs_never_leave_the_root_folder_or_touch_the_network() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("spec");
    std::fs::create_dir(&inner).unwrap();
    std::fs::write(dir.path().join("outside.yaml"), "Secret: {type: string}\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("outside.yaml"), inner.join("link.yaml")).unwrap();
    let root = inner.join("root.yaml");
    std::fs::write(
        &root,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
         A: {$ref: '../outside.yaml#/Secret'}\n    B: {$ref: '../../../../../../etc/passwd'}\n    \
         C: {$ref: 'link.yaml#/Secret'}\n    D: {$ref: 'https://example.com/s.yaml#/S'}\n    E: {$ref: 'missing.yaml'}\n",
    )
    .unwrap();
    let spec = Spec::load(&root, &LoadOptions::default()).unwrap();
    let got: Vec<(&str, String)> = spec
        .diagnostics
        .iter()
        .map(|d| (d.code, d.location.as_ref().unwrap().pointer.clone()))
        .collect();
    let mut want = vec![
        ("ref-escape", "/components/schemas/A/$ref".to_owned()),
        ("ref-escape", "/components/schemas/B/$ref".to_owned()),
        ("ref-remote", "/components/schemas/D/$ref".to_owned()),
        ("unresolved-ref", "/components/schemas/E/$ref".to_owned()),
    ];
    if cfg!(unix) {
        want.insert(2, ("ref-escape", "/components/schemas/C/$ref".to_owned()));
    }
    assert_eq!(got, want);
    assert_eq!(spec.sources.len(), 1, "nothing outside was read");
    // Widening the folder lets the sibling in.
    let wide = Spec::load(
        &root,
        &LoadOptions {
            root_dir: Some(dir.path().to_owned()),
            ..Default::default()
        },
    )
    .unwrap();
    let escapes: Vec<_> = wide
        .diagnostics
        .iter()
        .filter(|d| d.code == "ref-escape")
        .map(|d| d.location.clone().unwrap().pointer)
        .collect();
    assert_eq!(
        escapes,
        ["/components/schemas/B/$ref"],
        "only /etc/passwd still escapes"
    );
    assert!(
        wide.node(Spec::ROOT, "/components/schemas/A").is_some() && wide.sources.len() == 2,
        "outside.yaml read once"
    );
}

#[test]
fn unresolved_pointers_suggest_the_likely_name() {
    let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {type: object}\n    X: {$ref: '#/components/schemas/Pett'}\n    Y: {$ref: '#/components/shemas/Pet'}\n    Z: {$ref: '#components'}\n";
    let spec = from_text("typo.yaml", text);
    let msgs: Vec<_> = spec
        .diagnostics
        .iter()
        .map(|d| (d.code, d.help.clone().unwrap_or_default()))
        .collect();
    assert_eq!(msgs[0], ("unresolved-ref", "did you mean `Pet`?".into()));
    assert_eq!(msgs[1], ("unresolved-ref", "did you mean `schemas`?".into()));
    assert_eq!(msgs[2].0, "invalid-ref");
    let x = &spec.diagnostics[0];
    assert_eq!(
        x.location.as_ref().unwrap().span,
        span_of(text, "'#/components/schemas/Pett'")
    );
}

#[test]
fn alias_bombs_are_bounded() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let prev = format!("*a{}", i - 1);
        text.push_str(&format!("a{i}: &a{i} [{}]\n", [prev.as_str(); 9].join(", ")));
    }
    let spec = from_text("bomb.yaml", &text);
    let d = only(&spec, "alias-limit");
    assert!(
        d.location.unwrap().span.start.line >= 6,
        "stops where the expansion gets too large"
    );
    // Ordinary aliases still work.
    let spec = from_text("alias.yaml", "base: &b {type: string}\nuse: *b\n");
    assert!(spec.diagnostics.is_empty());
    assert_eq!(spec.node(Spec::ROOT, "/use/type").unwrap().as_str(), Some("string"));
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    for (name, open, close) in [
        ("deep.yaml", "[", "]"),
        ("deep.json", "[", "]"),
        ("deepmap.yaml", "{a: ", "}"),
    ] {
        let text = format!("{}1{}", open.repeat(10_000), close.repeat(10_000));
        let spec = from_text(name, &text);
        assert!(codes(&spec).contains(&"nesting-limit"), "{name}: {:?}", codes(&spec));
    }
}

#[test]
fn oversized_and_unreadable_roots_are_load_errors() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.yaml");
    std::fs::write(&big, "a: 1\n".repeat(100)).unwrap();
    let err = Spec::load(
        &big,
        &LoadOptions {
            max_file_bytes: 100,
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(err.message.contains("more than the limit"), "{err}");
    let err = Spec::load(dir.path().join("nope.yaml"), &LoadOptions::default()).unwrap_err();
    assert!(err.message.starts_with("no such file"), "{err}");
    std::fs::write(dir.path().join("bin.yaml"), [0xff, 0xfe, 0x00]).unwrap();
    let err = Spec::load(dir.path().join("bin.yaml"), &LoadOptions::default()).unwrap_err();
    assert!(err.message.contains("not UTF-8"), "{err}");
    let err = Spec::load(dir.path(), &LoadOptions::default()).unwrap_err();
    assert!(err.message.contains("folder"), "{err}");
}

#[test]
fn typed_view_errors_point_into_the_file() {
    let text = "openapi: 3.0.3\ninfo:\n  title: t\n  version: 1.0\npaths: {}\n";
    let spec = from_text("num.yaml", text);
    let errs = spec.openapi().unwrap_err();
    let loc = errs[0].location.as_ref().unwrap();
    assert_eq!(loc.pointer, "/info/version", "{:#?}", errs);
    assert_eq!(loc.span, span_of(text, "1.0"));

    // 3.1 is read (without `paths`, which 3.1 allows); 4.0 is not.
    let spec = from_text("v31.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n");
    assert!(spec.openapi().is_ok());
    let text = "openapi: 4.0.0\ninfo: {title: t, version: '1'}\n";
    let errs = from_text("v4.yaml", text).openapi().unwrap_err();
    assert_eq!(errs[0].code, "unsupported-version");
    assert_eq!(errs[0].location.as_ref().unwrap().span, span_of(text, "openapi"));
    let spec = from_text("frag.yaml", "Pet: {type: object}\n");
    assert_eq!(spec.openapi().unwrap_err()[0].code, "not-openapi");
}

#[test]
fn spans_are_sane_for_every_node() {
    for rel in ["load/spans.yaml", "load/spans.json", "load/multi/root.yaml"] {
        let spec = load(rel);
        for (file, src) in spec.sources.iter() {
            spec.tree(file).walk(&mut |ptr, node| {
                let Span { start, end } = node.span;
                assert!(start.line >= 1 && start.col >= 1, "{rel} {ptr}: {start:?}");
                assert!(start <= end, "{rel} {ptr}: {start:?} > {end:?}");
                assert!((end.line as usize) <= src.line_count(), "{rel} {ptr}: {end:?}");
            });
        }
    }
}

#[test]
fn a_component_that_only_refers_to_a_file_is_that_schema_by_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "pet.yaml",
        "type: object\nproperties:\n  next: {$ref: 'pet.yaml'}\n  owner: {$ref: 'owner.yaml'}\n",
    );
    write("owner.yaml", "type: object\nproperties:\n  name: {type: string}\n");
    write(
        "root.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: 'pet.yaml'}\n    Also: {$ref: 'pet.yaml'}\n",
    );
    let spec = Spec::load(dir.path().join("root.yaml"), &LoadOptions::default()).unwrap();
    let api = spec.openapi().expect("typed view");
    let schemas = serde_json::to_value(&api.components.as_ref().unwrap().schemas).unwrap();
    // `Pet` is pet.yaml's schema; its recursion and the second component refer to it by that name.
    assert_eq!(
        schemas["Pet"]["properties"]["next"],
        serde_json::json!({"$ref": "#/components/schemas/Pet"})
    );
    assert_eq!(schemas["Also"], serde_json::json!({"$ref": "#/components/schemas/Pet"}));
    assert_eq!(schemas["owner"]["properties"]["name"]["type"], "string");
    assert!(schemas.get("pet").is_none(), "{schemas:#}");
    // What is said about the schema is located in pet.yaml.
    let typed = spec.typed().unwrap();
    let at = typed.locate(&spec, "/components/schemas/Pet/properties/next");
    assert_eq!(spec.sources.get(at.file).path.file_name().unwrap(), "pet.yaml");
    assert_eq!(at.pointer, "/properties/next");
}
