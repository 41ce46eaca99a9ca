//! Compile-time code generation from OpenAPI specs, with no build script and no committed code.
//!
//! - [`generate!`] expands to exactly what `specgen generate` writes for a spec.
//! - [`#[handlers]`](macro@handlers) checks an `impl` of the generated route trait against the spec
//!   and derives `into_router()` for it.
//!
//! Both call the `specgen` library (the same [`specgen::Generator`] the CLI uses), so nothing is
//! generated twice, and a spec problem is a compile error that names the spec's file, line and column.

mod generate;
mod handlers;
mod options;
mod types;

use proc_macro::TokenStream;

/// Generates the types, the route trait and the axum router of an OpenAPI spec, in place.
///
/// ```ignore
/// mod api {
///     specgen_macros::generate!("specs/smarterproctoring.yaml");
/// }
/// ```
///
/// - The path is relative to the calling crate's `CARGO_MANIFEST_DIR`.
/// - The expansion is the output of `specgen generate` for the same spec and settings, token for
///   token, after one `const _` that makes the crate rebuild when the spec or a file it `$ref`s
///   changes. Review it with `specgen generate` or `cargo expand`.
/// - Options mirror [`specgen::Generator`] and the CLI's flags one to one:
///   `server = false` (`--no-server`: types only), `client = true` (`--client`: a typed reqwest
///   client too), `root_dir = "dir"` (`--root-dir`: the folder `$ref`s may not leave, relative to
///   `CARGO_MANIFEST_DIR`), `runtime_path = "path"` (`--runtime-path`: how the code names
///   specgen-rt, `::specgen_rt` by default) and `optional_nullable_as_option = true`
///   (`--optional-nullable-as-option`: an optional nullable property is `Option<T>`, not
///   `Option<Option<T>>`).
/// - A spec problem is a `compile_error!` at the path, as `specgen lint` says it.
///
/// The crate needs what generated code uses: `specgen-rt` (with its `server` feature for the router,
/// `client` for the client, `ecma` for lookaround patterns; a missing one is a compile error that names
/// it), `serde` (derive) and `serde_json`; `axum` 0.8 to serve the router.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    specgen::stack::deep(|| generate::expand(input.into()).into())
}

/// Checks an implementation of a spec's route trait against the spec, and derives its router.
///
/// ```ignore
/// #[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml")]
/// impl api::SmarterProctoringApi for Service {
///     type Principal = User;
///
///     async fn authenticate_token(&self, token: api::Token, scopes: &[&str], cx: &api::rt::RequestContext)
///         -> Result<User, api::rt::AuthError> {
///         todo!()
///     }
///
///     async fn update_course_offering(&self, cx: api::rt::RequestContext, user: User,
///                                     path: api::CourseOfferingsOfferingSidPath,
///                                     body: api::UpdateCourseOfferingRequest) -> api::UpdateCourseOfferingResponse {
///         todo!()
///     }
/// }
/// let app: axum::Router = Service.into_router();
/// ```
///
/// Each method is an `async fn` (or returns `impl Future<Output = ..> + Send`) named after its
/// operation; it receives the request's context, the principal (for an operation with security) and
/// validated input, and answers with the operation's response enum. A spec with security also needs
/// `type Principal` and one `authenticate_*` method per scheme, checked the same way; they are never
/// stubbed, since no stand-in can authenticate. All problems are reported at once, each at the
/// offending part of the impl:
/// - an operation without a method (listed by operationId), unless `not_implemented` is given:
///   then such operations answer `501 Not Implemented`;
/// - a missing `type Principal` or `authenticate_*` method (listed with their signatures);
/// - a method that matches no operation (`did you mean ...?`);
/// - a parameter or return type other than the generated one (any path to it is fine:
///   `api::Token` or `Token`, but not an alias of it; `Self::Principal` may be written as the
///   impl's principal type).
///
/// Where the generated items are found: the macro names the trait's module for `router` and `rt`,
/// so write the trait as `api::SmarterProctoringApi` (where `api` holds the `generate!` expansion
/// or the generated file), or use the impl in a scope where `router` and `rt` are the generated
/// ones (the module of the expansion itself, or one with `use api::*`).
///
/// Besides the impl, it writes `Self::into_router(self) -> axum::Router` (an inherent method, so
/// `Self` must be a type of this crate). Options: `spec = "..."` (required, relative to
/// `CARGO_MANIFEST_DIR`), `root_dir = "..."` (as for [`generate!`]), `not_implemented`.
#[proc_macro_attribute]
pub fn handlers(attr: TokenStream, item: TokenStream) -> TokenStream {
    specgen::stack::deep(|| handlers::expand(attr.into(), item.into()).into())
}
