// A spec with an unresolvable `$ref`: the error is at the path, with the spec's file:line:column.
mod api {
    specgen_macros::generate!("specs/bad_ref.yaml");
}

struct Service;

#[specgen_macros::handlers(spec = "specs/bad_ref.yaml")]
impl Api for Service {}

fn main() {}
