//! Generates the fixture specs of `fixtures/generate/` (and the Swagger 2.0 ones of `fixtures/swagger2/`)
//! into OUT_DIR: the build-script way in, used by the tests themselves. The modules are compiled as part
//! of this crate (so with the workspace's lints). Every spec in `fixtures/compile-fuzz/` (the compile
//! fuzzer's fixed findings, fuzz/FUZZING.md) is generated with its client too, and compiled the same way.

fn main() {
    compile_fuzz_fixtures();
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
        "differential",
        "auth",
        "defaults",
    ] {
        let spec = format!("fixtures/generate/{name}.yaml");
        // These fixtures also get the typed client, which the socket tests drive or which must compile.
        let client = matches!(
            name,
            "server" | "params" | "collisions" | "bounds" | "docs" | "routes" | "defaults"
        );
        let generator = specgen::Generator::new().client(client);
        if let Err(e) = generator.generate_to_out_dir(&spec, &format!("{name}.rs")) {
            panic!("{spec}:\n{e}");
        }
    }
    // The same defaults with optional nullable properties as one `Option` (the generator's setting).
    if let Err(e) = specgen::Generator::new()
        .optional_nullable_as_option(true)
        .generate_to_out_dir("fixtures/generate/defaults.yaml", "defaults_flat.rs")
    {
        panic!("defaults_flat:\n{e}");
    }
    // Swagger 2.0 specs go the same way, through their conversion to 3.0.
    for (name, spec) in [
        ("swagger2_petshop", "fixtures/swagger2/petshop.yaml"),
        ("swagger2_multi", "fixtures/swagger2/multi/api.yaml"),
        ("params2", "fixtures/generate/params2.yaml"),
    ] {
        if let Err(e) = specgen::Generator::new()
            .client(true)
            .generate_to_out_dir(spec, &format!("{name}.rs"))
        {
            panic!("{spec}:\n{e}");
        }
    }
}

/// `fixtures/compile-fuzz/*.{yaml,json}`, each generated with server and client into
/// `compile_fuzz_<name>.rs`, and `compile_fuzz_fixtures.rs` declaring a module for each (and `FILES`,
/// the file names, so a test can tell that none was left out).
fn compile_fuzz_fixtures() {
    let dir = std::path::Path::new("fixtures/compile-fuzz");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "json")));
    files.sort();
    let mut index =
        String::from("/// The spec files these modules were generated from.\npub const FILES: &[&str] = &[\n");
    let mut modules = String::new();
    for path in &files {
        let file = path.file_name().and_then(|n| n.to_str()).expect("a UTF-8 file name");
        let stem: String = file
            .rsplit_once('.')
            .map_or(file, |(s, _)| s)
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        let out = format!("compile_fuzz_{stem}.rs");
        if let Err(e) = specgen::Generator::new().client(true).generate_to_out_dir(path, &out) {
            panic!("{}:\n{e}", path.display());
        }
        index.push_str(&format!("    {file:?},\n"));
        modules.push_str(&format!(
            "#[doc = {file:?}]\npub mod f_{stem} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/{out}\"));\n}}\n"
        ));
    }
    index.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let target = std::path::Path::new(&out_dir).join("compile_fuzz_fixtures.rs");
    std::fs::write(&target, index + &modules).expect("OUT_DIR is writable");
}
