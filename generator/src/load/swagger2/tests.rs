//! The conversion, object by object, and the way back from converted pointers to the 2.0 text.

use serde_json::{Value as J, json};

use super::*;
use crate::load::LoadOptions;
use crate::source::Pos;

const HEAD: &str = "swagger: '2.0'\ninfo: {title: t, version: '1'}\n";

fn load(text: &str) -> Spec {
    let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    assert!(is_swagger2(&spec));
    spec
}

/// The converted root document, and the conversion's warnings as `pointer: message`.
fn converted(text: &str) -> (J, Vec<String>) {
    let c = convert(&load(text));
    let warnings = c
        .diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.location.as_ref().unwrap().pointer, d.message))
        .collect();
    (c.spec.root().to_json(), warnings)
}

fn doc(text: &str) -> J {
    let (doc, warnings) = converted(text);
    assert!(warnings.is_empty(), "{warnings:#?}");
    doc
}

#[test]
fn only_swagger_2_0_is_converted() {
    let spec = |t: &str| Spec::from_text("t.yaml", t, &LoadOptions::default());
    assert!(is_swagger2(&spec("swagger: 2.0\n")));
    assert!(!is_swagger2(&spec("swagger: '1.2'\n")));
    assert!(!is_swagger2(&spec("openapi: 3.0.3\nswagger: '2.0'\n")));
    assert!(!is_swagger2(&spec("[1, 2]\n")));
}

#[test]
fn host_base_path_and_schemes_become_servers() {
    let d = doc(&format!(
        "{HEAD}host: api.example.com:8443\nbasePath: /v1/\nschemes: [https, http]\npaths: {{}}\n"
    ));
    assert_eq!(d["openapi"], "3.0.3");
    assert_eq!(
        d["servers"],
        json!([{"url": "https://api.example.com:8443/v1"}, {"url": "http://api.example.com:8443/v1"}])
    );
    // Key order: `servers` where `host` was, the 2.0-only keys gone.
    let keys: Vec<&String> = d.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["openapi", "info", "servers", "paths"]);
    let d = doc(&format!("{HEAD}host: api.example.com\nbasePath: /\npaths: {{}}\n"));
    assert_eq!(
        d["servers"],
        json!([{"url": "//api.example.com"}]),
        "the scheme the spec is read with"
    );
    let d = doc(&format!("{HEAD}basePath: /api\nschemes: [https]\npaths: {{}}\n"));
    assert_eq!(d["servers"], json!([{"url": "/api"}]));
    assert!(doc(&format!("{HEAD}paths: {{}}\n")).get("servers").is_none());
    let d = doc(&format!(
        "{HEAD}host: h\nschemes: [http]\npaths:\n  /a:\n    get:\n      schemes: [wss]\n      responses: {{'200': {{description: ok}}}}\n"
    ));
    assert_eq!(d["paths"]["/a"]["get"]["servers"], json!([{"url": "wss://h"}]));
}

#[test]
fn body_parameters_become_request_bodies_with_consumes() {
    let d = doc(&format!(
        "{HEAD}consumes: [application/json, application/xml]\npaths:\n  /p:\n    post:\n      parameters:\n        - {{name: q, in: query, type: string}}\n        - name: pet\n          in: body\n          description: The pet.\n          required: true\n          schema: {{type: object}}\n      responses: {{'200': {{description: ok}}}}\n    put:\n      consumes: [text/plain]\n      parameters: [{{name: b, in: body, schema: {{type: string}}}}]\n      responses: {{'200': {{description: ok}}}}\n"
    ));
    let post = &d["paths"]["/p"]["post"];
    assert_eq!(
        post["parameters"],
        json!([{"name": "q", "in": "query", "schema": {"type": "string"}}])
    );
    assert_eq!(
        post["requestBody"],
        json!({
            "x-codegen-request-body-name": "pet",
            "description": "The pet.",
            "required": true,
            "content": {
                "application/json": {"schema": {"type": "object"}},
                "application/xml": {"schema": {"type": "object"}}
            }
        })
    );
    let keys: Vec<&String> = post.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["parameters", "requestBody", "responses"]);
    let put = &d["paths"]["/p"]["put"];
    assert!(put.get("parameters").is_none(), "nothing left but the body");
    assert_eq!(
        put["requestBody"]["content"],
        json!({"text/plain": {"schema": {"type": "string"}}})
    );
}

#[test]
fn form_parameters_become_one_object_body() {
    let d = doc(&format!(
        "{HEAD}paths:\n  /up:\n    post:\n      consumes: [multipart/form-data]\n      parameters:\n        - {{name: file, in: formData, type: file, required: true, description: The file.}}\n        - {{name: note, in: formData, type: string, maxLength: 10}}\n      responses: {{'200': {{description: ok}}}}\n  /f:\n    post:\n      parameters:\n        - {{name: tags, in: formData, type: array, items: {{type: string}}}}\n        - {{name: ids, in: formData, type: array, items: {{type: integer}}, collectionFormat: multi}}\n      responses: {{'200': {{description: ok}}}}\n"
    ));
    assert_eq!(
        d["paths"]["/up"]["post"]["requestBody"],
        json!({
            "required": true,
            "content": {"multipart/form-data": {"schema": {
                "type": "object",
                "properties": {
                    "file": {"description": "The file.", "type": "string", "format": "binary"},
                    "note": {"type": "string", "maxLength": 10}
                },
                "required": ["file"]
            }}}
        })
    );
    assert_eq!(
        d["paths"]["/f"]["post"]["requestBody"]["content"],
        json!({"application/x-www-form-urlencoded": {
            "schema": {"type": "object", "properties": {
                "tags": {"type": "array", "items": {"type": "string"}},
                "ids": {"type": "array", "items": {"type": "integer"}}
            }},
            "encoding": {"tags": {"style": "form", "explode": false}}
        }})
    );
    let (_, warnings) = converted(&format!(
        "{HEAD}consumes: [application/json]\npaths:\n  /f:\n    post:\n      parameters: [{{name: a, in: formData, type: string}}]\n      responses: {{'200': {{description: ok}}}}\n"
    ));
    assert_eq!(
        warnings,
        [
            "/paths/~1f/post/parameters/0: form parameters need `consumes` to list `application/x-www-form-urlencoded` or `multipart/form-data`; it lists neither, so application/x-www-form-urlencoded is assumed"
        ]
    );
}

#[test]
fn produces_and_examples_become_response_content() {
    let d = doc(&format!(
        "{HEAD}produces: [application/json]\npaths:\n  /a:\n    get:\n      produces: [application/json, text/csv]\n      responses:\n        '200':\n          description: ok\n          schema: {{type: string}}\n          examples: {{application/json: \"a\", application/xml: <a/>}}\n          headers: {{X-Rate: {{type: integer, description: Left.}}}}\n        '204': {{description: none}}\n  /file:\n    get:\n      produces: []\n      responses: {{'200': {{description: ok, schema: {{type: file}}}}}}\n"
    ));
    let r = &d["paths"]["/a"]["get"]["responses"];
    assert_eq!(
        r["200"],
        json!({
            "description": "ok",
            "content": {
                "application/json": {"schema": {"type": "string"}, "example": "a"},
                "text/csv": {"schema": {"type": "string"}},
                "application/xml": {"schema": {"type": "string"}, "example": "<a/>"}
            },
            "headers": {"X-Rate": {"schema": {"type": "integer"}, "description": "Left."}}
        })
    );
    assert_eq!(r["204"], json!({"description": "none"}));
    assert_eq!(
        d["paths"]["/file"]["get"]["responses"]["200"]["content"],
        json!({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}})
    );
}

#[test]
fn security_definitions_become_security_schemes() {
    let d = doc(&format!(
        "{HEAD}paths: {{}}\nsecurityDefinitions:\n  basic: {{type: basic, description: Basic.}}\n  key: {{type: apiKey, name: X-Key, in: header}}\n  implicit: {{type: oauth2, flow: implicit, authorizationUrl: 'https://a/auth', scopes: {{read: Read.}}}}\n  password: {{type: oauth2, flow: password, tokenUrl: 'https://a/token', scopes: {{}}}}\n  app: {{type: oauth2, flow: application, tokenUrl: 'https://a/token'}}\n  code: {{type: oauth2, flow: accessCode, authorizationUrl: 'https://a/auth', tokenUrl: 'https://a/token', scopes: {{}}}}\nsecurity: [{{key: []}}]\n"
    ));
    assert_eq!(
        d["components"]["securitySchemes"],
        json!({
            "basic": {"type": "http", "scheme": "basic", "description": "Basic."},
            "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
            "implicit": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://a/auth", "scopes": {"read": "Read."}}}},
            "password": {"type": "oauth2", "flows": {"password": {"tokenUrl": "https://a/token", "scopes": {}}}},
            "app": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://a/token", "scopes": {}}}},
            "code": {"type": "oauth2", "flows": {"authorizationCode": {"authorizationUrl": "https://a/auth", "tokenUrl": "https://a/token", "scopes": {}}}}
        })
    );
    assert_eq!(d["security"], json!([{"key": []}]));
}

#[test]
fn schemas_take_3_0_forms() {
    let d = doc(&format!(
        "{HEAD}paths: {{}}\ndefinitions:\n  Pet:\n    type: object\n    discriminator: kind\n    required: [kind]\n    properties:\n      kind: {{type: string}}\n      name: {{type: string, x-nullable: true}}\n      photo: {{type: file}}\n      tags: {{type: array, items: {{$ref: '#/definitions/Tag'}}}}\n      extra: {{additionalProperties: {{type: integer, x-nullable: true}}}}\n  Tag: {{allOf: [{{$ref: '#/definitions/Pet'}}, {{x-nullable: false}}]}}\n"
    ));
    assert_eq!(
        d["components"]["schemas"],
        json!({
            "Pet": {
                "type": "object",
                "discriminator": {"propertyName": "kind"},
                "required": ["kind"],
                "properties": {
                    "kind": {"type": "string"},
                    "name": {"type": "string", "nullable": true},
                    "photo": {"type": "string", "format": "binary"},
                    "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                    "extra": {"additionalProperties": {"type": "integer", "nullable": true}}
                }
            },
            "Tag": {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"nullable": false}]}
        })
    );
}

#[test]
fn collection_formats_become_style_and_explode() {
    let param = |location: &str, format: &str| {
        let format = if format.is_empty() {
            String::new()
        } else {
            format!(", collectionFormat: {format}")
        };
        let required = if location == "path" { ", required: true" } else { "" };
        let text = format!(
            "{HEAD}paths:\n  /a/{{p}}:\n    get:\n      parameters: [{{name: p, in: {location}, type: array, items: {{type: string}}{format}{required}}}]\n      responses: {{'200': {{description: ok}}}}\n"
        );
        let (d, warnings) = converted(&text);
        let p = d["paths"]["/a/{p}"]["get"]["parameters"][0].clone();
        let style = (p.get("style").cloned(), p.get("explode").cloned());
        (style, warnings)
    };
    let s = |style: &str, explode: bool| (Some(json!(style)), Some(json!(explode)));
    assert_eq!(p_ok(param("query", "")), s("form", false), "2.0's default is csv");
    assert_eq!(p_ok(param("query", "csv")), s("form", false));
    assert_eq!(p_ok(param("query", "multi")), s("form", true));
    assert_eq!(p_ok(param("query", "ssv")), s("spaceDelimited", false));
    assert_eq!(p_ok(param("query", "pipes")), s("pipeDelimited", false));
    assert_eq!(p_ok(param("path", "csv")), (None, None), "simple is csv");
    assert_eq!(p_ok(param("header", "")), (None, None));
    let (style, warnings) = param("query", "tsv");
    assert_eq!(style, s("form", false));
    assert_eq!(
        warnings,
        [
            "/paths/~1a~1{p}/get/parameters/0/collectionFormat: `collectionFormat: tsv` has no OpenAPI 3.0 equivalent for a query parameter; it is read as `csv`"
        ]
    );
    let (_, warnings) = param("path", "pipes");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

fn p_ok<T>((value, warnings): (T, Vec<String>)) -> T {
    assert!(warnings.is_empty(), "{warnings:?}");
    value
}

#[test]
fn parameters_keep_their_keys_and_give_the_rest_to_the_schema() {
    let d = doc(&format!(
        "{HEAD}paths:\n  /a:\n    get:\n      parameters:\n        - name: n\n          in: query\n          description: N.\n          type: integer\n          minimum: 1\n          default: 5\n          x-nullable: true\n          x-example: 3\n          allowEmptyValue: true\n      responses: {{'200': {{description: ok}}}}\n"
    ));
    assert_eq!(
        d["paths"]["/a"]["get"]["parameters"][0],
        json!({
            "name": "n", "in": "query", "description": "N.",
            "schema": {"type": "integer", "minimum": 1, "default": 5, "nullable": true},
            "x-example": 3, "allowEmptyValue": true
        })
    );
}

#[test]
fn references_lead_to_the_converted_components() {
    let d = doc(&format!(
        "{HEAD}produces: [application/json]\npaths:\n  /a:\n    parameters: [{{$ref: '#/parameters/Body'}}]\n    post:\n      parameters: [{{$ref: '#/parameters/Limit'}}]\n      responses: {{'404': {{$ref: '#/responses/NotFound'}}}}\n    put:\n      produces: [text/plain]\n      responses: {{'404': {{$ref: '#/responses/NotFound'}}}}\n  /b:\n    post:\n      parameters: [{{$ref: '#/parameters/Field'}}]\n      responses: {{'200': {{description: ok}}}}\nparameters:\n  Limit: {{name: limit, in: query, type: integer}}\n  Body: {{name: body, in: body, schema: {{$ref: '#/definitions/Pet'}}}}\n  Field: {{name: f, in: formData, type: string}}\nresponses:\n  NotFound: {{description: Missing., schema: {{$ref: '#/definitions/Pet'}}}}\ndefinitions:\n  Pet: {{type: object}}\n"
    ));
    let post = &d["paths"]["/a"]["post"];
    assert_eq!(post["parameters"], json!([{"$ref": "#/components/parameters/Limit"}]));
    assert_eq!(post["requestBody"], json!({"$ref": "#/components/requestBodies/Body"}));
    assert_eq!(
        post["responses"]["404"],
        json!({"$ref": "#/components/responses/NotFound"})
    );
    assert!(
        d["paths"]["/a"].get("parameters").is_none(),
        "the path-level body went to the operations"
    );
    assert_eq!(
        d["paths"]["/a"]["put"]["responses"]["404"],
        json!({"description": "Missing.", "content": {"text/plain": {"schema": {"$ref": "#/components/schemas/Pet"}}}}),
        "other media types than the document's: a copy"
    );
    let c = &d["components"];
    assert_eq!(
        c["parameters"],
        json!({"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}})
    );
    assert_eq!(
        c["requestBodies"]["Body"],
        json!({"x-codegen-request-body-name": "body", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}})
    );
    assert!(
        c["parameters"].get("Field").is_none(),
        "form fields live in the operations' bodies"
    );
    assert_eq!(
        d["paths"]["/b"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"],
        json!({"type": "object", "properties": {"f": {"type": "string"}}})
    );
}

/// The 1-based line:column where the only occurrence of `needle` starts in `text`.
fn pos_of(text: &str, needle: &str) -> Pos {
    assert_eq!(text.matches(needle).count(), 1, "`{needle}` must occur once");
    let before = &text[..text.find(needle).unwrap()];
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    Pos::new(before.matches('\n').count() as u32 + 1, col as u32)
}

/// The line:column of a converted node's 2.0 origin.
fn origin(spec: &Spec, c: &Converted, ptr: &str) -> (String, Pos) {
    let loc = c.original(spec, Spec::ROOT, ptr);
    (loc.pointer, loc.span.start)
}

#[test]
fn converted_nodes_lead_back_to_the_2_0_text() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    post:\n      parameters:\n        - name: body\n          in: body\n          schema:\n            $ref: '#/definitions/Pet'\n      responses:\n        '200':\n          description: ok\n          schema: {{type: string}}\ndefinitions:\n  Pet:\n    type: object\n    properties:\n      name: {{type: string, x-nullable: true}}\n"
    );
    let spec = load(&text);
    let c = convert(&spec);
    assert_eq!(
        origin(&spec, &c, "/components/schemas/Pet/properties/name/nullable"),
        (
            "/definitions/Pet/properties/name/x-nullable".into(),
            pos_of(&text, "true}")
        )
    );
    assert_eq!(
        origin(
            &spec,
            &c,
            "/paths/~1a/post/requestBody/content/application~1json/schema/$ref"
        ),
        (
            "/paths/~1a/post/parameters/0/schema/$ref".into(),
            pos_of(&text, "'#/definitions/Pet'")
        )
    );
    assert_eq!(
        origin(
            &spec,
            &c,
            "/paths/~1a/post/responses/200/content/application~1json/schema/type"
        ),
        (
            "/paths/~1a/post/responses/200/schema/type".into(),
            pos_of(&text, "string}")
        )
    );
    // A missing node: its deepest existing ancestor's origin, the rest appended.
    assert_eq!(
        origin(&spec, &c, "/components/schemas/Pet/required"),
        ("/definitions/Pet/required".into(), pos_of(&text, "type: object"))
    );
    assert_eq!(
        c.counterpart(Spec::ROOT, "/definitions/Pet/properties/name"),
        Some((Spec::ROOT, "/components/schemas/Pet/properties/name"))
    );
    // Spans are the 2.0 ones.
    let node = c
        .spec
        .node(Spec::ROOT, "/components/schemas/Pet/properties/name/nullable")
        .unwrap();
    assert_eq!(node.span.start, pos_of(&text, "true}"));
}

#[test]
fn the_typed_view_reads_2_0_and_reports_in_its_terms() {
    let text = format!(
        "{HEAD}host: h\npaths:\n  /a:\n    get:\n      parameters: [{{name: n, in: query, type: integer, format: int32}}]\n      responses: {{'200': {{description: ok, schema: {{$ref: '#/definitions/A'}}}}}}\ndefinitions:\n  A: {{type: object, properties: {{x: {{type: string, x-nullable: true}}}}}}\n"
    );
    let spec = load(&text);
    let api = spec.openapi().expect("a typed view");
    assert_eq!(api.servers[0].url, "//h");
    let typed = spec.typed().unwrap();
    let loc = typed.locate(&spec, "/paths/~1a/get/parameters/0/schema/format");
    assert_eq!(loc.pointer, "/paths/~1a/get/parameters/0/format");
    assert_eq!(loc.span.start, pos_of(&text, "int32"));

    // A 3.0 structure error (an API key without `name`) points at the 2.0 definition.
    let text = format!("{HEAD}paths: {{}}\nsecurityDefinitions:\n  key: {{type: apiKey, in: header}}\n");
    let spec = load(&text);
    let errors = spec.openapi().unwrap_err();
    let loc = errors[0].location.as_ref().unwrap();
    assert_eq!(loc.pointer, "/securityDefinitions/key", "{errors:#?}");
    assert_eq!(loc.span.start, pos_of(&text, "{type: apiKey"));
}

#[test]
fn path_items_in_other_files_are_converted_in_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("api.yaml"),
        format!("{HEAD}produces: [application/json]\npaths:\n  /a: {{$ref: 'paths.yaml#/a'}}\ndefinitions:\n  P: {{type: object}}\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("paths.yaml"),
        "a:\n  get:\n    parameters: [{name: q, in: query, type: string}]\n    responses:\n      '200': {description: ok, schema: {$ref: 'api.yaml#/definitions/P'}}\n",
    )
    .unwrap();
    let spec = Spec::load(dir.path().join("api.yaml"), &LoadOptions::default()).unwrap();
    assert!(spec.diagnostics.is_empty(), "{:#?}", spec.diagnostics);
    let c = convert(&spec);
    assert_eq!(
        c.spec.root().to_json()["paths"],
        json!({"/a": {"$ref": "paths.yaml#/a"}})
    );
    let paths = FileId(1);
    assert_eq!(
        c.spec.tree(paths).to_json(),
        json!({"a": {"get": {
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "api.yaml#/components/schemas/P"}}}}}
        }}})
    );
    let api = spec.openapi().expect("a typed view");
    assert!(api.paths.paths.contains_key("/a"));
}

#[test]
fn type_lists_read_as_3_1_reads_them_and_warnings_come_in_2_0_terms() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      parameters: [{{name: q, in: query, type: array, items: {{type: string}}, collectionFormat: tsv}}]\n      responses: {{'200': {{description: ok, schema: {{$ref: '#/definitions/A'}}}}}}\ndefinitions:\n  A:\n    type: object\n    properties:\n      x: {{type: [string, 'null']}}\n      y: {{type: string, x-nullable: true}}\n      z: {{type: [integer, string], x-nullable: true}}\n      w: {{type: array, items: [{{type: string}}]}}\n"
    );
    let spec = load(&text);
    let typed = spec.typed().expect("a typed view");
    let schemas = &typed.api.components.as_ref().unwrap().schemas;
    let props = serde_json::to_value(&schemas["A"]).unwrap()["properties"].clone();
    assert_eq!(props["x"], json!({"type": "string", "nullable": true}));
    assert_eq!(props["y"], json!({"type": "string", "nullable": true}));
    assert_eq!(
        props["z"],
        json!({"nullable": true, "anyOf": [{"type": "integer"}, {"type": "string"}]})
    );
    // The conversion's warning first, then the typed view's, both in the 2.0 file.
    let warnings: Vec<(&str, &str, Pos)> = typed
        .warnings()
        .iter()
        .map(|d| {
            let l = d.location.as_ref().unwrap();
            (d.code, l.pointer.as_str(), l.span.start)
        })
        .collect();
    assert_eq!(
        warnings,
        [
            (
                CONVERSION,
                "/paths/~1a/get/parameters/0/collectionFormat",
                pos_of(&text, "tsv")
            ),
            (
                "unsupported-schema",
                "/definitions/A/properties/w/items",
                pos_of(&text, "[{type: string}]")
            ),
        ]
    );
    // `specgen convert` writes the same reading, as valid 3.0.
    let (bundle, _) = spec.bundle().unwrap();
    assert_eq!(
        bundle["components"]["schemas"]["A"]["properties"]["x"],
        json!({"type": "string", "nullable": true})
    );
}
