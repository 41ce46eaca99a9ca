use super::helpers::template_params;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A path template that axum cannot route: a segment that mixes literal text and a parameter
    /// (`/files/{name}.json`), or holds two parameters (`/{a}{b}`).
    ///
    /// axum (matchit) captures whole path segments only, so the generated server cannot register the
    /// route as written. The spec itself is valid OpenAPI; this matters when you generate a server.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /files/{name}.json: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /files/{name}: {}   # `name` includes the extension; check it in the handler
    /// ```
    pub static META = { id: "axum-path-template", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct AxumPathTemplate;

impl Rule for AxumPathTemplate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::PathItem.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(path) = v.path.filter(|p| p.starts_with('/')) else {
            return;
        };
        for segment in path.split('/') {
            let params = template_params(segment);
            let whole = params.len() == 1 && segment.starts_with('{') && segment.ends_with('}');
            if params.is_empty() || whole {
                continue;
            }
            let why = if params.len() > 1 {
                "holds several parameters"
            } else {
                "mixes literal text and a parameter"
            };
            cx.report_key(
                &META,
                v.file,
                v.ptr,
                format!("path segment `{segment}` {why}: axum routes only whole-segment parameters"),
            )
            .help("make the parameter the whole segment (e.g. `/files/{name}`) and split the value in the handler");
        }
    }
}
