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
    /// The text, with each lone `\r` made a `\n` ([`SourceFile::new`]).
    pub text: String,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
    /// How many characters start before each multiple of [`CHUNK`] bytes; empty for ASCII text, whose
    /// columns are byte counts. Turning a column into a byte offset (and back) then costs at most one
    /// chunk, not the whole line: a minified spec is one line of megabytes.
    char_marks: Vec<usize>,
}

/// The spacing of [`SourceFile`]'s character marks, in bytes.
const CHUNK: usize = 256;

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl SourceFile {
    /// A file of `text`. A lone `\r` ends a line in YAML, as `\n` and `\r\n` do, and is whitespace
    /// in JSON, as `\n` is; it is replaced with `\n` (one byte for one) so that the parsers, the
    /// snippets and every line count agree on where lines end.
    pub fn new(path: PathBuf, text: String) -> Self {
        let text = lone_cr_to_lf(text);
        let display = display_path(&path);
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let char_marks = if text.is_ascii() {
            Vec::new()
        } else {
            let mut marks = vec![0];
            for chunk in text.as_bytes().chunks(CHUNK) {
                let last = *marks.last().unwrap_or(&0);
                marks.push(last + chunk.iter().filter(|&&b| starts_char(b)).count());
            }
            marks
        };
        SourceFile {
            path,
            display,
            text,
            line_starts,
            char_marks,
        }
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)?;
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        Some(self.text[start..end].trim_end_matches(['\n', '\r']))
    }

    /// Byte offset of a position (clamped to its line, and to the text).
    pub fn offset(&self, pos: Pos) -> usize {
        let Some(idx) = (pos.line as usize).checked_sub(1) else {
            return 0;
        };
        let Some(&start) = self.line_starts.get(idx) else {
            return self.text.len();
        };
        let line_end = start + self.line_text(pos.line).map_or(0, str::len);
        let chars = (pos.col as usize).saturating_sub(1);
        self.byte_of_char(self.chars_before(start) + chars).min(line_end)
    }

    /// Position of a byte offset.
    pub fn pos_of_offset(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[idx];
        let col = self.chars_before(offset) - self.chars_before(start);
        Pos::new(idx as u32 + 1, col as u32 + 1)
    }

    /// How many characters start before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        if self.char_marks.is_empty() {
            return offset;
        }
        let chunk = offset / CHUNK;
        let from = chunk * CHUNK;
        let rest = self.text.as_bytes()[from..offset].iter().filter(|&&b| starts_char(b));
        self.char_marks[chunk] + rest.count()
    }

    /// The byte offset of character `n` of the text (its length past the end).
    fn byte_of_char(&self, n: usize) -> usize {
        if self.char_marks.is_empty() {
            return n.min(self.text.len());
        }
        let chunk = self.char_marks.partition_point(|&c| c <= n) - 1;
        let mut seen = self.char_marks[chunk];
        let bytes = self.text.as_bytes();
        for (i, &b) in bytes.iter().enumerate().skip(chunk * CHUNK) {
            if starts_char(b) {
                if seen == n {
                    return i;
                }
                seen += 1;
            }
        }
        bytes.len()
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// `text` with each `\r` that is not followed by `\n` replaced with `\n`.
fn lone_cr_to_lf(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // One ASCII byte for another: still UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
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

/// The largest file specgen reads: a spec, a `$ref`'d file, a config, a baseline.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// Why a file could not be read: what is wrong, then what would fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub what: String,
    pub help: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.what, self.help)
    }
}

/// Reads the UTF-8 text of the regular file at `path` (symlinks followed), at most `max` bytes. Every
/// file specgen reads goes through here, so that a FIFO, a device (`/dev/zero`), a socket or a folder is
/// refused without being opened for reading (opening a FIFO blocks until a writer comes) and nothing
/// reads past the limit, whatever the file claims its size is.
pub fn read_text(path: &Path, max: u64) -> Result<String, ReadError> {
    let bytes = read_bytes(path, max)?;
    String::from_utf8(bytes).map_err(|e| ReadError {
        what: format!(
            "is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
        help: "save the file as UTF-8".into(),
    })
}

/// [`read_text`] without the UTF-8 check.
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    // The kind first, from the path: nothing is opened unless it is a regular file.
    regular(&std::fs::metadata(path).map_err(io_error)?)?;
    let file = open_nonblocking(path).map_err(io_error)?;
    // Again on what was opened: the path may have been replaced in between.
    let meta = file.metadata().map_err(io_error)?;
    regular(&meta)?;
    // What the file claims first (a sparse 100 GB file is refused unread), then what it holds.
    if meta.len() > max {
        return Err(too_large(&format!("is {} bytes, more than", meta.len()), max));
    }
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > max {
        return Err(too_large("holds more than", max));
    }
    Ok(bytes)
}

fn too_large(what: &str, max: u64) -> ReadError {
    ReadError {
        what: format!("{what} the limit of {max} bytes"),
        help: format!(
            "specgen reads files of up to {}; split the spec into files joined by `$ref`",
            size(max)
        ),
    }
}

/// `max` bytes in the largest whole unit.
fn size(max: u64) -> String {
    if max >= 1 << 20 && max.is_multiple_of(1 << 20) {
        format!("{} MiB", max >> 20)
    } else {
        format!("{max} bytes")
    }
}

/// Opens for reading without waiting for a writer, should the path have become a FIFO since it was
/// looked at.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// `Ok` for a regular file; else what it is instead.
fn regular(meta: &std::fs::Metadata) -> Result<(), ReadError> {
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err(ReadError {
            what: "is a folder, not a file".into(),
            help: "name a spec file in it".into(),
        });
    }
    Err(ReadError {
        what: format!("is {}, not a regular file", special_kind(&kind)),
        help: "specgen reads only regular files: save the content to a file and name that".into(),
    })
}

/// "a FIFO (named pipe)", "a character device", ...
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    let _ = kind;
    "a special file"
}

fn is_loop(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    return e.raw_os_error() == Some(libc::ELOOP);
    #[cfg(not(unix))]
    return false;
}

fn io_error(e: std::io::Error) -> ReadError {
    let (what, help) = match e.kind() {
        std::io::ErrorKind::NotFound => ("no such file".to_owned(), "check the path"),
        std::io::ErrorKind::PermissionDenied => ("permission denied".to_owned(), "make the file readable"),
        _ if is_loop(&e) => (
            "is a symbolic link that leads back to itself".to_owned(),
            "point the link at a file",
        ),
        _ => (e.to_string(), "check the path"),
    };
    ReadError {
        what,
        help: help.into(),
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

    #[test]
    fn columns_far_into_a_long_line_round_trip() {
        // Many chunks of mixed-width characters on one line, then a second line.
        let text = format!("{}\nzé", "aé€😀".repeat(2000));
        let f = SourceFile::new("x.json".into(), text.clone());
        for (i, (off, _)) in text.char_indices().enumerate().step_by(7) {
            let pos = f.pos_of_offset(off);
            let line_start = text[..off].rfind('\n').map_or(0, |n| n + 1);
            assert_eq!(
                pos.col as usize,
                text[line_start..off].chars().count() + 1,
                "offset {off} (char {i})"
            );
            assert_eq!(f.offset(pos), off);
        }
        // A column past the end of its line stays on the line.
        assert_eq!(f.offset(Pos::new(1, 100_000)), 2000 * 10);
        assert_eq!(f.offset(Pos::new(2, 3)), text.len());
    }

    #[test]
    fn a_lone_cr_ends_a_line() {
        let f = SourceFile::new("x.yaml".into(), "a: 1\rb: 2\r\nc: 3\n\rd".into());
        assert_eq!(f.text, "a: 1\nb: 2\r\nc: 3\n\nd", "same length: offsets stay");
        assert_eq!(f.line_count(), 5);
        assert_eq!(f.line_text(2), Some("b: 2"));
        assert_eq!(f.line_text(5), Some("d"));
    }

    fn read_error(path: &Path, max: u64) -> String {
        read_bytes(path, max).unwrap_err().to_string()
    }

    #[test]
    fn only_regular_files_are_read_and_never_past_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.yaml");
        std::fs::write(&file, "a: 1\n").unwrap();
        assert_eq!(read_text(&file, 5).unwrap(), "a: 1\n");
        assert!(read_error(&file, 4).starts_with("is 5 bytes, more than the limit of 4 bytes"));
        assert!(read_error(dir.path(), 4).starts_with("is a folder, not a file"));
        assert!(read_error(&dir.path().join("b"), 4).starts_with("no such file"));
        std::fs::write(&file, [0xff]).unwrap();
        assert!(read_text(&file, 4).unwrap_err().what.starts_with("is not UTF-8"));
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_devices_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.yaml");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        assert!(read_error(&fifo, MAX_FILE_BYTES).starts_with("is a FIFO (named pipe), not a regular file"));
        assert!(read_error(Path::new("/dev/zero"), MAX_FILE_BYTES).starts_with("is a character device"));
        // Opened without blocking, were it reached: the reader stops at once (no writer).
        let opened = open_nonblocking(&fifo).unwrap();
        assert!(!opened.metadata().unwrap().is_file());
        let link = dir.path().join("loop.yaml");
        std::os::unix::fs::symlink("loop.yaml", &link).unwrap();
        assert!(read_error(&link, 4).starts_with("is a symbolic link that leads back to itself"));
    }

    /// A file that says it is empty and is not (as files in /proc do) is read only up to the limit.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_larger_than_it_says_stops_at_the_limit() {
        let maps = Path::new("/proc/self/maps");
        assert_eq!(std::fs::metadata(maps).unwrap().len(), 0);
        assert!(read_error(maps, 16).starts_with("holds more than the limit of 16 bytes"));
    }
}
