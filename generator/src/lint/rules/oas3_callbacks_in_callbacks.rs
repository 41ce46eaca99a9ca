use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A callback's operation defines callbacks of its own.
    ///
    /// Callbacks of callbacks describe requests the API's clients would make back to it in reaction to
    /// its own callbacks; tools do not support them and it is almost always a nesting mistake.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// callbacks:
    ///   onEvent:
    ///     '{$request.body#/url}':
    ///       post:
    ///         callbacks: {nested: {}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// callbacks:
    ///   onEvent:
    ///     '{$request.body#/url}':
    ///       post:
    ///         responses: {'200': {description: OK}}
    /// ```
    pub static META = { id: "oas3-callbacks-in-callbacks", severity: Warning, versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct Oas3CallbacksInCallbacks;

impl Rule for Oas3CallbacksInCallbacks {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // A callback's path item is keyed by a runtime expression, not a `/path`.
        let in_callback = v.path.is_some_and(|p| !p.starts_with('/')) || v.ptr.contains("/callbacks/");
        if in_callback && v.node.get("callbacks").is_some() {
            cx.report_key(
                &META,
                v.file,
                &push(v.ptr, "callbacks"),
                "a callback operation defines callbacks of its own",
            )
            .help("move the nested callbacks to the operation that triggers them");
        }
    }
}
