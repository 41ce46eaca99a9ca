//! The seed specs carry every fact of their source pages. Facts are asserted literally here; where the
//! seed pages themselves are present (`../shared/seeds`), the spec is also compared with the page text.

use specgen::load::{LoadOptions, Spec};
use specgen::openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};
use specgen_tests::workspace;

fn load(name: &str) -> (Spec, OpenAPI) {
    let spec = Spec::load(workspace().join("specs").join(name), &LoadOptions::default()).unwrap();
    assert!(spec.diagnostics.is_empty(), "{name}: {:#?}", spec.diagnostics);
    let api = spec.openapi().unwrap_or_else(|d| panic!("{name}: {d:#?}"));
    (spec, api)
}

fn seed(file: &str) -> Option<String> {
    let path = workspace().join("../shared/seeds").join(file);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            println!(
                "note: seed page {} not found; checking the literal facts only",
                path.display()
            );
            None
        }
    }
}

fn schema<'a>(api: &'a OpenAPI, name: &str) -> &'a Schema {
    match &api.components.as_ref().unwrap().schemas[name] {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => panic!("{name} is a $ref to {reference}"),
    }
}

fn property<'a>(s: &'a Schema, name: &str) -> &'a Schema {
    let SchemaKind::Type(Type::Object(o)) = &s.schema_kind else {
        panic!("not an object")
    };
    match &o.properties[name] {
        ReferenceOr::Item(p) => p,
        ReferenceOr::Reference { reference } => panic!("{name} is a $ref to {reference}"),
    }
}

fn string_pattern(s: &Schema) -> Option<&str> {
    match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => t.pattern.as_deref(),
        _ => None,
    }
}

#[test]
fn smarterproctoring_carries_the_page() {
    let (spec, api) = load("smarterproctoring.yaml");
    assert_eq!(api.openapi, "3.0.3");
    assert_eq!(api.servers[0].url, "http://api.dev.smarterproctoring.com");
    let scheme = serde_json::to_value(&api.components.as_ref().unwrap().security_schemes["token"]).unwrap();
    assert_eq!(scheme["type"], "apiKey");
    assert_eq!(scheme["in"], "header");
    assert_eq!(scheme["name"], "token");

    let path = "/v1/installs/{installSid}/courseOfferings/{offeringSid}";
    let item = serde_json::to_value(api.paths.paths.get(path).expect("the page's path")).unwrap();
    let put = &item["put"];
    assert_eq!(put["operationId"], "updateCourseOffering");
    assert_eq!(put["summary"], "Update Course Offering");
    assert_eq!(put["requestBody"]["description"], "Update course offering payload");
    assert_eq!(put["requestBody"]["required"], true);
    assert_eq!(put["responses"]["200"]["description"], "Successful");

    let params = &api.components.as_ref().unwrap().parameters;
    for (name, pattern, example, text) in [
        (
            "InstallSid",
            "^AI[a-f0-9]{32}$",
            "AI1234567890abcdef1234567890abcdef",
            "Unique SID of the application install. Pattern: AI + 32 hex chars.",
        ),
        (
            "OfferingSid",
            "^CO[a-f0-9]{32}$",
            "CO1234567890abcdef1234567890abcdef",
            "Unique SID of the course offering to update. Pattern: CO + 32 hex chars.",
        ),
    ] {
        let p = serde_json::to_value(&params[name]).unwrap();
        assert_eq!(p["in"], "path");
        assert_eq!(p["required"], true);
        assert_eq!(p["schema"]["pattern"], pattern, "{name}");
        assert_eq!(p["example"], example, "{name}");
        assert!(p["description"].as_str().unwrap().contains(text), "{name}");
    }

    let req = schema(&api, "UpdateCourseOfferingRequest");
    let SchemaKind::Type(Type::Object(o)) = &req.schema_kind else {
        panic!()
    };
    assert_eq!(o.required, ["title", "matchStrings"]);
    assert_eq!(property(req, "title").schema_data.example, Some("Fall 2024".into()));
    assert_eq!(
        property(req, "matchStrings").schema_data.example,
        Some("Fall 2024,FA24".into())
    );
    assert!(
        matches!(
            property(req, "matchStrings").schema_kind,
            SchemaKind::Type(Type::String(_))
        ),
        "a string"
    );
    for date in ["startDate", "endDate"] {
        let p = property(req, date);
        assert!(p.schema_data.nullable, "{date}: string | null");
        assert_eq!(string_pattern(p), Some(".*Z"), "{date}");
        assert_eq!(p.schema_data.example, Some("1970-01-01T00:00:00.000Z".into()));
    }

    let resp = schema(&api, "CourseOffering");
    let SchemaKind::Type(Type::Object(o)) = &resp.schema_kind else {
        panic!()
    };
    let names: Vec<&String> = o.properties.keys().collect();
    assert_eq!(
        names,
        [
            "sid",
            "lastActivityDate",
            "title",
            "matchStrings",
            "startDate",
            "endDate",
            "createdDate",
            "editDate"
        ]
    );
    for (name, description) in [
        ("sid", "Course offering SID"),
        ("lastActivityDate", "Last activity date"),
        ("title", "Offering title"),
        ("matchStrings", "Match strings for auto-matching"),
        ("startDate", "Start date"),
        ("endDate", "End date"),
        ("createdDate", "Created date"),
        ("editDate", "Last modified date"),
    ] {
        let p = property(resp, name);
        assert!(p.schema_data.nullable, "{name} is nullable");
        assert!(
            p.schema_data
                .description
                .as_deref()
                .unwrap_or("")
                .starts_with(description),
            "{name}"
        );
    }
    assert!(
        matches!(
            property(resp, "matchStrings").schema_kind,
            SchemaKind::Type(Type::Array(_))
        ),
        "an array"
    );

    if let Some(page) = seed("000_2ba28bba5f1c3d0b.txt") {
        let text = &spec.sources.get(Spec::ROOT).text;
        for fact in [
            "^AI[a-f0-9]{32}$",
            "^CO[a-f0-9]{32}$",
            "Comma-separated list of text patterns",
            "api.dev.smarterproctoring.com",
        ] {
            assert!(page.contains(fact) && text.contains(fact), "{fact}");
        }
    }
}

#[test]
fn digitalchalk_carries_the_page() {
    let (spec, api) = load("digitalchalk.yaml");
    assert_eq!(api.openapi, "3.0.3");
    let item = serde_json::to_value(
        api.paths
            .paths
            .get("/dc/api/v5/offerings/{id}")
            .expect("the page's URL"),
    )
    .unwrap();
    assert_eq!(item["get"]["operationId"], "getOffering");

    let offering = schema(&api, "Offering");
    let SchemaKind::Type(Type::Object(o)) = &offering.schema_kind else {
        panic!()
    };
    assert_eq!(o.properties.len(), 14, "all 14 properties of the table");
    for date in [
        "createdDate",
        "beginDate",
        "endDate",
        "registrationBeginDate",
        "registrationEndDate",
    ] {
        let SchemaKind::Type(Type::String(s)) = &property(offering, date).schema_kind else {
            panic!("{date}")
        };
        assert_eq!(serde_json::to_value(&s.format).unwrap(), "date-time", "{date}");
    }
    assert!(matches!(
        property(offering, "price").schema_kind,
        SchemaKind::Type(Type::Number(_))
    ));
    let order = property(offering, "orderIndex");
    assert!(
        matches!(order.schema_kind, SchemaKind::Type(Type::Integer(_))),
        "typed as what the server sends"
    );
    let why = order.schema_data.extensions["x-source"]["seed"].as_str().unwrap();
    assert!(
        why.contains("\"string\"") && why.contains("\"orderIndex\" : 0"),
        "the page's contradiction is recorded: {why}"
    );
    assert!(
        order.schema_data.description.as_deref().unwrap().contains("integer"),
        "users read what the server sends"
    );

    let example = offering
        .schema_data
        .example
        .as_ref()
        .expect("the page's example object");
    assert_eq!(example["id"], "56701a2d2f926674acede4d1ce880692");
    assert_eq!(example["orderIndex"], 0);
    assert_eq!(example["price"], 500.0);

    if let Some(page) = seed("004_1372cca478673761.txt") {
        // The example object, verbatim, in the same key order.
        let start = page.find("{ \"id\"").unwrap();
        let end = start + page[start..].find('}').unwrap() + 1;
        let on_page: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap();
        assert_eq!(
            serde_json::to_string(example).unwrap(),
            serde_json::to_string(&on_page).unwrap()
        );
        // Every row of the property table: the description verbatim.
        let mut rows = 0;
        for line in page
            .lines()
            .filter(|l| l.matches(" | ").count() >= 2 && !l.starts_with("Property"))
        {
            let cells: Vec<&str> = line.split(" | ").collect();
            let (name, description) = (cells[0], cells[2].trim_end_matches(" |"));
            let p = property(offering, name);
            assert!(
                p.schema_data.description.as_deref().unwrap().contains(description),
                "{name}: description verbatim"
            );
            rows += 1;
        }
        assert_eq!(rows, 14);
        assert!(
            spec.sources
                .get(Spec::ROOT)
                .text
                .contains("Last modified on February 12, 2014")
                || spec.sources.get(Spec::ROOT).text.contains("February 12, 2014")
        );
    }
}

/// The whole spec as JSON, to walk it without the typed view's shapes.
fn json(api: &OpenAPI) -> serde_json::Value {
    serde_json::to_value(api).unwrap()
}

/// The `$ref` at `value`, or a panic naming `what`.
fn reference<'a>(value: &'a serde_json::Value, what: &str) -> &'a str {
    value["$ref"]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: not a $ref: {value}"))
}

/// `(METHOD path, operation)` for every operation.
fn operations(api: &serde_json::Value) -> Vec<(String, &serde_json::Value)> {
    let mut out = Vec::new();
    for (path, item) in api["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if method != "parameters" {
                out.push((format!("{} {path}", method.to_uppercase()), op));
            }
        }
    }
    out
}

#[test]
fn smarterproctoring_is_the_whole_course_offerings_resource() {
    let (_, api) = load("smarterproctoring.yaml");
    let api = json(&api);
    let collection = "/v1/installs/{installSid}/courseOfferings";
    let item = "/v1/installs/{installSid}/courseOfferings/{offeringSid}";
    let ops: Vec<(String, &str)> = operations(&api)
        .into_iter()
        .map(|(at, op)| (at, op["operationId"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ops,
        [
            (format!("GET {collection}"), "listCourseOfferings"),
            (format!("POST {collection}"), "createCourseOffering"),
            (format!("GET {item}"), "getCourseOffering"),
            (format!("PUT {item}"), "updateCourseOffering"),
            (format!("DELETE {item}"), "deleteCourseOffering"),
        ]
    );
    // The seed's parameters, shared through components.
    let shared = |path: &str| -> Vec<&str> {
        api["paths"][path]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| reference(p, path))
            .collect()
    };
    assert_eq!(shared(collection), ["#/components/parameters/InstallSid"]);
    assert_eq!(
        shared(item),
        [
            "#/components/parameters/InstallSid",
            "#/components/parameters/OfferingSid"
        ]
    );

    let op = |path: &str, method: &str| &api["paths"][path][method];
    let schema_of = |response: &serde_json::Value| response["content"]["application/json"]["schema"].clone();
    // Create and update take the same body; create, get and update answer the seed's offering.
    for (path, method) in [(collection, "post"), (item, "put")] {
        let body = &op(path, method)["requestBody"];
        assert_eq!(body["required"], true);
        assert_eq!(
            reference(&body["content"]["application/json"]["schema"], method),
            "#/components/schemas/UpdateCourseOfferingRequest"
        );
    }
    for (path, method, status) in [(collection, "post", "201"), (item, "get", "200"), (item, "put", "200")] {
        let schema = schema_of(&op(path, method)["responses"][status]);
        assert_eq!(reference(&schema, method), "#/components/schemas/CourseOffering");
    }
    let delete = &op(item, "delete")["responses"];
    assert!(
        delete["204"].is_object() && delete["204"]["content"].is_null(),
        "204, no body"
    );
    assert!(delete["200"].is_null());
    let list = &op(collection, "get");
    assert_eq!(
        reference(&schema_of(&list["responses"]["200"]), "list"),
        "#/components/schemas/CourseOfferingList"
    );
    let envelope = &api["components"]["schemas"]["CourseOfferingList"];
    assert_eq!(
        envelope["required"],
        serde_json::json!(["total", "count", "offset", "first", "next", "prev", "last", "results"])
    );
    assert_eq!(
        reference(&envelope["properties"]["results"]["items"], "results"),
        "#/components/schemas/CourseOffering"
    );
    for link in ["first", "next", "prev", "last"] {
        assert_eq!(
            envelope["properties"][link]["nullable"], true,
            "{link}: a page URL or null"
        );
    }
    let why = envelope["x-source"]["related-facts"].as_str().unwrap();
    assert!(
        why.contains("not documented"),
        "says the vendor does not document it: {why}"
    );

    // offset and limit: integers >= 0; sortKeys and sortOrder as the vendor's other lists.
    let params = &api["components"]["parameters"];
    for name in ["Offset", "Limit"] {
        assert_eq!(params[name]["in"], "query");
        assert_eq!(params[name]["schema"]["type"], "integer", "{name}");
        assert_eq!(params[name]["schema"]["minimum"], 0, "{name}");
    }
    assert_eq!(
        params["SortOrder"]["schema"]["enum"],
        serde_json::json!(["ASC", "DESC"])
    );
    assert_eq!(params["SortKeys"]["name"], "sortKeys");
    let listed: Vec<&str> = list["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| reference(p, "list parameter"))
        .collect();
    assert_eq!(
        listed,
        ["Offset", "Limit", "SortKeys", "SortOrder"].map(|n| format!("#/components/parameters/{n}"))
    );

    // Every operation documents the vendor's errors, in the `{code, message, status}` body.
    let responses = &api["components"]["responses"];
    for (status, name, code) in [
        ("400", "InvalidInput", "INVALIDINPUT"),
        ("401", "MissingToken", ""),
        ("403", "AuthenticationFailed", "AUTHENTICATIONFAILED"),
        ("404", "ResourceNotFound", "RESOURCENOTFOUND"),
    ] {
        for (at, op) in operations(&api) {
            assert_eq!(
                reference(&op["responses"][status], &at),
                format!("#/components/responses/{name}"),
                "{at} {status}"
            );
        }
        let response = &responses[name];
        assert_eq!(reference(&schema_of(response), name), "#/components/schemas/Error");
        assert!(response["description"].as_str().unwrap().contains(code), "{name}");
        let example = response["content"]["application/json"]["examples"]
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap();
        assert_eq!(example["value"]["status"].to_string(), status, "{name}");
    }
    let error: Vec<&String> = api["components"]["schemas"]["Error"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(error, ["code", "message", "status"]);
}

#[test]
fn digitalchalk_is_the_whole_offerings_resource() {
    let (_, api) = load("digitalchalk.yaml");
    let api = json(&api);
    let ops: Vec<(String, &str)> = operations(&api)
        .into_iter()
        .map(|(at, op)| (at, op["operationId"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ops,
        [
            ("GET /dc/api/v5/offerings".to_owned(), "listOfferings"),
            ("GET /dc/api/v5/offerings/{id}".to_owned(), "getOffering"),
            ("GET /dc/api/v5/offeringcategories".to_owned(), "listOfferingCategories"),
            (
                "GET /dc/api/v5/offeringcategories/{id}".to_owned(),
                "getOfferingCategory"
            ),
        ],
        "read-only: the vendor documents no create, update or delete"
    );
    let scheme = &api["components"]["securitySchemes"]["bearer"];
    assert_eq!((&scheme["type"], &scheme["scheme"]), (&"http".into(), &"bearer".into()));
    assert_eq!(api["security"], serde_json::json!([{"bearer": []}]));

    // The list's filters and paging.
    let list = &api["paths"]["/dc/api/v5/offerings"]["get"];
    let params = &api["components"]["parameters"];
    let names: Vec<String> = list["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| match p["$ref"].as_str() {
            Some(r) => params[r.rsplit('/').next().unwrap()]["name"]
                .as_str()
                .unwrap()
                .to_owned(),
            None => p["name"].as_str().unwrap().to_owned(),
        })
        .collect();
    assert_eq!(
        names,
        [
            "title",
            "offeringCategoryId",
            "tag",
            "createdDate",
            "studentId",
            "limit",
            "offset"
        ]
    );
    let limit = &params["Limit"]["schema"];
    assert_eq!((&limit["default"], &limit["maximum"]), (&15.into(), &100.into()));
    assert_eq!(params["Offset"]["schema"]["minimum"], 0);
    assert!(
        params["Offset"]["description"].as_str().unwrap().contains("zero-based"),
        "offset is zero-based"
    );
    for (path, schema, item) in [
        ("/dc/api/v5/offerings", "OfferingList", "Offering"),
        (
            "/dc/api/v5/offeringcategories",
            "OfferingCategoryList",
            "OfferingCategory",
        ),
    ] {
        let get = &api["paths"][path]["get"];
        let refs: Vec<&str> = get["parameters"].as_array().unwrap()[..]
            .iter()
            .filter_map(|p| p["$ref"].as_str())
            .collect();
        assert_eq!(
            refs,
            ["#/components/parameters/Limit", "#/components/parameters/Offset"],
            "{path}"
        );
        let ok = &get["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(reference(ok, path), format!("#/components/schemas/{schema}"));
        let envelope = &api["components"]["schemas"][schema];
        let members: Vec<&String> = envelope["properties"].as_object().unwrap().keys().collect();
        assert_eq!(members, ["results", "next", "prev"], "{schema}");
        assert_eq!(
            reference(&envelope["properties"]["results"]["items"], schema),
            format!("#/components/schemas/{item}")
        );
    }

    // Each get has its 404 with the vendor's `{errors, fieldErrors}` body and example.
    for path in ["/dc/api/v5/offerings/{id}", "/dc/api/v5/offeringcategories/{id}"] {
        assert_eq!(
            reference(&api["paths"][path]["get"]["responses"]["404"], path),
            "#/components/responses/NotFound"
        );
    }
    let not_found = &api["components"]["responses"]["NotFound"]["content"]["application/json"];
    assert_eq!(reference(&not_found["schema"], "404"), "#/components/schemas/Errors");
    assert_eq!(
        not_found["examples"]["notFound"]["value"],
        serde_json::json!({"errors": ["No resource exists with the given id."]})
    );
    let errors: Vec<&String> = api["components"]["schemas"]["Errors"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(errors, ["errors", "fieldErrors"]);

    // Ids: lowercase hex of any length (some published ids have 31 digits).
    let mut id_patterns = 0;
    for at in [
        "/components/parameters/OfferingId/schema/pattern",
        "/components/parameters/OfferingCategoryId/schema/pattern",
        "/paths/~1dc~1api~1v5~1offerings/get/parameters/1/schema/pattern",
        "/paths/~1dc~1api~1v5~1offerings/get/parameters/4/schema/pattern",
    ] {
        let pattern = api
            .pointer(at)
            .and_then(|p| p.as_str())
            .unwrap_or_else(|| panic!("{at}"));
        let re = regex::Regex::new(pattern).unwrap();
        assert!(re.is_match("56701a2d2f926674acede4d1ce880692"), "{at}: 32 digits");
        assert!(re.is_match("a3e5c7f2f926674acede4d1c90a069"), "{at}: 31 digits");
        assert!(!re.is_match("56701A2D") && !re.is_match(""), "{at}");
        id_patterns += 1;
    }
    assert_eq!(id_patterns, 4);

    // Every date-time example is YYYY-MM-DDTHH:MM:SSZ (UTC, no fraction).
    let date = regex::Regex::new(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$").unwrap();
    let mut dates = 0;
    let mut stack = vec![&api];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(o) => {
                if o.get("format").and_then(|f| f.as_str()) == Some("date-time") {
                    let example = o["example"].as_str().expect("date-times have an example");
                    assert!(date.is_match(example), "{example}");
                    dates += 1;
                }
                stack.extend(o.values());
            }
            serde_json::Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    assert!(
        dates >= 6,
        "the Offering's five dates and the createdDate filter: {dates}"
    );

    // Offering categories: the documented properties, so that offeringCategoryIds point somewhere.
    let category = &api["components"]["schemas"]["OfferingCategory"];
    let properties: Vec<&String> = category["properties"].as_object().unwrap().keys().collect();
    assert_eq!(properties, ["id", "name", "description", "color", "orderIndex"]);
    assert_eq!(category["properties"]["orderIndex"]["type"], "number");
    let color = regex::Regex::new(category["properties"]["color"]["pattern"].as_str().unwrap()).unwrap();
    assert!(color.is_match("#336699") && !color.is_match("336699") && !color.is_match("#3366"));
    let link = &api["paths"]["/dc/api/v5/offerings/{id}"]["get"]["responses"]["200"]["links"]["GetOfferingCategory"];
    assert_eq!(link["operationId"], "getOfferingCategory");
    assert_eq!(link["parameters"]["id"], "$response.body#/offeringCategoryIds/0");
    let example = &api["components"]["schemas"]["Offering"]["example"]["offeringCategoryIds"][0];
    assert_eq!(example, &category["example"]["id"], "the page's category id");
}

/// Phrases that say where a text comes from rather than what the API does (compared ignoring case).
const PROVENANCE: &[&str] = &[
    "seed page",
    "on the page",
    "the page's",
    "related-facts",
    "related facts",
    "not on the",
    "not from the vendor",
    "vendor",
    "transcri",
    "this spec's",
    "illustrative",
    "specgen",
    "demo server",
    "contradiction",
];

/// The keys of `x-source`, one per kind of source (specs/SOURCES.md).
const SOURCES: &[&str] = &["seed", "related-facts", "choice", "specgen", "demo"];

/// Every `description` and `summary` of a spec, with its JSON pointer; literal values (`example`,
/// `default`, `enum`, an Example's `value`) and extensions are data, not documentation.
fn texts<'a>(value: &'a serde_json::Value, at: &str, out: &mut Vec<(String, &'a str)>) {
    match value {
        serde_json::Value::Object(o) => {
            for (key, v) in o {
                let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                let literal = matches!(key.as_str(), "example" | "default" | "enum")
                    || key.starts_with("x-")
                    || (key == "value" && at.contains("/examples/"));
                match v.as_str() {
                    Some(text) if key == "description" || key == "summary" => out.push((here, text)),
                    _ if literal => {}
                    _ => texts(v, &here, out),
                }
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                texts(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Every `x-source` of a spec, with its JSON pointer.
fn sources<'a>(value: &'a serde_json::Value, at: &str, out: &mut Vec<(String, &'a serde_json::Value)>) {
    match value {
        serde_json::Value::Object(o) => {
            for (key, v) in o {
                let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                match key.as_str() {
                    "x-source" => out.push((here, v)),
                    "example" | "default" | "enum" => {}
                    _ => sources(v, &here, out),
                }
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                sources(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The parts of a spec that must each say where they come from: the API itself, its servers and tags,
/// every operation with its inline parameters, request body, responses and links, and every component.
fn parts(api: &serde_json::Value) -> Vec<(String, &serde_json::Value)> {
    let mut parts: Vec<(String, &serde_json::Value)> = vec![("info".into(), &api["info"])];
    if api["info"]["contact"].is_object() {
        parts.push(("info contact".into(), &api["info"]["contact"]));
    }
    if api["externalDocs"].is_object() {
        parts.push(("externalDocs".into(), &api["externalDocs"]));
    }
    for server in api["servers"].as_array().into_iter().flatten() {
        parts.push((format!("server {}", server["url"]), server));
    }
    for tag in api["tags"].as_array().into_iter().flatten() {
        parts.push((format!("tag {}", tag["name"]), tag));
    }
    for (at, op) in operations(api) {
        for p in op["parameters"].as_array().into_iter().flatten() {
            if p["$ref"].is_null() {
                parts.push((format!("{at} parameter {}", p["name"]), p));
            }
        }
        if op["requestBody"].is_object() && op["requestBody"]["$ref"].is_null() {
            parts.push((format!("{at} requestBody"), &op["requestBody"]));
        }
        for (status, response) in op["responses"].as_object().unwrap() {
            if response["$ref"].is_null() {
                parts.push((format!("{at} {status}"), response));
            }
            for (name, link) in response["links"].as_object().into_iter().flatten() {
                if link["$ref"].is_null() {
                    parts.push((format!("{at} {status} link {name}"), link));
                }
            }
        }
        parts.push((at, op));
    }
    for kind in [
        "parameters",
        "requestBodies",
        "schemas",
        "responses",
        "links",
        "securitySchemes",
    ] {
        for (name, part) in api["components"][kind].as_object().into_iter().flatten() {
            parts.push((format!("{kind}/{name}"), part));
            for (header, h) in part["headers"].as_object().into_iter().flatten() {
                parts.push((format!("{kind}/{name} header {header}"), h));
            }
        }
    }
    parts
}

/// Descriptions document the API for its users; where each fact comes from is in `x-source` beside
/// it, so that a reader can still tell the seed pages' facts from the rest: every part says where it
/// comes from, and exactly the seed pages' own parts say "the seed page" alone.
#[test]
fn descriptions_are_documentation_and_x_source_keeps_provenance() {
    for (file, seed_parts) in [
        (
            "smarterproctoring.yaml",
            &[
                "externalDocs",
                "server \"http://api.dev.smarterproctoring.com\"",
                "PUT /v1/installs/{installSid}/courseOfferings/{offeringSid} requestBody",
                "PUT /v1/installs/{installSid}/courseOfferings/{offeringSid} 200",
                "parameters/InstallSid",
            ][..],
        ),
        ("digitalchalk.yaml", &["GET /dc/api/v5/offerings/{id} 200"][..]),
    ] {
        let (spec, _) = load(file);
        // The document as written: extensions and all, whatever the typed view keeps.
        let api = spec.root().to_json();

        let mut docs = Vec::new();
        texts(&api, "", &mut docs);
        assert!(docs.len() > 60, "{file}: only {} descriptions found", docs.len());
        for (at, text) in &docs {
            let lower = text.to_lowercase();
            for phrase in PROVENANCE {
                assert!(
                    !lower.contains(phrase),
                    "{file}#{at}: says where it comes from ({phrase:?}); move that to its x-source: {text:?}"
                );
            }
        }

        let mut all = Vec::new();
        sources(&api, "", &mut all);
        for (at, source) in &all {
            let entries = source
                .as_object()
                .unwrap_or_else(|| panic!("{file}#{at}: x-source is a mapping: {source}"));
            assert!(!entries.is_empty(), "{file}#{at}: an empty x-source");
            for (key, what) in entries {
                assert!(SOURCES.contains(&key.as_str()), "{file}#{at}: unknown source {key:?}");
                assert!(
                    what.as_str().is_some_and(|w| !w.trim().is_empty()),
                    "{file}#{at}/{key}: says what the node takes from it, in words"
                );
            }
        }

        let parts = parts(&api);
        assert!(parts.len() > 30, "{file}: {}", parts.len());
        let mut seed_only = Vec::new();
        for (at, part) in &parts {
            let source = part["x-source"]
                .as_object()
                .unwrap_or_else(|| panic!("{file}: {at} does not say where it comes from (no x-source)"));
            if source.keys().all(|k| k == "seed") {
                seed_only.push(at.as_str());
            }
        }
        seed_only.sort_unstable();
        let mut expected = seed_parts.to_vec();
        expected.sort_unstable();
        assert_eq!(seed_only, expected, "{file}: the parts that are the seed page's alone");
    }
}

/// The checks above cannot pass by finding nothing: a provenance phrase in a description, a missing
/// or unknown `x-source`, are each found.
#[test]
fn the_provenance_walks_find_what_they_look_for() {
    let api = serde_json::json!({
        "info": {"description": "From RELATED-FACTS.", "x-source": {"seed": "x"}},
        "paths": {"/a": {"get": {
            "summary": "Get",
            "responses": {"200": {"description": "OK", "content": {"application/json": {
                "examples": {"one": {"summary": "One", "value": {"description": "data, not docs"}}}
            }}}}
        }}},
        "components": {"schemas": {"A": {"example": {"description": "data"}, "x-source": {"rumour": "y"}}}}
    });
    let mut docs = Vec::new();
    texts(&api, "", &mut docs);
    let pointers: Vec<&str> = docs.iter().map(|(at, _)| at.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "/info/description",
            "/paths/~1a/get/summary",
            "/paths/~1a/get/responses/200/description",
            "/paths/~1a/get/responses/200/content/application~1json/examples/one/summary"
        ]
    );
    assert!(PROVENANCE.iter().any(|p| docs[0].1.to_lowercase().contains(p)));
    let mut all = Vec::new();
    sources(&api, "", &mut all);
    assert_eq!(all.len(), 2);
    assert!(!SOURCES.contains(&all[1].1.as_object().unwrap().keys().next().unwrap().as_str()));
    let parts = parts(&api);
    let missing: Vec<&str> = parts
        .iter()
        .filter(|(_, p)| p["x-source"].is_null())
        .map(|(at, _)| at.as_str())
        .collect();
    assert_eq!(missing, ["GET /a 200", "GET /a"]);
}
