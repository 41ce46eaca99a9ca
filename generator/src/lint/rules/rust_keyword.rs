use super::helpers::{NameKind, rust_names};
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A property, parameter or schema name that is a Rust keyword (`type`, `match`, `self`, `Self`).
    ///
    /// Nothing is wrong on the wire; the message says the Rust name the generator will use instead
    /// (`r#type`, `self_`), which callers will have to write.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// properties:
    ///   type: {type: string}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// properties:
    ///   kind: {type: string}
    /// ```
    pub static META = { id: "rust-keyword", severity: Info, versions: ANY_OAS };
}

#[derive(Default)]
pub struct RustKeyword;

impl Rule for RustKeyword {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Schema.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some((kind, names)) = rust_names(cx, v) else { return };
        let what = match kind {
            NameKind::Schema => "schema type",
            NameKind::Property => "field",
            NameKind::Parameter => "parameter",
        };
        for n in names {
            let rust = kind.case().apply(n.name);
            let bare = rust.strip_prefix("r#").or_else(|| rust.strip_suffix('_'));
            let keyword = rust != n.name
                && bare.is_some_and(|b| rust.starts_with("r#") || ["self", "Self", "super", "crate"].contains(&b));
            if !keyword {
                continue;
            }
            let span = match kind {
                NameKind::Parameter => cx.location(n.file, &n.ptr).span,
                _ => cx.key_span(n.file, &n.ptr),
            };
            cx.report_span(
                &META,
                n.file,
                &n.ptr,
                span,
                format!(
                    "`{}` is a Rust keyword; the generator will name the {what} `{rust}`",
                    n.name
                ),
            )
            .help("nothing to fix on the wire; rename it if you want a plain Rust name");
        }
    }
}
