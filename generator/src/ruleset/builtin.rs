//! `spectral:oas`: the rules Spectral 6.16.3's OpenAPI ruleset has, with the flags and severities it gives
//! them. A ruleset that extends it runs specgen's implementation of each rule (the linter's rule of the
//! same id, or whose aliases name it), at Spectral's severity.

use super::rule::Format;
use crate::diagnostic::Severity;

/// One rule of `spectral:oas`.
#[derive(Debug)]
pub struct Builtin {
    pub name: &'static str,
    /// Enabled by `extends: spectral:oas` (and `[spectral:oas, recommended]`); `all` enables every rule.
    pub recommended: bool,
    pub severity: Severity,
    /// Empty: every OpenAPI version.
    pub formats: &'static [Format],
}

const fn rule(name: &'static str, recommended: bool, severity: Severity, formats: &'static [Format]) -> Builtin {
    Builtin {
        name,
        recommended,
        severity,
        formats,
    }
}

use Format::{Oas2, Oas3, Oas3_0, Oas3_1, Oas3_2};
use Severity::{Error, Warning};

const ANY: &[Format] = &[];
const V2: &[Format] = &[Oas2];
const V3: &[Format] = &[Oas3];
const V2_30: &[Format] = &[Oas2, Oas3_0];
const V31_32: &[Format] = &[Oas3_1, Oas3_2];
const V32: &[Format] = &[Oas3_2];

/// The rules in Spectral's order.
pub static SPECTRAL_OAS: &[Builtin] = &[
    rule("operation-success-response", true, Warning, ANY),
    rule("oas2-operation-formData-consume-check", true, Warning, V2),
    rule("operation-operationId-unique", true, Error, ANY),
    rule("operation-parameters", true, Warning, ANY),
    rule("operation-tag-defined", true, Warning, ANY),
    rule("path-params", true, Error, ANY),
    rule("contact-properties", false, Warning, ANY),
    rule("duplicated-entry-in-enum", true, Warning, ANY),
    rule("info-contact", true, Warning, ANY),
    rule("info-description", true, Warning, ANY),
    rule("info-license", false, Warning, ANY),
    rule("license-url", false, Warning, ANY),
    rule("no-eval-in-markdown", true, Warning, ANY),
    rule("no-script-tags-in-markdown", true, Warning, ANY),
    rule("openapi-tags-alphabetical", false, Warning, ANY),
    rule("openapi-tags-uniqueness", true, Error, ANY),
    rule("openapi-tags", false, Warning, ANY),
    rule("operation-description", true, Warning, ANY),
    rule("operation-operationId", true, Warning, ANY),
    rule("operation-operationId-valid-in-url", true, Warning, ANY),
    rule("operation-singular-tag", false, Warning, ANY),
    rule("operation-tags", true, Warning, ANY),
    rule("path-declarations-must-exist", true, Warning, ANY),
    rule("path-keys-no-trailing-slash", true, Warning, ANY),
    rule("path-not-include-query", true, Warning, ANY),
    rule("tag-description", false, Warning, ANY),
    rule("no-$ref-siblings", true, Error, V2_30),
    rule("array-items", true, Error, ANY),
    rule("typed-enum", true, Warning, ANY),
    rule("oas2-api-host", true, Warning, V2),
    rule("oas2-api-schemes", true, Warning, V2),
    rule("oas2-discriminator", true, Error, V2),
    rule("oas2-host-not-example", false, Warning, V2),
    rule("oas2-host-trailing-slash", true, Warning, V2),
    rule("oas2-parameter-description", false, Warning, V2),
    rule("oas2-operation-security-defined", true, Warning, V2),
    rule("oas2-valid-schema-example", true, Error, V2),
    rule("oas2-valid-media-example", true, Error, V2),
    rule("oas2-anyOf", true, Warning, V2),
    rule("oas2-oneOf", true, Warning, V2),
    rule("oas2-schema", true, Error, V2),
    rule("oas2-unused-definition", true, Warning, V2),
    rule("oas3-api-servers", true, Warning, V3),
    rule("oas3-examples-value-or-externalValue", true, Warning, V3),
    rule("oas3-operation-security-defined", true, Warning, V3),
    rule("oas3-parameter-description", false, Warning, V3),
    rule("oas3-server-not-example.com", false, Warning, V3),
    rule("oas3-server-trailing-slash", true, Warning, V3),
    rule("oas3-valid-media-example", true, Error, V3),
    rule("oas3-valid-schema-example", true, Error, V3),
    rule("oas3-schema", true, Error, V3),
    rule("oas3-unused-component", true, Warning, V3),
    rule("oas3-server-variables", true, Error, ANY),
    rule("oas3-callbacks-in-callbacks", true, Warning, V3),
    rule("oas3_1-servers-in-webhook", true, Warning, V31_32),
    rule("oas3_1-callbacks-in-webhook", true, Warning, V31_32),
    rule("oas3_2-no-deprecated-xml-attribute", true, Warning, V32),
];

/// The built-in ruleset named in `extends`.
pub fn named(name: &str) -> Option<&'static [Builtin]> {
    (name == "spectral:oas").then_some(SPECTRAL_OAS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = SPECTRAL_OAS.iter().map(|b| b.name).collect();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len());
    }

    /// Every rule of `spectral:oas` runs as one of specgen's, on the versions Spectral runs it on (the
    /// linter reads 3.2 as 3.1): none is left unimplemented.
    #[test]
    fn every_rule_is_implemented_for_its_versions() {
        use crate::lint::rule::{OAS2, OAS30, OAS31, Versions};
        let versions = |f: &Format| -> Versions {
            match f {
                Format::Oas2 => OAS2,
                Format::Oas3 => OAS30 | OAS31,
                Format::Oas3_0 => OAS30,
                Format::Oas3_1 | Format::Oas3_2 => OAS31,
                Format::Other => 0,
            }
        };
        for b in SPECTRAL_OAS {
            let meta = crate::lint::rules::meta(b.name).unwrap_or_else(|| panic!("`{}` is not implemented", b.name));
            for f in b.formats {
                assert!(
                    meta.applies_to(versions(f)),
                    "`{}` ({}) does not run on {f:?}",
                    b.name,
                    meta.id
                );
            }
        }
    }
}
