// Options and placement the macros do not take.
mod api {
    specgen_macros::generate!("specs/pets.yaml", serverr = false);
}
mod pets {
    specgen_macros::generate!("specs/pets.yaml");
}

struct Service;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml")]
impl pets::PetStoreApi for Service {}

#[specgen_macros::handlers(spec = "specs/pets.yaml")]
struct NotAnImpl;

#[specgen_macros::handlers(spec = "specs/pets.yaml")]
impl Service {}

#[specgen_macros::handlers]
impl pets::PetStoreApi for NotAnImpl {}

fn main() {}
