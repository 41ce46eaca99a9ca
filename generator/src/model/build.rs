//! Schemas → the type graph, and the entry point that builds a whole [`Api`].

use std::cmp::Ordering;
use std::collections::HashMap;

use openapiv3::{
    AdditionalProperties, AnySchema, OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use super::*;
use crate::diagnostic::Diagnostic;
use crate::ecma;
use crate::load::{Spec, Typed, pointer};
use crate::naming::{Because, Case, Rename, Scope, type_name};

/// Builds the model of a loaded spec. Diagnostics are warnings about what was simplified and errors
/// about what cannot be generated (an invalid pattern, say).
pub fn build(spec: &Spec, typed: &Typed) -> (Api, Vec<Diagnostic>) {
    let api = &typed.api;
    let mut b = Builder {
        spec,
        typed,
        openapi: api,
        types: Vec::new(),
        scope: Scope::module_types(),
        components: HashMap::new(),
        shared: HashMap::new(),
        diagnostics: Vec::new(),
        merging: Vec::new(),
        unenforced_seen: std::collections::HashSet::new(),
        defaults: super::defaults::Defaults::new(spec, typed),
    };
    // Component schemas keep their own names (against the registry of names the generated code uses,
    // `naming::reserved`); the trait and every name made up from context come after them.
    let schemas: Vec<(&String, &ReferenceOr<Schema>)> = api.components.iter().flat_map(|c| c.schemas.iter()).collect();
    let names = b.scope.claim_all(schemas.iter().map(|(k, _)| k.as_str()));
    let renames = b.scope.take_renames();
    b.log_renames(renames, |wire| pointer::join(["components", "schemas", wire]), "schema");
    for ((wire, _), name) in schemas.iter().zip(names) {
        let id = b.alloc(name);
        b.components.insert((*wire).clone(), id);
    }
    let trait_name = b.scope.claim_derived(&format!(
        "{} Api",
        api.info.title.trim_end_matches(" API").trim_end_matches(" Api")
    ));
    for (wire, schema) in &schemas {
        let id = b.components[*wire];
        let origin = pointer::join(["components", "schemas", wire]);
        let name = b.types[id].name.clone();
        let kind = match sref(schema) {
            SRef::Ref(r) => TypeKind::Alias(b.reference(r, &origin)),
            SRef::Item(s) => match super::runtime_types::runtime_type(b.openapi, s) {
                Some(runtime) => TypeKind::Alias(TypeRef::Runtime(runtime)),
                None => b.kind(s, &name, &origin).unwrap_or_else(TypeKind::Alias),
            },
        };
        b.define(id, kind, schema_docs(schema), &origin);
        b.types[id].default = b.schema_default(sref(schema), &origin);
    }
    b.break_alias_cycles();
    let schemes = b.schemes();
    let operations = b.operations(&schemes);
    b.webhooks();
    b.loosen_unions();
    super::ops::box_recursion(&mut b.types);
    super::defaults::settle(&mut b.types);
    let mut api = Api {
        title: api.info.title.clone(),
        version: api.info.version.clone(),
        description: api.info.description.clone(),
        trait_name,
        types: b.types,
        operations,
        schemes,
    };
    super::complexity::name_complex_types(&mut api, &mut b.scope);
    (api, b.diagnostics)
}

pub(super) struct Builder<'a> {
    pub(super) spec: &'a Spec,
    pub(super) typed: &'a Typed,
    pub(super) openapi: &'a OpenAPI,
    pub(super) types: Vec<TypeDef>,
    pub(super) scope: Scope,
    /// components/schemas name → type.
    components: HashMap<String, TypeId>,
    /// Types of shared components (parameters, request bodies, responses) by pointer, built once.
    pub(super) shared: HashMap<String, TypeRef>,
    pub(super) diagnostics: Vec<Diagnostic>,
    /// The `allOf` members being merged, by reference: a schema that is its own `allOf` member (through
    /// others) would otherwise merge forever.
    merging: Vec<String>,
    /// The schemas (located pointers) whose unchecked keywords were reported: a schema read twice (its
    /// constraints merged, say) is reported once.
    unenforced_seen: std::collections::HashSet<(crate::source::FileId, String)>,
    /// The `default`s read so far, checked against their schemas once each.
    pub(super) defaults: super::defaults::Defaults<'a>,
}

/// Deeper `allOf` merging through references than this is typed as any JSON value: unlike nesting in
/// one document, a chain of references has no length limit, and each level costs stack and repeats the
/// merge of every level under it.
const MAX_MERGING: usize = 64;

/// A schema or a reference to one.
#[derive(Clone, Copy)]
pub(super) enum SRef<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

pub(super) fn sref(r: &ReferenceOr<Schema>) -> SRef<'_> {
    match r {
        ReferenceOr::Reference { reference } => SRef::Ref(reference),
        ReferenceOr::Item(s) => SRef::Item(s),
    }
}

pub(super) fn sref_box(r: &ReferenceOr<Box<Schema>>) -> SRef<'_> {
    match r {
        ReferenceOr::Reference { reference } => SRef::Ref(reference),
        ReferenceOr::Item(s) => SRef::Item(s),
    }
}

fn schema_docs(r: &ReferenceOr<Schema>) -> (Option<String>, Option<serde_json::Value>) {
    match r {
        ReferenceOr::Item(s) => (docs_of(s), s.schema_data.example.clone()),
        ReferenceOr::Reference { .. } => (None, None),
    }
}

fn docs_of(s: &Schema) -> Option<String> {
    match (&s.schema_data.title, &s.schema_data.description) {
        (Some(t), Some(d)) if !d.starts_with(t.as_str()) => Some(format!("{t}\n\n{d}")),
        (_, Some(d)) => Some(d.clone()),
        (Some(t), None) => Some(t.clone()),
        (None, None) => None,
    }
}

impl<'a> Builder<'a> {
    pub(super) fn alloc(&mut self, name: String) -> TypeId {
        self.types.push(TypeDef {
            name,
            description: None,
            example: None,
            origin: String::new(),
            kind: TypeKind::Alias(TypeRef::Json),
            default: None,
        });
        self.types.len() - 1
    }

    pub(super) fn define(
        &mut self,
        id: TypeId,
        kind: TypeKind,
        (description, example): (Option<String>, Option<serde_json::Value>),
        origin: &str,
    ) {
        let t = &mut self.types[id];
        t.kind = kind;
        t.description = description;
        t.example = example;
        t.origin = origin.to_owned();
    }

    /// A component that is only another name for itself (`A: {allOf: [$ref: A]}`, or a ring of such
    /// schemas) would be `type A = A;`, which does not compile: each alias in such a ring becomes any JSON
    /// value, with a warning where it is.
    fn break_alias_cycles(&mut self) {
        for id in 0..self.types.len() {
            let mut next = id;
            let mut cyclic = false;
            for _ in 0..self.types.len() {
                match &self.types[next].kind {
                    TypeKind::Alias(TypeRef::Named(to)) => next = *to,
                    _ => break,
                }
                if next == id {
                    cyclic = true;
                    break;
                }
            }
            if cyclic {
                let (name, origin) = (self.types[id].name.clone(), self.types[id].origin.clone());
                self.types[id].kind = TypeKind::Alias(TypeRef::Json);
                self.warn(
                    "unsupported-schema",
                    &origin,
                    format!("`{name}` stands only for itself (through `$ref`/`allOf`); typed as any JSON value"),
                    "give the schema a type or properties of its own",
                );
            }
        }
        // `type Tree = Vec<Tree>;` is a recursive alias, which Rust refuses: such a type is a struct
        // around its value instead.
        for id in 0..self.types.len() {
            if let TypeKind::Alias(target) = &self.types[id].kind
                && !matches!(target, TypeRef::Named(_))
                && alias_reaches(&self.types, target, id)
            {
                self.types[id].kind = TypeKind::Wrapper(target.clone());
            }
        }
    }

    /// A `oneOf` whose variants the generated code cannot tell apart (one is any JSON value, or two have
    /// the same type: what the model makes of branches whose constraints it does not check) would refuse
    /// the values that fit one branch of the spec, as they fit several variants. Such a union takes the
    /// first variant that fits instead, with a warning. Run once every type is built.
    fn loosen_unions(&mut self) {
        for id in 0..self.types.len() {
            let TypeKind::Union(u) = &self.types[id].kind else {
                continue;
            };
            if !u.exactly_one {
                continue;
            }
            let why = u.variants.iter().enumerate().find_map(|(i, v)| {
                if any_json(&self.types, &v.ty) {
                    Some(format!("variant `{}` is any JSON value", v.name))
                } else {
                    let twin = u.variants[..i].iter().find(|w| w.ty == v.ty)?;
                    Some(format!("variants `{}` and `{}` have the same type", twin.name, v.name))
                }
            });
            let Some(why) = why else { continue };
            if let TypeKind::Union(u) = &mut self.types[id].kind {
                u.exactly_one = false;
            }
            let origin = self.types[id].origin.clone();
            self.warn(
                "unsupported-schema",
                &origin,
                format!("the generated code cannot tell the `oneOf` branches apart ({why}); the first variant that fits is taken"),
                "give each branch a type or constraints the generated code checks (a `type` beside `const`, say)",
            );
        }
    }

    /// A new named type for an inline schema, named from its context.
    pub(super) fn named(
        &mut self,
        hint: &str,
        kind: TypeKind,
        docs: (Option<String>, Option<serde_json::Value>),
        origin: &str,
    ) -> TypeRef {
        let name = self.scope.claim_derived(hint);
        let id = self.alloc(name);
        self.define(id, kind, docs, origin);
        TypeRef::Named(id)
    }

    /// A warning located at a pointer of the typed document.
    pub(super) fn warn(&mut self, code: &'static str, origin: &str, message: String, help: &str) {
        let loc = self.typed.locate(self.spec, origin);
        self.diagnostics.push(
            Diagnostic::warning(code, message)
                .at(loc.file, loc.pointer, loc.span)
                .with_help(help),
        );
    }

    /// A warning about a name (a path, a schema's name), located at its key.
    pub(super) fn warn_key(&mut self, code: &'static str, origin: &str, message: String, help: &str) {
        let loc = self.typed.locate(self.spec, origin);
        let span = self.spec.tree(loc.file).key_span_at(&loc.pointer).unwrap_or(loc.span);
        self.diagnostics.push(
            Diagnostic::warning(code, message)
                .at(loc.file, loc.pointer, span)
                .with_help(help),
        );
    }

    /// Reports each spec name that could not keep its plain Rust name (`rust-name-collision`), at the
    /// pointer `locate` gives for its wire name: what `specgen lint` shows is what the generator did.
    pub(super) fn log_renames(&mut self, renames: Vec<Rename>, locate: impl Fn(&str) -> String, what: &str) {
        for r in renames {
            let why = match &r.because {
                Because::Reserved => "a name the generated code keeps for itself or for std's traits".to_owned(),
                Because::Conversion => {
                    "a name clippy reads as a conversion or a test (`from_*`, `into_*`, `as_*`, `to_*`, `is_*`)"
                        .to_owned()
                }
                Because::Taken(other) if other == &r.wire => format!("taken by another {what} spelt `{other}`"),
                Because::Taken(other) => format!("already the name of {what} `{other}`"),
            };
            let loc = self.typed.locate(self.spec, &locate(&r.wire));
            // A name is shown where it is written: the key of a map entry, or the operationId's value.
            let span = self.spec.tree(loc.file).key_span_at(&loc.pointer).unwrap_or(loc.span);
            self.diagnostics.push(
                Diagnostic::new(
                    crate::diagnostic::Severity::Info,
                    "rust-name-collision",
                    format!(
                        "{what} `{}` is `{}` in the generated Rust: `{}` is {why}",
                        r.wire, r.got, r.wanted
                    ),
                )
                .at(loc.file, loc.pointer, span)
                .with_help(format!(
                    "nothing to do if `{}` suits you; otherwise rename the {what} in the spec",
                    r.got
                )),
            );
        }
    }

    pub(super) fn error(&mut self, code: &'static str, origin: &str, message: String, help: &str) {
        let loc = self.typed.locate(self.spec, origin);
        self.diagnostics.push(
            Diagnostic::error(code, message)
                .at(loc.file, loc.pointer, loc.span)
                .with_help(help),
        );
    }

    /// `#/components/schemas/Name` → its type.
    pub(super) fn reference(&mut self, reference: &str, origin: &str) -> TypeRef {
        if let Some(name) = component_name(reference, "schemas")
            && let Some(&id) = self.components.get(&name)
        {
            return TypeRef::Named(id);
        }
        let (why, help) = if reference.starts_with('#') || !reference.contains("://") {
            (
                "does not name a schema under components/schemas",
                "refer to schemas through `#/components/schemas/...`",
            )
        } else {
            (
                "is a remote reference, which specgen does not fetch",
                "download the document beside the spec and refer to it by a relative path",
            )
        };
        self.warn(
            "unsupported-ref",
            origin,
            format!("`{reference}` {why}; typed as any JSON value"),
            help,
        );
        TypeRef::Json
    }

    /// The schema a reference names, if it is a component schema.
    pub(super) fn resolve<'s>(&'s self, r: SRef<'s>) -> Option<&'s Schema> {
        let mut r = r;
        for _ in 0..32 {
            match r {
                SRef::Item(s) => return Some(s),
                SRef::Ref(reference) => {
                    let name = component_name(reference, "schemas")?;
                    r = sref(self.openapi.components.as_ref()?.schemas.get(&name)?);
                }
            }
        }
        None
    }

    pub(super) fn nullable(&self, r: SRef<'_>) -> bool {
        self.resolve(r).is_some_and(|s| {
            s.schema_data.nullable
                || matches!(&s.schema_kind, SchemaKind::Type(Type::String(t)) if t.enumeration.contains(&None))
        })
    }

    /// The (non-null) type of a schema used at `origin`; inline schemas that need a definition get one
    /// named `hint`.
    pub(super) fn ty(&mut self, r: SRef<'_>, hint: &str, origin: &str) -> TypeRef {
        match r {
            SRef::Ref(reference) => self.reference(reference, origin),
            SRef::Item(s) => match self.kind(s, hint, origin) {
                Ok(kind) => {
                    let t = self.named(hint, kind, (docs_of(s), s.schema_data.example.clone()), origin);
                    if let TypeRef::Named(id) = t {
                        self.types[id].default = self.schema_default(r, origin);
                    }
                    t
                }
                Err(builtin) => builtin,
            },
        }
    }

    /// Warns about each keyword of the schema at `origin` that the generated code does not check, as the
    /// linter's `unenforced-constraint` does (the same decision, [`super::unenforced`]), read from the
    /// schema as written: the typed model has dropped the keywords it does not know.
    fn report_unenforced(&mut self, origin: &str) {
        let loc = self.typed.locate(self.spec, origin);
        if !self.unenforced_seen.insert((loc.file, loc.pointer.clone())) {
            return;
        }
        let Ok(node) = self.spec.tree(loc.file).at(&loc.pointer) else {
            return;
        };
        for u in super::unenforced::unenforced(node) {
            let at = pointer::push(&loc.pointer, u.keyword);
            let span = self.spec.location(loc.file, &at).span;
            self.diagnostics.push(
                Diagnostic::warning(super::unenforced::CODE, u.message)
                    .at(loc.file, at, span)
                    .with_help("check it in your handler, or state it with keywords the generated types check"),
            );
        }
    }

    fn ty_box(&mut self, r: &ReferenceOr<Box<Schema>>, hint: &str, origin: &str) -> TypeRef {
        self.ty(sref_box(r), hint, origin)
    }

    /// What a schema needs: `Ok(kind)` for a type of its own, `Err(builtin)` when a builtin will do.
    pub(super) fn kind(&mut self, s: &Schema, name: &str, origin: &str) -> Result<TypeKind, TypeRef> {
        self.report_unenforced(origin);
        match &s.schema_kind {
            SchemaKind::Type(Type::String(t)) => self.string(t, s, name, origin),
            SchemaKind::Type(Type::Integer(t)) => {
                let wide = !matches!(
                    &t.format,
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32)
                );
                let checks = Checks {
                    minimum: t.minimum.map(|m| (m.into(), t.exclusive_minimum)),
                    maximum: t.maximum.map(|m| (m.into(), t.exclusive_maximum)),
                    multiple_of: t.multiple_of.map(Number::from),
                    one_of_values: t.enumeration.iter().flatten().map(|&v| v.into()).collect(),
                    ..Checks::default()
                };
                self.scalar(if wide { TypeRef::I64 } else { TypeRef::I32 }, checks, origin)
            }
            SchemaKind::Type(Type::Number(t)) => {
                let single = matches!(&t.format, VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float));
                let checks = Checks {
                    minimum: t.minimum.map(|m| (m.into(), t.exclusive_minimum)),
                    maximum: t.maximum.map(|m| (m.into(), t.exclusive_maximum)),
                    multiple_of: t.multiple_of.map(Number::from),
                    one_of_values: t.enumeration.iter().flatten().map(|&v| v.into()).collect(),
                    ..Checks::default()
                };
                self.scalar(if single { TypeRef::F32 } else { TypeRef::F64 }, checks, origin)
            }
            SchemaKind::Type(Type::Boolean(_)) => Err(TypeRef::Bool),
            SchemaKind::Type(Type::Array(t)) => {
                let item = match &t.items {
                    Some(items) => {
                        let hint = format!("{name} Item");
                        let item_origin = pointer::push(origin, "items");
                        let nullable = self.nullable(sref_box(items));
                        let item = self.ty_box(items, &hint, &item_origin);
                        if nullable {
                            TypeRef::Option(Box::new(item))
                        } else {
                            item
                        }
                    }
                    None => TypeRef::Json,
                };
                let mut checks = Checks {
                    min_items: t.min_items.map(|n| n as u64),
                    max_items: t.max_items.map(|n| n as u64),
                    unique_items: t.unique_items,
                    ..Checks::default()
                };
                normalize_counts(&mut checks);
                let vec = TypeRef::Vec(Box::new(item));
                if checks.is_empty() {
                    Err(vec)
                } else {
                    Ok(TypeKind::Newtype(Newtype { inner: vec, checks }))
                }
            }
            SchemaKind::Type(Type::Object(o)) => self.object(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                name,
                origin,
                s,
            ),
            SchemaKind::OneOf { one_of } => self.union(one_of, "oneOf", s, name, origin),
            SchemaKind::AnyOf { any_of } => self.union(any_of, "anyOf", s, name, origin),
            SchemaKind::AllOf { all_of } => self.all_of(all_of, name, origin),
            SchemaKind::Not { .. } => {
                self.warn(
                    "unsupported-schema",
                    origin,
                    "`not` cannot be expressed as a Rust type; typed as any JSON value".into(),
                    "describe what is allowed rather than what is not",
                );
                Err(TypeRef::Json)
            }
            SchemaKind::Any(any) => self.any(any, s, name, origin),
        }
    }

    fn scalar(&mut self, base: TypeRef, mut checks: Checks, origin: &str) -> Result<TypeKind, TypeRef> {
        // Nothing is a multiple of 0 as the spec defines it, and the schema of schemas refuses it: an
        // error, as the linter's, rather than a check dropped (or one that refuses every value).
        if let Some(m) = checks.multiple_of
            && m.compare(Number::Int(0)) != Some(Ordering::Greater)
        {
            self.error(
                "oas3-schema",
                &pointer::push(origin, "multipleOf"),
                "`multipleOf` must be greater than 0".into(),
                "give `multipleOf` a positive number, or remove it",
            );
            checks.multiple_of = None;
        }
        if let Some(why) = normalize_numeric(&base, &mut checks) {
            self.warn(
                "unsupported-schema",
                origin,
                format!("{why}: the generated type rejects every value"),
                "fix the bounds, or widen the type's `format`",
            );
        }
        if checks.is_empty() {
            Err(base)
        } else {
            Ok(TypeKind::Newtype(Newtype { inner: base, checks }))
        }
    }

    fn string(&mut self, t: &openapiv3::StringType, s: &Schema, name: &str, origin: &str) -> Result<TypeKind, TypeRef> {
        if t.enumeration.iter().flatten().next().is_some() {
            return Ok(self.string_enum(t.enumeration.iter().flatten().map(String::as_str), origin));
        }
        let format = match &t.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some(Format::DateTime),
            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some(Format::Date),
            VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some(Format::Byte),
            VariantOrUnknownOrEmpty::Unknown(f) => Format::parse(f),
            _ => None,
        };
        let pattern = match &t.pattern {
            None => None,
            Some(p) => match ecma::analyze(p) {
                Ok(engine) => {
                    if let Some((message, help)) = ecma::backtracking_finding(p) {
                        self.warn("pattern-backtracking", &pointer::push(origin, "pattern"), message, help);
                    }
                    Some((p.clone(), engine))
                }
                Err(e) => {
                    self.error(
                        "pattern-invalid",
                        &pointer::push(origin, "pattern"),
                        format!("`{p}` is not a valid ECMA-262 regular expression: {e}"),
                        "fix the pattern; the generated type would not be able to check it",
                    );
                    None
                }
            },
        };
        let mut checks = Checks {
            min_length: t.min_length.map(|n| n as u64),
            max_length: t.max_length.map(|n| n as u64),
            pattern,
            format,
            ..Checks::default()
        };
        normalize_counts(&mut checks);
        let _ = (s, name);
        let lengths_only = Checks {
            min_length: checks.min_length,
            max_length: checks.max_length,
            ..Checks::default()
        };
        match (checks.is_empty(), format) {
            (true, _) => Err(TypeRef::String),
            // Lengths alone need no type of their own (Stripe has thousands of `maxLength: 5000` strings).
            (false, None) if checks == lengths_only => Err(TypeRef::BoundedString {
                min: checks.min_length.unwrap_or(0),
                max: checks.max_length,
            }),
            (false, Some(f))
                if checks
                    == Checks {
                        format: Some(f),
                        ..Checks::default()
                    } =>
            {
                Err(TypeRef::Format(f))
            }
            _ => Ok(TypeKind::Newtype(Newtype {
                inner: TypeRef::String,
                checks,
            })),
        }
    }

    fn object(
        &mut self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        name: &str,
        origin: &str,
        s: &Schema,
    ) -> Result<TypeKind, TypeRef> {
        let _ = s;
        let extra = match additional {
            Some(AdditionalProperties::Schema(schema)) => {
                let o = pointer::push(origin, "additionalProperties");
                let hint = format!("{name} Value");
                // A nullable value schema admits `null` as a value (`{"a": null}`), as a property's does.
                let nullable = self.nullable(sref(schema));
                let t = self.ty(sref(schema), &hint, &o);
                Some(if nullable { TypeRef::Option(Box::new(t)) } else { t })
            }
            _ => None,
        };
        let deny_unknown = matches!(additional, Some(AdditionalProperties::Any(false)));
        if properties.is_empty() {
            return match extra {
                Some(t) => Err(TypeRef::Map(Box::new(t))),
                None if deny_unknown => Ok(TypeKind::Struct(Struct {
                    deny_unknown,
                    ..Struct::default()
                })),
                None => Err(TypeRef::JsonObject),
            };
        }
        let mut scope = Scope::new(Case::Field);
        if extra.is_some() {
            scope.reserve(&["additional_properties"]);
        }
        let names = scope.claim_all(properties.keys().map(String::as_str));
        let renames = scope.take_renames();
        self.log_renames(
            renames,
            |wire| format!("{origin}{}", pointer::join(["properties", wire])),
            "property",
        );
        let mut fields = Vec::new();
        for ((wire, schema), field) in properties.iter().zip(names) {
            let o = pointer::join(["properties", wire.as_str()]);
            let o = format!("{origin}{o}");
            let hint = format!("{name} {wire}");
            let nullable = self.nullable(sref_box(schema));
            let ty = self.ty_box(schema, &hint, &o);
            let (description, example) = match schema {
                ReferenceOr::Item(s) => (docs_of(s), s.schema_data.example.clone()),
                ReferenceOr::Reference { .. } => (None, None),
            };
            let required = required.contains(wire);
            // Required wins: a property that must be sent has no default to fill in.
            let default = if required {
                None
            } else {
                self.schema_default(sref_box(schema), &o)
            };
            fields.push(Field {
                wire: wire.clone(),
                name: field,
                ty,
                required,
                nullable,
                default,
                description,
                example,
            });
        }
        Ok(TypeKind::Struct(Struct {
            fields,
            deny_unknown,
            extra,
        }))
    }

    fn union(
        &mut self,
        items: &[ReferenceOr<Schema>],
        keyword: &str,
        s: &Schema,
        name: &str,
        origin: &str,
    ) -> Result<TypeKind, TypeRef> {
        if items.len() == 1 {
            let o = format!("{origin}/{keyword}/0");
            return Err(self.ty(sref(&items[0]), name, &o));
        }
        // Variant names: a referenced schema's name, else the kind of value.
        let mut labels = Vec::new();
        for item in items {
            labels.push(match sref(item) {
                SRef::Ref(r) => component_name(r, "schemas")
                    .map(|n| type_name(&n))
                    .unwrap_or_else(|| "Value".into()),
                SRef::Item(i) => kind_label(i).to_owned(),
            });
        }
        let mut scope = Scope::new(Case::Type);
        let names = scope.claim_all(labels.iter().map(String::as_str));
        let mut variants = Vec::new();
        for (i, (item, vname)) in items.iter().zip(names).enumerate() {
            let o = format!("{origin}/{keyword}/{i}");
            let hint = format!("{name} {vname}");
            let ty = self.ty(sref(item), &hint, &o);
            variants.push(UnionVariant { name: vname, ty });
        }
        let discriminator = s.schema_data.discriminator.as_ref().map(|d| {
            let mut mapping = Vec::new();
            for (value, target) in &d.mapping {
                if let Some(idx) = items
                    .iter()
                    .position(|it| matches!(sref(it), SRef::Ref(r) if r == target))
                {
                    mapping.push((value.clone(), idx));
                }
            }
            // Without a mapping, the value is the referenced schema's name.
            for (idx, item) in items.iter().enumerate() {
                if let SRef::Ref(r) = sref(item)
                    && let Some(n) = component_name(r, "schemas")
                    && !mapping.iter().any(|(_, i)| *i == idx)
                {
                    mapping.push((n, idx));
                }
            }
            Discriminator {
                property: d.property_name.clone(),
                mapping,
            }
        });
        if let Some(d) = &discriminator
            && d.mapping.len() < variants.len()
        {
            self.warn(
                "unsupported-schema",
                origin,
                format!(
                    "the discriminator `{}` does not map every {keyword} branch; {}",
                    d.property,
                    if keyword == "oneOf" {
                        "the value must fit exactly one variant instead"
                    } else {
                        "variants are tried in order instead"
                    }
                ),
                "make every branch a `$ref` or list it in `discriminator.mapping`",
            );
            return Ok(TypeKind::Union(Union {
                variants,
                discriminator: None,
                exactly_one: keyword == "oneOf",
            }));
        }
        Ok(TypeKind::Union(Union {
            variants,
            discriminator,
            exactly_one: keyword == "oneOf",
        }))
    }

    /// `allOf` of objects: one struct with every property (the `required` lists merged). Members that add
    /// nothing (`{}`) and repeated references are left out, so `allOf: [{}, $ref: Pet]` is `Pet` itself.
    fn all_of(&mut self, items: &[ReferenceOr<Schema>], name: &str, origin: &str) -> Result<TypeKind, TypeRef> {
        let members: Vec<(usize, &ReferenceOr<Schema>)> = items
            .iter()
            .enumerate()
            .filter(|(i, m)| !is_empty_schema(m) && !items[..*i].contains(m))
            .collect();
        match members.as_slice() {
            [] => return Err(TypeRef::Json),
            [(i, only)] => return Err(self.ty(sref(only), name, &format!("{origin}/allOf/{i}"))),
            _ => {}
        }
        let mut merged = Merged::default();
        for &(i, member) in &members {
            self.merge_member(member, &format!("{origin}/allOf/{i}"), &mut merged)?;
        }
        merged.required.dedup();
        let fake = Schema {
            schema_data: Default::default(),
            schema_kind: SchemaKind::Any(AnySchema::default()),
        };
        // The merged properties are typed anew, inline: one that merges a member again (`S: {properties:
        // {p: {allOf: [$ref S, ...]}}}`) would nest without end, so the members stay `merging` meanwhile.
        let depth = self.merging.len();
        self.merging.extend(members.iter().filter_map(|(_, m)| match m {
            ReferenceOr::Reference { reference } => Some(reference.clone()),
            ReferenceOr::Item(_) => None,
        }));
        let object = self.object(
            &merged.properties,
            &merged.required,
            merged.additional.as_ref(),
            name,
            origin,
            &fake,
        );
        self.merging.truncate(depth);
        object
    }

    /// Adds one `allOf` member's properties to `merged`; a member that is itself an `allOf` adds its
    /// members'. `Err` (with a warning) for a member that is not an object, or that contains the schema
    /// being merged.
    fn merge_member(&mut self, member: &ReferenceOr<Schema>, origin: &str, merged: &mut Merged) -> Result<(), TypeRef> {
        let reference = match member {
            ReferenceOr::Reference { reference } => Some(reference.clone()),
            ReferenceOr::Item(_) => None,
        };
        if let Some(r) = &reference
            && self.merging.contains(r)
        {
            self.warn(
                "unsupported-schema",
                origin,
                format!(
                    "`{r}` is merged into itself: it is among its own `allOf` members, through others or \
                     through a property of one; typed as any JSON value"
                ),
                "a schema cannot be one of its own `allOf` members; refer to it with a plain `$ref` instead",
            );
            return Err(TypeRef::Json);
        }
        if self.merging.len() >= MAX_MERGING {
            self.warn(
                "unsupported-schema",
                origin,
                format!(
                    "`allOf` members nest more than {MAX_MERGING} deep through references; typed as any JSON value"
                ),
                "merge fewer levels: list the properties in one schema, or combine its members' members directly",
            );
            return Err(TypeRef::Json);
        }
        let Some(schema) = self.resolve(sref(member)).cloned() else {
            return Err(self.ty(sref(member), "Value", origin));
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                merged.properties.extend(o.properties.clone());
                merged.required.extend(o.required.iter().cloned());
                if o.additional_properties.is_some() {
                    merged.additional = o.additional_properties.clone();
                }
                Ok(())
            }
            SchemaKind::Any(a)
                if a.typ.as_deref().is_none_or(|t| t == "object")
                    && a.one_of.is_empty()
                    && a.any_of.is_empty()
                    && a.all_of.is_empty() =>
            {
                merged.properties.extend(a.properties.clone());
                merged.required.extend(a.required.iter().cloned());
                Ok(())
            }
            SchemaKind::AllOf { all_of } => {
                self.merging.extend(reference.clone());
                let result = all_of
                    .iter()
                    .enumerate()
                    .try_for_each(|(i, m)| self.merge_member(m, &format!("{origin}/allOf/{i}"), merged));
                if reference.is_some() {
                    self.merging.pop();
                }
                result
            }
            _ => {
                self.warn(
                    "unsupported-schema",
                    origin,
                    "`allOf` mixes an object with a non-object schema; typed as any JSON value".into(),
                    "use allOf only to combine object schemas",
                );
                Err(TypeRef::Json)
            }
        }
    }

    /// `allOf` of scalar schemas with constraints of its own beside it (`{allOf: [$ref: Name], maxLength: 5}`,
    /// and what a 3.1 `$ref` with siblings becomes): one schema with every constraint. `None` when there
    /// is nothing of its own to merge, `Err` when the constraints cannot be stated as one schema.
    fn merge_scalars(&self, s: &Schema) -> Option<Result<Schema, String>> {
        const SCALARS: &[&str] = &["string", "integer", "number", "boolean"];
        let serde_json::Value::Object(mut merged) = serde_json::to_value(s).ok()? else {
            return None;
        };
        let members = match merged.remove("allOf") {
            Some(serde_json::Value::Array(members)) => members,
            _ => return None,
        };
        if !merged.keys().any(|k| CONSTRAINTS.contains(&k.as_str())) {
            return None;
        }
        for member in &members {
            let reference = member.get("$ref").and_then(|r| r.as_str());
            let resolved = match reference {
                Some(r) => self.resolve(SRef::Ref(r)).and_then(|s| serde_json::to_value(s).ok()),
                None => Some(member.clone()),
            };
            let Some(serde_json::Value::Object(member)) = resolved else {
                return Some(Err("a member does not resolve".into()));
            };
            if member
                .get("type")
                .and_then(|t| t.as_str())
                .is_none_or(|t| !SCALARS.contains(&t))
            {
                return None;
            }
            if let Err(why) = merge_constraints(&mut merged, &member) {
                return Some(Err(why));
            }
        }
        Some(serde_json::from_value(serde_json::Value::Object(merged)).map_err(|e| e.to_string()))
    }

    /// A string enum; variant names are settled together so that colliding values stay apart. A value
    /// listed twice is one variant (the linter reports the repetition).
    fn string_enum<'v>(&mut self, values: impl Iterator<Item = &'v str>, origin: &str) -> TypeKind {
        // value -> where it is first listed (a map: an enum may list 100,000 values).
        let mut first: HashMap<&str, usize> = HashMap::new();
        let mut unique: Vec<&str> = Vec::new();
        for (i, v) in values.enumerate() {
            if let std::collections::hash_map::Entry::Vacant(e) = first.entry(v) {
                e.insert(i);
                unique.push(v);
            }
        }
        let mut scope = Scope::new(Case::Type);
        let names = scope.claim_all(unique.iter().copied());
        let renames = scope.take_renames();
        let position = |wire: &str| first.get(wire).copied().unwrap_or(0);
        self.log_renames(
            renames,
            |wire| format!("{origin}/enum/{}", position(wire)),
            "enum value",
        );
        TypeKind::Enum(
            unique
                .into_iter()
                .zip(names)
                .map(|(wire, name)| EnumVariant {
                    wire: wire.to_owned(),
                    name,
                })
                .collect(),
        )
    }

    /// A schema without `type` (or with keywords of several kinds): read by the keywords it has.
    fn any(&mut self, a: &AnySchema, s: &Schema, name: &str, origin: &str) -> Result<TypeKind, TypeRef> {
        if !a.one_of.is_empty() {
            return self.union(&a.one_of, "oneOf", s, name, origin);
        }
        if !a.any_of.is_empty() {
            return self.union(&a.any_of, "anyOf", s, name, origin);
        }
        if !a.all_of.is_empty() && a.properties.is_empty() {
            match self.merge_scalars(s) {
                Some(Ok(merged)) => return self.kind(&merged, name, origin),
                Some(Err(why)) => self.warn(
                    "unsupported-schema",
                    origin,
                    format!("the constraints beside `allOf` cannot be combined with its members ({why}); they are not enforced"),
                    "state the combined constraint once, on one schema",
                ),
                None => {}
            }
        }
        if !a.all_of.is_empty() {
            let mut all = a.all_of.clone();
            if !a.properties.is_empty() {
                let own = AnySchema {
                    properties: a.properties.clone(),
                    required: a.required.clone(),
                    ..AnySchema::default()
                };
                all.push(ReferenceOr::Item(Schema {
                    schema_data: Default::default(),
                    schema_kind: SchemaKind::Any(own),
                }));
            }
            return self.all_of(&all, name, origin);
        }
        match a.typ.as_deref() {
            Some("object") | None if !a.properties.is_empty() || a.additional_properties.is_some() => self.object(
                &a.properties,
                &a.required,
                a.additional_properties.as_ref(),
                name,
                origin,
                s,
            ),
            Some("object") => Err(TypeRef::JsonObject),
            Some("array") | None if a.items.is_some() => {
                let items = a.items.as_ref().map(|i| {
                    let nullable = self.nullable(sref_box(i));
                    let t = self.ty_box(i, &format!("{name} Item"), &pointer::push(origin, "items"));
                    if nullable { TypeRef::Option(Box::new(t)) } else { t }
                });
                Err(TypeRef::Vec(Box::new(items.unwrap_or(TypeRef::Json))))
            }
            Some("string")
                if a.enumeration.iter().all(|v| v.is_string() || v.is_null()) && !a.enumeration.is_empty() =>
            {
                Ok(self.string_enum(a.enumeration.iter().filter_map(|v| v.as_str()), origin))
            }
            Some("string") => Err(TypeRef::String),
            // What openapiv3 does not read as a number type: a bound or multiple an i64 cannot hold
            // (`minimum: 1.0e+10` or `0.5` of an integer). The checks are the same.
            Some(typ @ ("integer" | "number")) => {
                let base = match (typ, a.format.as_deref()) {
                    ("integer", Some("int32")) => TypeRef::I32,
                    ("integer", _) => TypeRef::I64,
                    (_, Some("float")) => TypeRef::F32,
                    _ => TypeRef::F64,
                };
                let integer = typ == "integer";
                let checks = Checks {
                    minimum: a
                        .minimum
                        .map(|m| (bound(m, integer), a.exclusive_minimum.unwrap_or(false))),
                    maximum: a
                        .maximum
                        .map(|m| (bound(m, integer), a.exclusive_maximum.unwrap_or(false))),
                    multiple_of: a.multiple_of.map(|m| bound(m, integer)),
                    one_of_values: a.enumeration.iter().filter(|v| v.is_number()).cloned().collect(),
                    ..Checks::default()
                };
                self.scalar(base, checks, origin)
            }
            Some("boolean") => Err(TypeRef::Bool),
            None if !a.enumeration.is_empty() && a.enumeration.iter().all(|v| v.is_string()) => {
                Ok(self.string_enum(a.enumeration.iter().filter_map(|v| v.as_str()), origin))
            }
            _ => Err(TypeRef::Json),
        }
    }
}

/// A short label for the kind of an inline schema (used to name union variants).
fn kind_label(s: &Schema) -> &'static str {
    match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) if !t.enumeration.is_empty() => "Enum",
        SchemaKind::Type(Type::String(_)) => "String",
        SchemaKind::Type(Type::Integer(_)) => "Integer",
        SchemaKind::Type(Type::Number(_)) => "Number",
        SchemaKind::Type(Type::Boolean(_)) => "Boolean",
        SchemaKind::Type(Type::Array(_)) => "Array",
        SchemaKind::Type(Type::Object(_)) => "Object",
        SchemaKind::Any(a) => match a.typ.as_deref() {
            Some("string") => "String",
            Some("integer") => "Integer",
            Some("number") => "Number",
            Some("boolean") => "Boolean",
            Some("array") => "Array",
            _ if !a.enumeration.is_empty() => "Enum",
            _ => "Object",
        },
        _ => "Value",
    }
}

/// `#/components/<section>/<name>` → the unescaped name.
pub(super) fn component_name(reference: &str, section: &str) -> Option<String> {
    let ptr = pointer::percent_decode(reference.strip_prefix('#')?);
    let tokens = pointer::parse(&ptr).ok()?;
    match tokens.as_slice() {
        [c, s, name] if c == "components" && s == section => Some(name.clone()),
        _ => None,
    }
}

/// Drops the length and item-count limits every value meets (`minLength: 0`, a maximum no `usize` can
/// exceed), so that no generated check is useless.
fn normalize_counts(checks: &mut Checks) {
    let useless_max = |n: &mut Option<u64>| {
        if n.is_some_and(|n| n >= usize::MAX as u64) {
            *n = None;
        }
    };
    useless_max(&mut checks.max_length);
    useless_max(&mut checks.max_items);
    checks.min_length = checks.min_length.filter(|&n| n > 0);
    checks.min_items = checks.min_items.filter(|&n| n > 0);
}

/// Drops the checks a number type meets by itself (a bound at or past its limits, `multipleOf: 1` for an
/// integer; `multipleOf: 0` was refused by `scalar`), so that no generated check is useless. Returns why no value can pass, when the bounds exclude the whole type.
fn normalize_numeric(base: &TypeRef, checks: &mut Checks) -> Option<String> {
    let (lowest, highest) = numeric_range(base);
    let integer = matches!(base, TypeRef::I32 | TypeRef::I64);
    // An integer's bound between two integers is the nearer integer inside it, inclusive (`minimum:
    // 0.5` is `minimum: 1`), so that the bound reads as the integer it means.
    if integer {
        let whole = |m: Number, round: fn(f64) -> f64, ex: bool| match m {
            Number::Float(f) if f.fract() != 0.0 => (bound(round(f), true), false),
            other => (other, ex),
        };
        checks.minimum = checks.minimum.map(|(m, ex)| whole(m, f64::ceil, ex));
        checks.maximum = checks.maximum.map(|(m, ex)| whole(m, f64::floor, ex));
    }
    let order = |a: Number, b: Number| a.compare(b).unwrap_or(Ordering::Equal);
    if checks.minimum.is_some_and(|(m, exclusive)| {
        order(m, lowest) == Ordering::Less || (order(m, lowest) == Ordering::Equal && !exclusive)
    }) {
        checks.minimum = None;
    }
    if checks.maximum.is_some_and(|(m, exclusive)| {
        order(m, highest) == Ordering::Greater || (order(m, highest) == Ordering::Equal && !exclusive)
    }) {
        checks.maximum = None;
    }
    if checks
        .multiple_of
        .is_some_and(|m| m.as_f64() == 0.0 || (integer && (1.0 / m.as_f64()).fract() == 0.0))
    {
        checks.multiple_of = None;
    }
    let kind = match base {
        TypeRef::I32 => "int32",
        TypeRef::I64 => "int64",
        TypeRef::F32 => "float",
        _ => "number",
    };
    use Ordering::{Equal, Greater, Less};
    match (checks.minimum, checks.maximum) {
        (Some((m, false)), _) if order(m, highest) == Greater => Some(format!("no {kind} value is at least {m}")),
        (Some((m, true)), _) if order(m, highest) != Less => Some(format!("no {kind} value is greater than {m}")),
        (_, Some((m, false))) if order(m, lowest) == Less => Some(format!("no {kind} value is at most {m}")),
        (_, Some((m, true))) if order(m, lowest) != Greater => Some(format!("no {kind} value is less than {m}")),
        (Some((lo, lo_ex)), Some((hi, hi_ex)))
            if order(lo, hi) == Greater || (order(lo, hi) == Equal && (lo_ex || hi_ex)) =>
        {
            Some(format!("no value is between {lo} and {hi}"))
        }
        _ => None,
    }
}

/// Whether `t` is any JSON value (`serde_json::Value`), through aliases and boxes.
fn any_json(types: &[TypeDef], t: &TypeRef) -> bool {
    let mut t = t;
    // Aliases are followed at most once each (rings were broken before).
    for _ in 0..=types.len() {
        match t {
            TypeRef::Json => return true,
            TypeRef::Box(inner) => t = inner,
            TypeRef::Named(id) => match &types[*id].kind {
                TypeKind::Alias(inner) => t = inner,
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// Whether `t` names `id` through containers and aliases only (what `type Id = t;` cannot hold).
fn alias_reaches(types: &[TypeDef], t: &TypeRef, id: TypeId) -> bool {
    let mut stack = vec![t];
    let mut seen = std::collections::HashSet::new();
    while let Some(t) = stack.pop() {
        match t {
            TypeRef::Named(n) if *n == id => return true,
            TypeRef::Named(n) => {
                if seen.insert(*n)
                    && let TypeKind::Alias(next) = &types[*n].kind
                {
                    stack.push(next);
                }
            }
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) | TypeRef::Box(inner) => {
                stack.push(inner)
            }
            _ => {}
        }
    }
    false
}

/// What an `allOf`'s members add up to.
#[derive(Default)]
struct Merged {
    properties: indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
}

/// A member that adds nothing: `{}` or `{type: object}` (perhaps with a description).
fn is_empty_schema(member: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = member else { return false };
    let adds_nothing = match &s.schema_kind {
        SchemaKind::Any(a) => *a == AnySchema::default(),
        SchemaKind::Type(Type::Object(o)) => *o == openapiv3::ObjectType::default(),
        _ => false,
    };
    adds_nothing && !s.schema_data.nullable
}

/// Keywords that constrain a scalar value.
const CONSTRAINTS: &[&str] = &[
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "enum",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
];

/// Adds `member`'s constraints to `into` (which keeps its own annotations): bounds tighten, and keywords
/// that cannot be combined (two different patterns, formats, enums or multiples) must agree.
fn merge_constraints(
    into: &mut serde_json::Map<String, serde_json::Value>,
    member: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), String> {
    use serde_json::Value;
    // Exactly: bounds past 2^53 differ by one (`9007199254740993` is tighter than `9007199254740992`).
    let num = |v: Option<&Value>| v.and_then(Value::as_number).and_then(Number::of_json);
    let greater = |a: Number, b: Number| a.compare(b) == Some(Ordering::Greater);
    for (key, value) in member {
        match key.as_str() {
            "type" => match into.get("type") {
                Some(t) if t != value => return Err(format!("`type: {t}` and `type: {value}`")),
                _ => {
                    into.insert(key.clone(), value.clone());
                }
            },
            "minLength" | "maxLength" => {
                let tighter = match (num(into.get(key)), num(Some(value))) {
                    (Some(a), Some(b)) if (key == "minLength") == greater(b, a) => true,
                    (None, _) => true,
                    _ => false,
                };
                if tighter {
                    into.insert(key.clone(), value.clone());
                }
            }
            "minimum" | "maximum" => {
                let flag = if key == "minimum" {
                    "exclusiveMinimum"
                } else {
                    "exclusiveMaximum"
                };
                let exclusive = member.get(flag) == Some(&Value::Bool(true));
                let (mine, theirs) = (num(into.get(key)), num(Some(value)));
                let tighter = match (mine, theirs) {
                    (None, _) => true,
                    (Some(a), Some(b)) => (key == "minimum") == greater(b, a) && !a.same(b),
                    _ => false,
                };
                if tighter {
                    into.insert(key.clone(), value.clone());
                    into.insert(flag.into(), Value::Bool(exclusive));
                } else if mine.zip(theirs).is_some_and(|(a, b)| a.same(b)) && exclusive {
                    into.insert(flag.into(), Value::Bool(true));
                }
            }
            "exclusiveMinimum" | "exclusiveMaximum" => {}
            "pattern" | "format" | "enum" | "multipleOf" => match into.get(key) {
                Some(mine) if mine != value => return Err(format!("two different `{key}`s")),
                _ => {
                    into.insert(key.clone(), value.clone());
                }
            },
            // Annotations of the member (its description, example) are the member's, not this schema's.
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::Generator;
    use crate::load::{LoadOptions, Spec};

    fn generate(schemas: &str) -> (String, Vec<String>) {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let g = Generator::new().generate_spec(spec).unwrap_or_else(|e| panic!("{e}"));
        let warnings = g
            .warnings
            .iter()
            .map(|w| format!("{} {}", w.code, w.location.as_ref().unwrap().pointer))
            .collect();
        (g.code, warnings)
    }

    /// One security alternative: (scheme, scopes) pairs.
    type Alternative = Vec<(String, Vec<String>)>;

    /// Each operation's security alternatives, and whether it is unmet.
    fn security_of(paths: &str) -> Vec<(Vec<Alternative>, bool)> {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\ncomponents:\n  securitySchemes:\n    \
             key: {{type: apiKey, in: header, name: K}}\n    o: {{type: http, scheme: bearer}}\npaths:\n{paths}"
        );
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let api = crate::generate::plan(&spec).api.expect("models");
        api.operations
            .iter()
            .map(|op| {
                let alternatives = op.security.alternatives.iter().map(|alt| {
                    alt.iter()
                        .map(|r| (api.schemes[r.scheme].wire.clone(), r.scopes.clone()))
                        .collect()
                });
                (alternatives.collect(), op.security.unmet)
            })
            .collect()
    }

    #[test]
    fn security_keeps_scopes_and_never_reads_an_undefined_scheme_as_anonymous() {
        let op = |id: &str, security: &str| {
            format!(
                "  /{id}:\n    get:\n      operationId: {id}\n      security: {security}\n      responses: {{'204': {{description: x}}}}\n"
            )
        };
        let paths = [
            op("a", "[{o: [read, write]}, {key: []}, {}]"),
            op("b", "[{nope: []}, {key: [], o: [admin]}]"),
            op("c", "[{nope: []}, {key: [], nope: []}]"),
            op("d", "[]"),
        ]
        .concat();
        let s = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let req = |scheme: &str, scopes: &[&str]| (scheme.to_owned(), s(scopes));
        assert_eq!(
            security_of(&paths),
            [
                (
                    vec![vec![req("o", &["read", "write"])], vec![req("key", &[])], vec![]],
                    false
                ),
                (vec![vec![req("key", &[]), req("o", &["admin"])]], false),
                (vec![], true),
                (vec![], false),
            ]
        );
    }

    /// 3.1's `mutualTLS` is checked where the connection is accepted: a requirement of it asks the
    /// router for nothing (alone, it lets requests through), unlike a scheme the spec does not define.
    #[test]
    fn a_mutual_tls_requirement_is_met_at_the_connection() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  securitySchemes:\n    \
                    tls: {type: mutualTLS}\n    key: {type: apiKey, in: header, name: K}\npaths:\n  /a:\n    get:\n      \
                    security: [{tls: []}]\n      responses: {'204': {description: x}}\n  /b:\n    get:\n      \
                    security: [{tls: [], key: []}]\n      responses: {'204': {description: x}}\n  /c:\n    get:\n      \
                    security: [{nope: []}]\n      responses: {'204': {description: x}}\n";
        let spec = Spec::from_text("t.yaml", text.to_owned(), &LoadOptions::default());
        let api = crate::generate::plan(&spec).api.expect("models");
        let security: Vec<(Vec<Vec<usize>>, bool)> = api
            .operations
            .iter()
            .map(|op| {
                let alternatives = op.security.alternatives.iter();
                (
                    alternatives.map(|alt| alt.iter().map(|r| r.scheme).collect()).collect(),
                    op.security.unmet,
                )
            })
            .collect();
        let key = api
            .schemes
            .iter()
            .position(|s| s.wire == "key")
            .expect("key is a scheme");
        assert_eq!(
            security,
            [(vec![vec![]], false), (vec![vec![key]], false), (vec![], true)]
        );
    }

    #[test]
    fn schemas_that_only_name_themselves_become_json() {
        let (code, warnings) = generate(
            "    P: {allOf: [{$ref: '#/components/schemas/P'}]}\n    Q: {allOf: [{$ref: '#/components/schemas/R'}]}\n    R: {allOf: [{$ref: '#/components/schemas/Q'}]}\n",
        );
        assert!(code.contains("pub type P = rt::serde_json::Value;"), "{code}");
        assert!(!code.contains("pub type P = P;"));
        // Breaking the ring at Q leaves R a plain alias of it.
        assert!(
            code.contains("pub type Q = rt::serde_json::Value;") && code.contains("pub type R = Q;"),
            "{code}"
        );
        assert_eq!(
            warnings,
            [
                "unsupported-schema /components/schemas/P",
                "unsupported-schema /components/schemas/Q"
            ]
        );
    }

    #[test]
    fn a_schema_merged_into_its_own_property_stops_merging() {
        // `{type: object}` adds nothing: `p` is plainly the schema itself.
        let (code, warnings) = generate(
            "    S:\n      type: object\n      properties:\n        p: {allOf: [{type: object}, $ref: '#/components/schemas/S']}\n",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(
            code.contains("pub p: Option<Box<S>>")
                || code.contains("pub p: ::std::option::Option<::std::boxed::Box<S>>"),
            "{code}"
        );
        // A member that adds something: the merged property holds `S`'s properties once, then stops.
        let (_, warnings) = generate(
            "    S:\n      type: object\n      properties:\n        p:\n          allOf:\n            - $ref: '#/components/schemas/S'\n            - {type: object, properties: {q: {type: string}}}\n",
        );
        assert_eq!(
            warnings,
            ["unsupported-schema /components/schemas/S/properties/p"],
            "{warnings:?}"
        );
    }

    #[test]
    fn keywords_the_code_does_not_check_are_reported_once_where_they_are() {
        let (code, warnings) = generate(
            "    Flag: {type: boolean, enum: [true]}\n    Mixed: {enum: [1, a]}\n    Bag: {type: object, minProperties: 1, properties: {a: {type: string, maxLength: 2}}}\n    Count: {minimum: 3}\n    Short: {allOf: [{type: string}], maxLength: 2}\n",
        );
        assert_eq!(
            warnings,
            [
                "unenforced-constraint /components/schemas/Flag/enum",
                "unenforced-constraint /components/schemas/Mixed/enum",
                "unenforced-constraint /components/schemas/Bag/minProperties",
                "unenforced-constraint /components/schemas/Count/minimum",
            ]
        );
        assert!(code.contains("pub type Flag = bool;"), "{code}");
    }

    #[test]
    fn one_of_branches_the_code_cannot_tell_apart_take_the_first() {
        let (code, warnings) = generate(
            "    Timeout: {type: integer, oneOf: [{const: 60}, {const: 300}]}\n    Flag: {oneOf: [{type: boolean, enum: [true]}, {type: boolean, enum: [false]}]}\n    Exact: {oneOf: [{type: string}, {type: integer}]}\n",
        );
        assert!(
            warnings.contains(&"unsupported-schema /components/schemas/Timeout".to_owned())
                && warnings.contains(&"unsupported-schema /components/schemas/Flag".to_owned()),
            "{warnings:?}"
        );
        assert_eq!(code.matches("rt::de::untagged(").count(), 2, "{code}");
        assert_eq!(code.matches("rt::de::exactly_one(").count(), 1, "{code}");
    }

    #[test]
    fn merged_bounds_past_2_53_are_compared_exactly() {
        let (code, _) = generate(
            "    B: {type: integer, format: int64, maximum: 9007199254740993}\n    C: {allOf: [$ref: '#/components/schemas/B'], maximum: 9007199254740992}\n",
        );
        let c = code.split("pub struct C(").nth(1).unwrap_or_default();
        assert!(
            c.contains("9007199254740992") && !c.contains("9007199254740993"),
            "{code}"
        );
    }

    #[test]
    fn a_multiple_of_zero_is_refused_as_the_linter_refuses_it() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Z: {type: integer, multipleOf: 0}\n    N: {type: number, multipleOf: -0.5}\n";
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let e = Generator::new().generate_spec(spec).unwrap_err().to_string();
        assert!(e.contains("/components/schemas/Z/multipleOf"), "{e}");
        assert!(e.contains("/components/schemas/N/multipleOf"), "{e}");
        assert!(e.contains("`multipleOf` must be greater than 0"), "{e}");
    }

    #[test]
    fn a_schema_among_its_own_all_of_members_stops_merging() {
        let (_, warnings) = generate(
            "    A:\n      allOf:\n        - $ref: '#/components/schemas/A'\n        - {type: object, properties: {a: {type: string}}}\n",
        );
        assert!(
            warnings
                .iter()
                .all(|w| w.starts_with("unsupported-schema /components/schemas/A")),
            "{warnings:?}"
        );
        assert!(!warnings.is_empty());
    }
}
