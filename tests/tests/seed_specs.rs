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
    let why = order.schema_data.description.as_deref().unwrap();
    assert!(
        why.contains("string") && why.contains('0'),
        "the contradiction is recorded: {why}"
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
