//! What a document contains, by dimension: the names of the constructs the compile fuzzer is meant to
//! produce (each known class of generator failure among them). A test counts, over the CI run's
//! specs, the documents having each, and `compile-fuzz --census` prints the table.

use std::collections::{BTreeMap, BTreeSet};

use super::doc::*;
use super::names;
use super::random::camel;

/// Every feature [`features`] can report, so a count of zero shows up.
pub const ALL: &[&str] = &[
    "version-2.0",
    "version-3.0",
    "version-3.1",
    "syntax-json",
    "syntax-yaml",
    "param-path",
    "param-query",
    "param-header",
    "param-cookie",
    "param-optional-nullable-query",
    "param-optional-nullable-header",
    "param-nullable-path-3.0",
    "param-nullable-path-3.1",
    "param-nullable-path-2.0",
    "param-nullable-required-header",
    "param-array-path",
    "param-array-query",
    "param-array-header",
    "param-array-of-arrays-query",
    "param-array-of-arrays-header",
    "param-object-query",
    "param-ref",
    "param-content",
    "param-shared",
    "param-enum",
    "param-named-handler-local",
    "param-names-collide",
    "path-decorated-segment",
    "style-label",
    "style-matrix",
    "style-form",
    "style-spaceDelimited",
    "style-pipeDelimited",
    "style-deepObject",
    "explode-true",
    "explode-false",
    "enum-nullable",
    "enum-duplicate",
    "enum-self-and-Self",
    "enum-integer",
    "array-nullable",
    "array-nullable-items",
    "int32-bound-out-of-range",
    "integer-bound-at-or-past-limit",
    "number-bounds",
    "string-format",
    "string-pattern",
    "string-lengths",
    "multiple-of",
    "default",
    "object-additional-false",
    "object-additional-schema",
    "map",
    "one-of",
    "one-of-discriminator",
    "any-of",
    "any-of-discriminator",
    "all-of",
    "base-discriminator",
    "type-list-3.1",
    "recursion-direct",
    "recursion-mutual",
    "schema-named-Client",
    "schema-A-as-request-body",
    "schema-named-D",
    "schema-named-emitted-item",
    "schema-named-other-operation-item",
    "schema-names-collide",
    "name-keyword",
    "name-prelude",
    "property-names-collide",
    "operation-id-emitter-name",
    "operation-id-missing",
    "title-odd",
    "body-json",
    "body-form",
    "body-multipart",
    "body-text",
    "body-bytes",
    "body-several-media",
    "body-shared",
    "response-shared",
    "response-range",
    "response-default",
    "response-headers",
    "security-apiKey-header",
    "security-apiKey-query",
    "security-apiKey-cookie",
    "security-basic",
    "security-bearer",
    "security-http-other",
    "security-oauth2",
    "security-openIdConnect",
    "security-mutualTLS",
    "security-alternatives",
    "security-all-of",
    "security-optional",
    "security-global",
];

/// The features of one document (each at most once).
pub fn features(doc: &Doc) -> BTreeSet<&'static str> {
    let mut f = BTreeSet::new();
    f.insert(match doc.version {
        Version::V2 => "version-2.0",
        Version::V30 => "version-3.0",
        Version::V31 => "version-3.1",
    });
    f.insert(match doc.syntax {
        Syntax::Json => "syntax-json",
        Syntax::Yaml => "syntax-yaml",
    });
    if doc.title != "Fuzz" {
        f.insert("title-odd");
    }
    schemas(doc, &mut f);
    components(doc, &mut f);
    for op in &doc.ops {
        operation(doc, op, &mut f);
    }
    security(doc, &mut f);
    f
}

/// Over many documents: how many have each feature (every feature of [`ALL`] listed).
pub fn count<'a>(docs: impl IntoIterator<Item = &'a Doc>) -> BTreeMap<&'static str, usize> {
    let mut counts: BTreeMap<&'static str, usize> = ALL.iter().map(|k| (*k, 0)).collect();
    for doc in docs {
        for k in features(doc) {
            *counts.entry(k).or_default() += 1;
        }
    }
    counts
}

fn schemas(doc: &Doc, f: &mut BTreeSet<&'static str>) {
    for s in doc.all_schemas() {
        if s.default {
            f.insert("default");
        }
        match &s.kind {
            Kind::Str(t) => {
                if !t.values.is_empty() && s.nullable {
                    f.insert("enum-nullable");
                }
                if has_duplicate(&t.values) {
                    f.insert("enum-duplicate");
                }
                if t.values.iter().any(|v| v == "Self") && t.values.iter().any(|v| v == "self") {
                    f.insert("enum-self-and-Self");
                }
                if t.format.is_some() {
                    f.insert("string-format");
                }
                if t.pattern.is_some() {
                    f.insert("string-pattern");
                }
                if t.min_length.is_some() || t.max_length.is_some() {
                    f.insert("string-lengths");
                }
            }
            Kind::Int(n) => {
                if !n.values.is_empty() {
                    f.insert("enum-integer");
                }
                let lits = n.minimum.iter().chain(n.maximum.iter()).chain(n.values.iter());
                for l in lits {
                    let (i32_out, at_limit) = limits(*l);
                    if i32_out && n.format == Some("int32") {
                        f.insert("int32-bound-out-of-range");
                    }
                    if at_limit {
                        f.insert("integer-bound-at-or-past-limit");
                    }
                }
                if n.multiple_of.is_some() {
                    f.insert("multiple-of");
                }
            }
            Kind::Num(n) => {
                if n.minimum.is_some() || n.maximum.is_some() {
                    f.insert("number-bounds");
                }
                if n.multiple_of.is_some() {
                    f.insert("multiple-of");
                }
            }
            Kind::Array(a) => {
                if s.nullable {
                    f.insert("array-nullable");
                }
                if a.items.nullable {
                    f.insert("array-nullable-items");
                }
            }
            Kind::Object(o) => {
                match o.additional {
                    Additional::False => {
                        f.insert("object-additional-false");
                    }
                    Additional::Schema(_) => {
                        f.insert("object-additional-schema");
                    }
                    _ => {}
                }
                if o.discriminator.is_some() {
                    f.insert("base-discriminator");
                }
                if collide(o.properties.iter().map(|p| p.name.as_str())) {
                    f.insert("property-names-collide");
                }
                for p in &o.properties {
                    name_kinds(&p.name, f);
                }
            }
            Kind::Map(_) => {
                f.insert("map");
            }
            Kind::OneOf(u) => {
                f.insert(if u.discriminator.is_some() {
                    "one-of-discriminator"
                } else {
                    "one-of"
                });
            }
            Kind::AnyOf(u) => {
                f.insert(if u.discriminator.is_some() {
                    "any-of-discriminator"
                } else {
                    "any-of"
                });
            }
            Kind::AllOf(_) => {
                f.insert("all-of");
            }
            Kind::Types(_) if doc.version == Version::V31 => {
                f.insert("type-list-3.1");
            }
            _ => {}
        }
    }
}

fn components(doc: &Doc, f: &mut BTreeSet<&'static str>) {
    let derived: Vec<String> = doc
        .ops
        .iter()
        .flat_map(|op| {
            let hint = camel(&op.operation_id.clone().unwrap_or_default());
            ["Response", "Path", "Query", "Headers", "Request", "Error", "Success"].map(|s| format!("{hint}{s}"))
        })
        .collect();
    for c in &doc.schemas {
        name_kinds(&c.name, f);
        match c.name.as_str() {
            "Client" => {
                f.insert("schema-named-Client");
            }
            "D" => {
                f.insert("schema-named-D");
            }
            "A" if doc.ops.iter().any(|op| {
                op.body
                    .as_ref()
                    .is_some_and(|b| matches!(&b.schema.kind, Kind::Ref(n) if n == "A"))
            }) =>
            {
                f.insert("schema-A-as-request-body");
            }
            _ => {}
        }
        if names::EMITTED.contains(&c.name.as_str()) {
            f.insert("schema-named-emitted-item");
        }
        if derived.contains(&c.name) {
            f.insert("schema-named-other-operation-item");
        }
        let mut refs = BTreeSet::new();
        c.schema.walk(&mut |s| {
            if let Kind::Ref(n) = &s.kind {
                refs.insert(n.clone());
            }
        });
        if refs.contains(&c.name) {
            f.insert("recursion-direct");
        }
        for other in refs.iter().filter(|n| **n != c.name) {
            if doc.component(other).is_some_and(|o| {
                let mut back = false;
                o.schema
                    .walk(&mut |s| back |= matches!(&s.kind, Kind::Ref(n) if *n == c.name));
                back
            }) {
                f.insert("recursion-mutual");
            }
        }
    }
    if collide(doc.schemas.iter().map(|c| c.name.as_str())) {
        f.insert("schema-names-collide");
    }
}

fn operation(doc: &Doc, op: &Op, f: &mut BTreeSet<&'static str>) {
    match &op.operation_id {
        None => {
            f.insert("operation-id-missing");
        }
        Some(id) if names::OP_IDS.contains(&id.as_str()) => {
            f.insert("operation-id-emitter-name");
        }
        Some(id) => name_kinds(id, f),
    }
    for p in &op.params {
        param(doc, p, f);
    }
    if collide(op.params.iter().map(|p| p.name.as_str())) {
        f.insert("param-names-collide");
    }
    if let Some(b) = &op.body {
        for m in &b.media {
            if let Some(k) = match m {
                Media::Json | Media::JsonSuffix => Some("body-json"),
                Media::Form => Some("body-form"),
                Media::Multipart => Some("body-multipart"),
                Media::Text => Some("body-text"),
                Media::Bytes => Some("body-bytes"),
                _ => None,
            } {
                f.insert(k);
            }
        }
        if b.media.len() > 1 {
            f.insert("body-several-media");
        }
        if b.shared.is_some() && doc.version != Version::V2 {
            f.insert("body-shared");
        }
    }
    for r in &op.responses {
        if r.shared.is_some() {
            f.insert("response-shared");
        }
        match r.status {
            Status::Range(_) => {
                f.insert("response-range");
            }
            Status::Default => {
                f.insert("response-default");
            }
            _ => {}
        }
        if !r.headers.is_empty() {
            f.insert("response-headers");
        }
    }
}

fn param(doc: &Doc, p: &Param, f: &mut BTreeSet<&'static str>) {
    let s = &p.schema;
    let array_of_arrays = matches!(&s.kind, Kind::Array(a) if matches!(a.items.kind, Kind::Array(_)));
    let array = matches!(s.kind, Kind::Array(_));
    f.insert(match p.location {
        Location::Path => "param-path",
        Location::Query => "param-query",
        Location::Header => "param-header",
        Location::Cookie => "param-cookie",
    });
    let optional = !p.required && p.location != Location::Path;
    match (p.location, s.nullable) {
        (Location::Query, true) if optional => {
            f.insert("param-optional-nullable-query");
        }
        (Location::Header, true) if optional => {
            f.insert("param-optional-nullable-header");
        }
        (Location::Header, true) => {
            f.insert("param-nullable-required-header");
        }
        (Location::Path, true) => {
            f.insert(match doc.version {
                Version::V2 => "param-nullable-path-2.0",
                Version::V30 => "param-nullable-path-3.0",
                Version::V31 => "param-nullable-path-3.1",
            });
        }
        _ => {}
    }
    match (p.location, array, array_of_arrays) {
        (Location::Path, true, _) => {
            f.insert("param-array-path");
        }
        (Location::Query, _, true) => {
            f.insert("param-array-of-arrays-query");
        }
        (Location::Header, _, true) => {
            f.insert("param-array-of-arrays-header");
        }
        (Location::Query, true, _) => {
            f.insert("param-array-query");
        }
        (Location::Header, true, _) => {
            f.insert("param-array-header");
        }
        _ => {}
    }
    if p.location == Location::Query && matches!(s.kind, Kind::Object(_) | Kind::Map(_)) {
        f.insert("param-object-query");
    }
    if matches!(s.kind, Kind::Ref(_)) {
        f.insert("param-ref");
    }
    if matches!(&s.kind, Kind::Str(t) if !t.values.is_empty()) {
        f.insert("param-enum");
    }
    if p.content && doc.version != Version::V2 {
        f.insert("param-content");
    }
    if p.shared.is_some() {
        f.insert("param-shared");
    }
    if names::LOCALS.contains(&p.name.as_str()) {
        f.insert("param-named-handler-local");
    }
    if p.location == Location::Path && (!p.decor.0.is_empty() || !p.decor.1.is_empty()) {
        f.insert("path-decorated-segment");
    }
    name_kinds(&p.name, f);
    if doc.version != Version::V2 {
        if let Some(style) = p.style {
            f.insert(match style {
                Style::Label => "style-label",
                Style::Matrix => "style-matrix",
                Style::Form => "style-form",
                Style::SpaceDelimited => "style-spaceDelimited",
                Style::PipeDelimited => "style-pipeDelimited",
                Style::DeepObject => "style-deepObject",
                Style::Simple => "style-form",
            });
        }
        match p.explode {
            Some(true) => {
                f.insert("explode-true");
            }
            Some(false) => {
                f.insert("explode-false");
            }
            None => {}
        }
    }
}

fn security(doc: &Doc, f: &mut BTreeSet<&'static str>) {
    for s in &doc.schemes {
        f.insert(match (&s.kind, doc.version) {
            (SchemeKind::ApiKey { location, .. }, v) => match (location, v) {
                (Location::Query, _) => "security-apiKey-query",
                (Location::Cookie, Version::V30 | Version::V31) => "security-apiKey-cookie",
                _ => "security-apiKey-header",
            },
            (SchemeKind::Basic, _) => "security-basic",
            (SchemeKind::Http(h), _) if h == "bearer" => "security-bearer",
            (SchemeKind::Http(_), _) => "security-http-other",
            (SchemeKind::OAuth2(_), _) => "security-oauth2",
            (SchemeKind::OpenIdConnect, _) => "security-openIdConnect",
            (SchemeKind::MutualTls, _) => "security-mutualTLS",
        });
    }
    if doc.security.is_some() {
        f.insert("security-global");
    }
    let lists = doc
        .ops
        .iter()
        .filter_map(|o| o.security.as_ref())
        .chain(doc.security.iter());
    for list in lists {
        if list.iter().filter(|r| !r.is_empty()).count() > 1 {
            f.insert("security-alternatives");
        }
        if list.iter().any(|r| r.len() > 1) {
            f.insert("security-all-of");
        }
        if list.iter().any(Vec::is_empty) && list.len() > 1 {
            f.insert("security-optional");
        }
    }
}

fn name_kinds(name: &str, f: &mut BTreeSet<&'static str>) {
    if names::KEYWORDS.contains(&name) {
        f.insert("name-keyword");
    }
    if names::PRELUDE.contains(&name) {
        f.insert("name-prelude");
    }
}

/// Whether an integer literal is past `i32` (for `int32`), and whether it sits at or past the limits
/// of `i32`/`i64`.
fn limits(l: Lit) -> (bool, bool) {
    match l {
        Lit::I(i) => (
            i > i32::MAX as i64 || i < i32::MIN as i64,
            [i32::MAX as i64, i32::MIN as i64, i64::MAX, i64::MIN].contains(&i) || i == i32::MAX as i64 + 1,
        ),
        Lit::U(_) => (true, true),
        Lit::F(x) => (x.abs() > i32::MAX as f64, x.abs() >= 9.2e18),
    }
}

fn has_duplicate(values: &[String]) -> bool {
    values.iter().enumerate().any(|(i, v)| values[..i].contains(v))
}

/// Two different names that fold to the same identifier (case and punctuation ignored).
fn collide<'a>(names: impl Iterator<Item = &'a str>) -> bool {
    let mut seen: Vec<(String, &str)> = Vec::new();
    for n in names {
        let folded: String = n
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if seen.iter().any(|(f, raw)| *f == folded && *raw != n) {
            return true;
        }
        seen.push((folded, n));
    }
    false
}
