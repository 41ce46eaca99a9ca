//! How generated code names the runtime crate (`specgen-rt`): one `runtime!` line that states the
//! version the code was generated for and the features it needs, and brings the crate in as `rt`.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::ecma::Engine;
use crate::model::{Api, TypeKind};

/// What the runtime must provide for this output.
pub(super) struct Needs {
    pub server: bool,
    pub client: bool,
    /// A pattern needs the ECMA engine (lookaround or backreferences).
    pub ecma: bool,
}

impl Needs {
    pub(super) fn of(api: &Api, server: bool, client: bool) -> Self {
        let ecma = api.types.iter().any(|t| match &t.kind {
            TypeKind::Newtype(n) => matches!(n.checks.pattern, Some((_, Engine::Backtracking(_)))),
            _ => false,
        });
        Needs { server, client, ecma }
    }
}

/// `::specgen_rt::runtime!(pub rt, "0.1", server);`: expands to `pub use ::specgen_rt as rt;`, or to
/// one clear error when the crate's version or features do not fit.
pub(super) fn import(path: &syn::Path, needs: &Needs) -> TokenStream {
    let version = specgen_rt::VERSION;
    let features = [("server", needs.server), ("client", needs.client), ("ecma", needs.ecma)]
        .into_iter()
        .filter(|(_, on)| *on)
        .map(|(name, _)| ident(name));
    quote! {
        #path::runtime!(pub rt, #version #(, #features)*);
    }
}
