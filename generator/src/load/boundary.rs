//! The folder a spec's `$ref`s may not leave. A spec is untrusted input: `$ref: ../../etc/passwd` must
//! not read a file the user never meant to share, yet a multi-file spec whose root sits in a subfolder
//! (`spec/swagger.yaml` referring to `../common/Error.yaml`) must work without flags.
//!
//! With `--root-dir` (`LoadOptions::root_dir`) that folder is the boundary. Without it, the boundary is
//! the first of these that holds the spec:
//!
//! 1. the spec's **repository**: the nearest folder at or above the spec's folder holding `.git` (a
//!    folder, or the file of a worktree or submodule), since a repository is where a project's files
//!    are and the same from any working directory (build scripts and macros run from the crate's);
//! 2. the **current folder**, when the spec is inside it: the user chose to work there;
//! 3. the spec's **own folder**.
//!
//! The file system root and the home folder (or any folder above it) are never taken for 1 or 2: a
//! home folder under version control (dotfiles) or a shell started in `~` or `/` would otherwise let a
//! spec read every file of the user. Symlinks are resolved before the check, so a link inside the
//! boundary to a file outside is refused too.

use std::path::{Path, PathBuf};

/// Why the boundary is where it is (for messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// `--root-dir` / `LoadOptions::root_dir`.
    Chosen,
    /// The repository holding the spec.
    Repository,
    /// The current folder, which holds the spec.
    CurrentFolder,
    /// The spec's own folder.
    SpecFolder,
}

/// The folder `$ref`s may not leave, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Boundary {
    pub dir: PathBuf,
    pub why: Why,
}

impl Boundary {
    /// The boundary for a spec in `spec_dir` (absolute), `chosen` when the caller names one.
    pub(super) fn new(spec_dir: &Path, chosen: Option<&Path>) -> Boundary {
        if let Some(dir) = chosen {
            let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
            return Boundary {
                dir: dir.canonicalize().unwrap_or(dir),
                why: Why::Chosen,
            };
        }
        let spec_dir = spec_dir.canonicalize().unwrap_or_else(|_| spec_dir.to_owned());
        let cwd = std::env::current_dir().ok().and_then(|d| d.canonicalize().ok());
        let home = home().and_then(|h| h.canonicalize().ok());
        choose(&spec_dir, cwd.as_deref(), home.as_deref(), &|d| d.join(".git").exists())
    }

    /// What the boundary is, for a message: "the repository `x`".
    pub fn describe(&self) -> String {
        let dir = display_dir(&self.dir);
        match self.why {
            Why::Chosen => format!("`{dir}` (the folder given as the root folder)"),
            Why::Repository => format!("the repository `{dir}`"),
            Why::CurrentFolder => format!("the current folder `{dir}`"),
            Why::SpecFolder => format!("the spec's folder `{dir}`"),
        }
    }

    /// How to let a file outside in, for a message.
    pub fn help(&self) -> &'static str {
        match self.why {
            Why::Chosen => "move the file inside the root folder, or give a wider `--root-dir`",
            _ => {
                "specgen reads only files inside the spec's repository (the nearest folder holding `.git`), \
                 else inside the current folder when the spec is in it, else inside the spec's folder: move the \
                 file there, or name a wider folder with `--root-dir`"
            }
        }
    }
}

/// A folder as messages show it: relative to the current folder when inside it (`.` for itself).
pub(super) fn display_dir(dir: &Path) -> String {
    let shown = crate::source::display_path(dir);
    if shown.is_empty() { ".".into() } else { shown }
}

/// The user's home folder, from the environment.
fn home() -> Option<PathBuf> {
    let var = if cfg!(windows) { "USERPROFILE" } else { "HOME" };
    std::env::var_os(var).filter(|h| !h.is_empty()).map(PathBuf::from)
}

/// The rule of the module doc, with the file system behind `is_repository` (all paths canonical).
fn choose(spec_dir: &Path, cwd: Option<&Path>, home: Option<&Path>, is_repository: &dyn Fn(&Path) -> bool) -> Boundary {
    // The file system root, the home folder, or a folder holding it.
    let too_wide = |d: &Path| d.parent().is_none() || home.is_some_and(|h| h.starts_with(d));
    if let Some(repo) = spec_dir.ancestors().find(|d| is_repository(d))
        && !too_wide(repo)
    {
        return Boundary {
            dir: repo.to_owned(),
            why: Why::Repository,
        };
    }
    if let Some(cwd) = cwd
        && spec_dir.starts_with(cwd)
        && !too_wide(cwd)
    {
        return Boundary {
            dir: cwd.to_owned(),
            why: Why::CurrentFolder,
        };
    }
    Boundary {
        dir: spec_dir.to_owned(),
        why: Why::SpecFolder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(spec: &str, cwd: Option<&str>, home: Option<&str>, repos: &[&str]) -> (String, Why) {
        let is_repo = |d: &Path| repos.iter().any(|r| Path::new(r) == d);
        let b = choose(Path::new(spec), cwd.map(Path::new), home.map(Path::new), &is_repo);
        (b.dir.to_string_lossy().into_owned(), b.why)
    }

    #[test]
    fn the_repository_holding_the_spec_comes_first() {
        assert_eq!(
            pick("/src/api/spec", Some("/elsewhere"), Some("/home/u"), &["/src/api"]),
            ("/src/api".into(), Why::Repository)
        );
        // The nearest one: a submodule inside a repository bounds its own specs.
        assert_eq!(
            pick("/src/api/vendor/x", Some("/"), None, &["/src/api", "/src/api/vendor/x"]),
            ("/src/api/vendor/x".into(), Why::Repository)
        );
    }

    #[test]
    fn without_a_repository_the_current_folder_holding_the_spec() {
        assert_eq!(
            pick("/data/corpus/v/spec", Some("/data/corpus"), Some("/home/u"), &[]),
            ("/data/corpus".into(), Why::CurrentFolder)
        );
        // A current folder that does not hold the spec says nothing about it.
        assert_eq!(
            pick("/tmp/x", Some("/data"), Some("/home/u"), &[]),
            ("/tmp/x".into(), Why::SpecFolder)
        );
    }

    #[test]
    fn never_the_file_system_root_or_a_home_folder() {
        // A shell in `/` or in `~`, or a home folder under version control, widens nothing.
        assert_eq!(
            pick("/tmp/x", Some("/"), Some("/home/u"), &[]),
            ("/tmp/x".into(), Why::SpecFolder)
        );
        assert_eq!(
            pick("/home/u/api/spec", Some("/home/u"), Some("/home/u"), &["/home/u"]),
            ("/home/u/api/spec".into(), Why::SpecFolder)
        );
        assert_eq!(
            pick("/home/u/api/spec", Some("/home"), Some("/home/u"), &["/"]),
            ("/home/u/api/spec".into(), Why::SpecFolder)
        );
        // A repository inside the home folder is fine.
        assert_eq!(
            pick(
                "/home/u/api/spec",
                Some("/home/u"),
                Some("/home/u"),
                &["/home/u", "/home/u/api"]
            ),
            ("/home/u/api".into(), Why::Repository)
        );
    }
}
