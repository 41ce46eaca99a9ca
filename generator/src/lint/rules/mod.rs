//! The rules, one per file. [`rules!`] below is the only list of them: the walker, the documentation
//! and SARIF's rule list all come from it.

use super::rule::{Rule, RuleMeta};

/// The ids of the structural rules (other parts of the linter refer to them).
pub const OAS3_SCHEMA: &str = "oas3-schema";
pub const OAS2_SCHEMA: &str = "oas2-schema";

macro_rules! rules {
    ($($module:ident => $ty:ident),* $(,)?) => {
        $(mod $module;)*

        /// Every rule the walker runs.
        pub static WALKED: &[&RuleMeta] = &[$(&$module::META),*];

        /// An instance of every rule `enabled` accepts, fresh for one lint.
        pub fn instantiate(enabled: &dyn Fn(&'static RuleMeta) -> bool) -> Vec<Box<dyn Rule>> {
            let mut out: Vec<Box<dyn Rule>> = Vec::new();
            $(
                if enabled(&$module::META) {
                    out.push(Box::<$module::$ty>::default());
                }
            )*
            out
        }
    };
}

mod codegen;
mod examples;
mod helpers;
mod loader;
#[cfg(test)]
mod testing;
mod unused;

rules! {
    array_items => ArrayItems,
    contact_properties => ContactProperties,
    duplicated_entry_in_enum => DuplicatedEntryInEnum,
    example_readonly_writeonly => ExampleReadonlyWriteonly,
    example_unlisted_property => ExampleUnlistedProperty,
    info_contact => InfoContact,
    info_description => InfoDescription,
    info_license => InfoLicense,
    license_url => LicenseUrl,
    no_ambiguous_paths => NoAmbiguousPaths,
    no_eval_in_markdown => NoEvalInMarkdown,
    no_illogical_composition_keywords => NoIllogicalCompositionKeywords,
    no_mixed_number_range_constraints => NoMixedNumberRangeConstraints,
    no_ref_siblings => NoRefSiblings,
    no_schema_type_mismatch => NoSchemaTypeMismatch,
    no_script_tags_in_markdown => NoScriptTagsInMarkdown,
    no_server_variables_empty_enum => NoServerVariablesEmptyEnum,
    no_unsafe_markdown => NoUnsafeMarkdown,
    nullable_without_type => NullableWithoutType,
    oas2_any_of => Oas2AnyOf,
    oas2_api_host => Oas2ApiHost,
    oas2_api_schemes => Oas2ApiSchemes,
    oas2_discriminator => Oas2Discriminator,
    oas2_host_not_example => Oas2HostNotExample,
    oas2_host_trailing_slash => Oas2HostTrailingSlash,
    oas2_one_of => Oas2OneOf,
    oas2_operation_form_data_consume_check => Oas2OperationFormDataConsumeCheck,
    oas2_schema => Oas2Schema,
    oas2_unused_definition => Oas2UnusedDefinition,
    oas2_valid_media_example => Oas2ValidMediaExample,
    oas2_valid_schema_example => Oas2ValidSchemaExample,
    oas3_1_callbacks_in_webhook => Oas31CallbacksInWebhook,
    oas3_1_servers_in_webhook => Oas31ServersInWebhook,
    oas3_2_no_deprecated_xml_attribute => Oas32NoDeprecatedXmlAttribute,
    oas3_api_servers => Oas3ApiServers,
    oas3_callbacks_in_callbacks => Oas3CallbacksInCallbacks,
    oas3_examples_value_or_external_value => Oas3ExamplesValueOrExternalValue,
    oas3_links_parameters_expression => Oas3LinksParametersExpression,
    oas3_operation_security_defined => Oas3OperationSecurityDefined,
    oas3_parameter_description => Oas3ParameterDescription,
    oas3_schema => Oas3Schema,
    oas3_server_not_example_com => Oas3ServerNotExampleCom,
    oas3_server_trailing_slash => Oas3ServerTrailingSlash,
    oas3_server_variables => Oas3ServerVariables,
    oas3_unused_component => Oas3UnusedComponent,
    oas3_valid_media_example => Oas3ValidMediaExample,
    oas3_valid_schema_example => Oas3ValidSchemaExample,
    openapi_tags => OpenapiTags,
    openapi_tags_alphabetical => OpenapiTagsAlphabetical,
    openapi_tags_uniqueness => OpenapiTagsUniqueness,
    operation_2xx_response => Operation2xxResponse,
    operation_4xx_response => Operation4xxResponse,
    operation_description => OperationDescription,
    operation_operation_id => OperationOperationId,
    operation_operation_id_unique => OperationOperationIdUnique,
    operation_operation_id_valid_in_url => OperationOperationIdValidInUrl,
    operation_parameters => OperationParameters,
    operation_singular_tag => OperationSingularTag,
    operation_success_response => OperationSuccessResponse,
    operation_summary => OperationSummary,
    operation_tag_defined => OperationTagDefined,
    operation_tags => OperationTags,
    path_declarations_must_exist => PathDeclarationsMustExist,
    path_item_ref_siblings => PathItemRefSiblings,
    path_keys_no_trailing_slash => PathKeysNoTrailingSlash,
    path_not_include_query => PathNotIncludeQuery,
    path_params => PathParams,
    paths_kebab_case => PathsKebabCase,
    pattern_backtracking => PatternBacktracking,
    pattern_invalid => PatternInvalid,
    pattern_unanchored => PatternUnanchored,
    pattern_unanchored_identifier => PatternUnanchoredIdentifier,
    ref_not_allowed => RefNotAllowed,
    required_property_undefined => RequiredPropertyUndefined,
    rust_keyword => RustKeyword,
    security_defined => SecurityDefined,
    security_scopes_defined => SecurityScopesDefined,
    spec_components_invalid_map_name => SpecComponentsInvalidMapName,
    tag_description => TagDescription,
    typed_enum => TypedEnum,
    unenforced_constraint => UnenforcedConstraint,
    unused_security_scheme => UnusedSecurityScheme,
}

/// Every rule and finding code, sorted by id: the walked rules and the codes the loader and the
/// linter's own machinery report.
pub fn all() -> Vec<&'static RuleMeta> {
    let mut out: Vec<&'static RuleMeta> = WALKED
        .iter()
        .copied()
        .chain(loader::CODES.iter().copied())
        .chain(codegen::CODES.iter().copied())
        .collect();
    out.sort_by_key(|m| m.id);
    out
}

/// The rule named `name`, by id or alias.
pub fn meta(name: &str) -> Option<&'static RuleMeta> {
    let find = |m: &&&'static RuleMeta| m.id == name;
    let alias = |m: &&&'static RuleMeta| m.aliases.contains(&name);
    let every = || WALKED.iter().chain(loader::CODES).chain(codegen::CODES);
    every().find(find).or_else(|| every().find(alias)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_aliases_are_unique_and_documented() {
        let all = all();
        let mut names: Vec<&str> = all
            .iter()
            .flat_map(|m| std::iter::once(m.id).chain(m.aliases.iter().copied()))
            .collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n, "an id or alias is used twice");
        for m in &all {
            assert!(!m.summary().is_empty(), "{} has no doc comment", m.id);
            if WALKED.iter().any(|w| w.id == m.id) {
                assert!(
                    m.docs.contains("```yaml"),
                    "{}: the docs need a bad and a good example",
                    m.id
                );
            }
        }
    }
}
