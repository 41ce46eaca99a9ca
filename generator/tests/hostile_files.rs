//! Files that are not files, folders that loop, and line ends other than `\n`, against the `specgen`
//! binary: each finishes promptly (a hang is killed and fails the test) with a located message and
//! the documented exit code (0 clean, 1 findings, 2 a file that cannot be read).

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `specgen ARGS` in `cwd`; (exit code, stdout + stderr). Killed after a minute: reading a FIFO blocks
/// forever, and a test must fail rather than hang.
fn specgen(args: &[&str], cwd: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = r.read_to_string(&mut s);
            s
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("specgen {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let text = out.join().unwrap() + &err.join().unwrap();
    assert!(!text.contains("panicked"), "specgen {args:?}:\n{text}");
    (status.code(), text)
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A spec with no errors (a few warnings), and one whose only error is on line 4.
const CLEAN: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
const DUPLICATE_ON_4: &str = "openapi: 3.0.3\ninfo:\n  title: t\n  title: u\n  version: '1'\npaths: {}\n";

/// The summary line of a human report.
fn summary(out: &str) -> &str {
    out.lines().find(|l| l.contains(" file")).unwrap_or("")
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

#[cfg(unix)]
#[test]
fn a_fifo_named_on_the_command_line_is_refused_unopened() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("pipe.yaml"));
    for command in ["lint", "generate", "convert"] {
        let (status, out) = specgen(&[command, "pipe.yaml"], dir.path());
        assert_eq!(status, Some(2), "{command}:\n{out}");
        assert!(
            out.contains("pipe.yaml: is a FIFO (named pipe), not a regular file (specgen reads only regular files"),
            "{command}:\n{out}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_ref_to_a_fifo_is_an_error_at_the_ref() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("pipe.yaml"));
    write(
        dir.path(),
        "api.yaml",
        &format!("{CLEAN}components:\n  schemas:\n    P: {{$ref: 'pipe.yaml'}}\n"),
    );
    let (status, out) = specgen(&["lint", "api.yaml"], dir.path());
    assert_eq!(status, Some(1), "{out}");
    assert!(out.contains("--> api.yaml:6:15"), "{out}");
    assert!(
        out.contains("`pipe.yaml` cannot be read: is a FIFO (named pipe), not a regular file"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_linted_folder_is_named_and_the_rest_is_linted() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "specs/api.yaml", CLEAN);
    mkfifo(&dir.path().join("specs/pipe.yaml"));
    // Not a spec's name: never looked at.
    mkfifo(&dir.path().join("specs/pipe.txt"));
    let (status, out) = specgen(&["lint", "specs"], dir.path());
    assert_eq!(status, Some(2), "{out}");
    assert!(
        out.contains("error: cannot read specs/pipe.yaml: is a FIFO (named pipe), not a regular file"),
        "{out}"
    );
    assert!(out.contains("list it under `ignore` in specgen.yaml"), "{out}");
    assert!(summary(&out).starts_with("1 file: 0 errors"), "{out}");
    // As the message says: ignored, it is not read.
    write(dir.path(), "specs/specgen.yaml", "ignore: [pipe.yaml]\n");
    let (status, out) = specgen(&["lint", "specs"], dir.path());
    assert_eq!(status, Some(0), "{out}");
}

#[cfg(unix)]
#[test]
fn a_fifo_as_config_or_baseline_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "api.yaml", CLEAN);
    mkfifo(&dir.path().join("pipe"));
    for flag in ["--config", "--baseline"] {
        let (status, out) = specgen(&["lint", "api.yaml", flag, "pipe"], dir.path());
        assert_eq!(status, Some(2), "{flag}:\n{out}");
        assert!(out.contains("pipe: is a FIFO (named pipe)"), "{flag}:\n{out}");
    }
}

#[cfg(unix)]
#[test]
fn dev_zero_as_spec_or_ref_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    for command in ["lint", "generate"] {
        let (status, out) = specgen(&[command, "/dev/zero"], dir.path());
        assert_eq!(status, Some(2), "{command}:\n{out}");
        assert!(
            out.contains("/dev/zero: is a character device, not a regular file"),
            "{command}:\n{out}"
        );
    }
    // Through a link in the spec's folder: outside the folder `$ref`s may read by default, and a
    // device wherever they may.
    symlink("/dev/zero", &dir.path().join("zero.yaml"));
    write(
        dir.path(),
        "api.yaml",
        &format!("{CLEAN}components:\n  schemas:\n    Z: {{$ref: 'zero.yaml'}}\n"),
    );
    let (status, out) = specgen(&["lint", "api.yaml"], dir.path());
    assert_eq!(status, Some(1), "{out}");
    assert!(out.contains("--> api.yaml:6:15") && out.contains("ref-escape"), "{out}");
    let (status, out) = specgen(&["lint", "api.yaml", "--root-dir", "/"], dir.path());
    assert_eq!(status, Some(1), "{out}");
    assert!(
        out.contains("--> api.yaml:6:15") && out.contains("`zero.yaml` cannot be read: is a character device"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_in_a_folder_end_and_each_file_is_linted_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "specs/api.yaml", DUPLICATE_ON_4);
    std::fs::create_dir(dir.path().join("specs/sub")).unwrap();
    // One loop, then two that reach each other.
    symlink("..", &dir.path().join("specs/sub/up"));
    let (status, out) = specgen(&["lint", "specs"], dir.path());
    assert_eq!(status, Some(1), "{out}");
    assert!(summary(&out).starts_with("1 file: 1 error"), "{out}");
    symlink("../sub", &dir.path().join("specs/sub/again"));
    symlink("sub/up", &dir.path().join("specs/around"));
    let (status, out) = specgen(&["lint", "specs"], dir.path());
    assert_eq!(status, Some(1), "{out}");
    assert!(summary(&out).starts_with("1 file: 1 error"), "{out}");
    // Named by its real path.
    assert!(out.contains("--> specs/api.yaml:4:3"), "{out}");
}

#[cfg(unix)]
#[test]
fn a_link_to_itself_is_named_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "specs/api.yaml", CLEAN);
    symlink("self.yaml", &dir.path().join("specs/self.yaml"));
    let (status, out) = specgen(&["lint", "specs/self.yaml"], dir.path());
    assert_eq!(status, Some(2), "{out}");
    assert!(
        out.contains("specs/self.yaml: is a symbolic link that leads back to itself"),
        "{out}"
    );
    let (status, out) = specgen(&["lint", "specs"], dir.path());
    assert_eq!(status, Some(2), "{out}");
    assert!(out.contains("cannot read specs/self.yaml: is a symbolic link"), "{out}");
    assert!(summary(&out).starts_with("1 file:"), "{out}");
}

#[test]
fn a_file_named_twice_is_linted_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "specs/api.yaml", DUPLICATE_ON_4);
    let (status, out) = specgen(
        &["lint", "specs/api.yaml", "specs/../specs/api.yaml", "specs", "./specs/"],
        dir.path(),
    );
    assert_eq!(status, Some(1), "{out}");
    assert!(summary(&out).starts_with("1 file: 1 error"), "{out}");
    assert_eq!(out.matches("error[duplicate-key]").count(), 1, "{out}");
    assert!(!out.contains("no OpenAPI documents"), "{out}");
    // A folder holding only fragments still says so.
    write(dir.path(), "fragments/a.yaml", "type: string\n");
    let (status, out) = specgen(&["lint", "fragments", "specs"], dir.path());
    assert_eq!(status, Some(1), "{out}");
    assert!(
        out.contains("warning: no OpenAPI documents found in fragments\n"),
        "{out}"
    );
    assert!(!out.contains("found in specs"), "{out}");
}

/// Lines end in `\r`, `\r\n` or `\n` alike: the duplicate key is on line 4 whichever ends the lines,
/// and the snippet shows that line.
#[test]
fn cr_only_and_mixed_line_ends_count_lines() {
    let dir = tempfile::tempdir().unwrap();
    let json = "{\n\"openapi\": \"3.0.3\",\n\"info\": {\"title\": \"t\", \"version\": \"1\"},\n\"paths\": {}, \"paths\": {}\n}\n";
    let cases = [
        ("cr.yaml", DUPLICATE_ON_4.replace('\n', "\r"), "4:3", "  title: u"),
        ("crlf.yaml", DUPLICATE_ON_4.replace('\n', "\r\n"), "4:3", "  title: u"),
        (
            "mixed.yaml",
            "openapi: 3.0.3\rinfo:\r\n  title: t\n  title: u\r  version: '1'\r\npaths: {}\n".to_owned(),
            "4:3",
            "  title: u",
        ),
        (
            "cr.json",
            json.replace('\n', "\r"),
            "4:14",
            "\"paths\": {}, \"paths\": {}",
        ),
        (
            "mixed.json",
            json.replacen('\n', "\r", 2).replacen('\n', "\r\n", 1),
            "4:14",
            "\"paths\": {}, \"paths\": {}",
        ),
    ];
    for (name, text, at, line) in cases {
        write(dir.path(), name, &text);
        let (status, out) = specgen(&["lint", name], dir.path());
        assert_eq!(status, Some(1), "{name}:\n{out}");
        let finding = out
            .split("\n\n")
            .find(|f| f.contains("error[duplicate-key]"))
            .unwrap_or("");
        assert!(finding.contains(&format!("--> {name}:{at}")), "{name}:\n{out}");
        assert!(finding.contains(&format!("4 | {line}\n")), "{name}:\n{out}");
        let (_, json) = specgen(&["lint", name, "--format", "json"], dir.path());
        let findings: serde_json::Value = serde_json::from_str(&json).unwrap();
        let dup = findings
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "duplicate-key")
            .unwrap();
        let start = &dup["start"];
        assert_eq!(format!("{}:{}", start["line"], start["column"]), at, "{name}:\n{json}");
    }
}
