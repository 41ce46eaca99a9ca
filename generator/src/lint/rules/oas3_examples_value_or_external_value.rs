use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};

declare_rule! {
    /// An Example Object has both `value` and `externalValue`, or neither.
    ///
    /// The two are mutually exclusive; with both, tools pick one at random, and with neither the example
    /// shows nothing.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// examples:
    ///   cat:
    ///     summary: A cat
    ///     value: {name: Tom}
    ///     externalValue: 'https://example.com/cat.json'
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// examples:
    ///   cat:
    ///     summary: A cat
    ///     value: {name: Tom}
    /// ```
    pub static META = {
        id: "oas3-examples-value-or-externalValue",
        severity: Warning,
        aliases: ["no-example-value-and-externalValue"],
        versions: OAS30 | OAS31,
    };
}

#[derive(Default)]
pub struct Oas3ExamplesValueOrExternalValue;

impl Rule for Oas3ExamplesValueOrExternalValue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Example.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.node.as_object().is_none() {
            return;
        }
        match (v.node.get("value").is_some(), v.node.get("externalValue").is_some()) {
            (true, true) => {
                cx.report_key(&META, v.file, v.ptr, "the example has both `value` and `externalValue`")
                    .help("keep one of them");
            }
            (false, false) => {
                cx.report_key(
                    &META,
                    v.file,
                    v.ptr,
                    "the example has neither `value` nor `externalValue`",
                )
                .help("add the example's `value`");
            }
            _ => {}
        }
    }
}
