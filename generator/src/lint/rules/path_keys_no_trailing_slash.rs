use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A path ends with `/`.
    ///
    /// `/pets/` and `/pets` are different paths to most servers; the trailing slash is almost always
    /// unintended, and routers disagree on whether it matches.
    ///
    /// Spectral's `path-keys-no-trailing-slash` and Redocly's `no-path-trailing-slash`: the keys of
    /// `paths` are checked, whatever their Path Items hold (a `$ref` too).
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
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // The keys, not the path items: a path item may be a `$ref` to one kept elsewhere.
        let Some(paths) = v.node.get("paths") else { return };
        let Some(paths) = cx.resolve(v.file, "/paths", paths) else {
            return;
        };
        let (file, ptr) = (paths.file, paths.ptr.as_str().to_owned());
        for path in paths.node.as_object().into_iter().flatten().map(|(k, _)| k) {
            if path.len() > 1 && path.starts_with('/') && path.ends_with('/') {
                cx.report_key(&META, file, &push(&ptr, path), format!("path `{path}` ends with `/`"))
                    .help(format!("write `{}`", path.trim_end_matches('/')));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    #[test]
    fn keys_of_paths_inline_or_by_reference() {
        let text = concat!(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n",
            "  /a/: {get: {responses: {'200': {description: ok}}}}\n",
            "  /b/: {$ref: '#/components/pathItems/B'}\n  /c: {}\n  /: {}\n",
            "components:\n  pathItems:\n    B: {get: {responses: {'200': {description: ok}}}}\n",
        );
        assert_eq!(pointers("path-keys-no-trailing-slash", text), ["/paths/~1a~1", "/paths/~1b~1"]);
    }
}
