// What `#[handlers]` expects matches the generated trait for every kind of parameter: either of two
// schemes (`Credentials`), optional security (`Option<Key>`), path, query and header structs,
// required and optional bodies of each media type.
mod api {
    specgen_macros::generate!("specs/server.yaml");
}
use api::*;

struct Service;

#[specgen_macros::handlers(spec = "specs/server.yaml")]
impl ServerFixtureApi for Service {
    async fn get_item(
        &self,
        _auth: Credentials,
        _path: ItemsItemIdPath,
        _query: GetItemQuery,
        _headers: GetItemHeaders,
    ) -> GetItemResponse {
        todo!("never called: this case only builds the router")
    }
    async fn put_item(&self, _auth: Credentials, _path: ItemsItemIdPath, _body: Item) -> PutItemResponse {
        todo!()
    }
    async fn add_note(&self, _body: Option<String>) -> AddNoteResponse {
        todo!()
    }
    async fn submit_form(&self, _auth: Option<Key>, _body: SubmitFormRequest) -> SubmitFormResponse {
        todo!()
    }
}

fn main() {
    let _app: axum::Router = Service.into_router();
}
