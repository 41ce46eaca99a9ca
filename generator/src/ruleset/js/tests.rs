use std::path::Path;

use super::*;
use crate::lint::Config;
use crate::load::LoadOptions;
use crate::ruleset::lint::{RulesetLinted, lint};
use crate::ruleset::load::Ruleset;

/// A folder with `files` (the ruleset is `.spectral.yaml`, functions under `functions/`).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let p = d.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    d
}

fn lint_in(dir: &Path, spec: &str) -> RulesetLinted {
    let rs = Ruleset::load(&dir.join(".spectral.yaml")).unwrap();
    let spec = Spec::from_text(dir.join("api.yaml"), spec, &LoadOptions::default());
    lint(spec, &Config::default(), &rs)
}

/// (rule, pointer, message) of the findings of the ruleset's own rules.
fn found(l: &RulesetLinted, rule: &str) -> Vec<(String, String)> {
    l.linted
        .findings
        .iter()
        .filter(|d| d.code == rule)
        .map(|d| (d.location.as_ref().unwrap().pointer.clone(), d.message.clone()))
        .collect()
}

fn problems(l: &RulesetLinted) -> Vec<String> {
    l.problems.iter().map(|p| p.message.clone()).collect()
}

fn ruleset(function: &str, given: &str, extra: &str) -> String {
    format!(
        "functions: [{function}]\nrules:\n  r:\n    given: \"{given}\"\n{extra}    then:\n      function: {function}\n"
    )
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
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
    post:
      responses:
        '201': {description: made}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
";

#[test]
fn an_es_module_gets_the_target_options_and_context() {
    let d = folder(&[
        (
            ".spectral.yaml",
            &ruleset(
                "ids",
                "$.paths[*][*]",
                "    message: '{{error}} at {{path}}'\n",
            )
            .replace("function: ids\n", "function: ids\n      functionOptions: {prefix: list}\n"),
        ),
        (
            "functions/ids.js",
            "export default (op, options, context) => {
               const id = op.operationId;
               if (id === undefined) return [{ message: `no id in ${context.rule.name} (${context.document.data.info.title})` }];
               if (!id.startsWith(options.prefix)) return [{ message: 'bad', path: [...context.path, 'operationId'] }];
               if (context.path.join('/') !== 'paths//pets/get') throw new Error(context.path.join('/'));
             };",
        ),
    ]);
    let l = lint_in(d.path(), API);
    assert_eq!(problems(&l), Vec::<String>::new());
    assert_eq!(
        found(&l, "r"),
        [(
            "/paths/~1pets/post".to_owned(),
            "no id in r (t) at #/paths/~1pets/post".to_owned()
        )]
    );
}

#[test]
fn results_with_a_path_are_located_where_the_resolved_node_is_written() {
    let d = folder(&[
        (".spectral.yaml", &ruleset("props", "$.paths[*][*].responses[*].content[*].schema", "")),
        (
            "functions/props.js",
            "export default (schema, _o, { path, documentInventory }) => {
               if (documentInventory.resolved.components.schemas.Pet !== schema) throw new Error('not shared');
               return [{ message: `${schema.type} ${Object.keys(schema.properties)}`, path: [...path, 'properties', 'name', 'format'] }];
             };",
        ),
    ]);
    let l = lint_in(d.path(), API);
    assert_eq!(problems(&l), Vec::<String>::new());
    assert_eq!(
        found(&l, "r"),
        [(
            "/components/schemas/Pet/properties/name".to_owned(),
            "object name".to_owned()
        )]
    );
}

#[test]
fn create_ruleset_function_checks_input_and_options() {
    let function = "import { createRulesetFunction } from '@stoplight/spectral-core';
       export default createRulesetFunction(
         { input: { type: 'string' }, options: { type: 'object', properties: { max: { type: 'integer' } }, required: ['max'] } },
         function tooLong(input, { max }) { return input.length > max ? [{ message: `longer than ${max}` }] : undefined; });";
    let rule = |options: &str| {
        ruleset("tooLong", "$.info[*]", "").replace(
            "function: tooLong\n",
            &format!("function: tooLong\n      functionOptions: {options}\n"),
        )
    };
    let d = folder(&[
        (".spectral.yaml", &rule("{max: 1}")),
        ("functions/tooLong.js", function),
    ]);
    let l = lint_in(d.path(), API);
    assert_eq!(problems(&l), Vec::<String>::new());
    assert_eq!(
        found(&l, "r"),
        Vec::<(String, String)>::new(),
        "`t` and `1` are one character"
    );
    let d = folder(&[
        (".spectral.yaml", &rule("{max: 0}")),
        ("functions/tooLong.js", function),
    ]);
    assert_eq!(
        found(&lint_in(d.path(), API), "r"),
        [
            ("/info/title".to_owned(), "longer than 0".to_owned()),
            ("/info/version".to_owned(), "longer than 0".to_owned())
        ]
    );
    let d = folder(&[
        (".spectral.yaml", &rule("{max: many}")),
        ("functions/tooLong.js", function),
    ]);
    let p = problems(&lint_in(d.path(), API));
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("\"functionOptions\" of \"tooLong\" function must be valid"),
        "{p:?}"
    );
}

#[test]
fn create_ruleset_function_checks_formats_as_ajv_formats_does() {
    // Stoplight's url-versioning function parses each server URL, whose `input` says `format: url`:
    // a templated or relative URL never reaches it, so it never throws on one.
    let function = "import { createRulesetFunction } from '@stoplight/spectral-core';
       export default createRulesetFunction(
         { input: { type: 'array', items: { type: 'object', properties: { url: { type: 'string', format: 'url' } } } }, options: null },
         (servers) => servers.map((s) => ({ message: new URL(s.url).host })));";
    let d = folder(&[
        (
            ".spectral.yaml",
            &ruleset("hosts", "$", "").replace("function: hosts\n", "field: servers\n      function: hosts\n"),
        ),
        ("functions/hosts.js", function),
    ]);
    let spec = |urls: &str| API.replace("paths:", &format!("servers: [{urls}]\npaths:"));
    let l = lint_in(d.path(), &spec("{url: 'https://api.example.com/v1'}"));
    assert_eq!(problems(&l), Vec::<String>::new());
    assert_eq!(found(&l, "r"), [("/servers".to_owned(), "api.example.com".to_owned())]);
    for urls in [
        "{url: '{scheme}://api.example.com'}",
        "{url: /}",
        "{url: 'http://localhost:8080'}",
    ] {
        let l = lint_in(d.path(), &spec(urls));
        assert_eq!(problems(&l), Vec::<String>::new(), "{urls}");
        assert!(found(&l, "r").is_empty(), "{urls}: not a url, so not called");
    }
}

#[test]
fn common_js_can_require_the_core_functions_and_they_match_the_rust_ones() {
    let d = folder(&[
        (
            ".spectral.yaml",
            "functions: [named]
rules:
  js:
    given: $.paths[*][*]
    then: {field: operationId, function: named, functionOptions: {match: '/^[a-z]+$/'}}
  core:
    given: $.paths[*][*]
    then: {field: operationId, function: pattern, functionOptions: {match: '/^[a-z]+$/'}}
",
        ),
        (
            "functions/named.js",
            "const { pattern } = require('@stoplight/spectral-functions');
             module.exports = (id, options, context) => pattern(id, { match: new RegExp(options.match.slice(1, -1)) }, context);",
        ),
    ]);
    let l = lint_in(d.path(), API);
    assert_eq!(problems(&l), Vec::<String>::new());
    let js = found(&l, "js");
    assert_eq!(js, found(&l, "core"));
    assert_eq!(
        js,
        [(
            "/paths/~1pets/get/operationId".to_owned(),
            "\"listPets\" must match the pattern \"/^[a-z]+$/\"".to_owned()
        )]
    );
}

#[test]
fn formats_types_and_async_functions() {
    let d = folder(&[
        (".spectral.yaml", &ruleset("later", "$.info", "")),
        (
            "functions/later.js",
            "import { oas3, oas2 } from '@stoplight/spectral-formats';
             import { DiagnosticSeverity } from '@stoplight/types';
             export default async function (info, _o, { document }) {
               await null;
               const seen = [oas3(document.data), oas2(document.data), document.formats.has(oas3), DiagnosticSeverity.Warning];
               return [{ message: seen.join(' ') }];
             }",
        ),
    ]);
    let l = lint_in(d.path(), API);
    assert_eq!(problems(&l), Vec::<String>::new());
    assert_eq!(found(&l, "r"), [("/info".to_owned(), "true false true 1".to_owned())]);
}

#[test]
fn failures_are_problems_naming_the_function_and_its_file() {
    let cases = [
        (
            "throw new TypeError('no such thing');",
            "threw an exception: TypeError: no such thing",
        ),
        ("return 'bad';", "returned what is not a list of results"),
        (
            "return Promise.reject(new Error('nope'));",
            "returned a Promise that was rejected: Error: nope",
        ),
        ("return new Promise(() => {});", "returned a Promise that never settles"),
        ("return [{message: 'm', path: 'x'}];", "`path` that is not an array"),
    ];
    for (body, expected) in cases {
        let d = folder(&[
            (".spectral.yaml", &ruleset("f", "$.info", "")),
            ("functions/f.js", &format!("export default () => {{ {body} }};")),
        ]);
        let l = lint_in(d.path(), API);
        let p = problems(&l);
        assert_eq!(p.len(), 1, "{body}: {p:?}");
        assert!(p[0].starts_with("the function `f` ("), "{p:?}");
        assert!(p[0].contains("f.js) "), "{p:?}");
        assert!(p[0].contains(expected), "{body}: {p:?}");
        assert_eq!(l.problems[0].origin.pointer, "/rules/r/then");
    }
}

/// Loading errors, as `check` reports them when the ruleset is read.
fn check_errors(files: &[(&str, &str)]) -> Vec<String> {
    let d = folder(files);
    let rs = Ruleset::load(&d.path().join(".spectral.yaml")).unwrap();
    check(&rs.custom_functions()).into_iter().map(|e| e.message).collect()
}

#[test]
fn files_that_cannot_load_are_reported_when_the_ruleset_is_read() {
    let rs = ruleset("f", "$.info", "");
    let missing = check_errors(&[(".spectral.yaml", &rs)]);
    assert!(
        missing[0].contains("cannot be read from") && missing[0].contains("f.js"),
        "{missing:?}"
    );
    let syntax = check_errors(&[(".spectral.yaml", &rs), ("functions/f.js", "export default (x => ;")]);
    assert!(syntax[0].contains("SyntaxError"), "{syntax:?}");
    let import = check_errors(&[
        (".spectral.yaml", &rs),
        ("functions/f.js", "import _ from 'lodash';\nexport default () => [];"),
    ]);
    assert!(
        import[0].contains("imports `lodash`, which specgen does not provide"),
        "{import:?}"
    );
    let require = check_errors(&[(".spectral.yaml", &rs), ("functions/f.js", "const fs = require('fs');")]);
    assert!(require[0].contains("cannot require \"fs\""), "{require:?}");
    let nothing = check_errors(&[(".spectral.yaml", &rs), ("functions/f.js", "export const f = 1;")]);
    assert!(nothing[0].contains("does not export a function"), "{nothing:?}");
    let dir = check_errors(&[
        (".spectral.yaml", &format!("functionsDir: js\n{rs}")),
        ("js/f.js", "export default () => undefined;"),
    ]);
    assert_eq!(dir, Vec::<String>::new());
}

/// An engine with `limits` and the document `API`, and a function.
fn engine_with(limits: Limits, source: &str) -> (tempfile::TempDir, Engine, Custom) {
    let d = folder(&[("f.js", source)]);
    let spec = Spec::from_text("api.yaml", API, &LoadOptions::default());
    let refs = Resolved::new(&spec);
    let mut engine = Engine::new(limits).unwrap();
    engine.set_document(&spec, &refs, &HashSet::new()).unwrap();
    let custom = Custom {
        name: "f".into(),
        file: d.path().join("f.js"),
        options: None,
        in_ruleset: false,
    };
    (d, engine, custom)
}

const RULE: RuleInfo = RuleInfo {
    name: "r",
    description: None,
    message: None,
    severity: Severity::Warning,
    resolved: true,
    recommended: true,
    documentation_url: None,
};

#[test]
fn an_endless_loop_is_stopped_by_the_time_budget() {
    let limits = Limits {
        time: Duration::from_millis(200),
        ..Limits::default()
    };
    let (_d, mut engine, custom) = engine_with(limits, "export default () => { for (;;) {} };");
    let start = Instant::now();
    let e = engine.call(&custom, &RULE, Input::Missing, &[]).unwrap_err();
    assert!(e.contains("ran longer than 0.2 s and was stopped"), "{e}");
    assert!(start.elapsed() < Duration::from_secs(5));
    // The engine is still usable, and an endless chain of promise jobs is stopped too.
    let (_d, mut engine, custom) = engine_with(
        limits,
        "export default () => { const spin = () => Promise.resolve().then(spin); return spin(); };",
    );
    let e = engine.call(&custom, &RULE, Input::Missing, &[]).unwrap_err();
    assert!(e.contains("ran longer than"), "{e}");
}

#[test]
fn memory_and_stack_are_limited() {
    let limits = Limits {
        memory: 64 << 20,
        ..Limits::default()
    };
    let (_d, mut engine, custom) = engine_with(
        limits,
        "export default () => { const a = []; for (;;) a.push(new Array(1000).fill('x')); };",
    );
    let e = engine.call(&custom, &RULE, Input::Missing, &[]).unwrap_err();
    assert!(e.contains("out of memory"), "{e}");
    let (_d, mut engine, custom) = engine_with(Limits::default(), "export default function f(n) { return f(n); };");
    let e = engine.call(&custom, &RULE, Input::Missing, &[]).unwrap_err();
    assert!(e.contains("RangeError"), "{e}");
}

#[test]
fn a_function_sees_the_target_at_its_path() {
    let (_d, mut engine, custom) = engine_with(
        Limits::default(),
        "export default (input, options, context) => [{ message: JSON.stringify([input, options, context.path]) }];",
    );
    let path = [
        Sub::Key("components".into()),
        Sub::Key("schemas".into()),
        Sub::Key("Pet".into()),
        Sub::Key("type".into()),
    ];
    let r = engine
        .call(&custom, &RULE, Input::Node { resolved: true }, &path)
        .unwrap();
    assert_eq!(r[0].message, r#"["object",null,["components","schemas","Pet","type"]]"#);
    let r = engine.call(&custom, &RULE, Input::Key("k"), &path[..1]).unwrap();
    assert_eq!(r[0].message, r#"["k",null,["components"]]"#);
}

#[test]
fn resolved_false_reads_the_document_as_written_and_the_graph_names_referenced_places() {
    let d = folder(&[
        (
            ".spectral.yaml",
            &ruleset("written", "$.paths[*][*]", "    resolved: false\n")
                .replace("function: written\n", "function: written\n      functionOptions: {a: 1}\n"),
        ),
        (
            "functions/written.js",
            "let options;
             export default (op, opts, { document, documentInventory }) => {
               if (options !== undefined && options !== opts) throw new Error('a new options object');
               options = opts;
               if (op.responses['200'] === undefined) return;
               const graph = documentInventory.graph;
               const pet = `${document.source}#/components/schemas/Pet`;
               const ref = op.responses['200'].content['application/json'].schema.$ref;
               return [{ message: `${ref} ${graph.hasNode(pet)} ${graph.hasNode(pet + 'x')} ${document.source.endsWith('api.yaml')}` }];
             };",
        ),
    ]);
    let l = lint_in(d.path(), API);
    assert_eq!(problems(&l), Vec::<String>::new());
    assert_eq!(
        found(&l, "r"),
        [(
            "/paths/~1pets/get".to_owned(),
            "#/components/schemas/Pet true false true".to_owned()
        )]
    );
}

#[test]
fn a_shared_input_too_large_to_write_out_is_not_written_out() {
    // 2^40 leaves once written out: the core functions that read only keys get the keys, `schema` says
    // the input is too large, and `createRulesetFunction` checks its `input` schema's `type` only.
    let (_d, mut engine, custom) = engine_with(
        Limits::default(),
        "import { truthy, length, schema } from '@stoplight/spectral-functions';
         import { createRulesetFunction } from '@stoplight/spectral-core';
         let big = { leaf: 1 };
         for (let i = 0; i < 40; i++) big = { l: big, r: big };
         const checked = createRulesetFunction(
           { input: { type: 'object', properties: { l: { type: 'object' } } }, options: null },
           (input) => [{ message: 'checked' }]);
         export default () => {
           let thrown = 'nothing';
           try { schema(big, { schema: { type: 'object' } }); } catch (e) { thrown = e.message; }
           const out = [truthy(big), length(big, { max: 1 }), checked(big, null)].flat().filter(Boolean);
           return [...out, { message: thrown }];
         };",
    );
    let messages: Vec<String> = engine
        .call(&custom, &RULE, Input::Missing, &[])
        .unwrap()
        .into_iter()
        .map(|r| r.message)
        .collect();
    assert_eq!(
        messages,
        [
            "#{{print(\"property\")}}must be shorter than 1",
            "checked",
            "the input of \"schema\" is too large to check: more than 200000 values written out as JSON"
        ]
    );
}

/// A ruleset of nine functions (ES modules, CommonJS, async, `createRulesetFunction`, core functions
/// through the shim, `@key`, an absent `field`, `resolved: false`, results with paths through `$ref`s),
/// and the (rule, pointer, message) Spectral 6.16.3 gives for it.
#[test]
fn spectral_6_16_3_gives_the_same() {
    let d = folder(&[
        (
            ".spectral.yaml",
            r#"functions: [camelProps, requiredExist, opIds, keysFn, asyncFn, viaCore, cjsFn, missingField, rootFn]
rules:
  camel-props:
    message: '{{property}}: {{error}}'
    given: $..properties
    then: {function: camelProps}
  required-exist:
    given: $.components.schemas[*]
    then: {function: requiredExist}
  op-ids:
    description: ops need ids
    given: $.paths[*][*]
    then: {function: opIds, functionOptions: {pattern: '^[a-z]+([A-Z][a-z]+)*$'}}
  keys-fn:
    given: $.paths
    then: {field: '@key', function: keysFn}
  async-fn:
    message: '{{error}} ({{path}})'
    given: $.info
    then: {function: asyncFn}
  via-core:
    given: $.paths[*][*]
    then: {function: viaCore}
  cjs-fn:
    given: $.components.parameters[*]
    then: {function: cjsFn}
  missing-field:
    message: '{{property}} {{error}} {{value}}'
    given: $.paths[*][*]
    then: {field: summary, function: missingField}
  root-fn:
    resolved: false
    given: $
    then: {function: rootFn}
"#,
        ),
        (
            "functions/asyncFn.js",
            r#"export default async (info, _o, { document, documentInventory }) => {
  await new Promise((r) => r());
  const r = documentInventory.resolved;
  return [{ message: `${info.title} ${Object.keys(document.data.paths)} ${r.paths['/pets'].get.parameters[0].name} ${typeof r.components.schemas.Tag.properties.parent.$ref}` }];
};
"#,
        ),
        (
            "functions/camelProps.js",
            r#"export default (props, _o, context) =>
  Object.keys(props).filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k)).map((k) => ({ message: `${k} is not camel`, path: [...context.path, k] }));
"#,
        ),
        (
            "functions/cjsFn.js",
            r#"const { casing } = require('@stoplight/spectral-functions');
module.exports = (param, options, context) => casing(param.name, { type: 'pascal' }, { ...context, path: [...context.path, 'name'] });
"#,
        ),
        (
            "functions/keysFn.js",
            r#"export default (key) => key.includes('pets') ? [{ message: `key ${key}` }] : undefined;
"#,
        ),
        (
            "functions/missingField.js",
            r#"export default (value, _o, context) => value === undefined ? [{ message: `absent at ${context.path.join('.')}` }] : [];
"#,
        ),
        (
            "functions/opIds.js",
            r#"export default (op, { pattern }, context) => {
  if (op.operationId === undefined) return [{ message: `no operationId in ${context.rule.name}` }];
  if (!new RegExp(pattern).test(op.operationId)) return [{ message: `${op.operationId} bad`, path: [...context.path, 'operationId'] }];
};
"#,
        ),
        (
            "functions/requiredExist.js",
            r#"import { createRulesetFunction } from '@stoplight/spectral-core';
export default createRulesetFunction({ input: { type: 'object' }, options: null }, function requiredExist(schema, _o, { path }) {
  return (schema.required ?? []).flatMap((name, i) => (schema.properties ?? {})[name] ? [] : [{ message: `${name} is required but not defined`, path: [...path, 'required', i] }]);
});
"#,
        ),
        (
            "functions/rootFn.js",
            r#"export default (doc, _o, context) => [{ message: `root ${Object.keys(doc)} ${context.path.length} ${doc.paths['/pets'].get.parameters[0].$ref}` }];
"#,
        ),
        (
            "functions/viaCore.js",
            r#"import { truthy, pattern, xor } from '@stoplight/spectral-functions';
export default (op, _o, context) => [
  ...(truthy(op.summary, null, { ...context, path: [...context.path, 'summary'] }) ?? []),
  ...(pattern(op.operationId ?? 'x', { match: '^[a-z]+$' }, context) ?? []),
  ...(xor(op, { properties: ['summary', 'operationId'] }, context) ?? []),
];
"#,
        ),
    ]);
    let l = lint_in(
        d.path(),
        r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      operationId: list_pets
      parameters:
        - $ref: '#/components/parameters/Limit'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pets'}
    post:
      responses:
        '201': {description: made}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  schemas:
    Pets:
      type: array
      items: {$ref: '#/components/schemas/Pet'}
    Pet:
      type: object
      required: [pet_name, missing]
      properties:
        pet_name: {type: string}
        Tag: {$ref: '#/components/schemas/Tag'}
    Tag:
      type: object
      properties:
        parent: {$ref: '#/components/schemas/Tag'}
"#,
    );
    assert_eq!(problems(&l), Vec::<String>::new());
    let spectral = [
        ("async-fn", "/info", "t /pets limit string (#/info)"),
        (
            "camel-props",
            "/components/schemas/Pet/properties/pet_name",
            "pet_name: pet_name is not camel",
        ),
        ("camel-props", "/components/schemas/Tag", "Tag: Tag is not camel"),
        ("cjs-fn", "/components/parameters/Limit", "must be pascal case"),
        ("keys-fn", "/paths/~1pets", "key /pets"),
        (
            "missing-field",
            "/paths/~1pets/get",
            "get.summary absent at paths./pets.get.summary [object Object]",
        ),
        (
            "missing-field",
            "/paths/~1pets/post",
            "post.summary absent at paths./pets.post.summary [object Object]",
        ),
        ("op-ids", "/paths/~1pets/get/operationId", "ops need ids"),
        ("op-ids", "/paths/~1pets/post", "ops need ids"),
        (
            "required-exist",
            "/components/schemas/Pet/required/1",
            "missing is required but not defined",
        ),
        (
            "root-fn",
            "",
            "root openapi,info,paths,components 0 #/components/parameters/Limit",
        ),
        ("via-core", "/paths/~1pets/get", "\"get\" property must be truthy"),
        (
            "via-core",
            "/paths/~1pets/get",
            "Object{} must match the pattern \"^[a-z]+$\"",
        ),
        ("via-core", "/paths/~1pets/post", "\"post\" property must be truthy"),
        (
            "via-core",
            "/paths/~1pets/post",
            "At least one of \"summary\" or \"operationId\" must be defined",
        ),
    ];
    let mut ours: Vec<(&str, String, String)> = l
        .linted
        .findings
        .iter()
        .filter(|d| spectral.iter().any(|(rule, _, _)| *rule == d.code))
        .map(|d| (d.code, d.location.as_ref().unwrap().pointer.clone(), d.message.clone()))
        .collect();
    ours.sort();
    let spectral: Vec<(&str, String, String)> = spectral
        .iter()
        .map(|(r, p, m)| (*r, p.to_string(), m.to_string()))
        .collect();
    assert_eq!(ours, spectral);
}

#[test]
fn the_runtime_shim_prints_as_spectral_runtime_does() {
    let (_d, mut engine, custom) = engine_with(
        Limits::default(),
        "import { printValue, printPath, PrintStyle } from '@stoplight/spectral-runtime';
         const vals = [undefined, null, 1, 'a\"b', [1], {a: 1}, /x+/g, new Map(), true];
         const paths = [[], ['paths', '/pets/{id}', 'get', 0, 'a b', '', '12', 'x~y$z']];
         export default () => {
           const out = [vals.map(printValue).join(' | ')];
           for (const p of paths) for (const s of [PrintStyle.Dot, PrintStyle.Pointer, PrintStyle.EscapedPointer]) out.push(printPath(p, s));
           return [{ message: JSON.stringify(out) }];
         };",
    );
    let r = engine.call(&custom, &RULE, Input::Missing, &[]).unwrap();
    // What `@stoplight/spectral-runtime` (Spectral 6.16.3's, 1.1.6) prints for the same calls in Node.
    let node = r##"["undefined | null | 1 | \"a\\\"b\" | Array[] | Object{} | x+ | Map | true","","#","#","paths./pets/{id}.get[0]['a b'][''][12].x~y$z","#/paths//pets/{id}/get/0/a b//12/x~y$z","#/paths/~1pets~1%7Bid%7D/get/0/a%20b//12/x~0y%24z"]"##;
    assert_eq!(r[0].message, node);
}
