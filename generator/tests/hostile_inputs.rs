//! Hostile specs against the `specgen` binary: each gets a located diagnostic and an exit code of 1 or 2,
//! within an address-space limit of 2 GiB (so an unbounded allocation fails the test instead of
//! exhausting the machine; a spec at the 128 MiB limit of its files is held by the loader's text and
//! tree, the typed view and the model's docs at once, about 0.5 GB resident, and mimalloc reserves
//! address space well past what it touches), without a panic, and without reading outside the spec's folder or the
//! network. Times are not asserted; a generous timeout only turns a hang into a failure.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `specgen ARGS` in `cwd` under `ulimit -v` (KiB); (exit code, stdout + stderr).
fn specgen_limited(args: &[&str], cwd: &Path) -> (Option<i32>, String) {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v 2097152; exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_specgen"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = String::new();
    let (mut stdout, mut stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let reader = std::thread::spawn(move || {
        let mut err = String::new();
        let _ = stderr.read_to_string(&mut err);
        err
    });
    let _ = stdout.read_to_string(&mut out);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("specgen {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    out.push_str(&reader.join().unwrap());
    (status.code(), out)
}

/// Lint and generate both answer `code` (in the output) with `exit`, and neither panics.
fn refused(dir: &Path, spec: &str, code: &str, exit: i32) {
    for command in ["lint", "generate"] {
        let (status, out) = specgen_limited(&[command, spec], dir);
        assert_eq!(status, Some(exit), "{command} {spec}:\n{out}");
        assert!(out.contains(code), "{command} {spec}: no `{code}` in\n{out}");
        assert!(!out.contains("panicked"), "{command} {spec}:\n{out}");
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn alias_bombs() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for i in 1..12 {
        text.push_str(&format!(
            "x-a{i}: &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 10].join(", ")
        ));
    }
    write(dir.path(), "bomb.yaml", &text);
    refused(dir.path(), "bomb.yaml", "alias-limit", 1);
    let (_, out) = specgen_limited(&["lint", "bomb.yaml"], dir.path());
    assert!(out.contains("bomb.yaml:"), "located: {out}");
}

#[test]
fn ten_thousand_levels_of_nesting() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    write(
        dir.path(),
        "deep.yaml",
        &format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nx-deep: {deep}\n"),
    );
    write(
        dir.path(),
        "deep.json",
        &format!(r#"{{"openapi": "3.0.3", "info": {{"title": "t", "version": "1"}}, "paths": {{}}, "x": {deep}}}"#),
    );
    refused(dir.path(), "deep.yaml", "nesting-limit", 1);
    refused(dir.path(), "deep.json", "nesting-limit", 1);
}

#[test]
fn a_100_mb_file_as_root_or_through_a_ref() {
    let dir = tempfile::tempdir().unwrap();
    // Sparse: the size is what is refused, before anything is read.
    std::fs::File::create(dir.path().join("huge.yaml"))
        .unwrap()
        .set_len(100 << 20)
        .unwrap();
    for command in ["lint", "generate"] {
        let (status, out) = specgen_limited(&[command, "huge.yaml"], dir.path());
        assert_eq!(status, Some(2), "{out}");
        assert!(
            out.contains("huge.yaml: is 104857600 bytes, more than the limit"),
            "{out}"
        );
    }
    write(
        dir.path(),
        "root.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Big: {$ref: 'huge.yaml'}\n",
    );
    // The linter refuses the reference; generation reads past it (a component that cannot be read is
    // any JSON value) and says why, at the `$ref`.
    for (command, exit) in [("lint", 1), ("generate", 0)] {
        let (status, out) = specgen_limited(&[command, "root.yaml"], dir.path());
        assert_eq!(status, Some(exit), "{command}:\n{out}");
        assert!(out.contains("root.yaml:6:17"), "{command}: at the $ref: {out}");
        assert!(
            out.contains("`huge.yaml` cannot be read: is 104857600 bytes"),
            "{command}:\n{out}"
        );
        assert!(!out.contains("panicked"), "{command}:\n{out}");
    }
    // One long line of a legal size (30 MB) is read, and refused for what it is, not for its size.
    let line = format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nx-long: {}\n",
        "a".repeat(30 << 20)
    );
    write(dir.path(), "long.yaml", &line);
    let (status, out) = specgen_limited(&["lint", "long.yaml"], dir.path());
    assert_eq!(status, Some(0), "{out}");
}

#[test]
fn ref_cycles_through_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "root.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'a.yaml'}\n",
    );
    write(dir.path(), "a.yaml", "$ref: 'b.yaml'\n");
    write(dir.path(), "b.yaml", "$ref: 'a.yaml'\n");
    refused(dir.path(), "root.yaml", "ref-cycle", 1);
}

#[test]
fn refs_out_of_the_folder_or_to_the_network_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n";
    write(
        dir.path(),
        "root.yaml",
        &format!("{head}    P: {{$ref: '../../../../../../../../etc/passwd'}}\n"),
    );
    refused(dir.path(), "root.yaml", "ref-escape", 1);
    let (_, out) = specgen_limited(&["lint", "root.yaml"], dir.path());
    assert!(!out.contains("root:x:0:0"), "nothing of /etc/passwd is shown: {out}");
    // A URL is not fetched: a warning, and what it stands for is generated as any JSON value.
    write(
        dir.path(),
        "remote.yaml",
        &format!("{head}    U: {{$ref: 'http://127.0.0.1:{port}/s.yaml'}}\n"),
    );
    for command in ["lint", "generate"] {
        let (status, out) = specgen_limited(&[command, "remote.yaml"], dir.path());
        // The linter shows the loader's finding; both show the schema generated as any JSON value.
        assert!(
            command == "generate" || out.contains("warning[ref-remote]"),
            "{command}:\n{out}"
        );
        assert!(out.contains("warning[unsupported-ref]"), "{command}:\n{out}");
        assert!(out.contains("is a remote reference"), "{command}:\n{out}");
        assert!(!out.contains("panicked"), "{command}:\n{out}");
        if command == "lint" {
            assert_eq!(status, Some(0), "a warning only:\n{out}");
        }
    }
    assert!(
        matches!(listener.accept(), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
        "specgen connected to the URL"
    );
}

#[test]
fn many_files_cannot_add_up_past_the_total_limit() {
    let dir = tempfile::tempdir().unwrap();
    // Three 50 MB files: each under the per-file limit (64 MiB), together over the total (128 MiB).
    let mut schemas = String::new();
    let chunk = format!("description: {}\n", "a".repeat(50 << 20));
    for i in 0..3 {
        write(dir.path(), &format!("s{i}.yaml"), &chunk);
        schemas.push_str(&format!("    S{i}: {{$ref: 's{i}.yaml'}}\n"));
    }
    write(
        dir.path(),
        "root.yaml",
        &format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"),
    );
    let (status, out) = specgen_limited(&["lint", "root.yaml"], dir.path());
    assert_eq!(status, Some(1), "{out}");
    assert!(out.contains("root.yaml:8:16"), "at the third $ref: {out}");
    assert!(
        out.contains("`s2.yaml` not read: its 52428814 bytes would take the spec's files past the limit"),
        "{out}"
    );
}
