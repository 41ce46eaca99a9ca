//! Generates the fixture specs of `fixtures/generate/` into OUT_DIR: the build-script way in, used by
//! the tests themselves. The modules are compiled as part of this crate (so with the workspace's lints).

fn main() {
    for name in ["names", "constraints", "shapes", "server", "patterns"] {
        let spec = format!("fixtures/generate/{name}.yaml");
        // The server fixture also gets the typed client, which the socket tests drive.
        let generator = specgen::Generator::new().client(name == "server");
        if let Err(e) = generator.generate_to_out_dir(&spec, &format!("{name}.rs")) {
            panic!("{spec}:\n{e}");
        }
    }
}
