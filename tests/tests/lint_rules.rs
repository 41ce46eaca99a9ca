//! Every rule against its planted defect (`tests/fixtures/lint/<rule>/bad.yaml`) and the fixed twin
//! (`good.yaml`): the rule fires exactly at the expected spans in the bad file, and not at all in the
//! good one. Spans come from the text oracles in `specgen_tests`, never from the linter.

use specgen::lint::{Config, lint_spec_with, rules};
use specgen::load::{LoadOptions, Spec};
use specgen::source::Span;
use specgen_tests::{fixture, span_in};

/// The spans of `rule`'s findings in `file`, sorted. A rule that is off by default is turned on.
fn spans(rule: &str, file: &str) -> (String, Vec<Span>) {
    let path = fixture(&format!("lint/{rule}/{file}"));
    let text = std::fs::read_to_string(&path).unwrap();
    let config = match rules::meta(rule).and_then(|m| m.default) {
        Some(_) => Config::default(),
        None => Config::parse(
            &path.with_file_name("specgen.yaml"),
            &format!("rules: {{{rule}: warn}}\n"),
        )
        .unwrap(),
    };
    let linted = lint_spec_with(Spec::load(&path, &LoadOptions::default()).unwrap(), &config);
    let mut found: Vec<Span> = linted
        .findings
        .iter()
        .filter(|d| d.code == rule)
        .map(|d| d.location.as_ref().expect("located").span)
        .collect();
    found.sort();
    (text, found)
}

fn check(rule: &str, needles: &[&str]) {
    let (text, found) = spans(rule, "bad.yaml");
    let mut expected: Vec<Span> = needles.iter().map(|n| span_in(&text, n)).collect();
    expected.sort();
    assert_eq!(
        found, expected,
        "{rule}: findings in bad.yaml (left) differ from the planted defects (right)"
    );
    let (_, found) = spans(rule, "good.yaml");
    assert!(found.is_empty(), "{rule} fired on good.yaml at {found:?}");
}

macro_rules! cases {
    ($($name:ident: $rule:literal => [$($needle:literal),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                check($rule, &[$($needle),*]);
            }
        )*

        /// Every walked rule has a fixture pair here.
        #[test]
        fn every_rule_has_fixtures() {
            let covered = [$($rule),*];
            for meta in specgen::lint::rules::WALKED {
                assert!(covered.contains(&meta.id), "rule `{}` has no fixture case", meta.id);
            }
        }
    };
}

cases! {
    array_items: "array-items" => ["Tags: {type: array|array"];
    contact_properties: "contact-properties" => ["  contact|contact"];
    duplicated_entry_in_enum: "duplicated-entry-in-enum" => ["desc, asc|asc"];
    example_readonly_writeonly: "example-readonly-writeonly" => ["example: {id: 7|id", "{id: 8, name: Rex, password|password"];
    example_unlisted_property: "example-unlisted-property" => ["colour", "nick"];
    info_contact: "info-contact" => ["\ninfo|info"];
    info_description: "info-description" => ["\ninfo|info"];
    info_license: "info-license" => ["\ninfo|info"];
    license_url: "license-url" => ["license"];
    no_ambiguous_paths: "no-ambiguous-paths" => ["/{entity}/mine"];
    no_eval_in_markdown: "no-eval-in-markdown" => ["Lists pets. <img src=x onerror=\"eval(atob('YWxlcnQoMSk='))\">", "\"Pet eval(document.cookie)\""];
    no_illogical_composition_keywords: "no-illogical-composition-keywords" => [
        "oneOf",
        "Cat'\n        - $ref: '#/components/schemas/Cat'|$ref: '#/components/schemas/Cat'",
    ];
    no_mixed_number_range_constraints: "no-mixed-number-range-constraints" => ["exclusiveMinimum"];
    no_ref_siblings: "no-$ref-siblings" => ["          nullable|nullable"];
    path_item_ref_siblings: "path-item-ref-siblings" => ["description: The pets.|description"];
    no_schema_type_mismatch: "no-schema-type-mismatch" => ["items", "type: array\n          properties|properties", "type: string\n          properties|properties"];
    no_server_variables_empty_enum: "no-server-variables-empty-enum" => ["[]"];
    no_script_tags_in_markdown: "no-script-tags-in-markdown" => ["A planted defect and its fix.\n    <script src=\"https://cdn.example.net/track.js\"></script>\n  ", "Pets.<SCRIPT>alert(1)</SCRIPT>"];
    no_unsafe_markdown: "no-unsafe-markdown" => ["'Pets. <img src=x onerror=\"track()\">'", "'Owners. [More](javascript:open())'"];
    nullable_without_type: "nullable-without-type" => ["nullable"];
    oas2_any_of: "oas2-anyOf" => ["        anyOf|anyOf"];
    oas2_api_host: "oas2-api-host" => ["\nswagger|swagger"];
    oas2_api_schemes: "oas2-api-schemes" => ["schemes: []|[]"];
    oas2_discriminator: "oas2-discriminator" => ["required: [name]|[name]", "properties: {name: {type: string}}|{name: {type: string}}"];
    oas2_host_not_example: "oas2-host-not-example" => ["api.example.com"];
    oas2_host_trailing_slash: "oas2-host-trailing-slash" => ["api.petstore.io/"];
    oas2_one_of: "oas2-oneOf" => ["        oneOf|oneOf"];
    oas2_operation_form_data_consume_check: "oas2-operation-formData-consume-check" => ["    post|post"];
    oas2_schema: "oas2-schema" => ["descripton"];
    oas2_unused_definition: "oas2-unused-definition" => ["OldPet"];
    oas2_valid_media_example: "oas2-valid-media-example" => ["\"42\""];
    oas2_valid_schema_example: "oas2-valid-schema-example" => ["ten", "default: 0}|0", "example: 0}|0"];
    oas3_1_callbacks_in_webhook: "oas3_1-callbacks-in-webhook" => ["callbacks"];
    oas3_1_servers_in_webhook: "oas3_1-servers-in-webhook" => ["      servers|servers"];
    oas3_2_no_deprecated_xml_attribute: "oas3_2-no-deprecated-xml-attribute" => ["{attribute: true}"];
    oas3_api_servers: "oas3-api-servers" => ["openapi"];
    oas3_callbacks_in_callbacks: "oas3-callbacks-in-callbacks" => ["              callbacks|callbacks"];
    oas3_examples_value_or_external_value: "oas3-examples-value-or-externalValue" => ["cat:|cat"];
    oas3_links_parameters_expression: "oas3-links-parameters-expression" => ["$response.body.id", "$request.header."];
    oas3_operation_security_defined: "oas3-operation-security-defined" => ["{apiKey|apiKey"];
    oas3_parameter_description: "oas3-parameter-description" => ["{name: limit, in: query, schema: {type: integer}}"];
    oas3_schema: "oas3-schema" => ["descripton"];
    oas3_server_not_example_com: "oas3-server-not-example.com" => ["'https://api.example.com/v1'", "'http://localhost:8080/v1'"];
    oas3_server_trailing_slash: "oas3-server-trailing-slash" => ["'https://api.example.com/v1/'"];
    oas3_server_variables: "oas3-server-variables" => [
        "'https://{region}.example.com:{port}'",
        "'https://{region}.example.com:{port}'",
        "zone",
    ];
    oas3_unused_component: "oas3-unused-component" => ["OldPet"];
    oas3_valid_media_example: "oas3-valid-media-example" => ["\"42\"", "4.5"];
    oas3_valid_schema_example: "oas3-valid-schema-example" => ["example: 0}|0", "\"realestate\" ], \"orderIndex\" : 0|0"];
    openapi_tags: "openapi-tags" => ["tags: []|tags"];
    openapi_tags_alphabetical: "openapi-tags-alphabetical" => ["tags: [{name: users|tags"];
    openapi_tags_uniqueness: "openapi-tags-uniqueness" => ["  - name: pets\n    description: More.|pets"];
    operation_2xx_response: "operation-2xx-response" => ["responses:\n        '303'|responses"];
    operation_4xx_response: "operation-4xx-response" => ["responses:\n        '200': {description: OK}|responses"];
    operation_description: "operation-description" => ["get"];
    operation_operation_id: "operation-operationId" => ["get"];
    operation_operation_id_unique: "operation-operationId-unique" => ["  /owners:
    get:
      operationId: list|list"];
    operation_operation_id_valid_in_url: "operation-operationId-valid-in-url" => ["list pets"];
    operation_parameters: "operation-parameters" => ["{name: limit, in: query, schema: {type: string}}|limit"];
    operation_singular_tag: "operation-singular-tag" => ["tags: [pets, store]|tags"];
    operation_success_response: "operation-success-response" => ["responses"];
    operation_summary: "operation-summary" => ["get"];
    operation_tag_defined: "operation-tag-defined" => ["[pet]|pet"];
    operation_tags: "operation-tags" => ["get"];
    path_declarations_must_exist: "path-declarations-must-exist" => ["/users/{}"];
    path_keys_no_trailing_slash: "path-keys-no-trailing-slash" => ["/pets/"];
    path_not_include_query: "path-not-include-query" => ["/pets?sort=name"];
    path_params: "path-params" => ["    get|get", "{name: id|id", "/users/{name}"];
    parameter_style: "parameter-style" => [
        "{name: ids, in: query, style: deepObject|deepObject",
        "pipeDelimited, schema: {type: string}|pipeDelimited",
        "deepObject, explode: false|false",
        "spaceDelimited, explode: true|true",
        "{name: second, in: query, schema: {type: object, additionalProperties: {type: integer}}}",
    ];
    paths_kebab_case: "paths-kebab-case" => ["/userProfiles/{userId}", "/pets/{petId}/vet_visits"];
    // The patterns, and the values the budget cannot decide (the pattern is decided at once).
    pattern_backtracking: "pattern-backtracking" => [
        "'^(?=.*[0-9]).{8,}$'",
        "'^(?=a)(a+)+$'",
        "'^((?=a)a+)+$'",
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'",
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?'",
    ];
    pattern_invalid: "pattern-invalid" => ["'^[A-Z{2}$'"];
    pattern_unanchored: "pattern-unanchored" => ["'[A-Z]{2}-\\d+'", "'[a-f0-9]{32}'"];
    pattern_unanchored_identifier: "pattern-unanchored-identifier" => ["'[a-z0-9]+'"];
    ref_not_allowed: "ref-not-allowed" => ["      $ref|$ref"];
    required_property_undefined: "required-property-undefined" => ["nmae"];
    rust_keyword: "rust-keyword" => ["        type: {|type"];
    rust_name_collision: "rust-name-collision" => ["fooBar"];
    security_defined: "security-defined" => ["  /health:\n    get|get"];
    security_scopes_defined: "security-scopes-defined" => ["'write:pet'"];
    spec_components_invalid_map_name: "spec-components-invalid-map-name" => ["Pet Owner", "    page[size]:|page[size]"];
    tag_description: "tag-description" => ["{name: pets}"];
    typed_enum: "typed-enum" => ["\"3\"", "null"];
    unenforced_constraint: "unenforced-constraint" => [
        "[true]",
        "{const: 5}|5",
        "[1, one]",
        "{'^x-': {type: integer}}",
        "minProperties: 1|1",
        "if: {minLength: 3}|{minLength: 3}",
        "{minimum: 3}|3",
    ];
    unused_security_scheme: "unused-security-scheme" => ["    basic|basic"];
}

/// The walk reads the document as the loader's classifier does: an extension is data, never walked as
/// an object (not under `paths`, `responses` or a callback), while every entry of a map of names is,
/// however it is named (a schema or parameter called `x-...`).
#[test]
fn extensions_are_data_and_names_are_objects() {
    let text = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  x-ext: {get: {responses: {}}}
  /a:
    get:
      operationId: a
      responses:
        x-ext: {description: 1, content: {application/json: {schema: {nullable: true}}}}
        '200': {description: ok}
components:
  schemas:
    x-foo: {nullable: true}
  parameters:
    x-p: {name: p, in: query, schema: {nullable: true}}
";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("api.yaml");
    std::fs::write(&path, text).unwrap();
    let linted = lint_spec_with(Spec::load(&path, &LoadOptions::default()).unwrap(), &Config::default());
    let at = |code: &str| -> Vec<String> {
        linted
            .findings
            .iter()
            .filter(|d| d.code == code)
            .map(|d| d.location.as_ref().unwrap().pointer.clone())
            .collect()
    };
    assert_eq!(
        at("nullable-without-type"),
        [
            "/components/schemas/x-foo/nullable",
            "/components/parameters/x-p/schema/nullable"
        ]
    );
    assert!(
        linted
            .findings
            .iter()
            .all(|d| !d.location.as_ref().unwrap().pointer.contains("/x-ext")),
        "{:#?}",
        linted.findings
    );
}

/// A map or object kept whole in another file (`paths: {$ref: paths.yaml}`, Google Maps' layout) is
/// walked where it is, as the loader reads it; a property named `$ref` is a property.
#[test]
fn whole_maps_in_other_files_are_walked() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "api.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {$ref: 'paths.yaml'}\ncomponents:\n  schemas: {$ref: 'schemas.yaml'}\n",
    );
    write(
        "paths.yaml",
        "/pets:\n  get:\n    responses: {'200': {description: ok}}\n",
    );
    write(
        "schemas.yaml",
        "Pet:\n  type: object\n  properties:\n    $ref: {nullable: true}\n    props: {type: object, properties: {$ref: 'props.yaml'}}\n",
    );
    write("props.yaml", "inner: {nullable: true}\n");
    let linted = lint_spec_with(
        Spec::load(dir.path().join("api.yaml"), &LoadOptions::default()).unwrap(),
        &Config::default(),
    );
    let at = |code: &str| -> Vec<(String, String)> {
        linted
            .findings
            .iter()
            .filter(|d| d.code == code)
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                let name = linted
                    .spec
                    .sources
                    .get(l.file)
                    .path
                    .file_name()
                    .unwrap()
                    .to_string_lossy();
                (name.into_owned(), l.pointer.clone())
            })
            .collect()
    };
    assert_eq!(
        at("operation-operationId"),
        [("paths.yaml".to_owned(), "/~1pets/get".to_owned())]
    );
    assert_eq!(
        at("nullable-without-type"),
        [
            ("schemas.yaml".to_owned(), "/Pet/properties/$ref/nullable".to_owned()),
            ("props.yaml".to_owned(), "/inner/nullable".to_owned()),
        ]
    );
}

/// The Components Object and each of its maps may be kept in another file (`components: {$ref: ...}`,
/// `schemas: {$ref: ...}`): Spectral and Redocly resolve them before checking, and so does specgen. The
/// `$ref` is neither misplaced nor a component named `$ref`; what the target holds is still checked.
#[test]
fn components_and_their_maps_may_be_references() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    let paths = "paths:\n  /a:\n    get:\n      responses: {'200': {$ref: '#/components/responses/R'}}\n";
    write(
        "maps.yaml",
        &format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{paths}components:\n  schemas: {{$ref: 'schemas.yaml'}}\n  responses: {{$ref: 'responses.yaml'}}\n"
        ),
    );
    write(
        "whole.yaml",
        &format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{paths}components: {{$ref: 'components.yaml'}}\n"),
    );
    write("schemas.yaml", "B: {type: object, nulable: true}\n");
    write("responses.yaml", "R: {description: ok}\n");
    write(
        "components.yaml",
        "schemas:\n  B: {type: object, nulable: true}\nresponses:\n  R: {description: ok}\n",
    );
    for root in ["maps.yaml", "whole.yaml"] {
        let linted = lint_spec_with(
            Spec::load(dir.path().join(root), &LoadOptions::default()).unwrap(),
            &Config::default(),
        );
        let found: Vec<(String, String)> = linted
            .findings
            .iter()
            .filter_map(|d| Some((d.code.to_string(), d.location.as_ref()?.pointer.clone())))
            .filter(|(_, ptr)| ptr.contains("$ref") || ptr.contains("nulable"))
            .collect();
        let target = if root == "maps.yaml" {
            "/B/nulable"
        } else {
            "/schemas/B/nulable"
        };
        assert_eq!(found, [("oas3-schema".to_owned(), target.to_owned())], "{root}");
    }
}

/// `specgen generate` reports what the generated code does not check at exactly the places the linter
/// does (one decision, `specgen::model::unenforced`).
#[test]
fn generate_reports_unenforced_constraints_where_lint_does() {
    let path = fixture("lint/unenforced-constraint/bad.yaml");
    let places = |found: &mut dyn Iterator<Item = &specgen::Diagnostic>| {
        let mut out: Vec<(String, Span)> = found
            .filter(|d| d.code == "unenforced-constraint")
            .map(|d| {
                let l = d.location.as_ref().expect("located");
                (l.pointer.clone(), l.span)
            })
            .collect();
        out.sort();
        out
    };
    let generated = specgen::Generator::new()
        .generate(&path)
        .expect("the fixture generates");
    let linted = lint_spec_with(Spec::load(&path, &LoadOptions::default()).unwrap(), &Config::default());
    let by_generate = places(&mut generated.warnings.iter());
    assert_eq!(by_generate.len(), 7, "{by_generate:?}");
    assert_eq!(by_generate, places(&mut linted.findings.iter()));
}
