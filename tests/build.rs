//! Generates the fixture specs of `fixtures/generate/` (and the Swagger 2.0 ones of `fixtures/swagger2/`)
//! into OUT_DIR: the build-script way in, used by the tests themselves. The modules are compiled as part
//! of this crate (so with the workspace's lints).

fn main() {
    for name in [
        "names",
        "constraints",
        "shapes",
        "server",
        "oas31",
        "hostile",
        "patterns",
        "params",
        "collisions",
        "bounds",
        "docs",
        "routes",
    ] {
        let spec = format!("fixtures/generate/{name}.yaml");
        // These fixtures also get the typed client, which the socket tests drive or which must compile.
        let client = matches!(name, "server" | "params" | "collisions" | "bounds" | "docs" | "routes");
        let generator = specgen::Generator::new().client(client);
        if let Err(e) = generator.generate_to_out_dir(&spec, &format!("{name}.rs")) {
            panic!("{spec}:\n{e}");
        }
    }
    // Swagger 2.0 specs go the same way, through their conversion to 3.0.
    for (name, spec) in [
        ("swagger2_petshop", "fixtures/swagger2/petshop.yaml"),
        ("swagger2_multi", "fixtures/swagger2/multi/api.yaml"),
    ] {
        if let Err(e) = specgen::Generator::new()
            .client(true)
            .generate_to_out_dir(spec, &format!("{name}.rs"))
        {
            panic!("{spec}:\n{e}");
        }
    }
}
