// What `#[handlers]` expects matches the generated trait for every kind of parameter: the request
// context, the principal of either of two schemes (as `Self::Principal` or as the impl's type), optional
// security (`Option<..>`), path, query and header structs, required and optional bodies of each media
// type; and the authentication methods of both schemes.
mod api {
    specgen_macros::generate!("specs/server.yaml");
}
use api::*;

struct Service;

struct User(#[allow(dead_code)] String);

#[specgen_macros::handlers(spec = "specs/server.yaml")]
impl ServerFixtureApi for Service {
    type Principal = User;

    async fn authenticate_key(&self, key: Key, _scopes: &[&str], _cx: &rt::RequestContext) -> Result<User, rt::AuthError> {
        Ok(User(key.0))
    }
    fn authenticate_bearer(
        &self,
        _token: Bearer,
        _scopes: &[&str],
        _cx: &api::rt::RequestContext,
    ) -> impl std::future::Future<Output = Result<Self::Principal, rt::AuthError>> + Send {
        std::future::ready(Err(rt::AuthError::unauthorized("no bearer tokens here")))
    }
    async fn get_item(
        &self,
        _cx: rt::RequestContext,
        _principal: Self::Principal,
        _path: ItemsItemIdPath,
        _query: GetItemQuery,
        _headers: GetItemHeaders,
    ) -> GetItemResponse {
        todo!("never called: this case only builds the router")
    }
    async fn put_item(&self, _cx: rt::RequestContext, _principal: User, _path: ItemsItemIdPath, _body: Item) -> PutItemResponse {
        todo!()
    }
    async fn add_note(&self, _cx: rt::RequestContext, _body: Option<String>) -> AddNoteResponse {
        todo!()
    }
    async fn submit_form(&self, _cx: rt::RequestContext, _principal: Option<User>, _body: SubmitFormRequest) -> SubmitFormResponse {
        todo!()
    }
}

fn main() {
    let _app: axum::Router = Service.into_router();
}
