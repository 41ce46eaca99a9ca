//! `--format sarif` output validates against the SARIF 2.1.0 JSON Schema (vendored in
//! `tests/fixtures/sarif/`, see its README), with the generated rule list and real findings in it.

use specgen::lint::{lint_path, rules};
use specgen::load::LoadOptions;
use specgen::report::Finding;
use specgen_tests::fixture;

/// The schema, with the one pattern it gets wrong repaired: `language`'s
/// `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` has a stray `]` that the validator's regex engine refuses
/// when it checks the schema itself (specgen never writes `language`).
fn sarif_schema() -> serde_json::Value {
    const BROKEN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    let text = std::fs::read_to_string(fixture("sarif/sarif-2.1.0-rtm.5.json")).unwrap();
    let escaped = serde_json::to_string(BROKEN).unwrap();
    assert_eq!(
        text.matches(&escaped).count(),
        2,
        "the schema changed; revisit the repair"
    );
    let repaired = text.replace(&escaped, "\"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$\"");
    serde_json::from_str(&repaired).unwrap()
}

#[test]
fn sarif_validates_against_the_2_1_0_schema() {
    let validator = jsonschema::draft4::new(&sarif_schema()).expect("the SARIF schema compiles");

    let mut linted = Vec::new();
    for rule in [
        "path-params",
        "oas3-valid-schema-example",
        "rust-name-collision",
        "oas3-server-variables",
    ] {
        linted.push(lint_path(&fixture(&format!("lint/{rule}/bad.yaml")), &LoadOptions::default()).unwrap());
    }
    let fingerprints: Vec<Vec<String>> = linted
        .iter()
        .map(|l| {
            l.findings
                .iter()
                .map(|d| specgen::lint::baseline::fingerprint(&l.spec, d))
                .collect()
        })
        .collect();
    let findings: Vec<Finding<'_>> = linted
        .iter()
        .zip(&fingerprints)
        .flat_map(|(l, fps)| {
            l.findings.iter().zip(fps).map(|(d, fp)| Finding {
                sources: &l.spec.sources,
                diagnostic: d,
                fingerprint: Some(fp.as_str()),
            })
        })
        .collect();
    assert!(
        findings.iter().any(|f| !f.diagnostic.related.is_empty()),
        "exercise relatedLocations"
    );
    let all = rules::all();
    let log: serde_json::Value = serde_json::from_str(&specgen::report::sarif(&findings, &all)).unwrap();

    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF does not validate:\n{}", errors.join("\n"));

    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["rules"].as_array().unwrap().len(), all.len());
    let result = &run["results"][0];
    let rule_index = result["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(run["tool"]["driver"]["rules"][rule_index]["id"], result["ruleId"]);
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert!(region["startLine"].as_u64().unwrap() >= 1 && region["startColumn"].as_u64().unwrap() >= 1);
    assert!(
        result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
            .as_str()
            .unwrap()
            .starts_with('/')
    );
}

#[test]
fn an_invalid_log_is_rejected() {
    // The validator must be able to fail: a result without a message is not SARIF.
    let validator = jsonschema::draft4::new(&sarif_schema()).unwrap();
    let bad = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "a"}]}]});
    assert!(!validator.is_valid(&bad));
}
