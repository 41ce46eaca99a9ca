//! Shapes the typed (openapiv3) model cannot read, in Swagger 2.0, OpenAPI 3.0 and 3.1: each one
//! generates (the spec is not refused) with exactly one warning, at the line:column of what is odd, and
//! the rest of the spec generates as it would without it (generator/src/load/typed/degrade.rs).

use specgen::Generator;
use specgen::lint::lint_spec;
use specgen::load::{LoadOptions, Spec};
use specgen_tests::span_in;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Version {
    V2,
    V30,
    V31,
}

const ALL: &[Version] = &[Version::V2, Version::V30, Version::V31];

/// A spec with `odd` as the schema of property `Thing.odd` (`at_body: false`) or of the body of
/// `POST /things` (`at_body: true`), everything else ordinary.
fn spec(version: Version, odd: &str, at_body: bool) -> String {
    let (prop, body) = if at_body {
        ("{type: string}", odd)
    } else {
        (odd, "{$ref: '#/definitions/Thing'}")
    };
    let thing = format!(
        "
    Thing:
      type: object
      required: [name]
      properties:
        name: {{type: string}}
        odd: {prop}
    Pet:
      type: object
      properties:
        id: {{type: integer, format: int64}}
"
    );
    match version {
        Version::V2 => format!(
            "swagger: '2.0'
info: {{title: Shapes, version: '1'}}
produces: [application/json]
consumes: [application/json]
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200': {{description: ok, schema: {{$ref: '#/definitions/Thing'}}}}
    post:
      operationId: addThing
      parameters:
        - {{name: thing, in: body, required: true, schema: {body}}}
      responses:
        '200': {{description: ok, schema: {{$ref: '#/definitions/Pet'}}}}
definitions:{}",
            thing.replace("\n    ", "\n  ")
        ),
        Version::V30 | Version::V31 => format!(
            "openapi: {}
info: {{title: Shapes, version: '1'}}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content: {{application/json: {{schema: {{$ref: '#/components/schemas/Thing'}}}}}}
    post:
      operationId: addThing
      requestBody:
        required: true
        content: {{application/json: {{schema: {}}}}}
      responses:
        '200':
          description: ok
          content: {{application/json: {{schema: {{$ref: '#/components/schemas/Pet'}}}}}}
components:
  schemas:{thing}",
            if version == Version::V30 { "3.0.3" } else { "3.1.0" },
            body.replace("#/definitions/", "#/components/schemas/")
        ),
    }
}

/// A shape, the versions it is odd in, where the warning points (a text found once in the shape), and
/// its code.
struct Case {
    shape: &'static str,
    versions: &'static [Version],
    needle: &'static str,
    code: &'static str,
}

const CASES: &[Case] = &[
    // A list where a schema belongs.
    Case {
        shape: "{type: array, items: [{type: string}, {type: integer}]}",
        versions: ALL,
        needle: "[{type: string}, {type: integer}]",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: object, additionalProperties: [{type: string}]}",
        versions: ALL,
        needle: "[{type: string}]",
        code: "unsupported-schema",
    },
    Case {
        shape: "[{type: string}, {type: integer}]",
        versions: ALL,
        needle: "[{type: string}, {type: integer}]",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: array, items: string}",
        versions: ALL,
        needle: "string",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: object, properties: [name, size]}",
        versions: ALL,
        needle: "[name, size]",
        code: "unsupported-schema",
    },
    Case {
        shape: "{allOf: {type: string}}",
        versions: ALL,
        needle: "{type: string}",
        code: "unsupported-schema",
    },
    // A keyword of the wrong kind.
    Case {
        shape: "{type: string, required: true}",
        versions: ALL,
        needle: "true",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: integer, minimum: '1'}",
        versions: ALL,
        needle: "'1'",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: string, maxLength: '10'}",
        versions: ALL,
        needle: "'10'",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: array, items: {type: string}, uniqueItems: 'yes'}",
        versions: ALL,
        needle: "'yes'",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: string, pattern: 12}",
        versions: ALL,
        needle: "12",
        code: "unsupported-schema",
    },
    Case {
        shape: "{type: object, discriminator: [kind]}",
        versions: ALL,
        needle: "[kind]",
        code: "unsupported-schema",
    },
    // 3.1's numeric exclusive bound is 3.0's boolean flag.
    Case {
        shape: "{type: integer, exclusiveMinimum: 0}",
        versions: &[Version::V2, Version::V30],
        needle: "0",
        code: "unsupported-schema",
    },
    // An enum that does not fit its type: read as the type where the text reads so, else any value.
    Case {
        shape: "{type: string, enum: [small, 2]}",
        versions: ALL,
        needle: "2",
        code: "typed-enum",
    },
    Case {
        shape: "{type: integer, enum: [1, two]}",
        versions: ALL,
        needle: "two",
        code: "typed-enum",
    },
];

#[test]
fn each_odd_shape_generates_with_one_warning_where_it_is() {
    let mut failures = Vec::new();
    for case in CASES {
        for &version in case.versions {
            for at_body in [false, true] {
                let text = spec(version, case.shape, at_body);
                let label = format!(
                    "{version:?} {} {}",
                    if at_body { "body" } else { "property" },
                    case.shape
                );
                let spec = Spec::from_text("shapes.yaml", text.clone(), &LoadOptions::default());
                let generated = match Generator::new().client(true).generate_spec(spec) {
                    Ok(g) => g,
                    Err(e) => {
                        failures.push(format!("{label}: refused:\n{e}"));
                        continue;
                    }
                };
                let found: Vec<_> = generated
                    .warnings
                    .iter()
                    .map(|d| (d.code, d.location.as_ref().map(|l| l.span), d.message.clone()))
                    .collect();
                let expected = (
                    case.code,
                    Some(span_in(&text, &format!("{}|{}", case.shape, case.needle))),
                );
                if found.len() != 1 || (found[0].0, found[0].1) != expected {
                    failures.push(format!("{label}: expected one {expected:?}, got {found:#?}"));
                    continue;
                }
                // The rest is intact: both types, both operations.
                let code = &generated.code;
                for part in [
                    "pub struct Thing",
                    "pub name: String",
                    "pub odd:",
                    "pub struct Pet",
                    "fn list_things",
                    "fn add_thing",
                ] {
                    if !code.contains(part) {
                        failures.push(format!("{label}: the generated code lacks `{part}`"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A spec whose defining part cannot be read is still refused, at that part, and every such part is
/// reported (and nothing else).
#[test]
fn what_defines_the_api_is_still_refused_where_it_is() {
    for version in [Version::V30, Version::V31] {
        let text = spec(version, "[{type: string}]", false)
            .replace(
                "      operationId: addThing\n",
                "      operationId: addThing\n      parameters: [{name: q, in: nowhere}]\n",
            )
            .replacen("          description: ok\n", "          description: [ok]\n", 1);
        let spec = Spec::from_text("shapes.yaml", text.clone(), &LoadOptions::default());
        let Err(specgen::generate::Error::Spec { diagnostics, .. }) = Generator::new().generate_spec(spec) else {
            panic!("{version:?}: generated");
        };
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                (d.code, l.pointer.as_str(), l.span.start)
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "openapi-structure",
                    "/paths/~1things/get/responses/200",
                    span_in(&text, "description: [ok]").start
                ),
                (
                    "openapi-structure",
                    "/paths/~1things/post/parameters/0",
                    span_in(&text, "{name: q, in: nowhere}").start
                ),
            ],
            "{version:?}: {diagnostics:#?}"
        );
        assert!(
            diagnostics[0].message.contains("expected a string"),
            "{}",
            diagnostics[0].message
        );
    }
}

/// `text` with `property` added to `Pet`, after `id`.
fn with_pet_property(text: &str, property: &str) -> String {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("id: {type: integer"))
        .expect("Pet.id");
    let indent = &line[..line.len() - line.trim_start().len()];
    text.replace(line, &format!("{line}\n{indent}{property}"))
}

/// A list of types is read as a nullable type or a union in every version; in 3.0, where it is invalid,
/// the linter still says so.
#[test]
fn type_lists_are_read_in_every_version_and_reported_before_3_1() {
    for &version in ALL {
        let text = with_pet_property(
            &spec(version, "{type: [string, 'null'], maxLength: 3}", false),
            "either: {type: [integer, string], minimum: 1}",
        );
        let load = || Spec::from_text("shapes.yaml", text.clone(), &LoadOptions::default());
        let generated = Generator::new()
            .generate_spec(load())
            .unwrap_or_else(|e| panic!("{version:?}: {e}"));
        assert!(generated.warnings.is_empty(), "{version:?}: {:#?}", generated.warnings);
        let code = &generated.code;
        assert!(
            code.contains("pub odd: Option<Option<"),
            "{version:?}: `odd` is optional and nullable:\n{code}"
        );
        assert!(
            code.contains("pub enum PetEither"),
            "{version:?}: `either` is a union:\n{code}"
        );
        let linted = lint_spec(load());
        let structural: Vec<_> = linted
            .findings
            .iter()
            .filter(|d| d.code == "oas3-schema" || d.code == "oas2-schema")
            .map(|d| d.location.as_ref().unwrap().pointer.clone())
            .collect();
        match version {
            // 2.0 takes a schema's `type` from JSON Schema draft 4, lists included (the official 2.0
            // schema says so too); 3.1 from JSON Schema 2020-12.
            Version::V2 | Version::V31 => assert!(structural.is_empty(), "{version:?}: {structural:?}"),
            Version::V30 => assert!(
                structural.iter().any(|p| p.ends_with("/odd/type"))
                    && structural.iter().any(|p| p.ends_with("/either/type")),
                "{version:?}: the lint reports the lists: {structural:?}"
            ),
        }
    }
}

/// The any-value type that replaces a schema keeps its description and says why, in its doc comment.
#[test]
fn the_replacement_says_why_in_the_generated_doc_comment() {
    for &version in ALL {
        let text = spec(
            version,
            "{description: The odd one., type: string, required: true}",
            false,
        );
        let spec = Spec::from_text("shapes.yaml", text, &LoadOptions::default());
        let code = Generator::new()
            .generate_spec(spec)
            .unwrap_or_else(|e| panic!("{e}"))
            .code;
        // Lines compared without their indentation, which depends on the module the type is in.
        let doc = "/// The odd one.\n///\n/// Any JSON value: specgen could not read this schema (`required: true` cannot be read here: \
                   `required` is a list of property names).\n";
        let unindented: String = code.lines().map(|l| format!("{}\n", l.trim_start())).collect();
        assert!(unindented.contains(doc), "{version:?}:\n{code}");
        assert!(
            code.contains("pub odd: Option<rt::serde_json::Value>,"),
            "{version:?}:\n{code}"
        );
    }
}

/// Components that are references to other components of their section (`P: {$ref: .../Q}`) are
/// followed to the object, for parameters, request bodies, responses and headers; a chain that leaves
/// the section is reported where it is used, and the rest generates.
#[test]
fn chains_of_component_references_are_followed() {
    let text = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /b:
    post:
      operationId: postB
      parameters: [{$ref: '#/components/parameters/P'}]
      requestBody: {$ref: '#/components/requestBodies/RB'}
      responses:
        '200': {$ref: '#/components/responses/R'}
        '404': {$ref: '#/components/responses/Far'}
x-responses:
  F: {description: far}
components:
  parameters:
    P: {$ref: '#/components/parameters/P2'}
    P2: {$ref: '#/components/parameters/Q'}
    Q: {name: chained_query, in: query, schema: {type: string}}
  requestBodies:
    RB: {$ref: '#/components/requestBodies/RC'}
    RC: {content: {application/json: {schema: {type: string, maxLength: 7}}}}
  responses:
    R: {$ref: '#/components/responses/S'}
    S:
      description: ok
      headers: {X-Chained: {$ref: '#/components/headers/H'}}
      content: {application/json: {schema: {type: integer}}}
    Far: {$ref: '#/x-responses/F'}
  headers:
    H: {$ref: '#/components/headers/I'}
    I: {schema: {type: string}}
";
    let spec = Spec::from_text("chains.yaml", text, &LoadOptions::default());
    let generated = Generator::new().client(true).generate_spec(spec).unwrap();
    let code = &generated.code;
    for part in ["chained_query", "BoundedString<0, 7>", "x_chained", "Ok { body: i64"] {
        assert!(code.contains(part), "the generated code lacks `{part}`:\n{code}");
    }
    let warnings: Vec<_> = generated.warnings.iter().map(|d| (d.code, d.message.clone())).collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0].0, "unsupported-ref");
    assert!(warnings[0].1.contains("#/components/responses/Far"), "{warnings:#?}");
}
