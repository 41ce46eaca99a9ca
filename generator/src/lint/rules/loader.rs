//! Codes reported by the loader and by the linter's own machinery rather than by a walked rule. They are
//! documented, configurable and listed in SARIF like the rules.

use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, OAS2, OAS30, RuleMeta};

declare_rule! {
    /// YAML or JSON syntax error. Everything before the error is still read and checked.
    pub static PARSE_ERROR = { id: "parse-error", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// A line inside a flow collection (`{...}`, `[...]`) indented no more than the block key or `-`
    /// that holds the collection. YAML 1.2 wants such lines indented further, and strict readers (saphyr,
    /// which specgen uses) stop there; libyaml and PyYAML ignore indentation inside flow collections, so
    /// specgen reads the line as they do (leading spaces in flow context mean nothing) and warns.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// schema:
    ///   example: {
    ///     "id": "x"
    ///   }
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// schema:
    ///   example: {
    ///     "id": "x"
    ///     }
    /// ```
    pub static YAML_NOT_STRICT = { id: "yaml-not-strict", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A key given twice in one object; both places are shown.
    ///
    /// Readers disagree on which value wins (specgen keeps the last), so the spec means different
    /// things to different tools.
    pub static DUPLICATE_KEY = { id: "duplicate-key", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// A `$ref` to a missing file, or a pointer that names nothing (with a did-you-mean). In an example
    /// (an Example Object, or a map of them) it does not stop `specgen generate`: examples generate no
    /// code.
    pub static UNRESOLVED_REF = { id: "unresolved-ref", severity: Error, aliases: ["no-unresolved-refs"], versions: ANY_OAS };
}

declare_rule! {
    /// A `$ref` that is not a string, or whose fragment is not a JSON pointer.
    pub static INVALID_REF = { id: "invalid-ref", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// `$ref`s that lead only to each other, never to a value.
    pub static REF_CYCLE = { id: "ref-cycle", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// A `$ref` to a file outside the folder specgen reads the spec from (symlinks resolved): the spec's
    /// repository (the nearest folder above it holding `.git`), else the current folder when it holds
    /// the spec, else the spec's own folder; never the file system root or a home folder. `--root-dir`
    /// names the folder instead.
    pub static REF_ESCAPE = { id: "ref-escape", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// A `$ref` to a URL. specgen does not fetch over the network: the reference stays unresolved, and
    /// what it stands for is generated as any JSON value (`serde_json::Value`). Download the document
    /// next to the spec and refer to it by a relative path to have it checked and typed.
    pub static REF_REMOTE = { id: "ref-remote", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A `#/...` reference in a file other than the root names nothing in its own file, but does name a
    /// node of the root document, and is read as the root document's. RFC 3986 makes `#/...` a place in
    /// the file that holds it; tools that inline files into the root before resolving (most of them)
    /// read the root's, so specgen does too. The help gives the reference that names the node wherever
    /// it is read (`../swagger.yaml#/definitions/Pet`).
    pub static REF_FRAGMENT_ROOT = { id: "ref-fragment-root", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A YAML alias bomb: expanding aliases would create more nodes than the limit.
    pub static ALIAS_LIMIT = { id: "alias-limit", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// Nesting deeper than the loader's limit of 400 levels.
    pub static NESTING_LIMIT = { id: "nesting-limit", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// The document has neither `openapi` nor `swagger` at its root, so it is not an OpenAPI document.
    ///
    /// A fragment referenced by a spec is linted through that spec: lint the root file instead.
    pub static NOT_OPENAPI = { id: "not-openapi", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// The typed model the generator reads accepts OpenAPI 3.0, and Swagger 2.0 through its conversion
    /// to 3.0. The linter never reports this: 3.1 and 2.0 documents are linted with the rules that apply
    /// to them.
    pub static UNSUPPORTED_VERSION = { id: "unsupported-version", severity: Error, versions: ANY_OAS };
}

declare_rule! {
    /// The document passes the OpenAPI 3.0 schema (or a Swagger 2.0 document the 2.0 schema) but a part
    /// that defines the API (a path item, an operation, a parameter, a request body, a response, a
    /// header, a security scheme) still does not fit the typed object model the generator reads (reported
    /// only when `oas3-schema` or `oas2-schema` finds nothing, so the two never repeat each other). Each
    /// such part is reported, at the deepest object that cannot be read; a schema or a documentation part
    /// that cannot be read is `unsupported-schema` or `unreadable-docs` instead (see the generator's
    /// codes), and does not stop generation. For 2.0, the finding points at the 2.0 node the offending part of the conversion came
    /// from.
    pub static OPENAPI_STRUCTURE = { id: "openapi-structure", severity: Error, versions: OAS2 | OAS30 };
}

declare_rule! {
    /// Part of a Swagger 2.0 document has no exact OpenAPI 3.0 equivalent, so the 3.0 form that
    /// `specgen generate` and `specgen convert` work from differs from it: `collectionFormat: tsv`
    /// (read as `csv`), a second body parameter, form parameters beside a body, form parameters without
    /// a form media type in `consumes`.
    pub static SWAGGER2_CONVERSION = { id: "swagger2-conversion", severity: Warning, versions: OAS2 };
}

declare_rule! {
    /// A `# specgen-disable-next-line` comment that hides nothing: the line after it has no finding of
    /// the rules it names. Remove it, so suppressions do not outlive their problems.
    pub static UNUSED_SUPPRESSION = { id: "unused-suppression", severity: Warning, versions: ANY_OAS };
}

pub static CODES: &[&RuleMeta] = &[
    &PARSE_ERROR,
    &DUPLICATE_KEY,
    &UNRESOLVED_REF,
    &INVALID_REF,
    &REF_CYCLE,
    &REF_ESCAPE,
    &REF_REMOTE,
    &REF_FRAGMENT_ROOT,
    &YAML_NOT_STRICT,
    &ALIAS_LIMIT,
    &NESTING_LIMIT,
    &NOT_OPENAPI,
    &UNSUPPORTED_VERSION,
    &OPENAPI_STRUCTURE,
    &SWAGGER2_CONVERSION,
    &UNUSED_SUPPRESSION,
];
