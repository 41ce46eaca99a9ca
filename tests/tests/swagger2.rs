//! Swagger 2.0 in: the fixtures of `fixtures/swagger2/` (and the corpus's 2.0 examples, when present)
//! converted to 3.0 with every node still located in the 2.0 files; linted, generated and converted.
//! Spans come from the text oracles in `specgen_tests`, never from the loader.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Value as J, json};
use specgen::convert::{Format, Target};
use specgen::lint::{Linted, lint_spec};
use specgen::load::swagger2::{self, Converted};
use specgen::load::{LoadOptions, Spec};
use specgen::source::{FileId, Span};
use specgen::{Generator, Severity};
use specgen_tests::{corpus, fixture, span_in};

fn load(path: &Path, root_dir: Option<&Path>) -> Spec {
    let options = LoadOptions {
        root_dir: root_dir.map(Path::to_path_buf),
        ..LoadOptions::default()
    };
    let spec = Spec::load(path, &options).unwrap();
    assert!(
        spec.diagnostics.is_empty(),
        "{}: {:#?}",
        path.display(),
        spec.diagnostics
    );
    assert!(swagger2::is_swagger2(&spec), "{}", path.display());
    spec
}

fn petshop() -> (Spec, String) {
    let path = fixture("swagger2/petshop.yaml");
    (load(&path, None), std::fs::read_to_string(&path).unwrap())
}

/// The converted root document as JSON.
fn doc(c: &Converted) -> J {
    c.spec.root().to_json()
}

/// The file id of a loaded file, by its name.
fn file_id(spec: &Spec, name: &str) -> FileId {
    spec.sources
        .iter()
        .find(|(_, f)| f.path.ends_with(name))
        .map(|(id, _)| id)
        .unwrap_or_else(|| panic!("{name} not loaded"))
}

/// The 2.0 pointer and span a converted node comes from.
fn origin(spec: &Spec, c: &Converted, file: FileId, ptr: &str) -> (FileId, String, Span) {
    let loc = c.original(spec, file, ptr);
    (loc.file, loc.pointer, loc.span)
}

#[test]
fn host_base_path_and_schemes_become_servers() {
    let (spec, text) = petshop();
    let c = swagger2::convert(&spec);
    assert!(c.diagnostics.is_empty(), "{:#?}", c.diagnostics);
    let d = doc(&c);
    assert_eq!(
        d["servers"],
        json!([{"url": "https://shop.example.com/v2"}, {"url": "http://shop.example.com/v2"}])
    );
    assert_eq!(
        origin(&spec, &c, Spec::ROOT, "/servers/1/url"),
        (Spec::ROOT, "/schemes/1".into(), span_in(&text, ", http]|http"))
    );
}

#[test]
fn body_and_form_parameters_become_request_bodies_with_consumes() {
    let (spec, text) = petshop();
    let c = swagger2::convert(&spec);
    let d = doc(&c);
    let add = &d["paths"]["/pets"]["post"];
    assert!(add.get("parameters").is_none());
    let content: Vec<&String> = add["requestBody"]["content"].as_object().unwrap().keys().collect();
    assert_eq!(
        content,
        ["application/json", "application/xml"],
        "the operation's consumes"
    );
    assert_eq!(add["requestBody"]["required"], true);
    assert_eq!(
        add["requestBody"]["content"]["application/xml"]["schema"],
        json!({"$ref": "#/components/schemas/NewPet"})
    );
    assert_eq!(
        d["paths"]["/pets/{petId}"]["put"]["requestBody"],
        json!({"$ref": "#/components/requestBodies/petBody"})
    );
    assert_eq!(
        d["components"]["requestBodies"]["petBody"]["content"],
        json!({"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}}),
        "the document's consumes"
    );
    assert_eq!(
        d["paths"]["/pets/{petId}/photo"]["post"]["requestBody"],
        json!({"required": true, "content": {"multipart/form-data": {"schema": {
            "type": "object",
            "properties": {
                "file": {"description": "The photo.", "type": "string", "format": "binary"},
                "caption": {"type": "string", "maxLength": 140}
            },
            "required": ["file"]
        }}}})
    );
    assert_eq!(
        d["paths"]["/notes"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["required"],
        json!(["text"])
    );
    // The form's properties are the parameters, where they are written.
    let (file, ptr, span) = origin(
        &spec,
        &c,
        Spec::ROOT,
        "/paths/~1pets~1{petId}~1photo/post/requestBody/content/multipart~1form-data/schema/properties/caption/maxLength",
    );
    assert_eq!(
        (file, ptr.as_str()),
        (Spec::ROOT, "/paths/~1pets~1{petId}~1photo/post/parameters/1/maxLength")
    );
    assert_eq!(span, span_in(&text, "maxLength: 140|140"));
}

#[test]
fn produces_and_examples_become_response_media_types() {
    let (spec, text) = petshop();
    let c = swagger2::convert(&spec);
    let d = doc(&c);
    let ok = &d["paths"]["/pets"]["get"]["responses"]["200"];
    assert_eq!(
        ok["content"]["application/json"]["example"],
        json!([{"id": 1, "name": "Rex", "kind": "dog", "tag": null}])
    );
    assert_eq!(
        ok["headers"]["X-Total"],
        json!({"schema": {"type": "integer"}, "description": "How many pets match."})
    );
    let photo = &d["paths"]["/pets/{petId}/photo"]["get"]["responses"];
    assert_eq!(
        photo["200"]["content"],
        json!({"image/png": {"schema": {"type": "string", "format": "binary"}}}),
        "type: file is binary, in the operation's produces"
    );
    assert_eq!(
        photo["404"]["content"]["image/png"]["schema"],
        json!({"$ref": "#/components/schemas/Error"}),
        "a shared response under other produces is copied with them"
    );
    assert_eq!(
        d["paths"]["/pets/{petId}"]["get"]["responses"]["404"],
        json!({"$ref": "#/components/responses/NotFound"})
    );
    assert_eq!(
        origin(
            &spec,
            &c,
            Spec::ROOT,
            "/paths/~1pets~1{petId}~1photo/get/responses/200/content/image~1png/schema/format"
        ),
        (
            Spec::ROOT,
            "/paths/~1pets~1{petId}~1photo/get/responses/200/schema/type".into(),
            span_in(&text, "schema: {type: file}|file")
        )
    );
}

#[test]
fn security_definitions_become_security_schemes() {
    let (spec, _) = petshop();
    let d = doc(&swagger2::convert(&spec));
    assert_eq!(
        d["components"]["securitySchemes"],
        json!({
            "basicAuth": {"type": "http", "scheme": "basic", "description": "Staff accounts."},
            "apiKey": {"type": "apiKey", "name": "X-Api-Key", "in": "header"},
            "oauth": {"type": "oauth2", "flows": {"authorizationCode": {
                "authorizationUrl": "https://shop.example.com/oauth/authorize",
                "tokenUrl": "https://shop.example.com/oauth/token",
                "scopes": {"read": "Read pets.", "write": "Change pets."}
            }}}
        })
    );
}

#[test]
fn x_nullable_becomes_nullable_where_it_was_written() {
    let (spec, text) = petshop();
    let c = swagger2::convert(&spec);
    let ptr = "/components/schemas/NewPet/properties/tag/nullable";
    let node = c.spec.node(Spec::ROOT, ptr).unwrap();
    assert_eq!(node.to_json(), json!(true));
    let written = span_in(&text, "x-nullable: true|true");
    assert_eq!(node.span, written, "the converted node carries the 2.0 span");
    assert_eq!(
        origin(&spec, &c, Spec::ROOT, ptr),
        (
            Spec::ROOT,
            "/definitions/NewPet/properties/tag/x-nullable".into(),
            written
        )
    );
}

#[test]
fn collection_formats_become_style_and_explode() {
    let (spec, _) = petshop();
    let d = doc(&swagger2::convert(&spec));
    let params = &d["paths"]["/pets"]["get"]["parameters"];
    assert_eq!(
        params[0],
        json!({
            "name": "tags", "in": "query",
            "description": "Tags to filter by, comma-separated (2.0's default collectionFormat, csv).",
            "schema": {"type": "array", "items": {"type": "string"}},
            "style": "form", "explode": false
        })
    );
    assert_eq!(
        (&params[1]["style"], &params[1]["explode"]),
        (&json!("form"), &json!(true)),
        "multi"
    );
    assert_eq!(params[2], json!({"$ref": "#/components/parameters/limit"}));
    assert_eq!(
        d["components"]["parameters"]["limit"]["schema"],
        json!({"type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 20})
    );
}

#[test]
fn multi_file_specs_are_converted_in_place() {
    let dir = fixture("swagger2/multi");
    let spec = load(&dir.join("api.yaml"), None);
    let c = swagger2::convert(&spec);
    assert!(c.diagnostics.is_empty(), "{:#?}", c.diagnostics);
    let d = doc(&c);
    assert_eq!(
        d["paths"]["/orders"]["get"]["parameters"],
        json!([{"$ref": "parameters.yaml#/pageSize"}])
    );
    assert_eq!(
        d["paths"]["/orders"]["post"]["requestBody"],
        json!({"$ref": "parameters.yaml#/orderBody"})
    );
    assert_eq!(
        d["components"]["schemas"]["Money"]["properties"]["currency"],
        json!({"$ref": "schemas/Currency.yaml"})
    );

    // Each referenced node of another file is converted where it is, as what the reference expects.
    let params = file_id(&spec, "parameters.yaml");
    assert_eq!(
        c.spec.tree(params).to_json(),
        json!({
            "pageSize": {"name": "pageSize", "in": "query", "description": "Orders per page.",
                         "schema": {"type": "integer", "minimum": 1, "maximum": 50}},
            "orderBody": {"x-codegen-request-body-name": "order", "description": "The order to create.", "required": true,
                          "content": {"application/json": {"schema": {"$ref": "schemas/Order.yaml"}}}}
        })
    );
    let order = file_id(&spec, "Order.yaml");
    assert_eq!(
        c.spec.node(order, "/properties/total").unwrap().to_json(),
        json!({"$ref": "../api.yaml#/components/schemas/Money"}),
        "a reference back into the root follows its definitions to components"
    );
    let text = std::fs::read_to_string(dir.join("schemas/Order.yaml")).unwrap();
    assert_eq!(
        origin(&spec, &c, order, "/properties/note/nullable"),
        (
            order,
            "/properties/note/x-nullable".into(),
            span_in(&text, "x-nullable: true|true")
        )
    );
    let text = std::fs::read_to_string(dir.join("parameters.yaml")).unwrap();
    assert_eq!(
        origin(&spec, &c, params, "/pageSize/schema/maximum"),
        (params, "/pageSize/maximum".into(), span_in(&text, "maximum: 50|50"))
    );

    // The typed view hoists the other files' schemas and locates them in their 2.0 files.
    let typed = spec.typed().unwrap();
    let names: Vec<&String> = typed.api.components.as_ref().unwrap().schemas.keys().collect();
    assert_eq!(
        names,
        ["Money", "Order", "Currency", "Item"],
        "in the order first referenced"
    );
    let loc = typed.locate(&spec, "/components/schemas/Order/properties/note/nullable");
    let text = std::fs::read_to_string(dir.join("schemas/Order.yaml")).unwrap();
    assert_eq!(
        (loc.file, loc.pointer.as_str(), loc.span),
        (
            order,
            "/properties/note/x-nullable",
            span_in(&text, "x-nullable: true|true")
        )
    );
}

/// `(rule, pointer, span)` of the findings of `rules` in a linted spec, sorted.
fn findings(linted: &Linted, rules: &[&str]) -> Vec<(String, String, Span)> {
    let mut out: Vec<_> = linted
        .findings
        .iter()
        .filter(|d| rules.contains(&d.code))
        .map(|d| {
            let l = d.location.as_ref().unwrap();
            (d.code.to_owned(), l.pointer.clone(), l.span)
        })
        .collect();
    out.sort_by_key(|f| f.2);
    out
}

#[test]
fn lint_findings_point_into_the_2_0_file() {
    let path = fixture("swagger2/defects.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let linted = lint_spec(load(&path, None));
    let rules = [
        "path-params",
        "pattern-invalid",
        "swagger2-conversion",
        "operation-operationId-unique",
        "oas2-valid-schema-example",
        "oas2-schema",
        "openapi-structure",
    ];
    let get = "/paths/~1pets~1{petId}/get";
    assert_eq!(
        findings(&linted, &rules),
        [
            (
                "path-params".into(),
                get.into(),
                span_in(&text, "  /pets/{petId}:\n    get|get")
            ),
            (
                "path-params".into(),
                format!("{get}/parameters/0/name"),
                span_in(&text, "{name: petid|petid")
            ),
            (
                "pattern-invalid".into(),
                format!("{get}/parameters/0/pattern"),
                span_in(&text, "'^[a-z{2}$'")
            ),
            (
                "swagger2-conversion".into(),
                format!("{get}/parameters/1/collectionFormat"),
                span_in(&text, "tsv")
            ),
            (
                "operation-operationId-unique".into(),
                "/paths/~1owners/get/operationId".into(),
                span_in(&text, "  /owners:\n    get:\n      operationId: getPet|getPet")
            ),
            (
                "oas2-valid-schema-example".into(),
                "/definitions/Pet/properties/age/example".into(),
                span_in(&text, "old")
            ),
        ]
    );
}

#[test]
fn structure_findings_point_into_the_2_0_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {descripton: OK}\n";
    std::fs::write(dir.path().join("api.yaml"), text).unwrap();
    let linted = lint_spec(load(&dir.path().join("api.yaml"), None));
    let f = findings(&linted, &["oas2-schema"]);
    assert_eq!(
        f,
        [
            (
                "oas2-schema".into(),
                "/paths/~1a/get/responses/200".into(),
                span_in(text, "'200'")
            ),
            (
                "oas2-schema".into(),
                "/paths/~1a/get/responses/200/descripton".into(),
                span_in(text, "descripton")
            ),
        ],
        "{:#?}",
        linted.findings
    );
}

#[test]
fn generator_warnings_point_into_the_2_0_file() {
    let path = fixture("swagger2/petshop.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let generated = Generator::new().generate(&path).unwrap();
    let w: Vec<(&str, &str, Span)> = generated
        .warnings
        .iter()
        .map(|d| {
            let l = d.location.as_ref().unwrap();
            (d.code, l.pointer.as_str(), l.span)
        })
        .collect();
    assert_eq!(
        w,
        [(
            "unsupported-media-type",
            "/paths/~1pets/post/parameters/0/schema",
            span_in(
                &text,
                "The pet to add.\n          required: true\n          schema: {$ref: '#/definitions/NewPet'}|{$ref: '#/definitions/NewPet'}"
            )
        )]
    );
}

/// Every 2.0 spec of the fixtures, with the folder its `$ref`s may reach.
fn fixture_specs() -> Vec<(PathBuf, Option<PathBuf>)> {
    vec![
        (fixture("swagger2/petshop.yaml"), None),
        (fixture("swagger2/multi/api.yaml"), None),
    ]
}

/// The corpus's 2.0 examples, when the corpus is there.
fn corpus_specs() -> Vec<(PathBuf, Option<PathBuf>)> {
    let Some(dir) = corpus() else { return Vec::new() };
    let dir = dir.join("oai-examples-2.0");
    let mut specs: Vec<(PathBuf, Option<PathBuf>)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| (p, None))
        .collect();
    specs.sort();
    // Its Error.yaml lies beside the spec's folder.
    specs.push((
        dir.join("petstore-separate/spec/swagger.yaml"),
        Some(dir.join("petstore-separate")),
    ));
    assert_eq!(specs.len(), 8, "the corpus's 2.0 examples: {specs:?}");
    specs
}

/// Converts `spec` to `target` and writes it beside a temp dir as YAML and JSON; returns both paths.
fn convert_to_files(spec: &Spec, target: Target, dir: &Path, stem: &str) -> [PathBuf; 2] {
    let conversion = specgen::convert::convert(spec, target).unwrap_or_else(|d| panic!("{d:#?}"));
    let yaml = dir.join(format!("{stem}.yaml"));
    let json = dir.join(format!("{stem}.json"));
    std::fs::write(&yaml, conversion.write(Format::Yaml)).unwrap();
    std::fs::write(&json, conversion.write(Format::Json)).unwrap();
    [yaml, json]
}

/// Lints the converted files: the findings that say the document is not valid OpenAPI.
fn structural_errors(path: &Path) -> Vec<String> {
    let linted = specgen::lint::lint_path(path, &LoadOptions::default()).unwrap();
    linted
        .findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .filter(|d| {
            matches!(
                d.code,
                "oas3-schema" | "openapi-structure" | "parse-error" | "unresolved-ref" | "duplicate-key"
            )
        })
        .map(|d| {
            format!(
                "{}: {}",
                d.location.as_ref().map_or("", |l| l.pointer.as_str()),
                d.message
            )
        })
        .collect()
}

fn converted_specs_lint_without_structural_errors(specs: &[(PathBuf, Option<PathBuf>)]) {
    let dir = tempfile::tempdir().unwrap();
    for (i, (path, root)) in specs.iter().enumerate() {
        let spec = load(path, root.as_deref());
        // The 2.0 spec itself: no errors of any rule.
        let linted = lint_spec(load(path, root.as_deref()));
        let errors: Vec<_> = linted
            .findings
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        for file in convert_to_files(&spec, Target::V30, dir.path(), &format!("s{i}")) {
            let errors = structural_errors(&file);
            assert!(
                errors.is_empty(),
                "{} as {}: {errors:#?}",
                path.display(),
                file.display()
            );
        }
        // 3.1 is linted with the rules that apply to 3.1.
        for file in convert_to_files(&spec, Target::V31, dir.path(), &format!("s{i}-31")) {
            let errors = structural_errors(&file);
            assert!(
                errors.is_empty(),
                "{} as {}: {errors:#?}",
                path.display(),
                file.display()
            );
        }
    }
}

#[test]
fn converted_fixtures_lint_without_structural_errors() {
    converted_specs_lint_without_structural_errors(&fixture_specs());
}

#[test]
fn converted_corpus_examples_lint_without_structural_errors() {
    converted_specs_lint_without_structural_errors(&corpus_specs());
}

fn same_rust_from_2_0_and_its_conversion(specs: &[(PathBuf, Option<PathBuf>)]) {
    let dir = tempfile::tempdir().unwrap();
    for (i, (path, root)) in specs.iter().enumerate() {
        let mut generator = Generator::new().client(true);
        if let Some(root) = root {
            generator = generator.root_dir(root);
        }
        let from_2_0 = generator
            .generate(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let spec = load(path, root.as_deref());
        for file in convert_to_files(&spec, Target::V30, dir.path(), &format!("s{i}")) {
            let from_3_0 = Generator::new()
                .client(true)
                .generate(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            if let Some((n, (a, b))) = from_2_0
                .code
                .lines()
                .zip(from_3_0.code.lines())
                .enumerate()
                .find(|(_, (a, b))| a != b)
            {
                panic!(
                    "{} and its conversion {} generate different code; line {}:\n{a}\n{b}",
                    path.display(),
                    file.display(),
                    n + 1
                );
            }
            assert_eq!(from_2_0.code.len(), from_3_0.code.len(), "{}", path.display());
        }
    }
}

#[test]
fn generating_from_2_0_and_from_its_conversion_gives_the_same_rust() {
    same_rust_from_2_0_and_its_conversion(&fixture_specs());
}

#[test]
fn corpus_examples_generate_the_same_rust_as_their_conversions() {
    same_rust_from_2_0_and_its_conversion(&corpus_specs());
}

mod router {
    //! The router generated from `petshop.yaml` (by build.rs), over a real socket: 2.0's query
    //! formats and `x-nullable` hold at run time.

    use super::*;
    use specgen_tests::fixtures::swagger2_petshop::*;
    use specgen_tests::http::{request, serve};

    struct Shop;

    fn pet(id: i64, name: &str) -> Pet {
        serde_json::from_value(json!({"id": id, "name": name, "kind": "dog", "tag": null})).unwrap()
    }

    impl PetShopApi for Shop {
        type Principal = ();

        async fn authenticate_api_key(
            &self,
            _: ApiKey,
            _: &[&str],
            _: &rt::RequestContext,
        ) -> Result<(), rt::AuthError> {
            Ok(())
        }

        async fn authenticate_oauth(&self, _: Oauth, _: &[&str], _: &rt::RequestContext) -> Result<(), rt::AuthError> {
            Ok(())
        }

        async fn authenticate_basic_auth(
            &self,
            _: BasicAuth,
            _: &[&str],
            _: &rt::RequestContext,
        ) -> Result<(), rt::AuthError> {
            Ok(())
        }

        async fn list_pets(&self, _cx: rt::RequestContext, _principal: (), query: ListPetsQuery) -> ListPetsResponse {
            // One pet per tag and id, so the test sees how the query was read.
            let tags = query.tags.unwrap_or_default();
            let ids = query.ids.unwrap_or_default();
            let body = tags.iter().zip(&ids).map(|(t, i)| pet(*i, t)).collect::<Vec<_>>();
            let headers = ListPetsOkHeaders {
                x_total: Some(body.len() as i64),
            };
            ListPetsResponse::Ok { body, headers }
        }

        async fn add_pet(&self, _cx: rt::RequestContext, _principal: (), body: NewPet) -> AddPetResponse {
            let mut value = serde_json::to_value(&body).unwrap();
            value["id"] = json!(7);
            AddPetResponse::Created(serde_json::from_value(value).unwrap())
        }

        async fn get_pet(&self, _cx: rt::RequestContext, _principal: (), path: PetsPetIdPath) -> GetPetResponse {
            GetPetResponse::Ok(pet(path.pet_id.into(), "Rex"))
        }

        async fn update_pet(
            &self,
            _cx: rt::RequestContext,
            _principal: (),
            _path: PetsPetIdPath,
            _body: NewPet,
        ) -> UpdatePetResponse {
            UpdatePetResponse::NotFound(Error {
                code: 404,
                message: "no such pet".into(),
            })
        }

        async fn get_photo(&self, _cx: rt::RequestContext, _principal: (), _path: PhotoPath) -> GetPhotoResponse {
            GetPhotoResponse::Ok(b"\x89PNG".to_vec())
        }

        async fn upload_photo(
            &self,
            _cx: rt::RequestContext,
            _principal: (),
            _path: PhotoPath,
            _body: Vec<u8>,
        ) -> UploadPhotoResponse {
            UploadPhotoResponse::NoContent
        }

        async fn add_note(&self, _cx: rt::RequestContext, _principal: (), _body: AddNoteRequest) -> AddNoteResponse {
            AddNoteResponse::NoContent
        }
    }

    const KEY: (&str, &str) = ("X-Api-Key", "k");
    const JSON: (&str, &str) = ("Content-Type", "application/json");

    #[tokio::test]
    async fn csv_and_multi_query_arrays_are_read_as_2_0_wrote_them() {
        let addr = serve(router(Arc::new(Shop))).await;
        let r = request(addr, "GET", "/pets?tags=rex,fido&ids=1&ids=2", &[KEY], b"").await;
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.header("x-total"), Some("2"));
        let names: Vec<J> = r.json().as_array().unwrap().iter().map(|p| p["name"].clone()).collect();
        assert_eq!(names, [json!("rex"), json!("fido")]);
        let ids: Vec<J> = r.json().as_array().unwrap().iter().map(|p| p["id"].clone()).collect();
        assert_eq!(ids, [json!(1), json!(2)]);
        // The shared `limit` parameter keeps its bounds.
        let r = request(addr, "GET", "/pets?limit=101", &[KEY], b"").await;
        assert_eq!(r.status, 400, "{}", r.text());
        // The document-wide security requirement holds.
        let r = request(addr, "GET", "/pets", &[], b"").await;
        assert_eq!(r.status, 401, "{}", r.text());
    }

    #[tokio::test]
    async fn bodies_take_x_nullable_and_their_constraints() {
        let addr = serve(router(Arc::new(Shop))).await;
        let r = request(
            addr,
            "POST",
            "/pets",
            &[KEY, JSON],
            br#"{"name": "Rex", "kind": "dog", "tag": null}"#,
        )
        .await;
        assert_eq!(r.status, 201, "{}", r.text());
        assert_eq!(r.json(), json!({"id": 7, "name": "Rex", "kind": "dog", "tag": null}));
        let r = request(addr, "POST", "/pets", &[KEY, JSON], br#"{"name": "", "kind": "dog"}"#).await;
        assert_eq!(r.status, 422, "minLength: {}", r.text());
        let r = request(
            addr,
            "POST",
            "/pets",
            &[KEY, JSON],
            br#"{"name": "Rex", "kind": "cow"}"#,
        )
        .await;
        assert_eq!(r.status, 422, "enum: {}", r.text());
        let r = request(addr, "GET", "/pets/0", &[KEY], b"").await;
        assert_eq!(r.status, 400, "minimum: {}", r.text());
    }
}

/// A small 2.0 document with one of each construct the conversion treats specially.
const EVERY_CONSTRUCT: &str = r##"{
  "swagger": "2.0", "info": {"title": "t", "version": "1"},
  "host": "h", "basePath": "/b", "schemes": ["https"], "consumes": ["application/json"], "produces": ["application/json"],
  "securityDefinitions": {"b": {"type": "basic"}, "o": {"type": "oauth2", "flow": "password", "tokenUrl": "https://t", "scopes": {}}},
  "paths": {
    "/a/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "type": "integer"}, {"$ref": "#/parameters/Body"}],
      "get": {
        "produces": ["text/csv"],
        "parameters": [{"name": "q", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "pipes"}],
        "responses": {"200": {"description": "ok", "schema": {"type": "file"}, "headers": {"h": {"type": "string"}}, "examples": {"text/csv": "a,b"}},
                      "default": {"$ref": "#/responses/Err"}},
        "schemes": ["http"]
      },
      "post": {
        "consumes": ["multipart/form-data"],
        "parameters": [{"name": "f", "in": "formData", "type": "file", "required": true}, {"$ref": "#/parameters/Field"}],
        "responses": {"204": {"description": "none"}}
      }
    }
  },
  "parameters": {
    "Body": {"name": "b", "in": "body", "schema": {"$ref": "#/definitions/Pet"}},
    "Field": {"name": "g", "in": "formData", "type": "array", "items": {"type": "integer"}, "collectionFormat": "csv"}
  },
  "responses": {"Err": {"description": "e", "schema": {"$ref": "#/definitions/Pet"}}},
  "definitions": {
    "Pet": {"type": "object", "discriminator": "kind", "required": ["kind"],
            "properties": {"kind": {"type": "string", "x-nullable": true}, "tags": {"type": "array", "items": {"$ref": "#/definitions/Pet"}}},
            "additionalProperties": {"type": "integer"}, "allOf": [{"type": "object"}]}
  }
}"##;

/// Every node of a 2.0 document replaced in turn by each kind of value: whatever the shape of the
/// input, converting, reading, linting and writing it never panics.
#[test]
fn no_shape_of_2_0_input_panics() {
    let original: J = serde_json::from_str(EVERY_CONSTRUCT).unwrap();
    let mut pointers = Vec::new();
    Spec::from_text("t.json", EVERY_CONSTRUCT, &LoadOptions::default())
        .root()
        .walk(&mut |ptr, _| pointers.push(ptr.to_owned()));
    let replacements = [
        json!(null),
        json!("x"),
        json!([]),
        json!({}),
        json!({"$ref": "#/definitions/Pet"}),
    ];
    let mut panics = Vec::new();
    for (i, ptr) in pointers.iter().filter(|p| !p.is_empty()).enumerate() {
        for replacement in &replacements {
            let mut doc = original.clone();
            *doc.pointer_mut(ptr).unwrap() = replacement.clone();
            let text = serde_json::to_string(&doc).unwrap();
            let run = std::panic::catch_unwind(|| {
                let spec = Spec::from_text("mutant.json", text, &LoadOptions::default());
                let _ = spec.typed();
                let _ = specgen::convert::convert(&spec, Target::V31).map(|c| c.write(Format::Yaml));
                // Linting is slower; every third node is enough to reach each rule with odd shapes.
                if i % 3 == 0 {
                    let _ = lint_spec(spec);
                }
            });
            if run.is_err() {
                panics.push(format!("{ptr} = {replacement}"));
            }
        }
    }
    assert!(pointers.len() > 100, "{}", pointers.len());
    assert!(panics.is_empty(), "panicked with: {panics:#?}");
}

/// Sections written as lists of `$ref`s to maps (Opsgenie's layout, from a merge tool): read as the union
/// of the maps, with a warning each; a file of definitions listed under `parameters` too is not made a
/// parameter, so `#/definitions/...` still leads to its schemas.
#[test]
fn sections_that_are_lists_of_maps_are_read_as_one_map() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "swagger.yaml",
        "swagger: '2.0'\ninfo: {title: Split, version: '1'}\npaths:\n  - $ref: ./paths/pets.yaml\n\
         parameters:\n  - $ref: ./parameters/common.yaml\n  - $ref: ./definitions/pets.yaml\n\
         definitions:\n  - $ref: ./definitions/pets.yaml\n",
    );
    write(
        "paths/pets.yaml",
        "/pets/{id}:\n  get:\n    operationId: getPet\n    parameters: [{$ref: '#/parameters/Id'}]\n    \
         responses:\n      '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}\n",
    );
    write(
        "parameters/common.yaml",
        "Id: {name: id, in: path, required: true, type: integer}\n",
    );
    write(
        "definitions/pets.yaml",
        "Pet: {type: object, properties: {name: {type: string}}}\n",
    );
    let generated = Generator::new()
        .generate(dir.path().join("swagger.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(generated.code.contains("pub struct Pet {"), "{}", generated.code);
    assert!(generated.code.contains("pub struct GetPetPath {"), "{}", generated.code);
    let lists = generated
        .warnings
        .iter()
        .filter(|w| w.message.contains("is a list of maps"))
        .count();
    assert_eq!(lists, 3, "{:#?}", generated.warnings);
    assert!(
        generated
            .warnings
            .iter()
            .any(|w| w.message.contains("`Pet` under `parameters` is not a parameter")),
        "{:#?}",
        generated.warnings
    );
}
