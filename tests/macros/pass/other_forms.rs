// The other accepted forms: `-> impl Future<Output = ..> + Send` methods, the generated items in
// scope by a glob import, fully qualified paths to the generated types, generics on the impl,
// `not_implemented` for operations left out, and `generate!`'s options.
use std::future::Future;

mod pets {
    specgen_macros::generate!("specs/pets.yaml", root_dir = "specs");
}
mod types_only {
    specgen_macros::generate!("specs/pets.yaml", server = false);
}
use pets::*;

struct Store<T> {
    name: T,
}

#[specgen_macros::handlers(spec = "specs/pets.yaml", not_implemented)]
impl<T: Send + Sync + 'static> PetStoreApi for Store<T> {
    fn list_pets(&self, _cx: pets::rt::RequestContext, _query: crate::pets::ListPetsQuery) -> impl Future<Output = ListPetsResponse> + Send {
        async { ListPetsResponse::Ok(Vec::new()) }
    }
    fn create_pet(&self, _: crate::pets::rt::RequestContext, body: std::option::Option<Pet>) -> impl Future<Output = CreatePetResponse> + Send {
        let _ = body;
        std::future::ready(CreatePetResponse::Created)
    }
}

struct Strict;

#[specgen_macros::handlers(spec = "specs/pets.yaml", not_implemented = false)]
impl pets::PetStoreApi for Strict {
    async fn list_pets(&self, _: pets::rt::RequestContext, _: pets::ListPetsQuery) -> pets::ListPetsResponse {
        pets::ListPetsResponse::Ok(Vec::new())
    }
    async fn create_pet(&self, _: pets::rt::RequestContext, _: Option<pets::Pet>) -> pets::CreatePetResponse {
        pets::CreatePetResponse::Created
    }
    async fn show_pet_by_id(&self, _: pets::rt::RequestContext, _: pets::ShowPetByIdPath) -> pets::ShowPetByIdResponse {
        pets::ShowPetByIdResponse::NotFound
    }
}

fn main() {
    let store = Store { name: "pets" };
    let _ = store.name;
    let _app: axum::Router = store.into_router();
    let _app: axum::Router = Strict.into_router();
    let _pet = types_only::Pet {
        id: 1,
        name: "Rex".parse().unwrap(),
    };
}
