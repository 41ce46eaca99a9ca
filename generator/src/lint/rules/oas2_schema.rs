use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::lint::structure::{self, Dialect};

declare_rule! {
    /// The document does not fit the Swagger 2.0 schema: an unknown or misspelt field, a missing
    /// required one, a value of the wrong type or outside its `enum`.
    ///
    /// The official JSON Schema of Swagger 2.0 documents, checked like `oas3-schema` checks 3.0: the
    /// message names the object and what is allowed there, and points at the offending node; files
    /// reached through `$ref` are checked as what the referencing site expects. A document that fails
    /// it is read differently by different tools, and its conversion to 3.0 (what `specgen generate`
    /// and `specgen convert` work from) inherits the problem.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// parameters:
    ///   - name: limit
    ///     in: query
    ///     type: integer
    ///     descripton: How many.   # typo: not a parameter field
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// parameters:
    ///   - name: limit
    ///     in: query
    ///     type: integer
    ///     description: How many.
    /// ```
    pub static META = { id: "oas2-schema", severity: Error, versions: OAS2 };
}

/// Swagger 2.0, against the vendored official schema.
pub static SWAGGER_2_0: Dialect = Dialect::new(
    include_str!("../../../data/swagger-2.0-schema.json"),
    DRAFT_04,
    "oas2-schema",
    "Swagger 2.0",
    "jsonReference",
    "pathItem",
);

/// What the Swagger 2.0 schema takes from the JSON Schema draft-04 meta-schema, written out so that
/// nothing is fetched: the same constraints on the same keywords.
const DRAFT_04: &str = r#"
"http://json-schema.org/draft-04/schema#/definitions/positiveInteger": {type: integer, minimum: 0}
"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0": {type: integer, minimum: 0}
"http://json-schema.org/draft-04/schema#/definitions/stringArray":
  {type: array, items: {type: string}, minItems: 1, uniqueItems: true}
"http://json-schema.org/draft-04/schema#/properties/default": {}
"http://json-schema.org/draft-04/schema#/properties/description": {type: string}
"http://json-schema.org/draft-04/schema#/properties/enum": {type: array, minItems: 1, uniqueItems: true}
"http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum": {type: boolean}
"http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum": {type: boolean}
"http://json-schema.org/draft-04/schema#/properties/maximum": {type: number}
"http://json-schema.org/draft-04/schema#/properties/minimum": {type: number}
"http://json-schema.org/draft-04/schema#/properties/multipleOf": {type: number, minimum: 0, exclusiveMinimum: true}
"http://json-schema.org/draft-04/schema#/properties/pattern": {type: string}
"http://json-schema.org/draft-04/schema#/properties/title": {type: string}
"http://json-schema.org/draft-04/schema#/properties/type":
  anyOf:
    - enum: [array, boolean, integer, "null", number, object, string]
    - type: array
      items: {enum: [array, boolean, integer, "null", number, object, string]}
      minItems: 1
      uniqueItems: true
"http://json-schema.org/draft-04/schema#/properties/uniqueItems": {type: boolean}
"#;

#[derive(Default)]
pub struct Oas2Schema;

impl Rule for Oas2Schema {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for p in structure::validate_with(&SWAGGER_2_0, v.node, &cx.refs) {
            let meta = if p.code == META.id {
                &META
            } else {
                &super::ref_not_allowed::META
            };
            let d = if p.at_key {
                cx.report_key(meta, p.file, &p.ptr, p.message)
            } else {
                cx.report(meta, p.file, &p.ptr, p.message)
            };
            if let Some(h) = p.help {
                d.help(h);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rule::RefMap;
    use crate::load::{LoadOptions, Spec};

    fn problems(text: &str) -> Vec<String> {
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let refs = RefMap::new(&spec);
        structure::validate_with(&SWAGGER_2_0, spec.root(), &refs)
            .into_iter()
            .map(|p| format!("{}: {}", p.ptr, p.message))
            .collect()
    }

    const HEAD: &str = "swagger: '2.0'\ninfo: {title: t, version: '1'}\n";

    #[test]
    fn the_corpus_shapes_pass() {
        let text = format!(
            "{HEAD}host: api.example.com\nbasePath: /v1\nschemes: [https]\nconsumes: [application/json]\npaths:\n  /p/{{id}}:\n    get:\n      parameters:\n        - {{name: id, in: path, required: true, type: integer, format: int64, minimum: 1}}\n        - {{name: tags, in: query, type: array, items: {{type: string}}, collectionFormat: multi}}\n        - {{$ref: '#/parameters/Limit'}}\n      responses:\n        '200': {{description: ok, schema: {{$ref: '#/definitions/Pet'}}, headers: {{X-Rate: {{type: integer}}}}}}\n        default: {{$ref: '#/responses/Error'}}\n    post:\n      consumes: [multipart/form-data]\n      parameters:\n        - {{name: f, in: formData, type: file}}\n      responses: {{'201': {{description: made}}}}\nparameters:\n  Limit: {{name: limit, in: query, type: integer, maximum: 100, exclusiveMaximum: true}}\nresponses:\n  Error: {{description: error, schema: {{type: file}}}}\ndefinitions:\n  Pet:\n    type: object\n    required: [id]\n    discriminator: id\n    properties:\n      id: {{type: integer, x-nullable: true, enum: [1, 2], multipleOf: 1}}\n      tags: {{type: array, items: {{type: string}}, minItems: 0, uniqueItems: true}}\nsecurityDefinitions:\n  o: {{type: oauth2, flow: accessCode, authorizationUrl: 'https://a', tokenUrl: 'https://b', scopes: {{}}}}\n"
        );
        assert_eq!(problems(&text), Vec::<String>::new());
    }

    #[test]
    fn problems_name_the_object_and_what_is_allowed() {
        let p = problems(&format!(
            "{HEAD}paths:\n  /a:\n    get:\n      parameters:\n        - {{name: q, in: query, type: string, descripton: x}}\n      responses: {{'200': {{description: ok}}}}\n"
        ));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(
            p[0].starts_with("/paths/~1a/get/parameters/0/descripton: `descripton` is not allowed in item 0"),
            "{p:?}"
        );
        assert_eq!(
            problems(&format!("{HEAD}paths: {{}}\ndefinitions:\n  A: {{type: strin}}\n")),
            ["/definitions/A/type: `type` must be one of `array`, `boolean`, `integer`, `null`, `number`, `object`, `string`, found `strin`"]
        );
        assert_eq!(
            problems("swagger: '2.0'\ninfo: {title: t}\npaths: {}\n"),
            ["/info: `info` (an Info Object) lacks the required `version`"]
        );
        assert_eq!(
            problems(&format!("{HEAD}host: 'https://api.example.com'\npaths: {{}}\n")),
            ["/host: `host` `https://api.example.com` does not match `^[^{}/ :\\\\]+(?::\\d+)?$`"]
        );
        assert_eq!(
            problems(&format!("{HEAD}paths: {{}}\ndefinitions:\n  A: {{type: string, minLength: -1}}\n")),
            ["/definitions/A/minLength: `minLength` must be at least 0"]
        );
    }
}
