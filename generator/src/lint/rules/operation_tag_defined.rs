use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// An operation uses a tag that the top-level `tags` list does not define.
    ///
    /// Undefined tags have no description and no order in documentation, and are often typos of a
    /// defined one.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// tags: [{name: pets}]
    /// paths:
    ///   /pets:
    ///     get: {tags: [pet], responses: {'200': {description: OK}}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// tags: [{name: pets}]
    /// paths:
    ///   /pets:
    ///     get: {tags: [pets], responses: {'200': {description: OK}}}
    /// ```
    pub static META = { id: "operation-tag-defined", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationTagDefined {
    defined: Vec<String>,
}

impl Rule for OperationTagDefined {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.kind == Kind::Document {
            let tags = v.node.get("tags").and_then(Node::as_array).unwrap_or(&[]);
            self.defined = tags
                .iter()
                .filter_map(|t| t.get("name")?.as_str())
                .map(str::to_owned)
                .collect();
            return;
        }
        let Some(tags) = v.node.get("tags").and_then(Node::as_array) else {
            return;
        };
        let tags_ptr = push(v.ptr, "tags");
        for (i, tag) in tags.iter().enumerate() {
            let Some(name) = tag.as_str() else { continue };
            if !self.defined.iter().any(|d| d == name) {
                cx.report(
                    &META,
                    v.file,
                    &push(&tags_ptr, &i.to_string()),
                    format!("tag `{name}` is not defined in the top-level `tags`"),
                )
                .help(format!(
                    "add `{{name: {name}, description: ...}}` to the top-level `tags`, or use a defined tag"
                ));
            }
        }
    }
}
