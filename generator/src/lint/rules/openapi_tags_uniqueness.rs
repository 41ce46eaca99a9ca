use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;

declare_rule! {
    /// Two top-level tags have the same `name`.
    ///
    /// Tools merge or drop one of them, with its description.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// tags:
    ///   - name: pets
    ///   - name: pets
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// tags:
    ///   - name: pets
    ///   - name: owners
    /// ```
    pub static META = { id: "openapi-tags-uniqueness", severity: Error, aliases: ["no-duplicated-tag-names"], versions: ANY_OAS };
}

#[derive(Default)]
pub struct OpenapiTagsUniqueness;

impl Rule for OpenapiTagsUniqueness {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let tags = v.node.get("tags").and_then(Node::as_array).unwrap_or(&[]);
        // name -> the first tag with it (a map, not a scan of the tags before: a list can be long).
        let mut firsts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, tag) in tags.iter().enumerate() {
            let Some(name) = tag.get("name").and_then(Node::as_str) else {
                continue;
            };
            let first = *firsts.entry(name).or_insert(i);
            if first != i {
                let first = cx.location(v.file, &format!("/tags/{first}/name"));
                cx.report(
                    &META,
                    v.file,
                    &format!("/tags/{i}/name"),
                    format!("tag `{name}` is defined twice"),
                )
                .help("merge the two tag definitions")
                .related(first, "first defined here");
            }
        }
    }
}
