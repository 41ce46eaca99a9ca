//! What a node of an OpenAPI document *is*, judged from where it sits: an object of a known kind, a
//! map from names to such objects, a list of them, or literal data. The one classifier every reader of
//! `$ref`s agrees with: reference discovery ([`super::refs`]), the lint walker, and the question which
//! loader errors keep code from being generated ([`super::Spec::blocks_generation`]).
//!
//! **Literal data is data.** The values of `example`, `default`, `enum`, `const`, a schema's `examples`
//! (a list), an Example Object's `value` (its other fields too), a Swagger 2.0 response's `examples`
//! (media type → value), a Link Object's `parameters` and `requestBody`, and every `x-*` extension are
//! JSON values: a `$ref` member inside them is a member (SCIM payloads carry `"$ref": "https://..."`),
//! never a reference. That holds only where the key is a *keyword* of the object it is in: under
//! `properties`, `components/schemas` or a `content` map the keys are *names*, so a property named
//! `example`, a schema named `x-foo` or a parameter named `enum` is an object like any other, and 3.x
//! `examples` maps (of a media type, parameter or header) hold Example Objects, each of which may be a
//! `$ref`. In a map of names, `$ref` with a string value is a reference (to a whole map kept in another
//! file); with any other value it is a name (a property called `$ref`).
//!
//! **A `$ref`'s target is read in the context of the site that references it.** A whole file referenced
//! from `components/schemas` (`schemas: {$ref: schemas.yaml}`) is a map of schema names; a file
//! referenced where a schema belongs is a schema, and its `example` is data; a file referenced from a
//! media type's `examples` entry is an Example Object, all of it data. So one file may be read twice in
//! two contexts, and each reading finds the references that it holds in that context.
//!
//! Where the grammar says nothing (an unknown key, a document that is not OpenAPI), the context is
//! [`Place::Unknown`]: every `$ref` object there is read as a reference, as readers did before OpenAPI
//! had literal positions. An array where an object or a map belongs (Opsgenie's `paths: [{$ref: ...}]`)
//! has items read as that object or map, as the tools that merge such lists read them.

use super::node::Node;

/// The OpenAPI version family, as far as it changes the grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Version {
    /// Swagger 2.0: a response's `examples` is media type → literal; parameters have `items`.
    Swagger2,
    /// OpenAPI 3.0 and 3.1: `examples` beside a schema is a map of Example Objects.
    OpenApi3,
}

/// An OpenAPI object kind whose fields the classifier knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Object {
    Document,
    Paths,
    PathItem,
    Operation,
    Parameter,
    Header,
    RequestBody,
    MediaType,
    Encoding,
    Responses,
    Response,
    Callback,
    Example,
    Link,
    Server,
    ServerVariable,
    Components,
    SecurityScheme,
    Schema,
    /// An object of the specification whose fields hold no references: Info, Contact, License, Tag,
    /// External Documentation, XML, Discriminator, OAuth Flows, Security Requirement. Only its
    /// extensions matter here: they are data.
    Other,
}

/// Where a node sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// An object of this kind (or a reference to one).
    Object(Object),
    /// A map from names to objects of this kind (or a reference to such a map).
    Names(Object),
    /// A list of objects of this kind.
    List(Object),
    /// Data: nothing inside is a reference.
    Literal,
    /// A place the grammar does not describe: `$ref` objects are references.
    Unknown,
}

/// A [`Place`] in a document of a given [`Version`]: what the classifier steps through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Context {
    pub version: Version,
    pub place: Place,
}

impl Context {
    /// The context of a document's root: an OpenAPI or Swagger document, or [`Place::Unknown`] when
    /// the root declares neither `openapi` nor `swagger`.
    pub fn root(root: &Node) -> Context {
        let version = if root.get("swagger").is_some() && root.get("openapi").is_none() {
            Version::Swagger2
        } else {
            Version::OpenApi3
        };
        let is_openapi = root.get("openapi").is_some() || root.get("swagger").is_some();
        Context {
            version,
            place: if is_openapi {
                Place::Object(Object::Document)
            } else {
                Place::Unknown
            },
        }
    }

    /// An object of `kind` in a document of `version`.
    pub fn object(version: Version, kind: Object) -> Context {
        Context {
            version,
            place: Place::Object(kind),
        }
    }

    fn to(self, place: Place) -> Context {
        Context { place, ..self }
    }

    /// The context of the value under `key` of an object in this context.
    pub fn key(self, key: &str) -> Context {
        match self.place {
            Place::Literal | Place::Unknown => self,
            Place::Names(kind) => self.to(Place::Object(kind)),
            // An object where a list belongs: not something the grammar knows.
            Place::List(_) => self.to(Place::Unknown),
            Place::Object(_) if key.starts_with("x-") => self.to(Place::Literal),
            Place::Object(kind) => self.to(field(self.version, kind, key)),
        }
    }

    /// The context of an item of an array in this context.
    pub fn item(self) -> Context {
        match self.place {
            Place::List(kind) => self.to(Place::Object(kind)),
            // An array where an object or a map belongs: each item is read as one.
            _ => self,
        }
    }

    /// The context of `node`'s child named by the pointer token `token`.
    pub fn child(self, node: &Node, token: &str) -> Context {
        if node.as_array().is_some() {
            self.item()
        } else {
            self.key(token)
        }
    }

    /// The context `pointer` reaches from `node` (in this context), stepping through the tree; below a
    /// missing node, tokens step into lists as items and into anything else as keys.
    pub fn at(self, node: &Node, pointer: &str) -> Context {
        let tokens = super::pointer::parse(pointer).unwrap_or_default();
        let (mut ctx, mut node) = (self, Some(node));
        for tok in &tokens {
            ctx = match node {
                Some(n) => ctx.child(n, tok),
                None if matches!(ctx.place, Place::List(_)) => ctx.item(),
                None => ctx.key(tok),
            };
            node = node.and_then(|n| n.child(tok));
        }
        ctx
    }

    /// The `$ref` value of `node` when `node`, in this context, is a reference object: an object with a
    /// `$ref` member anywhere but in literal data, and not a map of names that has an entry named
    /// `$ref`. The value may still be no string (an error the loader reports).
    pub fn reference(self, node: &Node) -> Option<&Node> {
        let value = node.get("$ref")?;
        match self.place {
            Place::Literal => None,
            Place::Names(_) if value.as_str().is_none() => None,
            _ => Some(value),
        }
    }

    /// Whether a Schema Object sits here (what the typed view rewrites from 3.1, hoists from other files).
    pub fn is_schema(self) -> bool {
        self.place == Place::Object(Object::Schema)
    }

    /// Whether what sits here can change the generated code. Examples generate nothing: an Example
    /// Object, a map of them and literal data do not.
    pub fn generates(self) -> bool {
        !matches!(
            self.place,
            Place::Literal | Place::Object(Object::Example) | Place::Names(Object::Example)
        )
    }
}

/// The place of field `key` (not an extension) of an object of `kind`.
fn field(version: Version, kind: Object, key: &str) -> Place {
    use Object as O;
    use Place::{List, Literal, Names, Unknown};
    let one = Place::Object;
    let v2 = version == Version::Swagger2;
    match (kind, key) {
        (O::Document, "paths") => one(O::Paths),
        (O::Document, "webhooks") => Names(O::PathItem),
        (O::Document, "components") => one(O::Components),
        (O::Document, "servers") => List(O::Server),
        (O::Document, "definitions") => Names(O::Schema),
        (O::Document, "parameters") => Names(O::Parameter),
        (O::Document, "responses") => Names(O::Response),
        (O::Document, "securityDefinitions") => Names(O::SecurityScheme),
        (O::Document, "info" | "externalDocs") => one(O::Other),
        (O::Document | O::Operation, "tags" | "security") => List(O::Other),
        (O::Operation | O::Schema, "externalDocs") => one(O::Other),
        (O::Schema, "discriminator" | "xml") => one(O::Other),
        (O::SecurityScheme | O::Other, _) => one(O::Other),
        // Every key of these is a name (a path template, a status code, an expression).
        (O::Paths | O::Callback, _) => one(O::PathItem),
        (O::Responses, _) => one(O::Response),
        (O::PathItem, "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace") => one(O::Operation),
        (O::PathItem | O::Operation, "parameters") => List(O::Parameter),
        (O::PathItem | O::Operation, "servers") => List(O::Server),
        (O::Operation, "requestBody") => one(O::RequestBody),
        (O::Operation, "responses") => one(O::Responses),
        (O::Operation, "callbacks") => Names(O::Callback),
        (O::Parameter | O::Header | O::MediaType, "schema") => one(O::Schema),
        (O::Parameter | O::Header | O::MediaType, "example") => Literal,
        (O::Parameter | O::Header | O::MediaType, "examples") if !v2 => Names(O::Example),
        (O::Parameter | O::Header, "content") => Names(O::MediaType),
        // Swagger 2.0 parameters and headers describe their value themselves; `items` is such a
        // description, with the schema keywords that matter here.
        (O::Parameter | O::Header, "default" | "enum") => Literal,
        (O::Parameter | O::Header, "items") => one(O::Schema),
        (O::RequestBody | O::Response, "content") => Names(O::MediaType),
        (O::MediaType, "encoding") => Names(O::Encoding),
        (O::Encoding | O::Response, "headers") => Names(O::Header),
        (O::Response, "links") => Names(O::Link),
        (O::Response, "schema") => one(O::Schema),
        (O::Response, "examples") if v2 => Literal,
        (O::Example, _) => Literal,
        (O::Link, "parameters" | "requestBody") => Literal,
        (O::Link, "server") => one(O::Server),
        (O::Server, "variables") => Names(O::ServerVariable),
        (O::ServerVariable, "enum" | "default") => Literal,
        (O::Components, "schemas") => Names(O::Schema),
        (O::Components, "responses") => Names(O::Response),
        (O::Components, "parameters") => Names(O::Parameter),
        (O::Components, "examples") => Names(O::Example),
        (O::Components, "requestBodies") => Names(O::RequestBody),
        (O::Components, "headers") => Names(O::Header),
        (O::Components, "securitySchemes") => Names(O::SecurityScheme),
        (O::Components, "links") => Names(O::Link),
        (O::Components, "callbacks") => Names(O::Callback),
        (O::Components, "pathItems") => Names(O::PathItem),
        (O::Schema, key) => schema_field(key),
        _ => Unknown,
    }
}

/// The place of a schema keyword (JSON Schema drafts 4 to 2020-12, as OpenAPI 2.0, 3.0 and 3.1 use
/// them; a keyword one version lacks means the same in the others).
fn schema_field(key: &str) -> Place {
    match key {
        "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" => {
            Place::Names(Object::Schema)
        }
        "allOf" | "anyOf" | "oneOf" | "prefixItems" => Place::List(Object::Schema),
        "items"
        | "additionalItems"
        | "additionalProperties"
        | "not"
        | "contains"
        | "if"
        | "then"
        | "else"
        | "propertyNames"
        | "unevaluatedItems"
        | "unevaluatedProperties"
        | "contentSchema" => Place::Object(Object::Schema),
        "example" | "examples" | "default" | "enum" | "const" => Place::Literal,
        _ => Place::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    fn ctx_at(text: &str, pointer: &str) -> Context {
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        Context::root(spec.root()).at(spec.root(), pointer)
    }

    const V30: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
    const V2: &str = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn keywords_of_data_are_literal_in_every_object_that_has_them() {
        for (ptr, literal) in [
            ("/components/schemas/A/example", true),
            ("/components/schemas/A/default", true),
            ("/components/schemas/A/enum/0", true),
            ("/components/schemas/A/const", true),
            ("/components/schemas/A/examples/0", true),
            ("/components/schemas/A/x-foo", true),
            ("/components/schemas/A/properties/example", false),
            ("/components/schemas/A/properties/default", false),
            ("/components/schemas/A/properties/example/example", true),
            ("/components/schemas/x-foo", false),
            ("/components/parameters/enum", false),
            ("/components/examples/E", false),
            ("/components/examples/E/value", true),
            ("/components/links/L/parameters/id", true),
            ("/components/links/L/requestBody", true),
            (
                "/paths/~1a/get/responses/200/content/application~1json/examples/e",
                false,
            ),
            (
                "/paths/~1a/get/responses/200/content/application~1json/examples/e/value",
                true,
            ),
            ("/paths/~1a/get/responses/200/content/application~1json/example", true),
            ("/paths/~1a/get/responses/default", false),
            ("/paths/~1a/get/responses/x-foo", true),
            ("/paths/x-foo", true),
            ("/paths/~1a/get/parameters/0/example", true),
            ("/paths/~1a/get/parameters/0/examples/e", false),
            ("/servers/0/variables/v/default", true),
            ("/x-anything/example", true),
        ] {
            let ctx = ctx_at(V30, ptr);
            assert_eq!(ctx.place == Place::Literal, literal, "{ptr}: {ctx:?}");
        }
    }

    #[test]
    fn swagger_2_response_examples_are_data_and_parameters_have_items() {
        assert_eq!(
            ctx_at(V2, "/responses/R/examples/application~1json").place,
            Place::Literal
        );
        assert_eq!(
            ctx_at(V2, "/paths/~1a/get/responses/200/examples").place,
            Place::Literal
        );
        assert_eq!(ctx_at(V2, "/parameters/P/default").place, Place::Literal);
        assert_eq!(ctx_at(V2, "/parameters/P/items/enum").place, Place::Literal);
        assert_eq!(ctx_at(V2, "/definitions/example").place, Place::Object(Object::Schema));
        // In 3.x a response has no `examples`; a media type's `examples` are Example Objects.
        assert_eq!(ctx_at(V30, "/components/responses/R/examples").place, Place::Unknown);
    }

    #[test]
    fn references_are_objects_with_ref_outside_data_and_not_names() {
        let spec = Spec::from_text(
            "t.yaml",
            "a: {$ref: x}\nb: {$ref: {type: string}}\n",
            &LoadOptions::default(),
        );
        let (a, b) = (spec.root().get("a").unwrap(), spec.root().get("b").unwrap());
        let of = |place| Context {
            version: Version::OpenApi3,
            place,
        };
        assert!(of(Place::Object(Object::Schema)).reference(a).is_some());
        assert!(of(Place::Literal).reference(a).is_none());
        assert!(
            of(Place::Names(Object::Schema)).reference(a).is_some(),
            "a whole map elsewhere"
        );
        assert!(
            of(Place::Names(Object::Schema)).reference(b).is_none(),
            "a property named `$ref`"
        );
        assert!(
            of(Place::Object(Object::Schema)).reference(b).is_some(),
            "not a string: an error"
        );
        assert!(of(Place::Unknown).reference(a).is_some());
    }

    #[test]
    fn lists_where_objects_belong_are_read_item_by_item() {
        let text = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  - /a: {get: {}}\ndefinitions:\n  - A: {example: 1}\n";
        assert_eq!(ctx_at(text, "/paths/0/~1a/get").place, Place::Object(Object::Operation));
        assert_eq!(ctx_at(text, "/definitions/0/A/example").place, Place::Literal);
    }

    #[test]
    fn examples_generate_nothing() {
        assert!(!ctx_at(V30, "/components/examples").generates());
        assert!(!ctx_at(V30, "/components/examples/E").generates());
        assert!(!ctx_at(V30, "/components/schemas/A/example").generates());
        assert!(ctx_at(V30, "/components/schemas/A").generates());
        assert!(ctx_at(V30, "/anything/unknown").generates());
    }

    #[test]
    fn schemas_are_told_from_data_and_names() {
        assert!(ctx_at(V30, "/components/schemas/A/properties/example").is_schema());
        assert!(ctx_at(V30, "/components/schemas/A/items/allOf/0").is_schema());
        assert!(!ctx_at(V30, "/components/schemas/A/default/items").is_schema());
        assert!(!ctx_at(V30, "/components/schemas/A/properties").is_schema());
    }

    #[test]
    fn documents_that_are_not_openapi_are_unknown_throughout() {
        let text = "a: {example: {$ref: x}}\n";
        assert_eq!(ctx_at(text, "/a/example").place, Place::Unknown);
    }
}
