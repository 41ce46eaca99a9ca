//! Literal data is data in every version: a `$ref` member of an example, a default, an enum, a const, an
//! Example Object's value, a Swagger 2.0 response's examples, a link's parameters and request body, or
//! an extension is never followed; where the key is a name (`properties`, `components/schemas`, the
//! 3.x `examples` maps), a `$ref` is a reference as usual.

use serde_json::json;
use specgen::load::{LoadOptions, Spec};

/// Writes `files` into a fresh folder (with `.git`, so that it bounds the spec) and loads `root.yaml`.
fn load_files(files: &[(&str, &str)]) -> (tempfile::TempDir, Spec) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let spec = Spec::load(dir.path().join("root.yaml"), &LoadOptions::default()).unwrap();
    (dir, spec)
}

/// What the literal positions hold: a URL, a file that does not exist, and a file outside the folder.
/// Were any of them followed, the load would report it.
const URL: &str = "{$ref: 'https://example.com/scim/v2/Users/1'}";
const GONE: &str = "{$ref: 'gone.yaml'}";
const OUT: &str = "{$ref: '../../../outside.yaml'}";

fn oas3(version: &str, extra_schema: &str) -> String {
    format!(
        "openapi: {version}
info: {{title: t, version: '1', x-logo: {URL}}}
x-top: {GONE}
servers:
  - url: 'https://{{host}}'
    variables:
      host: {{default: {{$ref: gone.yaml}}, enum: [{{$ref: gone.yaml}}]}}
paths:
  x-ext: {GONE}
  /a:
    x-ext: {OUT}
    get:
      operationId: op
      x-ext: {GONE}
      parameters:
        - {{name: q, in: query, schema: {{type: object}}, example: {GONE}}}
      requestBody:
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/S'}}
            example: {URL}
      responses:
        x-ext: {GONE}
        '200':
          description: ok
          headers:
            H: {{schema: {{type: object}}, example: {GONE}}}
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/S'}}
              examples:
                inline: {{summary: s, value: {OUT}}}
          links:
            L: {{operationId: op, parameters: {{id: {GONE}}}, requestBody: {GONE}}}
components:
  schemas:
    S:
      type: object
      example: {URL}
      default: {GONE}
      enum: [{GONE}]
      x-ext: {GONE}
      properties:
        p: {{type: object, default: {{nested: {GONE}}}}}
{extra_schema}  examples:
    E: {{value: {GONE}}}
  links:
    K: {{operationId: op, requestBody: {{$ref: gone.yaml}}}}
"
    )
}

/// The literal positions of Swagger 2.0.
fn swagger2() -> String {
    format!(
        "swagger: '2.0'
info: {{title: t, version: '1', x-logo: {URL}}}
x-top: {GONE}
paths:
  x-ext: {GONE}
  /a:
    get:
      parameters:
        - {{name: q, in: query, type: array, items: {{type: string, default: {GONE}, enum: [{GONE}]}}, x-example: {GONE}}}
        - {{name: b, in: body, schema: {{$ref: '#/definitions/S'}}}}
      responses:
        x-ext: {GONE}
        '200':
          description: ok
          schema: {{$ref: '#/definitions/S'}}
          examples:
            application/json: {URL}
        default: {{$ref: '#/responses/R'}}
definitions:
  S:
    type: object
    example: {URL}
    default: {GONE}
    enum: [{GONE}]
    x-ext: {OUT}
parameters:
  P: {{name: p, in: query, type: string, default: {GONE}, enum: [{GONE}]}}
responses:
  R:
    description: r
    examples:
      application/json: {OUT}
"
    )
}

fn no_diagnostics(spec: &Spec) {
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    assert_eq!(spec.sources.len(), 1, "no file was read for a literal `$ref`");
}

/// The references of the root file, by the pointer of the object holding them.
fn refs(spec: &Spec) -> Vec<&str> {
    spec.refs.iter().map(|l| l.pointer.as_str()).collect()
}

#[test]
fn literal_refs_are_data_in_openapi_3_0() {
    let (_dir, spec) = load_files(&[("root.yaml", &oas3("3.0.3", ""))]);
    no_diagnostics(&spec);
    assert_eq!(
        refs(&spec),
        [
            "/paths/~1a/get/requestBody/content/application~1json/schema",
            "/paths/~1a/get/responses/200/content/application~1json/schema"
        ]
    );
    // The typed view (and `specgen convert`) keep them as the data they are.
    let (doc, _) = spec.bundle().unwrap();
    let url = json!({"$ref": "https://example.com/scim/v2/Users/1"});
    assert_eq!(doc["components"]["schemas"]["S"]["example"], url);
    assert_eq!(
        doc["components"]["schemas"]["S"]["enum"][0],
        json!({"$ref": "gone.yaml"})
    );
    assert_eq!(
        doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]["inline"]["value"],
        json!({"$ref": "../../../outside.yaml"})
    );
}

#[test]
fn literal_refs_are_data_in_openapi_3_1() {
    let extra = format!("    T:\n      const: {GONE}\n      examples: [{URL}, {OUT}]\n");
    let (_dir, spec) = load_files(&[("root.yaml", &oas3("3.1.0", &extra))]);
    no_diagnostics(&spec);
    assert_eq!(refs(&spec).len(), 2);
    let (doc, _) = spec.bundle().unwrap();
    assert_eq!(
        doc["components"]["schemas"]["T"]["enum"][0],
        json!({"$ref": "gone.yaml"}),
        "`const` read as a one-value enum, its value data"
    );
}

#[test]
fn literal_refs_are_data_in_swagger_2_0() {
    let (_dir, spec) = load_files(&[("root.yaml", &swagger2())]);
    no_diagnostics(&spec);
    assert_eq!(
        refs(&spec),
        [
            "/paths/~1a/get/parameters/1/schema",
            "/paths/~1a/get/responses/200/schema",
            "/paths/~1a/get/responses/default"
        ]
    );
    let (doc, _) = spec.bundle().unwrap();
    let url = json!({"$ref": "https://example.com/scim/v2/Users/1"});
    assert_eq!(doc["components"]["schemas"]["S"]["example"], url);
    assert_eq!(
        doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["example"],
        url
    );
    assert_eq!(
        doc["components"]["responses"]["R"]["content"]["application/json"]["example"],
        json!({"$ref": "../../../outside.yaml"})
    );
}

#[test]
fn names_that_look_like_keywords_are_names() {
    for version in ["3.0.3", "3.1.0"] {
        names_in(version);
    }
}

fn names_in(version: &str) {
    let root = "openapi: VERSION
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - $ref: '#/components/parameters/enum'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/example'}
              examples:
                one: {$ref: '#/components/examples/E'}
                two: {$ref: 'example.yaml'}
components:
  schemas:
    example: {$ref: 'other.yaml#/Example'}
    x-foo: {$ref: 'other.yaml#/Foo'}
    Holder:
      type: object
      properties:
        example: {$ref: 'other.yaml#/Example'}
        default: {$ref: 'other.yaml#/Example'}
        enum: {$ref: 'other.yaml#/Example'}
        $ref: {type: string}
    Shared:
      properties: {$ref: 'other.yaml#/Props'}
  parameters:
    enum: {$ref: 'other.yaml#/Param'}
  examples:
    E: {$ref: 'example.yaml'}
";
    let other = "Example: {type: object, example: {$ref: 'gone.yaml'}}\nFoo: {type: string}\nProps: {a: {type: string}}\nParam: {name: enum, in: query, schema: {type: string}}\n";
    let example = "summary: an Example Object\nvalue: {$ref: 'gone.yaml'}\n";
    let root = root.replace("VERSION", version);
    let (_dir, spec) = load_files(&[("root.yaml", &root), ("other.yaml", other), ("example.yaml", example)]);
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    for holder in [
        "/components/schemas/example",
        "/components/schemas/x-foo",
        "/components/schemas/Holder/properties/example",
        "/components/schemas/Holder/properties/default",
        "/components/schemas/Holder/properties/enum",
        "/components/schemas/Shared/properties",
        "/components/parameters/enum",
        "/components/examples/E",
        "/paths/~1a/get/responses/200/content/application~1json/examples/two",
    ] {
        let link = spec
            .ref_at(Spec::ROOT, holder)
            .unwrap_or_else(|| panic!("{holder} is a reference"));
        assert!(link.target.is_some(), "{holder} resolves");
    }
    assert!(
        spec.ref_at(Spec::ROOT, "/components/schemas/Holder/properties")
            .is_none(),
        "a property named `$ref` is a property"
    );
    assert_eq!(spec.sources.len(), 3, "gone.yaml, only ever in examples, is not read");
}

#[test]
fn a_target_is_read_as_what_its_site_expects() {
    let root = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              examples:
                whole: {$ref: 'pet.yaml'}
components:
  schemas: {$ref: 'schemas.yaml'}
";
    // Read as a map of schemas: `example` is a schema's name, and its `$ref` a reference. Each
    // schema's own `example` is data.
    let schemas = "Pet: {$ref: 'pet.yaml'}\nexample: {$ref: 'pet.yaml'}\n";
    // Read as a schema (through `Pet`) and as an Example Object (through `whole`): as a schema, its
    // `example` is data; as an Example Object, all of it is.
    let pet = "type: object\nexample: {$ref: 'nope.yaml'}\nproperties:\n  tag: {$ref: 'tag.yaml'}\n";
    let tag = "type: string\n";
    let (_dir, spec) = load_files(&[
        ("root.yaml", root),
        ("schemas.yaml", schemas),
        ("pet.yaml", pet),
        ("tag.yaml", tag),
    ]);
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    assert_eq!(spec.sources.len(), 4);
    // `#/components/schemas/Pet` reaches through the `$ref` that holds the map.
    let link = spec
        .ref_at(
            Spec::ROOT,
            "/paths/~1pets/get/responses/200/content/application~1json/schema",
        )
        .unwrap();
    let target = link.target.as_ref().unwrap();
    assert_eq!(spec.sources.get(target.file).path.file_name().unwrap(), "schemas.yaml");
    assert_eq!(target.pointer, "/Pet");
    let typed = spec.openapi().expect("typed view");
    assert!(typed.paths.paths.contains_key("/pets"));
}

#[test]
fn remote_references_warn_and_stay_in_the_tree() {
    let root = "openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        b: {$ref: 'https://example.com/schemas.json#/B'}
";
    let (_dir, spec) = load_files(&[("root.yaml", root)]);
    let codes: Vec<_> = spec.diagnostics.iter().map(|d| (d.code, d.severity)).collect();
    assert_eq!(codes, [("ref-remote", specgen::Severity::Warning)]);
    assert!(!spec.has_errors());
    let (doc, _) = spec.bundle().unwrap();
    assert_eq!(
        doc["components"]["schemas"]["A"]["properties"]["b"],
        json!({"$ref": "https://example.com/schemas.json#/B"}),
        "the typed view keeps the reference as written"
    );
}

#[test]
fn swagger_2_names_that_look_like_keywords_are_names() {
    let root = "swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  example: {$ref: 'other.yaml#/Example'}
  x-foo: {$ref: 'other.yaml#/Example'}
  Holder:
    type: object
    properties:
      default: {$ref: 'other.yaml#/Example'}
      enum: {$ref: 'other.yaml#/Example'}
parameters:
  enum: {$ref: 'other.yaml#/Param'}
responses:
  examples: {$ref: 'other.yaml#/Response'}
";
    let other = "Example: {type: object, example: {$ref: 'gone.yaml'}}\nParam: {name: enum, in: query, type: string, default: {$ref: 'gone.yaml'}}\nResponse: {description: r, examples: {application/json: {$ref: 'gone.yaml'}}}\n";
    let (_dir, spec) = load_files(&[("root.yaml", root), ("other.yaml", other)]);
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    for holder in [
        "/definitions/example",
        "/definitions/x-foo",
        "/definitions/Holder/properties/default",
        "/definitions/Holder/properties/enum",
        "/parameters/enum",
        "/responses/examples",
    ] {
        let link = spec
            .ref_at(Spec::ROOT, holder)
            .unwrap_or_else(|| panic!("{holder} is a reference"));
        assert!(link.target.is_some(), "{holder} resolves");
    }
}
