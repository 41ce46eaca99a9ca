//! Public Spectral rulesets (tests/fixtures/rulesets) over the corpus: specgen's findings against
//! Spectral 6.16.3's committed ones, by rule, file and pointer; every difference must be one that
//! tests/fixtures/rulesets/expected-differences.tsv explains. The work is tests/external/ruleset-peers.py.
//!
//! The corpus is only beside CI's clone, the rulesets come from npm, and every one of them needs the
//! `js` feature (JavaScript functions or a JavaScript ruleset): without the corpus, `python3`, `npm` or
//! the feature, the test prints why it skipped. CI runs it with `--features js`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn available(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn public_rulesets_find_what_spectral_finds() {
    if !cfg!(feature = "js") {
        println!(
            "skipped: the public rulesets need the `js` feature (cargo test -p specgen --features js --test rulesets_vs_spectral)"
        );
        return;
    }
    let root = root();
    let corpus = root.join("../shared/corpus/roots.txt");
    if !corpus.is_file() {
        println!("skipped: {} does not exist", corpus.display());
        return;
    }
    for tool in ["python3", "npm"] {
        if !available(tool) {
            println!("skipped: {tool} is not available (it runs the comparison / installs the rulesets)");
            return;
        }
    }
    let out = Command::new("python3")
        .arg(root.join("tests/external/ruleset-peers.py"))
        .args(["--specgen", env!("CARGO_BIN_EXE_specgen")])
        .current_dir(&root)
        .output()
        .expect("runs python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "specgen and Spectral differ where tests/fixtures/rulesets/expected-differences.tsv says nothing:\n{stdout}"
    );
}
