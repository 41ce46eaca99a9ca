//! The file-based targets' input: one text holding several files, written into a fresh folder.
//!
//! The text up to the first `%% ` line is the first file (named by the target); each `%% NAME` line
//! starts another. `%% link NAME -> TARGET` makes NAME a symbolic link (unix), to another name of the
//! folder, to `.`, `..` or itself (loops), or to `/dev/zero` or `/dev/null` (devices). Names are kept
//! to plain relative paths, so nothing is written outside the folder.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// A scratch folder under the system's temporary folder, removed when dropped.
pub struct Scratch {
    pub dir: PathBuf,
}

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("specgen-fuzz-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        // Canonical, so that paths the loader reports compare with it.
        let dir = dir.canonicalize().expect("a scratch folder");
        Scratch { dir }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A plain relative path: at most three parts of `[A-Za-z0-9._-]`, none `.` or `..`.
fn plain(name: &str) -> bool {
    let parts: Vec<&str> = name.split('/').collect();
    !name.is_empty()
        && name.len() <= 40
        && parts.len() <= 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && *p != "."
                && *p != ".."
                && p.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        })
}

fn link_target(target: &str) -> bool {
    plain(target) || [".", "..", "/dev/zero", "/dev/null"].contains(&target)
}

/// Writes the files of `text` into `dir`, the first one as `first`. Returns the names written.
pub fn write_files(dir: &Path, first: &str, text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut current = Some(first.to_owned());
    let mut body = String::new();
    let flush = |name: &Option<String>, body: &mut String, names: &mut Vec<String>| {
        if let Some(name) = name {
            let path = dir.join(name);
            if let Some(parent) = path.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            if std::fs::write(&path, body.as_bytes()).is_ok() {
                names.push(name.clone());
            }
        }
        body.clear();
    };
    for line in text.split_inclusive('\n') {
        let Some(header) = line.strip_prefix("%% ") else {
            body.push_str(line);
            continue;
        };
        flush(&current, &mut body, &mut names);
        let header = header.trim_end_matches(['\n', '\r']);
        current = None;
        if let Some(link) = header.strip_prefix("link ") {
            if let Some((name, target)) = link.split_once(" -> ")
                && plain(name)
                && link_target(target)
            {
                make_link(dir, name, target);
            }
        } else if plain(header) {
            current = Some(header.to_owned());
        }
    }
    flush(&current, &mut body, &mut names);
    names
}

#[cfg(unix)]
fn make_link(dir: &Path, name: &str, target: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::remove_file(&path);
    let _ = std::os::unix::fs::symlink(target, &path);
}

#[cfg(not(unix))]
fn make_link(_: &Path, _: &str, _: &str) {}
