//! `specgen lint` with a ruleset whose rules call JavaScript functions: run with the `js` feature
//! (`cargo test -p specgen --features js --test ruleset_js`), a located error naming the feature without.

use std::path::Path;
use std::process::{Command, Output};

fn specgen(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

const API: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
components:
  schemas:
    Pet:
      type: object
      properties:
        pet_name: {type: string}
";

const RULESET: &str = "extends: [[spectral:oas, off]]
functions: [camelProperties]
rules:
  camel-properties:
    severity: error
    message: '{{property}}: {{error}}'
    given: $.paths[*][*].responses[*].content[*].schema
    then:
      function: camelProperties
";

const CAMEL: &str = "import { casing } from '@stoplight/spectral-functions';
export default (schema, _options, context) =>
  Object.keys(schema.properties ?? {}).flatMap((name) =>
    (casing(name, { type: 'camel' }, context) ?? []).map((r) => ({
      message: r.message,
      path: [...context.path, 'properties', name],
    })));
";

fn project(function: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("api.yaml"), API).unwrap();
    std::fs::write(d.path().join(".spectral.yaml"), RULESET).unwrap();
    std::fs::create_dir(d.path().join("functions")).unwrap();
    std::fs::write(d.path().join("functions/camelProperties.js"), function).unwrap();
    d
}

#[cfg(feature = "js")]
#[test]
fn javascript_functions_run_and_their_results_are_located() {
    let d = project(CAMEL);
    let out = specgen(&["lint", "--format", "json", "api.yaml"], d.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings: Vec<_> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "camel-properties")
        .collect();
    assert_eq!(findings.len(), 1, "{findings:?}");
    let f = &findings[0];
    assert_eq!(f["rule"], "camel-properties");
    assert_eq!(f["message"], "pet_name: must be camel case");
    assert_eq!(f["pointer"], "/components/schemas/Pet/properties/pet_name");
    assert_eq!(f["start"]["line"], 16, "{f}");
}

#[cfg(feature = "js")]
#[test]
fn a_function_that_throws_is_a_located_error_with_exit_status_2() {
    let d = project("export default (schema) => schema.nope.deeper;\n");
    let out = specgen(&["lint", "api.yaml"], d.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(".spectral.yaml:9:"), "{stderr}");
    assert!(
        stderr.contains("rule `camel-properties`: the function `camelProperties`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("camelProperties.js) threw an exception: TypeError"),
        "{stderr}"
    );
    let d = project("import x from 'node:fs';\nexport default () => x;\n");
    let out = specgen(&["lint", "api.yaml"], d.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("imports `node:fs`, which specgen does not provide"),
        "{stderr}"
    );
}

#[cfg(not(feature = "js"))]
#[test]
fn without_the_js_feature_each_function_is_an_error_naming_the_feature() {
    let d = project(CAMEL);
    let out = specgen(&["lint", "api.yaml"], d.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(".spectral.yaml:9:"), "{stderr}");
    assert!(stderr.contains("`camelProperties` is JavaScript"), "{stderr}");
    assert!(stderr.contains("--features js"), "{stderr}");
}
