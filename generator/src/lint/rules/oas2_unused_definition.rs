use super::unused::{Reusable, Uses};
use crate::declare_rule;
use crate::lint::rule::{Cx, OAS2, Rule, RuleMeta, Visit};

declare_rule! {
    /// A Swagger 2.0 definition (an entry of `definitions`) that nothing uses.
    ///
    /// Unused definitions are usually leftovers of a rename; they bloat documentation and generated
    /// code.
    ///
    /// Spectral's `oas2-unused-definition`, checked as `oas3-unused-component` checks 3.x components (one
    /// check for both): a definition is used when a `$ref` anywhere reaches it (or into it), from any
    /// file, also one in another unused definition, and also a `$ref` inside an `x-` extension (which
    /// specgen otherwise reads as data) that names it in this document. A definition with an `allOf`
    /// member referring to a definition with a `discriminator` is used too: the discriminator's value
    /// is its name. Spectral differs there (it reports such definitions, and definitions only a `$ref`
    /// *into* them reaches), and it reads files that only an extension's `$ref` names, which specgen
    /// does not, so what such a file refers to in turn is not a use here. The root's `parameters` and
    /// `responses` are not checked, as in Spectral.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// definitions:
    ///   OldPet: {type: object}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// definitions:
    ///   Pet: {type: object}   # referenced as '#/definitions/Pet'
    /// ```
    pub static META = { id: "oas2-unused-definition", severity: Warning, versions: OAS2 };
}

/// 2.0's definitions, in the root object.
const DEFINITIONS: Reusable = Reusable {
    holder: None,
    sections: &["definitions"],
    schemas: "/definitions",
};

#[derive(Default)]
pub struct Oas2UnusedDefinition(Uses);

impl Rule for Oas2UnusedDefinition {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Uses::INTERESTS
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        self.0.visit(&DEFINITIONS, v, cx);
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        self.0.report(cx, &META, &DEFINITIONS, "definition");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{pointers, pointers_in_files};

    fn found(text: &str) -> Vec<String> {
        pointers(super::META.id, text)
    }

    // Spectral's `oas2-unused-definition.test.ts`, the in-memory cases.
    #[test]
    fn spectral_cases() {
        assert!(found("swagger: '2.0'\n").is_empty(), "empty object");
        let invalid = "swagger: '2.0'\nx-hook: {$ref: \"'$#@!!!' What?\"}\npaths: {}\ndefinitions:\n  NotHooked: {type: object}\n";
        assert_eq!(found(invalid), ["/definitions/NotHooked"], "meeting an invalid json pointer");
        let all = "swagger: '2.0'\nx-hook: {$ref: '#/definitions/Hooked'}\nx-also-hook: {$ref: '#/definitions/Hooked'}\npaths:\n  /path:\n    post:\n      parameters: [{$ref: '#/definitions/HookedAsWell'}]\ndefinitions:\n  Hooked: {type: object}\n  HookedAsWell: {name: value, in: query, type: number}\n";
        assert!(found(all).is_empty(), "all components are referenced");
        let orphan = "swagger: '2.0'\npaths:\n  /path:\n    post: {}\ndefinitions:\n  BouhouhouIamUnused: {type: object}\n";
        assert_eq!(found(orphan), ["/definitions/BouhouhouIamUnused"], "orphaned components");
        let encoded = "swagger: '2.0'\npaths:\n  /path:\n    post:\n      parameters:\n        - {name: $body, in: body, schema: {$ref: '#/definitions/%24body'}}\ndefinitions:\n  $body: {type: string}\n";
        assert!(found(encoded).is_empty(), "all components are referenced with percent-encoded refs");
    }

    // Spectral's cases with files: the fixtures of `__fixtures__/unusedShared/`.
    #[test]
    fn spectral_cases_with_files() {
        let external = [
            (
                "api.json",
                r##"{"swagger": "2.0", "x-hook": {"$ref": "#/definitions/Hooked"}, "x-also-hook": {"$ref": "#/definitions/Hooked"},
                 "paths": {"/path": {"post": {"parameters": [{"$ref": "#/definitions/HookedAsWell"}, {"$ref": "unusedDefinition.definition.json"},
                   {"$ref": "https://oas2.library.com/defs.json#/definitions/ExternalHttp"}]}}},
                 "definitions": {"Hooked": {"type": "object"}, "HookedAsWell": {"name": "value", "in": "query", "type": "number"}, "Unhooked": {"type": "object"}}}"##,
            ),
            (
                "unusedDefinition.definition.json",
                r#"{"swagger": "2.0", "definitions": {"ExternalFs": {"type": "number"}}}"#,
            ),
        ];
        assert_eq!(
            pointers_in_files(super::META.id, &external),
            [("api.json".to_owned(), "/definitions/Unhooked".to_owned())],
            "unreferenced definitions when analyzing an in-memory document"
        );
        let remote_local = [(
            "unusedDefinition.remoteLocal.json",
            r##"{"swagger": "2.0", "x-hook": {"$ref": "./unusedDefinition.remoteLocal.json#/definitions/RemoteLocal"},
             "x-also-hook": {"$ref": "#/definitions/PureLocal"}, "definitions": {"RemoteLocal": {"type": "string"}, "PureLocal": {"type": "string"}}}"##,
        )];
        assert!(
            pointers_in_files(super::META.id, &remote_local).is_empty(),
            "a directly self-referencing document from the filesystem"
        );
        let indirect = [
            (
                "unusedDefinition.indirect.1.json",
                r#"{"swagger": "2.0", "x-hook": {"$ref": "./unusedDefinition.indirect.2.json#/definitions/ExtHooked"},
                 "definitions": {"Hooked": {"type": "object"}, "Unhooked": {"type": "object"}}}"#,
            ),
            (
                "unusedDefinition.indirect.2.json",
                r#"{"definitions": {"ExtHooked": {"$ref": "./unusedDefinition.indirect.1.json#/definitions/Hooked"},
                 "ExtUnhookedOne": {"$ref": "./unusedDefinition.indirect.1.json#/definitions/Hooked"}, "ExtUnhookedTwo": {"type": "number"}}}"#,
            ),
        ];
        // Spectral finds `Unhooked` only: it reads `indirect.2.json`, which only an extension names,
        // and counts its reference back to `Hooked`. specgen does not read that file (see the docs).
        let root = "unusedDefinition.indirect.1.json".to_owned();
        assert_eq!(
            pointers_in_files(super::META.id, &indirect),
            [(root.clone(), "/definitions/Hooked".to_owned()), (root, "/definitions/Unhooked".to_owned())],
            "an indirectly self-referencing document from the filesystem"
        );
    }

    #[test]
    fn references_into_a_definition_and_subtypes_use_it() {
        let doc = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok, schema: {$ref: '#/definitions/A/properties/p'}}\n        '201': {description: ok, schema: {$ref: '#/definitions/Pet'}}\ndefinitions:\n  A: {properties: {p: {type: string}}}\n  Pet: {discriminator: kind, required: [kind], properties: {kind: {type: string}}}\n  Cat: {allOf: [{$ref: '#/definitions/Pet'}]}\n  Plain: {allOf: [{$ref: '#/definitions/A'}]}\nparameters:\n  Spare: {name: s, in: query, type: string}\n";
        assert_eq!(found(doc), ["/definitions/Plain"]);
    }

    #[test]
    fn openapi_3_components_are_not_definitions() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ndefinitions:\n  A: {}\ncomponents:\n  schemas:\n    B: {}\n";
        assert!(found(doc).is_empty());
    }
}
