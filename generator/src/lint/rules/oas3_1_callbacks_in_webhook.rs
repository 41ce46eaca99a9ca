use super::oas3_1_servers_in_webhook::webhook_nodes;
use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A webhook's operation (OpenAPI 3.1 `webhooks`) declares `callbacks`.
    ///
    /// A webhook is already a call from the API to its consumer; a callback of it would be a call back
    /// from the consumer, which the API does not describe or serve. Tools ignore or misread them.
    ///
    /// Corresponds to Spectral's `oas3_1-callbacks-in-webhook` (wherever `$ref`s lead: a webhook whose
    /// Path Item is a `$ref` is checked too). Redocly has no such rule.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// webhooks:
    ///   newPet:
    ///     post:
    ///       callbacks:
    ///         ack: {'{$request.body#/ackUrl}': {post: {responses: {'200': {description: OK}}}}}
    ///       responses: {'200': {description: Received}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// webhooks:
    ///   newPet:
    ///     post:
    ///       responses: {'200': {description: Received}}
    /// ```
    pub static META = { id: "oas3_1-callbacks-in-webhook", severity: Warning, versions: OAS31 };
}

#[derive(Default)]
pub struct Oas31CallbacksInWebhook;

impl Rule for Oas31CallbacksInWebhook {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, _v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for hook in webhook_nodes(cx) {
            if hook.operation && hook.node.get("callbacks").is_some() {
                cx.report_key(
                    &META,
                    hook.file,
                    &push(&hook.ptr, "callbacks"),
                    "a webhook's operation declares `callbacks`",
                )
                .help("remove `callbacks`, or describe the consumer's follow-up request as a webhook of its own");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    #[test]
    fn callbacks_of_webhook_operations_are_reported() {
        let doc = "openapi: 3.1.0\nwebhooks:\n  a:\n    post:\n      callbacks: {}\n      responses: {'200': {description: ok}}\npaths:\n  /p:\n    post:\n      callbacks: {}\n      responses: {'200': {description: ok}}\n";
        assert_eq!(pointers("oas3_1-callbacks-in-webhook", doc), ["/webhooks/a/post/callbacks"]);
        let clean = "openapi: 3.1.0\nwebhooks:\n  a:\n    post: {responses: {'200': {description: ok}}}\n";
        assert!(pointers("oas3_1-callbacks-in-webhook", clean).is_empty());
    }
}
