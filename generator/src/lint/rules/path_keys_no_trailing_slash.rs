use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A path ends with `/`.
    ///
    /// `/pets/` and `/pets` are different paths to most servers; the trailing slash is almost always
    /// unintended, and routers disagree on whether it matches.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /pets/: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /pets: {}
    /// ```
    pub static META = { id: "path-keys-no-trailing-slash", severity: Warning, aliases: ["no-path-trailing-slash"], versions: ANY_OAS };
}

#[derive(Default)]
pub struct PathKeysNoTrailingSlash;

impl Rule for PathKeysNoTrailingSlash {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::PathItem.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if let Some(path) = v.path
            && path.len() > 1
            && path.ends_with('/')
        {
            cx.report_key(&META, v.file, v.ptr, format!("path `{path}` ends with `/`"))
                .help(format!("write `{}`", path.trim_end_matches('/')));
        }
    }
}
