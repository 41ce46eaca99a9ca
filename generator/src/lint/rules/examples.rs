//! Where a document's examples are, what schema each must fit and which way it travels: shared by the
//! example rules.

use crate::lint::instance::Direction;
use crate::lint::rule::{Cx, Kind, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};
use crate::source::FileId;

/// One example value and the schema it must fit.
pub struct Site<'a> {
    /// Where the value is (inside a referenced Example Object, if that is where it is).
    pub file: FileId,
    pub ptr: String,
    pub value: &'a Node,
    pub schema: &'a Node,
    /// A request's or a response's example; `None` for a schema's own.
    pub direction: Option<Direction>,
    /// "the example", "example `name`".
    pub what: String,
}

/// Which way a media type, parameter or header at `ptr` travels: in a request (a request body, a
/// parameter) or a response, by the innermost such object on its pointer. `None` for one that is in
/// neither (a shared header in `components/headers`).
pub fn direction_of(ptr: &str) -> Option<Direction> {
    let mut found = None;
    let mut segments = ptr.split('/').skip(1);
    while let Some(segment) = segments.next() {
        let section = if segment == "components" {
            // `components/<section>/<name>`: the name is the user's, not a keyword.
            let section = segments.next();
            segments.next();
            section
        } else {
            Some(segment)
        };
        match section {
            Some("requestBody" | "requestBodies" | "parameters") => found = Some(Direction::Request),
            Some("responses") => found = Some(Direction::Response),
            _ => {}
        }
    }
    found
}

/// The examples of an OpenAPI 3.x media type, parameter or header `v` (its `example` and each of its
/// `examples`' value: OpenAPI 3.2's `dataValue`, else `value`), with its `schema`.
pub fn media_sites<'a>(v: &Visit<'a, '_>, cx: &Cx<'a>) -> Vec<Site<'a>> {
    let mut out = Vec::new();
    let Some(schema) = v.node.get("schema") else { return out };
    let direction = direction_of(v.ptr);
    if let Some(example) = v.node.get("example") {
        out.push(Site {
            file: v.file,
            ptr: push(v.ptr, "example"),
            value: example,
            schema,
            direction,
            what: "the example".to_owned(),
        });
    }
    let Some(examples) = v.node.get("examples").and_then(Node::as_object) else {
        return out;
    };
    let examples_ptr = push(v.ptr, "examples");
    for (name, e) in examples {
        let ptr = push(&examples_ptr, name);
        let Some(r) = cx.resolve(v.file, &ptr, &e.node) else {
            continue;
        };
        let Some((field, value)) = ["dataValue", "value"]
            .into_iter()
            .find_map(|f| r.node.get(f).map(|n| (f, n)))
        else {
            continue;
        };
        out.push(Site {
            file: r.file,
            ptr: push(r.ptr.as_str(), field),
            value,
            schema,
            direction,
            what: format!("example `{name}`"),
        });
    }
    out
}

/// A schema's own examples: `example` (and Swagger 2.0's `x-example`), and when `lists` each item of
/// an `examples` list (a keyword of OpenAPI 3.1; Redocly reads one in any version).
pub fn schema_sites<'a>(v: &Visit<'a, '_>, swagger2: bool, lists: bool) -> Vec<Site<'a>> {
    let mut out = Vec::new();
    let keys: &[&str] = if swagger2 {
        &["example", "x-example"]
    } else {
        &["example"]
    };
    for key in keys {
        if let Some(value) = v.node.get(key) {
            out.push(Site {
                file: v.file,
                ptr: push(v.ptr, key),
                value,
                schema: v.node,
                direction: None,
                what: if *key == "example" {
                    "the example".to_owned()
                } else {
                    format!("the `{key}`")
                },
            });
        }
    }
    if lists && let Some(examples) = v.node.get("examples").and_then(Node::as_array) {
        let list = push(v.ptr, "examples");
        for (i, value) in examples.iter().enumerate() {
            out.push(Site {
                file: v.file,
                ptr: push(&list, &i.to_string()),
                value,
                schema: v.node,
                direction: None,
                what: format!("example {i}"),
            });
        }
    }
    out
}

/// A Swagger 2.0 response's examples of JSON (or, for other media types, written as data rather than
/// as their text), with its `schema`.
pub fn swagger2_response_sites<'a>(v: &Visit<'a, '_>) -> Vec<Site<'a>> {
    let mut out = Vec::new();
    let (Some(schema), Some(examples)) = (v.node.get("schema"), v.node.get("examples").and_then(Node::as_object))
    else {
        return out;
    };
    let at = push(v.ptr, "examples");
    for (media_type, e) in examples {
        if !swagger2_example_is_data(media_type, &e.node) {
            continue;
        }
        out.push(Site {
            file: v.file,
            ptr: push(&at, media_type),
            value: &e.node,
            schema,
            direction: Some(Direction::Response),
            what: "the example".to_owned(),
        });
    }
    out
}

/// Whether a 2.0 response example is the body's data: always for JSON; for other media types (whose
/// example is usually their serialized text) when it is not a string.
pub fn swagger2_example_is_data(media_type: &str, value: &Node) -> bool {
    let base = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    base == "application/json" || base.ends_with("+json") || !matches!(value.value, Value::String(_))
}

/// The sites the Redocly-style example rules read in `v`, by its kind and the document's version
/// (a schema's `examples` list in any version, as Redocly reads it).
pub fn all_sites<'a>(v: &Visit<'a, '_>, cx: &Cx<'a>, swagger2: bool) -> Vec<Site<'a>> {
    match v.kind {
        Kind::Schema => schema_sites(v, swagger2, true),
        Kind::Response if swagger2 => swagger2_response_sites(v),
        Kind::MediaType | Kind::Parameter | Kind::Header if !swagger2 => media_sites(v, cx),
        _ => Vec::new(),
    }
}

/// The pointers of rule `id`'s findings on the document `text`, in order (for the example rules' tests).
#[cfg(test)]
pub fn findings_of(text: &str, id: &str) -> Vec<String> {
    findings_with_messages(text, id).into_iter().map(|(p, _)| p).collect()
}

/// Rule `id`'s findings on `text`: pointer and message.
#[cfg(test)]
pub fn findings_with_messages(text: &str, id: &str) -> Vec<(String, String)> {
    use crate::load::{LoadOptions, Spec};
    let spec = Spec::from_text("t.yaml", text.to_owned(), &LoadOptions::default());
    crate::lint::lint_spec(spec)
        .findings
        .into_iter()
        .filter(|d| d.code == id)
        .map(|d| (d.location.map(|l| l.pointer).unwrap_or_default(), d.message))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_comes_from_the_innermost_request_or_response() {
        let d = direction_of;
        assert_eq!(
            d("/paths/~1a/post/requestBody/content/application~1json"),
            Some(Direction::Request)
        );
        assert_eq!(d("/components/requestBodies/B/content/x"), Some(Direction::Request));
        assert_eq!(d("/paths/~1a/get/parameters/0"), Some(Direction::Request));
        assert_eq!(d("/paths/~1a/get/responses/200/content/x"), Some(Direction::Response));
        assert_eq!(
            d("/paths/~1a/get/responses/200/headers/X-Rate"),
            Some(Direction::Response)
        );
        // A component's name is not a keyword.
        assert_eq!(
            d("/components/responses/parameters/content/x"),
            Some(Direction::Response)
        );
        assert_eq!(d("/components/headers/responses"), None);
    }
}
