//! The generator on arbitrary bytes: whatever loads must either generate or fail with diagnostics, never
//! produce code that does not parse (`internal`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use specgen::load::{LoadOptions, Spec};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let spec = Spec::from_text("fuzz.yaml", text, &LoadOptions::default());
    if let Err(specgen::generate::Error::Spec { diagnostics, .. }) =
        specgen::Generator::new().client(true).generate_spec(spec)
    {
        assert!(!diagnostics.iter().any(|d| d.code == "internal"), "{diagnostics:#?}");
    }
});
