use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::source::FileId;
use crate::load::pointer::push;

declare_rule! {
    /// A `pattern` on an identifier-like parameter (a path parameter, or one named like `id`, `userId`,
    /// `order_key`, `slug`, `code`, `uuid`) that is not anchored with `^...$`.
    ///
    /// OpenAPI patterns are unanchored searches: `[a-z0-9]+` accepts `../../etc/passwd!` because it
    /// contains a match. For an identifier that is almost never what was meant. `^a|b$` is caught too: its
    /// anchors bind only to the first and last alternatives.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// - name: userId
    ///   in: path
    ///   required: true
    ///   schema: {type: string, pattern: '[a-z0-9]+'}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// - name: userId
    ///   in: path
    ///   required: true
    ///   schema: {type: string, pattern: '^[a-z0-9]+$'}
    /// ```
    pub static META = { id: "pattern-unanchored-identifier", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct PatternUnanchoredIdentifier;

impl Rule for PatternUnanchoredIdentifier {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Parameter.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(target) = identifier_pattern(v, cx) else {
            return;
        };
        if let Some(why) = unanchored(target.pattern) {
            cx.report(
                &META,
                target.file,
                &target.ptr,
                format!(
                    "the `pattern` of identifier `{}` {why}, so it accepts any string that merely contains a match",
                    target.name
                ),
            )
            .help(format!(
                "anchor it: `^(?:{})$`",
                target.pattern.trim_start_matches('^').trim_end_matches('$')
            ));
        }
    }
}

/// The `pattern` of an identifier-like parameter, where it lives (`pattern-unanchored` leaves these to
/// this rule).
pub(super) struct IdentifierPattern<'a> {
    pub name: &'a str,
    pub pattern: &'a str,
    pub file: FileId,
    /// The pointer of the `pattern` itself.
    pub ptr: String,
}

/// The pattern this rule judges at a parameter visit, if the parameter is identifier-like and has one.
pub(super) fn identifier_pattern<'a>(v: &Visit<'a, '_>, cx: &Cx<'a>) -> Option<IdentifierPattern<'a>> {
    let name = v.node.get("name").and_then(Node::as_str).unwrap_or("");
    let location = v.node.get("in").and_then(Node::as_str).unwrap_or("");
    if location != "path" && !identifier_like(name) {
        return None;
    }
    // OpenAPI 3: the pattern is on the schema (possibly referenced); 2.0: on the parameter.
    let (file, ptr, holder) = match v.node.get("schema") {
        Some(schema) => {
            let ptr = push(v.ptr, "schema");
            let r = cx.resolve(v.file, &ptr, schema)?;
            (r.file, r.ptr.as_str().to_owned(), r.node)
        }
        None => (v.file, v.ptr.to_owned(), v.node),
    };
    let pattern = holder.get("pattern").and_then(Node::as_str)?;
    Some(IdentifierPattern {
        name,
        pattern,
        file,
        ptr: push(&ptr, "pattern"),
    })
}

fn identifier_like(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let last = lower.rsplit(['_', '-', '.']).next().unwrap_or(&lower);
    ["id", "key", "slug", "code", "uuid"].contains(&last)
        || name.ends_with("Id")
        || name.ends_with("ID")
        || name.ends_with("Key")
        || name.ends_with("Uuid")
}

/// Why a pattern is not anchored at both ends, if it is not.
pub(super) fn unanchored(p: &str) -> Option<&'static str> {
    let ends_anchored = p.ends_with('$') && !p.ends_with("\\$");
    match (p.starts_with('^'), ends_anchored) {
        (false, false) => Some("is not anchored"),
        (false, true) => Some("is not anchored at the start (`^`)"),
        (true, false) => Some("is not anchored at the end (`$`)"),
        (true, true) if top_level_alternation(p) => Some("anchors only its first and last alternatives"),
        _ => None,
    }
}

/// Whether `|` occurs outside every group and class.
pub(super) fn top_level_alternation(p: &str) -> bool {
    let (mut depth, mut in_class, mut escaped) = (0i32, false, false);
    for c in p.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => depth -= 1,
            '|' if !in_class && depth == 0 => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchoring() {
        assert_eq!(unanchored("[a-z]+"), Some("is not anchored"));
        assert_eq!(unanchored("^[a-z]+"), Some("is not anchored at the end (`$`)"));
        assert_eq!(unanchored(r"^a\$"), Some("is not anchored at the end (`$`)"));
        assert_eq!(
            unanchored("^a|b$"),
            Some("anchors only its first and last alternatives")
        );
        assert_eq!(unanchored("^(a|b)$"), None);
        assert_eq!(unanchored("^[|]$"), None);
        assert!(identifier_like("userId") && identifier_like("order_key") && identifier_like("id"));
        assert!(!identifier_like("valid") && !identifier_like("email"));
    }
}
