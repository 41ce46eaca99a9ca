//! Source files and positions: what every diagnostic points into.

use std::path::{Path, PathBuf};

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A position in a source file: 1-based line and 1-based column counted in characters (as rustc does).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub const fn new(line: u32, col: u32) -> Self {
        Pos { line, col }
    }
}

/// A range in a source file; `end` is exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: Pos,
    pub end: Pos,
}

impl Span {
    pub const fn new(start: Pos, end: Pos) -> Self {
        Span { start, end }
    }

    pub const fn point(pos: Pos) -> Self {
        Span { start: pos, end: pos }
    }
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// One loaded text file.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as given or as resolved from a `$ref` (used for reading).
    pub path: PathBuf,
    /// The path as shown to users: relative to the working directory when possible.
    pub display: String,
    pub text: String,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String) -> Self {
        let display = display_path(&path);
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path,
            display,
            text,
            line_starts,
        }
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)?;
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        Some(self.text[start..end].trim_end_matches(['\n', '\r']))
    }

    /// Byte offset of a position (clamped to the text).
    pub fn offset(&self, pos: Pos) -> usize {
        let Some(idx) = (pos.line as usize).checked_sub(1) else {
            return 0;
        };
        let Some(&start) = self.line_starts.get(idx) else {
            return self.text.len();
        };
        let line = self.line_text(pos.line).unwrap_or("");
        let chars = (pos.col as usize).saturating_sub(1);
        start + line.char_indices().nth(chars).map_or(line.len(), |(i, _)| i)
    }

    /// Position of a byte offset.
    pub fn pos_of_offset(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[idx];
        let col = self.text[start..offset].chars().count();
        Pos::new(idx as u32 + 1, col as u32 + 1)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// Every file a load touched, indexed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
    /// The bytes of all files, for the load's total limit.
    bytes: u64,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.bytes += file.text.len() as u64;
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.files.iter().position(|f| f.path == path).map(|i| FileId(i as u32))
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// The size of every file together.
    pub fn total_bytes(&self) -> u64 {
        self.bytes
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Shows `path` relative to the working directory when it lies below it, as compilers do.
pub fn display_path(path: &Path) -> String {
    let rel = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf));
    rel.unwrap_or_else(|| path.to_path_buf()).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_through_positions() {
        let f = SourceFile::new("x.yaml".into(), "ab\nçd: é\n\nlast".into());
        assert_eq!(f.line_text(2), Some("çd: é"));
        assert_eq!(f.line_count(), 4);
        for off in [0, 1, 3, 5, 8, 11, 12, 15] {
            if f.text.is_char_boundary(off) {
                assert_eq!(f.offset(f.pos_of_offset(off)), off, "offset {off}");
            }
        }
        assert_eq!(
            f.pos_of_offset(7),
            Pos::new(2, 4),
            "columns count characters, not bytes"
        );
    }
}
