//! Writing what specgen produces (generated code, converted specs, reports, baselines): never over a file
//! it read, and never half a file.
//!
//! An output that names an input (`specgen generate api.yaml --out api.yaml`, or a file the spec `$ref`s)
//! is refused, comparing canonical paths so `./api.yaml`, a symlink or `a/../api.yaml` count as the same
//! file. A regular file is written to a temporary file beside it and renamed over it, so an interrupted
//! run leaves the old file or the new one; anything else (`/dev/stdout`, a pipe) is written as it is.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `text` to `path` unless `path` is one of `inputs`.
pub fn write(path: &Path, text: &str, inputs: &[&Path]) -> Result<(), String> {
    if let Some(input) = same_file(path, inputs) {
        return Err(format!(
            "will not write {}: it is {}, which this run reads; write the output to another file",
            path.display(),
            input.display()
        ));
    }
    let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file());
    if special {
        return std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()));
    }
    atomic(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The input `path` would overwrite, if any.
fn same_file(path: &Path, inputs: &[&Path]) -> Option<PathBuf> {
    let out = canonical(path)?;
    inputs.iter().filter_map(|i| canonical(i)).find(|i| *i == out)
}

/// The canonical form of a path that may not exist yet: its folder's canonical path and its name.
fn canonical(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Some(p);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.canonicalize().ok()?,
        _ => std::env::current_dir().ok()?.canonicalize().ok()?,
    };
    Some(parent.join(name))
}

/// Writes a temporary file in the same folder, then renames it over `path`.
fn atomic(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = folder.join(format!(".{name}.specgen-{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temp).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.sync_all()
    });
    let renamed = written.and_then(|()| std::fs::rename(&temp, path));
    if renamed.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    renamed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_is_never_overwritten_under_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let spec = dir.path().join("api.yaml");
        std::fs::write(&spec, "openapi: 3.0.3\n").unwrap();
        let other = dir.path().join("sub/../api.yaml");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for out in [spec.clone(), other] {
            let e = write(&out, "code", &[&spec]).unwrap_err();
            assert!(e.contains("will not write"), "{e}");
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link.yaml");
            std::os::unix::fs::symlink(&spec, &link).unwrap();
            assert!(write(&link, "code", &[&spec]).is_err());
        }
        assert_eq!(std::fs::read_to_string(&spec).unwrap(), "openapi: 3.0.3\n");
    }

    #[test]
    fn outputs_are_replaced_whole_and_leave_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("api.rs");
        std::fs::write(&out, "old").unwrap();
        write(&out, "new", &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, [std::ffi::OsString::from("api.rs")]);
        // A new file in a folder that does not exist is an error, not a panic.
        assert!(write(&dir.path().join("missing/api.rs"), "x", &[]).is_err());
    }
}
