// Every problem of an impl is reported in one build, not the first only.
mod api {
    specgen_macros::generate!("specs/pets.yaml");
}

struct Service;

#[specgen_macros::handlers(spec = "specs/pets.yaml")]
impl api::PetStoreApi for Service {
    async fn list_pets(&self, _cx: api::rt::RequestContext, _query: api::ShowPetByIdPath) -> api::ShowPetByIdResponse {
        api::ShowPetByIdResponse::NotFound
    }
    async fn list_pet(&self, _cx: api::rt::RequestContext, _query: api::ListPetsQuery) -> api::ListPetsResponse {
        api::ListPetsResponse::Ok(Vec::new())
    }
    async fn create_pet(&mut self, _cx: api::rt::RequestContext, _body: api::Pet) -> api::CreatePetResponse {
        api::CreatePetResponse::Created
    }
}

fn main() {}
