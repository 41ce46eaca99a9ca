// A handler whose name is no operation's: a suggestion when one is close, the list when none is.
mod api {
    specgen_macros::generate!("specs/pets.yaml");
}
use api::*;

struct Service;

#[specgen_macros::handlers(spec = "specs/pets.yaml")]
impl PetStoreApi for Service {
    async fn list_pets(&self, _cx: rt::RequestContext, _query: ListPetsQuery) -> ListPetsResponse {
        ListPetsResponse::Ok(Vec::new())
    }
    async fn create_pet(&self, _cx: rt::RequestContext, _body: Option<Pet>) -> CreatePetResponse {
        CreatePetResponse::Created
    }
    async fn show_pet_by_idd(&self, _cx: rt::RequestContext, _path: ShowPetByIdPath) -> ShowPetByIdResponse {
        ShowPetByIdResponse::NotFound
    }
    async fn showPetById(&self, _cx: rt::RequestContext, _path: ShowPetByIdPath) -> ShowPetByIdResponse {
        ShowPetByIdResponse::NotFound
    }
    async fn delete_pet(&self) {}
}

fn main() {}
