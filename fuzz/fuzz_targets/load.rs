//! The loader on arbitrary bytes: YAML or JSON detection, spans, pointers, the typed view.
#![no_main]

use libfuzzer_sys::fuzz_target;
use specgen::load::{LoadOptions, Spec};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Named .yaml and .json: the name decides how a `{` document that is not JSON is read.
    for name in ["fuzz.yaml", "fuzz.json"] {
        let spec = Spec::from_text(name, text, &LoadOptions::default());
        // Every node's pointer resolves back to it, and every span lies inside the text.
        let lines = spec.sources.get(Spec::ROOT).line_count() as u32;
        spec.root().walk(&mut |ptr, node| {
            assert!(spec.node(Spec::ROOT, ptr).is_some(), "{ptr} does not resolve");
            assert!(node.span.start <= node.span.end, "{ptr}: {:?}", node.span);
            assert!(node.span.end.line <= lines.max(1), "{ptr}: {:?} past line {lines}", node.span);
        });
        for d in &spec.diagnostics {
            assert!(d.location.is_some(), "unlocated: {d:?}");
        }
        let _ = spec.typed();
    }
});
