use crate::declare_rule;
use crate::lint::instance::{repeats, short};
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// An `enum` lists the same value twice.
    ///
    /// The duplicate adds nothing and a generated Rust enum would get two variants for one value.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// enum: [asc, desc, asc]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// enum: [asc, desc]
    /// ```
    pub static META = { id: "duplicated-entry-in-enum", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct DuplicatedEntryInEnum;

impl Rule for DuplicatedEntryInEnum {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit() | Kind::Parameter.bit() | Kind::Header.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(values) = v.node.get("enum").and_then(Node::as_array) else {
            return;
        };
        let enum_ptr = push(v.ptr, "enum");
        for (i, first) in repeats(values) {
            let first_loc = cx.location(v.file, &push(&enum_ptr, &first.to_string()));
            cx.report(
                &META,
                v.file,
                &push(&enum_ptr, &i.to_string()),
                format!("{} is listed twice in `enum`", short(&values[i])),
            )
            .help("remove the duplicate")
            .related(first_loc, "first listed here");
        }
    }
}
