//! `generated/` is what `specgen generate --client` writes for `specs/` today. Refresh it with
//! `SPECGEN_BLESS=1 cargo test -p specgen-tests --test generated`.

use specgen::Generator;
use specgen_tests::workspace;

#[test]
fn generated_matches_a_fresh_generation() {
    let root = workspace();
    let bless = std::env::var_os("SPECGEN_BLESS").is_some();
    let mut specs: Vec<_> = std::fs::read_dir(root.join("specs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    assert!(!specs.is_empty());
    let lib = std::fs::read_to_string(root.join("generated/src/lib.rs")).unwrap();
    let mut stale = Vec::new();
    for spec in &specs {
        let stem = spec.file_stem().unwrap().to_string_lossy().into_owned();
        let generated = Generator::new()
            .client(true)
            .generate(spec)
            .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
        assert!(generated.warnings.is_empty(), "{stem}: {:#?}", generated.warnings);
        let target = root.join("generated/src").join(format!("{stem}.rs"));
        let current = std::fs::read_to_string(&target).unwrap_or_default();
        if current != generated.code {
            if bless {
                std::fs::write(&target, &generated.code).unwrap();
            } else {
                stale.push(target.display().to_string());
            }
        }
        assert!(
            lib.contains(&format!("pub mod {stem};")),
            "generated/src/lib.rs must declare `pub mod {stem};`"
        );
    }
    assert!(
        stale.is_empty(),
        "out of date with specs/: {stale:?}\nrefresh with: for s in smarterproctoring digitalchalk; do cargo run -q -p specgen -- generate specs/$s.yaml --client --out generated/src/$s.rs; done"
    );
}

#[test]
fn generation_is_deterministic() {
    let spec = workspace().join("specs/smarterproctoring.yaml");
    let a = Generator::new().generate(&spec).unwrap().code;
    let b = Generator::new().generate(&spec).unwrap().code;
    assert_eq!(a, b);
}
