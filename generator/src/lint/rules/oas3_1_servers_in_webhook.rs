use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Spec};
use crate::source::FileId;

declare_rule! {
    /// A webhook (OpenAPI 3.1 `webhooks`) declares `servers`.
    ///
    /// A webhook is a request the API sends to a URL its consumer registered, so no server of the
    /// document's applies to it: `servers` there mislead readers and tools into thinking the API
    /// receives the call.
    ///
    /// Corresponds to Spectral's `oas3_1-servers-in-webhook`, which reports `servers` on a webhook's
    /// operations and a `servers` entry directly under `webhooks`. This rule reports those (the latter
    /// when it is a list, i.e. servers written where webhooks go, not a webhook named `servers`) and
    /// also `servers` on a webhook's Path Item, which Spectral misses. Redocly has no such rule.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// webhooks:
    ///   newPet:
    ///     post:
    ///       servers: [{url: 'https://pets.example.org'}]
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
    pub static META = { id: "oas3_1-servers-in-webhook", severity: Warning, versions: OAS31 };
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// A webhook's Path Item or one of its operations, where it lives (`$ref`s followed).
pub struct WebhookNode<'a> {
    pub file: FileId,
    pub ptr: String,
    pub node: &'a Node,
    /// An operation rather than the Path Item.
    pub operation: bool,
}

/// Every webhook's Path Item and operations, in document order.
pub fn webhook_nodes<'a>(cx: &Cx<'a>) -> Vec<WebhookNode<'a>> {
    let mut out = Vec::new();
    let (file, root) = (Spec::ROOT, cx.spec.root());
    let Some(hooks) = root.get("webhooks").and_then(|h| cx.resolve(file, "/webhooks", h)) else {
        return out;
    };
    for (name, e) in hooks.node.as_object().into_iter().flatten() {
        let at = push(hooks.ptr.as_str(), name);
        let Some(item) = cx.resolve(hooks.file, &at, &e.node) else {
            continue;
        };
        let item_ptr = item.ptr.as_str().to_owned();
        let operations: Vec<WebhookNode<'a>> = METHODS
            .iter()
            .filter_map(|method| {
                let op_ptr = push(&item_ptr, method);
                let op = cx.resolve(item.file, &op_ptr, item.node.get(method)?)?;
                Some(WebhookNode {
                    file: op.file,
                    ptr: op.ptr.as_str().to_owned(),
                    node: op.node,
                    operation: true,
                })
            })
            .collect();
        out.push(WebhookNode {
            file: item.file,
            ptr: item_ptr,
            node: item.node,
            operation: false,
        });
        out.extend(operations);
    }
    out
}

#[derive(Default)]
pub struct Oas31ServersInWebhook;

impl Rule for Oas31ServersInWebhook {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let listed = v.node.get("webhooks").and_then(|h| h.get("servers"));
        if listed.and_then(Node::as_array).is_some() {
            cx.report_key(&META, v.file, "/webhooks/servers", "`servers` is listed under `webhooks`")
                .help("remove it: `webhooks` maps names to Path Items, and the consumer's URL serves a webhook");
        }
        for hook in webhook_nodes(cx) {
            if hook.node.get("servers").is_none() {
                continue;
            }
            let what = if hook.operation { "operation" } else { "Path Item" };
            cx.report_key(
                &META,
                hook.file,
                &push(&hook.ptr, "servers"),
                format!("a webhook's {what} declares `servers`"),
            )
            .help("remove `servers`: the API calls the URL its consumer registered, not one of its servers");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    #[test]
    fn servers_in_webhooks_are_reported() {
        let doc = "openapi: 3.1.0\nwebhooks:\n  servers: []\n  a:\n    servers: [{url: 'https://x.org'}]\n    post:\n      servers: []\n      responses: {'200': {description: ok}}\n  b: {$ref: '#/components/pathItems/b'}\ncomponents:\n  pathItems:\n    b:\n      get:\n        servers: []\n        responses: {'200': {description: ok}}\npaths:\n  /p:\n    servers: [{url: 'https://x.org'}]\n    get: {servers: [], responses: {'200': {description: ok}}}\n";
        assert_eq!(
            pointers("oas3_1-servers-in-webhook", doc),
            [
                "/components/pathItems/b/get/servers",
                "/webhooks/a/post/servers",
                "/webhooks/a/servers",
                "/webhooks/servers"
            ]
        );
    }

    #[test]
    fn a_webhook_named_servers_is_a_webhook() {
        let doc = "openapi: 3.1.0\nwebhooks:\n  servers:\n    post: {responses: {'200': {description: ok}}}\n";
        assert!(pointers("oas3_1-servers-in-webhook", doc).is_empty());
    }
}
