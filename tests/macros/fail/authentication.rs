// Authentication is never left out: an impl without the principal type and the schemes' methods gets
// one error that lists them, `not_implemented` or not; an authentication method of the wrong shape is
// reported at the wrong part, with the expected signature.
mod api {
    specgen_macros::generate!("specs/server.yaml");
}
use api::*;

struct Nothing;

#[specgen_macros::handlers(spec = "specs/server.yaml", not_implemented)]
impl ServerFixtureApi for Nothing {}

struct Wrong;

#[specgen_macros::handlers(spec = "specs/server.yaml", not_implemented)]
impl ServerFixtureApi for Wrong {
    type Principal = u64;

    async fn authenticate_key(&self, _key: Bearer, _scopes: Vec<String>, _cx: &rt::RequestContext) -> Result<u64, rt::AuthError> {
        Ok(1)
    }
    async fn authenticate_bearer(&self, _token: Bearer, _scopes: &[&str], _cx: &rt::RequestContext) -> Option<u64> {
        None
    }
}

fn main() {}
