//! Helpers shared by specgen's integration tests.

use std::path::{Path, PathBuf};

use specgen::source::{Pos, Span};

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// A fixture under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    workspace().join("tests/fixtures").join(rel)
}

/// The corpus of real specs: `$SPECGEN_CORPUS`, else `../shared/corpus` beside the workspace. `None`
/// (after printing a note) when neither exists, so the suite passes on a clone without it.
pub fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("SPECGEN_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "note: corpus not found at {} (set SPECGEN_CORPUS); skipping",
            dir.display()
        );
        None
    }
}

/// Prints a note that the test harness does not capture (`println!` output of passing tests is hidden).
pub fn note(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "note: {text}");
}

/// The span of the only occurrence of `needle` in `text`: an oracle for loader spans that does not
/// share the loader's code.
pub fn span_of(text: &str, needle: &str) -> Span {
    let mut hits = text.match_indices(needle);
    let (start, _) = hits.next().unwrap_or_else(|| panic!("`{needle}` not in text"));
    assert!(
        hits.next().is_none(),
        "`{needle}` occurs more than once; make the needle unique"
    );
    Span::new(pos_at(text, start), pos_at(text, start + needle.len()))
}

/// Like [`span_of`], with `"context|needle"`: the needle's span within the only occurrence of context.
pub fn span_in(text: &str, spec: &str) -> Span {
    let Some((context, needle)) = spec.split_once('|') else {
        return span_of(text, spec);
    };
    let outer = span_of(text, context);
    let start = text.match_indices(context).next().unwrap().0 + context.find(needle).expect("needle in context");
    assert_eq!(
        pos_at(text, start).line,
        outer.start.line + context[..context.find(needle).unwrap()].matches('\n').count() as u32
    );
    Span::new(pos_at(text, start), pos_at(text, start + needle.len()))
}

fn pos_at(text: &str, offset: usize) -> Pos {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Pos::new(line as u32, col as u32)
}

/// Every file below `dir`, sorted.
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
