//! Enough stack for the deepest document the loader accepts.
//!
//! Nesting depth is bounded once, where it enters: the loader refuses documents nested deeper than
//! [`MAX_DEPTH`](crate::load::tree::MAX_DEPTH) levels (YAML aliases included), inlining references
//! never builds a deeper document, and walks that follow `$ref`s carry their own budgets (each reports
//! a located diagnostic when it runs out). Below that bound, recursion is everywhere: our walks, but also
//! serde reading the typed view (its untagged enums recurse several frames per level), syn and
//! prettyplease formatting the output, and drop glue. Rather than rewrite all of it as loops, every
//! public entry point of the library runs its work through [`deep`], which guarantees [`STACK`] bytes
//! of stack: on the caller's own stack when it has that much left, else on a fresh one (as rustc does
//! with the same crate). The caller may be a proc macro inside rustc, a build script, a test thread of
//! 2 MiB or the CLI: none of their stack sizes matters.

/// The stack [`deep`] guarantees. A debug build needs under 32 MiB for the deepest accepted document
/// (`tests/tests/depth.rs`); a release build much less. Only the pages touched are ever committed.
pub const STACK: usize = 256 << 20;

/// Runs `f` with at least [`STACK`] bytes of stack. Costs a check when there is room, else one mapping
/// of a new stack (a few microseconds).
pub fn deep<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(STACK, STACK, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_gives_the_promised_stack_on_a_small_thread() {
        let left = std::thread::Builder::new()
            .stack_size(64 << 10)
            .spawn(|| deep(stacker::remaining_stack))
            .unwrap()
            .join()
            .unwrap();
        assert!(left.is_some_and(|n| n >= STACK - (64 << 10)), "{left:?}");
    }
}
