//! Report: turn findings into text for people (rustc-style snippets) and for machines (JSON, SARIF,
//! GitHub workflow commands, JUnit XML).

mod github;
mod human;
mod json;
mod junit;
mod sarif;

pub use github::render as github;
pub use human::{render, render_all};
pub use json::render as json;
pub use junit::render as junit;
pub use sarif::render as sarif;

use crate::diagnostic::{Diagnostic, Location};
use crate::source::{Pos, SourceMap};

/// One finding with what renderers need to name its file.
#[derive(Clone, Copy, Debug)]
pub struct Finding<'a> {
    pub sources: &'a SourceMap,
    pub diagnostic: &'a Diagnostic,
    /// A content fingerprint (see `lint::baseline`), when computed.
    pub fingerprint: Option<&'a str>,
}

impl<'a> Finding<'a> {
    /// The file's path as shown to users (`None` for a finding about no file).
    pub fn file(&self) -> Option<&'a str> {
        self.diagnostic.location.as_ref().map(|l| self.path(l))
    }

    pub fn path(&self, loc: &Location) -> &'a str {
        self.sources.get(loc.file).display.as_str()
    }

    /// Orders findings of many specs by file, then position, then rule.
    pub fn sort_key(&self) -> (Option<&'a str>, Option<(Pos, Pos)>, &'static str, &'a str) {
        let d = self.diagnostic;
        (
            self.file(),
            d.location.as_ref().map(|l| (l.span.start, l.span.end)),
            d.code,
            d.message.as_str(),
        )
    }
}

/// 1-based and never zero (a position of an empty tree is 0:0).
pub(crate) fn clamp(p: Pos) -> (u32, u32) {
    (p.line.max(1), p.col.max(1))
}
