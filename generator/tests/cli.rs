//! The `specgen` binary: exit codes and output, as a user sees them.

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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The human report's count line (`1 file: 0 errors, 1 warning`), before the lines saying what
/// `specgen generate` would do.
fn summary(text: &str) -> &str {
    text.lines().rfind(|l| !l.starts_with("generate: ")).unwrap_or("")
}

#[test]
fn clean_specs_exit_zero() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = specgen(
        &["lint", "specs/smarterproctoring.yaml", "specs/digitalchalk.yaml"],
        root,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "2 files: 0 errors, 0 warnings\ngenerate: specs/smarterproctoring.yaml generates as written\ngenerate: specs/digitalchalk.yaml generates as written\n"
    );
}

#[test]
fn findings_exit_one_with_rustc_style_snippets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dup.yaml"),
        "openapi: 3.0.3\ninfo:\n  title: a\n  version: '1'\n  title: b\npaths: {}\n",
    )
    .unwrap();
    let out = specgen(&["lint", "dup.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let expected = "\
error[duplicate-key]: duplicate key `title`
 --> dup.yaml:5:3
  |
5 |   title: b
  |   ^^^^^
  |
 ::: dup.yaml:3:3
  |
3 |   title: a
  |   ----- first defined here
  |
  = note: pointer: /info/title
  = help: remove one of the two; readers disagree on which one wins (specgen keeps the last)
";
    assert!(text.contains(expected), "got:\n{text}");
    assert!(summary(&text) == "1 file: 1 error, 4 warnings", "got:\n{text}");
    assert!(!text.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn unreadable_files_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let out = specgen(&["lint", "missing.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: cannot read missing.yaml: no such file (check the path)\n"
    );
}

#[test]
fn usage_errors_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(specgen(&["lint"], dir.path()).status.code(), Some(2));
    assert_eq!(specgen(&["frobnicate"], dir.path()).status.code(), Some(2));
}

#[test]
fn structural_problems_are_findings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("v.yaml"),
        "openapi: 3.0.3\ninfo:\n  title: t\n  version: 1.0\npaths: {}\n",
    )
    .unwrap();
    let out = specgen(&["lint", "v.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("error[oas3-schema]: `version` must be a string, found a number"),
        "{text}"
    );
    assert!(text.contains(" --> v.yaml:4:12"), "{text}");
    assert!(text.contains("pointer: /info/version"), "{text}");
}

/// A spec with one error (`typed-enum` is a warning, the example an error) and nothing else to say.
const PLANTED: &str = "\
openapi: 3.0.3
info: {title: t, version: '1', description: d, contact: {name: n}, license: {name: MIT, url: 'https://opensource.org/licenses/MIT'}}
servers: [{url: 'https://api.petstore.io'}]
paths: {}
components:
  schemas:
    Offering:
      type: object
      properties:
        orderIndex: {type: string, example: 0}
        level: {type: integer, enum: [1, '2']}
        next: {$ref: '#/components/schemas/Offering'}
";

fn planted() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.yaml"), PLANTED).unwrap();
    dir
}

#[test]
fn json_output_is_a_sorted_array_with_exact_locations() {
    let dir = planted();
    let out = specgen(&["lint", "--format", "json", "api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v.as_array().unwrap();
    let brief: Vec<(String, String, u64, u64, u64, u64)> = items
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["pointer"].as_str().unwrap().to_owned(),
                f["start"]["line"].as_u64().unwrap(),
                f["start"]["column"].as_u64().unwrap(),
                f["end"]["line"].as_u64().unwrap(),
                f["end"]["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            (
                "oas3-valid-schema-example".into(),
                "/components/schemas/Offering/properties/orderIndex/example".into(),
                10,
                45,
                10,
                46
            ),
            (
                "typed-enum".into(),
                "/components/schemas/Offering/properties/level/enum/1".into(),
                11,
                42,
                11,
                45
            ),
        ]
    );
    assert_eq!(items[0]["severity"], "error");
    assert_eq!(items[0]["file"], "api.yaml");
    assert!(items[0]["help"].is_string() && items[0]["fingerprint"].is_string());
}

#[test]
fn fail_severity_and_max_warnings_set_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    // Only a warning (`typed-enum`).
    std::fs::write(dir.path().join("w.yaml"), PLANTED.replace("example: 0", "example: '0'")).unwrap();
    assert_eq!(specgen(&["lint", "w.yaml"], dir.path()).status.code(), Some(0));
    assert_eq!(
        specgen(&["lint", "--fail-severity", "warn", "w.yaml"], dir.path())
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        specgen(&["lint", "--max-warnings", "0", "w.yaml"], dir.path())
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        specgen(&["lint", "--max-warnings", "1", "w.yaml"], dir.path())
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        specgen(&["lint", "--fail-severity", "bogus", "w.yaml"], dir.path())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn folders_are_searched_for_openapi_documents() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = specgen(&["lint", "--fail-severity", "error", "specs/"], root);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        summary(&stdout(&out)) == "2 files: 0 errors, 0 warnings",
        "{}",
        stdout(&out)
    );
}

#[test]
fn github_and_junit_formats() {
    let dir = planted();
    let gh = stdout(&specgen(&["lint", "--format", "github", "api.yaml"], dir.path()));
    assert!(
        gh.starts_with(
            "::error file=api.yaml,line=10,col=45,endLine=10,endColumn=46,title=oas3-valid-schema-example::the example does not match its schema"
        ),
        "{gh}"
    );
    assert!(gh.contains("%0Ahelp: "), "multi-line messages are escaped: {gh}");
    let junit = stdout(&specgen(&["lint", "--format", "junit", "api.yaml"], dir.path()));
    assert!(
        junit.contains("<testsuites name=\"specgen lint\" tests=\"2\" failures=\"1\">"),
        "{junit}"
    );
    assert!(junit.contains("<failure type=\"oas3-valid-schema-example\""), "{junit}");
}

#[test]
fn config_files_set_levels_by_id_or_alias_and_are_found_upward() {
    let dir = planted();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::rename(dir.path().join("api.yaml"), dir.path().join("sub/api.yaml")).unwrap();
    std::fs::write(
        dir.path().join("specgen.yaml"),
        "rules:\n  no-invalid-schema-examples: warn\n  typed-enum: off\n",
    )
    .unwrap();
    let out = specgen(&["lint", "sub/api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        summary(&stdout(&out)) == "1 file: 0 errors, 1 warning",
        "{}",
        stdout(&out)
    );
    std::fs::write(dir.path().join("specgen.yaml"), "rules:\n  typed-enums: off\n").unwrap();
    let out = specgen(&["lint", "sub/api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown rule `typed-enums`") && err.contains("did you mean `typed-enum`"),
        "{err}"
    );
}

#[test]
fn disable_next_line_comments_suppress_and_unused_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let text = PLANTED.replace(
        "        orderIndex:",
        "        # specgen-disable-next-line oas3-valid-schema-example -- the vendor's docs say so\n        orderIndex:",
    );
    std::fs::write(dir.path().join("api.yaml"), &text).unwrap();
    let out = specgen(&["lint", "api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        summary(&stdout(&out)) == "1 file: 0 errors, 1 warning",
        "{}",
        stdout(&out)
    );
    let fixed = text.replace("example: 0}", "example: '0'}");
    std::fs::write(dir.path().join("api.yaml"), fixed).unwrap();
    let out = stdout(&specgen(&["lint", "api.yaml"], dir.path()));
    assert!(out.contains("warning[unused-suppression]"), "{out}");
    assert!(out.contains(" --> api.yaml:10:9"), "{out}");
}

#[test]
fn baselines_survive_unrelated_edits_and_report_stale_entries() {
    let dir = planted();
    let out = specgen(&["lint", "--write-baseline", "base.json", "api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let out = specgen(&["lint", "--baseline", "base.json", "api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(summary(&stdout(&out)) == "1 file: 0 errors, 0 warnings");
    // Lines move: still baselined.
    let moved = PLANTED.replace("paths: {}\n", "# a new comment\n\npaths: {}\n");
    std::fs::write(dir.path().join("api.yaml"), &moved).unwrap();
    let out = specgen(&["lint", "--baseline", "base.json", "api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // The example changes: its finding comes back, and the old entry is stale.
    std::fs::write(dir.path().join("api.yaml"), moved.replace("example: 0", "example: 1")).unwrap();
    let out = specgen(&["lint", "--baseline", "base.json", "api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1 baseline entry no longer match")
            && err.contains(
                "oas3-valid-schema-example api.yaml /components/schemas/Offering/properties/orderIndex/example"
            ),
        "{err}"
    );
}

const SWAGGER: &str = "\
swagger: '2.0'
info: {title: Pets, version: 1.0.0}
host: api.example.com
basePath: /v1
paths:
  /pets:
    get:
      parameters:
        - {name: tags, in: query, type: array, items: {type: string}, collectionFormat: tsv}
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}
definitions:
  Pet: {type: object, properties: {name: {type: string, x-nullable: true}}}
";

#[test]
fn convert_writes_yaml_or_json_by_the_output_extension() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.yaml"), SWAGGER).unwrap();
    let to_stdout = specgen(&["convert", "api.yaml"], dir.path());
    assert_eq!(to_stdout.status.code(), Some(0));
    let yaml = stdout(&to_stdout);
    assert!(yaml.starts_with("openapi: 3.0.3\ninfo:\n  title: Pets\n"), "{yaml}");
    assert!(yaml.contains("servers:\n  - url: //api.example.com/v1\n"), "{yaml}");
    // The one thing it could not convert exactly, located in the 2.0 file.
    let stderr = String::from_utf8_lossy(&to_stdout.stderr);
    assert!(
        stderr.contains("warning[swagger2-conversion]: `collectionFormat: tsv`"),
        "{stderr}"
    );
    assert!(stderr.contains("--> api.yaml:9:89"), "{stderr}");

    let out = specgen(&["convert", "api.yaml", "--out", "out.json"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out.json")).unwrap()).unwrap();
    assert_eq!(
        json["components"]["schemas"]["Pet"]["properties"]["name"]["nullable"],
        true
    );

    let out = specgen(&["convert", "api.yaml", "--out", "out.yml", "--to", "3.1"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let yaml = std::fs::read_to_string(dir.path().join("out.yml")).unwrap();
    assert!(yaml.starts_with("openapi: 3.1.0\n"), "{yaml}");
    assert!(
        yaml.contains("        name:\n          type:\n            - string\n            - 'null'\n"),
        "{yaml}"
    );
}

#[test]
fn convert_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.yaml"), SWAGGER).unwrap();
    std::fs::write(
        dir.path().join("bad.yaml"),
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {$ref: '#/responses/Gone'}}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("v31.yaml"),
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n",
    )
    .unwrap();
    let out = specgen(&["convert", "api.yaml", "--out", "out.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name it `.yaml`, `.yml` or `.json`"));
    assert!(!dir.path().join("out.txt").exists());
    assert_eq!(specgen(&["convert", "missing.yaml"], dir.path()).status.code(), Some(2));
    assert_eq!(
        specgen(&["convert", "api.yaml", "--to", "4.0"], dir.path())
            .status
            .code(),
        Some(2)
    );

    let out = specgen(&["convert", "bad.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error[unresolved-ref]") && stderr.contains("--> bad.yaml:6:33"),
        "{stderr}"
    );
    assert!(stderr.contains("error: bad.yaml not converted: 1 error(s)"), "{stderr}");
    assert!(out.stdout.is_empty());

    let out = specgen(&["convert", "v31.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("convert reads Swagger 2.0 and OpenAPI 3.0 documents; this one has `openapi: 3.1.0`"),
        "{stderr}"
    );
}

#[test]
fn convert_bundles_an_openapi_3_0_spec_into_one_document() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("api.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {schema: {$ref: 'pet.yaml'}}}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("pet.yaml"),
        "type: object\nproperties: {name: {type: string}}\n",
    )
    .unwrap();
    let out = specgen(&["convert", "api.yaml", "--out", "one.json"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("one.json")).unwrap()).unwrap();
    assert_eq!(
        doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
        serde_json::json!({"$ref": "#/components/schemas/pet"})
    );
    assert_eq!(
        doc["components"]["schemas"]["pet"],
        serde_json::json!({"type": "object", "properties": {"name": {"type": "string"}}})
    );
}

#[test]
fn generate_reads_past_an_unreadable_schema_and_counts_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("api.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pair:\n      type: object\n      properties:\n        both: {type: array, items: [{type: string}, {type: integer}]}\n",
    )
    .unwrap();
    let out = specgen(&["generate", "api.yaml", "--out", "api.rs"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.starts_with(
            "warning[unsupported-schema]: `items` is a list where a schema belongs; typed as any JSON value\n --> api.yaml:9:36\n"
        ),
        "{err}"
    );
    assert!(
        err.ends_with("note: api.yaml: 1 place simplified (unsupported-schema 1)\n"),
        "{err}"
    );
    let code = std::fs::read_to_string(dir.path().join("api.rs")).unwrap();
    assert!(code.contains("pub both: Option<Vec<rt::serde_json::Value>>"), "{code}");
}

/// petstore-separate's layout: the root spec in `spec/`, a schema it shares in `../common/`.
fn separate() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("spec")).unwrap();
    std::fs::create_dir_all(dir.path().join("common")).unwrap();
    std::fs::write(
        dir.path().join("spec/swagger.yaml"),
        "swagger: '2.0'\ninfo: {title: Petstore, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      \
         responses:\n        default:\n          description: unexpected error\n          schema: {$ref: '../common/Error.yaml'}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("common/Error.yaml"),
        "type: object\nrequired: [code]\nproperties:\n  code: {type: integer, format: int32}\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_root_spec_in_a_subfolder_reaches_its_peers_from_the_current_folder() {
    let dir = separate();
    for command in ["lint", "generate"] {
        let out = specgen(&[command, "spec/swagger.yaml"], dir.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{command}: {}{err}", stdout(&out));
        assert!(!stdout(&out).contains("ref-escape") && !err.contains("ref-escape"));
    }
    // From inside `spec/`, that folder is the boundary; `--root-dir` narrows it likewise.
    let out = specgen(&["lint", "swagger.yaml"], &dir.path().join("spec"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[ref-escape]"), "{}", stdout(&out));
    let out = specgen(&["lint", "--root-dir", "spec", "spec/swagger.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[ref-escape]"), "{}", stdout(&out));
}

#[test]
fn a_missing_example_is_a_lint_error_that_blocks_no_generation() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("api.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      \
         responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              \
         schema: {type: string}\n              examples:\n                one: {$ref: 'examples/missing.yaml'}\n",
    )
    .unwrap();
    let out = specgen(&["lint", "api.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[unresolved-ref]"), "{}", stdout(&out));
    let out = specgen(&["generate", "api.yaml"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("warning[unresolved-ref]"), "{err}");
    assert!(stdout(&out).contains("pub trait"), "the code is written");
}

/// No command writes over a file it reads: the spec, a file it `$ref`s, a configuration; under any
/// name (`./`, `..`, a symlink). Each is refused with exit 2 and the file is left as it was.
#[test]
fn outputs_never_overwrite_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let spec =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'b.yaml'}\n";
    std::fs::write(dir.path().join("api.yaml"), spec).unwrap();
    std::fs::write(dir.path().join("b.yaml"), "type: string\n").unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let cases: &[&[&str]] = &[
        &["generate", "api.yaml", "--out", "api.yaml"],
        &["generate", "api.yaml", "--out", "./sub/../b.yaml"],
        &["convert", "api.yaml", "--out", "api.yaml"],
        &["lint", "api.yaml", "-o", "b.yaml"],
        &["lint", "api.yaml", "--write-baseline", "api.yaml"],
    ];
    for args in cases {
        let out = specgen(args, dir.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("will not write"), "{args:?}: {err}");
    }
    assert_eq!(std::fs::read_to_string(dir.path().join("api.yaml")).unwrap(), spec);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("b.yaml")).unwrap(),
        "type: string\n"
    );
    // Other outputs are written, whole, and leave no temporary file behind.
    let out = specgen(&["generate", "api.yaml", "--out", "sub/api.rs"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let names: Vec<_> = std::fs::read_dir(dir.path().join("sub"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("api.rs")]);
}

/// `--runtime-path` names the runtime in the one line that brings it in; a path that is not a Rust path
/// is a usage error (exit 2) that says what to write, not generated code that fails to compile.
#[test]
fn runtime_path_is_checked_and_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let spec = "specs/digitalchalk.yaml";
    let out = specgen(&["generate", spec, "--runtime-path", "crate::vendored::rt"], root);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("crate::vendored::rt::runtime!(pub rt, \"0.1\", server);\n"));
    for bad in ["not a path", "::", "crate::", "1rt"] {
        let out = specgen(&["generate", spec, "--runtime-path", bad], root);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{bad}: {err}");
        assert!(
            err.contains("is not a Rust path") && err.contains("`::specgen_rt`"),
            "{bad}: {err}"
        );
        assert!(out.stdout.is_empty(), "{bad}");
    }
}

/// `generate` warns about a pattern that needs backtracking as `lint` does (issue #16), at the pattern,
/// and the generated check is the budgeted one.
#[test]
fn generate_warns_about_backtracking_patterns() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("api.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Code: {type: string, pattern: '^(?=a)(a+)+$'}\n",
    )
    .unwrap();
    let out = specgen(&["generate", "api.yaml", "--out", "api.rs"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let warning = "warning[pattern-backtracking]: `pattern` needs a backtracking regex engine: it uses lookahead `(?=`; \
                   generated code searches values of up to 1024 bytes with a budget of backtracking steps";
    assert!(err.starts_with(warning), "{err}");
    assert!(err.contains(" --> api.yaml:6:35\n"), "{err}");
    assert!(err.contains("pointer: /components/schemas/Code/pattern"), "{err}");
    let lint = stdout(&specgen(&["lint", "api.yaml"], dir.path()));
    assert_eq!(lint.matches("warning[pattern-backtracking]").count(), 1, "{lint}");
    assert!(lint.contains(warning), "{lint}");
    let code = std::fs::read_to_string(dir.path().join("api.rs")).unwrap();
    // How prettyplease breaks the call depends on its indentation.
    let compact: String = code.split_whitespace().collect();
    assert!(
        compact.contains(r#"rt::Pattern::ecma("^(?=a)(a+)+$","^(?=a)(a+)+$""#),
        "{code}"
    );
}

/// `--optional-nullable-as-option` is `Generator::optional_nullable_as_option(true)`, byte for byte.
#[test]
fn optional_nullable_as_option_flag_is_the_builder_setting() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let spec = "tests/fixtures/generate/defaults.yaml";
    let out = specgen(&["generate", spec, "--optional-nullable-as-option"], root);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = specgen::Generator::new()
        .optional_nullable_as_option(true)
        .generate(root.join(spec))
        .unwrap()
        .code;
    assert_eq!(stdout(&out), built);
    assert!(built.contains("pub maybe: Option<String>,"));
    let plain = specgen(&["generate", spec], root);
    assert!(stdout(&plain).contains("pub maybe: Option<Option<String>>,"));
}
