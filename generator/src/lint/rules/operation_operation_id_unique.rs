use std::collections::HashMap;

use crate::declare_rule;
use crate::diagnostic::Location;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// Two operations share an `operationId`.
    ///
    /// The id names the operation in generated code (the method, the handler trait's function) and in
    /// links; two with one name cannot both exist.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// /pets:
    ///   get: {operationId: list, responses: {'200': {description: OK}}}
    /// /owners:
    ///   get: {operationId: list, responses: {'200': {description: OK}}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// /pets:
    ///   get: {operationId: listPets, responses: {'200': {description: OK}}}
    /// /owners:
    ///   get: {operationId: listOwners, responses: {'200': {description: OK}}}
    /// ```
    pub static META = { id: "operation-operationId-unique", severity: Error, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationOperationIdUnique {
    seen: HashMap<String, Location>,
}

impl Rule for OperationOperationIdUnique {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(id) = v.node.get("operationId").and_then(Node::as_str) else {
            return;
        };
        let ptr = push(v.ptr, "operationId");
        match self.seen.get(id) {
            Some(first) => {
                let first = first.clone();
                cx.report(
                    &META,
                    v.file,
                    &ptr,
                    format!("operationId `{id}` is already used by another operation"),
                )
                .help("give every operation its own operationId")
                .related(first, "first used here");
            }
            None => {
                let loc = cx.location(v.file, &ptr);
                self.seen.insert(id.to_owned(), loc);
            }
        }
    }
}
