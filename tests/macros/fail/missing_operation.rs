// Two of the spec's three operations have no handler: one error at the impl lists both.
mod api {
    specgen_macros::generate!("specs/pets.yaml");
}

struct Service;

#[specgen_macros::handlers(spec = "specs/pets.yaml")]
impl api::PetStoreApi for Service {
    async fn list_pets(&self, _cx: api::rt::RequestContext, _query: api::ListPetsQuery) -> api::ListPetsResponse {
        api::ListPetsResponse::Ok(Vec::new())
    }
}

fn main() {
    let _app = Service.into_router();
}
