use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A parameter has no `description`, or an empty one.
    ///
    /// The name alone rarely says what a parameter does, which values it takes or what happens when it
    /// is left out; documentation and generated doc comments show the description. Off by default, as
    /// in Spectral's `spectral:oas` and Redocly's `recommended`.
    ///
    /// Corresponds to Spectral's `oas3-parameter-description` and Redocly's `parameter-description`
    /// (an alias): every Parameter Object (of a path item, an operation or the reusable ones) once,
    /// wherever `$ref`s lead; an absent description at the parameter, an empty one at the
    /// `description`. Redocly also runs it on Swagger 2.0, and so does this rule; Spectral has a 2.0
    /// twin, `oas2-parameter-description` (an alias: the same check). Objects that only look like parameters (a link's `parameters`) are not parameters.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// parameters:
    ///   - {name: limit, in: query, schema: {type: integer}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// parameters:
    ///   - name: limit
    ///     in: query
    ///     description: The most items to return (default 20).
    ///     schema: {type: integer}
    /// ```
    pub static META = {
        id: "oas3-parameter-description",
        severity: Off,
        aliases: ["parameter-description", "oas2-parameter-description"],
        versions: ANY_OAS,
    };
}

#[derive(Default)]
pub struct Oas3ParameterDescription;

impl Rule for Oas3ParameterDescription {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Parameter.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // Without `in` it is no parameter the peers recognise (the structural check reports it).
        if v.node.get("in").is_none() {
            return;
        }
        let what = match v.node.get("name").and_then(Node::as_str) {
            Some(name) => format!("parameter `{name}`"),
            None => "the parameter".to_owned(),
        };
        match v.node.get("description") {
            None => {
                cx.report_key(&META, v.file, v.ptr, format!("{what} has no `description`"))
                    .help("add a `description` saying what the parameter does and which values it takes");
            }
            Some(d) if !truthy(Some(d)) => {
                cx.report(
                    &META,
                    v.file,
                    &push(v.ptr, "description"),
                    format!("{what} has an empty `description`"),
                )
                .help("say what the parameter does and which values it takes");
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    #[test]
    fn parameters_without_description_are_reported_once() {
        let doc = "openapi: 3.0.3\npaths:\n  /a:\n    parameters: [{$ref: '#/components/parameters/p'}]\n    get:\n      parameters:\n        - {$ref: '#/components/parameters/p'}\n        - {name: q, in: query, description: '', schema: {type: string}}\n        - {name: r, in: query, description: Rows., schema: {type: string}}\n      responses:\n        '200':\n          description: ok\n          links: {l: {operationId: x, parameters: {in: body}}}\ncomponents:\n  parameters:\n    p: {name: p, in: query, schema: {type: string}}\n    nameless: {in: query}\n";
        assert_eq!(
            pointers("oas3-parameter-description", doc),
            [
                "/components/parameters/nameless",
                "/components/parameters/p",
                "/paths/~1a/get/parameters/1/description"
            ]
        );
    }

    #[test]
    fn swagger_2_0_parameters_are_checked() {
        let doc = "swagger: '2.0'\npaths:\n  /a:\n    get:\n      parameters: [{name: q, in: query, type: string}]\n      responses: {'200': {description: ok}}\n";
        assert_eq!(pointers("oas3-parameter-description", doc), ["/paths/~1a/get/parameters/0"]);
    }
}
