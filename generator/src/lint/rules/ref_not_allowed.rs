use crate::declare_rule;
use crate::lint::rule::{OAS2, OAS30, Rule, RuleMeta};

declare_rule! {
    /// A `$ref` where OpenAPI 3.0 (or Swagger 2.0) allows none: in place of an Operation Object, a
    /// description string, a Server Object, and everywhere else the schema expects an object of its own.
    ///
    /// OpenAPI 3.0 allows references only where the specification says "Reference Object" (schemas,
    /// parameters, responses, ...) and for whole path items; Swagger 2.0 likewise. specgen resolves the
    /// others too and checks their targets as what the place expects, but other tools may ignore or
    /// reject them. Reported by the structural check (`oas3-schema`, `oas2-schema`), which must be on
    /// for this to run.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /droplets:
    ///     get:
    ///       $ref: 'resources/droplets/list.yml'
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /droplets:
    ///     $ref: 'resources/droplets/path.yml'   # a whole Path Item may be a reference
    /// ```
    pub static META = { id: "ref-not-allowed", severity: Warning, versions: OAS2 | OAS30 };
}

/// Its findings come from `oas3-schema`'s walk; this rule only declares the id.
#[derive(Default)]
pub struct RefNotAllowed;

impl Rule for RefNotAllowed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        // Nothing to visit: `oas3-schema` reports for it.
        0
    }
}
