use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 document has no `schemes`, or they are not a non-empty list of strings.
    ///
    /// Without `schemes`, clients use the scheme the document was fetched with, which says nothing about
    /// whether the API itself takes `https`; generated clients cannot build a base URL.
    ///
    /// Spectral's `oas2-api-schemes`: a missing `schemes` is reported at the document (the span is the
    /// `swagger` key), one that is not a list or is empty at `schemes`, a list holding something other
    /// than a string at the first such item. Whether each scheme is one Swagger 2.0 knows is
    /// `oas2-schema`'s to say.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// info: {title: Pets, version: '1.0'}
    /// host: api.petstore.io
    /// paths: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// info: {title: Pets, version: '1.0'}
    /// host: api.petstore.io
    /// schemes: [https]
    /// paths: {}
    /// ```
    pub static META = { id: "oas2-api-schemes", severity: Warning, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2ApiSchemes;

const HELP: &str = "list the schemes the API is served with: `schemes: [https]`";

impl Rule for Oas2ApiSchemes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let at = push(v.ptr, "schemes");
        let Some(schemes) = v.node.get("schemes") else {
            let span = cx.key_span(v.file, "/swagger");
            cx.report_span(&META, v.file, "", span, "the document has no `schemes`")
                .help(HELP);
            return;
        };
        match schemes.as_array() {
            None => {
                cx.report(&META, v.file, &at, "`schemes` is not a list").help(HELP);
            }
            Some([]) => {
                cx.report(&META, v.file, &at, "`schemes` is empty").help(HELP);
            }
            Some(items) => {
                if let Some(i) = items.iter().position(|s| s.as_str().is_none()) {
                    cx.report(
                        &META,
                        v.file,
                        &push(&at, &i.to_string()),
                        "a scheme is not a string",
                    )
                    .help("write the scheme's name: `http`, `https`, `ws` or `wss`");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(text: &str) -> Vec<String> {
        pointers(super::META.id, text)
    }

    // Spectral's `oas2-api-schemes.test.ts`.
    #[test]
    fn spectral_cases() {
        assert!(found("swagger: '2.0'\npaths: {}\nschemes: [http]\n").is_empty(), "valid case");
        assert_eq!(found("swagger: '2.0'\npaths: {}\n"), [""], "schemes is missing");
        assert_eq!(found("swagger: '2.0'\npaths: {}\nschemes: []\n"), ["/schemes"], "empty");
    }

    #[test]
    fn not_a_list_or_a_list_of_other_things() {
        assert_eq!(found("swagger: '2.0'\npaths: {}\nschemes: https\n"), ["/schemes"]);
        assert_eq!(found("swagger: '2.0'\npaths: {}\nschemes: null\n"), ["/schemes"]);
        assert_eq!(
            found("swagger: '2.0'\npaths: {}\nschemes: [http, 1, 2]\n"),
            ["/schemes/1"],
            "the first item that is not a string, as Spectral reports it"
        );
    }
}
