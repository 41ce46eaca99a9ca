use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A path includes a query string (`?`).
    ///
    /// Query parameters are declared as parameters with `in: query`; a `?` in the path key is matched
    /// literally, or not at all.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /pets?sort=name: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /pets:
    ///     get:
    ///       parameters: [{name: sort, in: query, schema: {type: string}}]
    /// ```
    pub static META = { id: "path-not-include-query", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct PathNotIncludeQuery;

impl Rule for PathNotIncludeQuery {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::PathItem.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if let Some(path) = v.path
            && path.contains('?')
        {
            cx.report_key(&META, v.file, v.ptr, format!("path `{path}` includes a query string"))
                .help("remove the `?...` part and declare query parameters with `in: query`");
        }
    }
}
