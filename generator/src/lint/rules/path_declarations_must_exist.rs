use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A path has an empty parameter declaration: `{}`.
    ///
    /// A nameless parameter cannot be defined, so the path cannot be routed.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /users/{}: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /users/{userId}: {}
    /// ```
    pub static META = { id: "path-declarations-must-exist", severity: Warning, aliases: ["path-declaration-must-exist"], versions: ANY_OAS };
}

#[derive(Default)]
pub struct PathDeclarationsMustExist;

impl Rule for PathDeclarationsMustExist {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::PathItem.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if let Some(path) = v.path
            && path.contains("{}")
        {
            cx.report_key(
                &META,
                v.file,
                v.ptr,
                format!("path `{path}` has an empty parameter `{{}}`"),
            )
            .help("name the parameter, e.g. `{id}`, and define it in `parameters`");
        }
    }
}
