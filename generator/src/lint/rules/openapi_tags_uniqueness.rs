use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::{Node, Value};

declare_rule! {
    /// Two top-level tags have the same `name`.
    ///
    /// Tools merge or drop one of them, with its description.
    ///
    /// Option (Redocly's): `ignoreCase: true` also counts names that differ only in case (`Pets`,
    /// `pets`) as the same, e.g. `openapi-tags-uniqueness: {severity: error, ignoreCase: true}`.
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
    pub static META = { id: "openapi-tags-uniqueness", severity: Error, aliases: ["no-duplicated-tag-names"], versions: ANY_OAS, options: ["ignoreCase"] };
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
        let ignore_case = matches!(cx.option(&META, "ignoreCase"), Some(Node { value: Value::Bool(true), .. }));
        // name -> the first tag with it (a map, not a scan of the tags before: a list can be long).
        let mut firsts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (i, tag) in tags.iter().enumerate() {
            let Some(name) = tag.get("name").and_then(Node::as_str) else {
                continue;
            };
            let key = if ignore_case { name.to_lowercase() } else { name.to_owned() };
            let first = *firsts.entry(key).or_insert(i);
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

#[cfg(test)]
mod option_tests {
    use super::super::testing::lint_rule_with;

    #[test]
    fn ignore_case_counts_names_that_differ_in_case() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ntags: [{name: Pets}, {name: pets}, {name: pets}]\n";
        assert_eq!(lint_rule_with("openapi-tags-uniqueness", "warn", doc).len(), 1);
        assert_eq!(lint_rule_with("openapi-tags-uniqueness", "{severity: error, ignoreCase: true}", doc).len(), 2);
    }
}
