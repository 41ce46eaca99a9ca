use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// The `info.contact` object lacks a `name`, `url` or `email` (or one of them is empty).
    ///
    /// A contact with only some of the three leaves users without a way to reach the API's owners
    /// (no address) or without knowing who they are. Off by default, as in Spectral's `spectral:oas`
    /// (where `contact-properties` is not recommended); a document without `contact` is
    /// `info-contact`'s finding, not this one's.
    ///
    /// Corresponds to Spectral's `contact-properties`. Spectral reports the absent fields once, at the
    /// contact; so does this rule, naming them all in one finding, and an empty field at the field.
    /// Redocly has no such rule.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   contact: {name: API team}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   contact: {name: API team, url: 'https://pets.example.org/support', email: api@pets.example.org}
    /// ```
    pub static META = { id: "contact-properties", severity: Off, versions: ANY_OAS };
}

const FIELDS: [&str; 3] = ["name", "url", "email"];

#[derive(Default)]
pub struct ContactProperties;

impl Rule for ContactProperties {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(contact) = v.node.get("info").and_then(|i| i.get("contact")) else {
            return;
        };
        if contact.as_object().is_none() {
            return; // not an object: the structural check's finding
        }
        let ptr = push(&push(v.ptr, "info"), "contact");
        let absent: Vec<&str> = FIELDS.into_iter().filter(|f| contact.get(f).is_none()).collect();
        if !absent.is_empty() {
            let list = absent.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
            cx.report_key(&META, v.file, &ptr, format!("the contact has no {list}"))
                .help(format!("add {list} to `info.contact`, so users know whom to ask and how"));
        }
        for field in FIELDS {
            if contact.get(field).is_some_and(|n| !truthy(Some(n))) {
                cx.report(&META, v.file, &push(&ptr, field), format!("the contact's `{field}` is empty"))
                    .help(format!("give `{field}` a value, or remove it and say who to contact otherwise"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    const HEAD: &str = "openapi: 3.0.3\npaths: {}\ninfo:\n  title: t\n  version: '1'\n";

    #[test]
    fn absent_fields_are_one_finding_at_the_contact() {
        let found = super::super::testing::lint_rule("contact-properties", &format!("{HEAD}  contact: {{name: n}}\n"));
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("`url`, `email`"), "{}", found[0].message);
        assert_eq!(found[0].location.as_ref().unwrap().pointer, "/info/contact");
        assert!(found[0].help.is_some());
    }

    #[test]
    fn empty_fields_are_reported_at_the_field() {
        let text = format!("{HEAD}  contact: {{name: '', url: 'https://a.org', email: a@b.org}}\n");
        assert_eq!(pointers("contact-properties", &text), ["/info/contact/name"]);
    }

    #[test]
    fn a_complete_contact_or_none_is_fine_in_every_version() {
        let full = "  contact: {name: n, url: 'https://a.org', email: a@b.org}\n";
        assert!(pointers("contact-properties", &format!("{HEAD}{full}")).is_empty());
        assert!(pointers("contact-properties", HEAD).is_empty());
        let swagger = "swagger: '2.0'\npaths: {}\ninfo:\n  title: t\n  version: '1'\n  contact: {}\n";
        assert_eq!(pointers("contact-properties", swagger), ["/info/contact"]);
    }
}
