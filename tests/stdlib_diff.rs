//! The differential test: `pyglass tokens` and `pyglass ast --positions` against CPython 3.11 on
//! every `.py` file of the installed python3's standard library (site-packages excluded).
//!
//! CPython's outputs are computed once, in one python3 process, into
//! `target/stdlib-expected/` (reused while the python3 version and file list stay the same).
//! The test prints the figures, writes every mismatch to `target/stdlib-diff.txt`, and fails if
//! fewer files match than the floor recorded in `tests/stdlib_floor.txt` (raise it as we improve).
//! Slow (a minute or two), so `#[ignore]`d: `cargo test --release --test stdlib_diff -- --ignored --nocapture`.

mod common;
#[path = "common/stdlib.rs"]
mod stdlib;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use common::{Outcome, first_difference, root};
use stdlib::{python_stdout, stdlib_dir, stdlib_files};

/// CPython's outputs for `files`, computing them unless the cache matches.
fn expected_dir(files: &[PathBuf], version: &str) -> PathBuf {
    let dir = root().join("target/stdlib-expected");
    let stamp = format!("{version}\n{}\n", files.len());
    if std::fs::read_to_string(dir.join("stamp")).ok().as_deref() == Some(stamp.as_str()) {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    let status = Command::new("python3")
        .arg(root().join("tests/tools/cpython_front_end.py"))
        .arg(&dir)
        .args(files)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "computing CPython's outputs failed");
    std::fs::write(dir.join("stamp"), stamp).expect("write stamp");
    dir
}

#[derive(Default)]
struct Tally {
    identical: usize,
    compared: usize,
    mismatches: Vec<String>,
}

fn compare(tally: &Mutex<Tally>, label: &str, file: &Path, expected: &str, args: &[&str]) {
    if expected == "skip\n" {
        return;
    }
    let expected = Outcome::from_golden(expected);
    let actual = common::pyglass(args);
    let mut tally = tally.lock().unwrap_or_else(|e| e.into_inner());
    tally.compared += 1;
    if actual == expected {
        tally.identical += 1;
    } else {
        let detail = if actual.status != expected.status {
            format!("exit {} (CPython {}): {}", actual.status, expected.status, actual.stderr.trim_end())
        } else if actual.stderr != expected.stderr {
            format!("stderr {}", first_difference(&expected.stderr, &actual.stderr))
        } else {
            first_difference(&expected.stdout, &actual.stdout)
        };
        tally.mismatches.push(format!("{label} {}: {detail}", file.display()));
    }
}

fn floor(name: &str) -> usize {
    let text = std::fs::read_to_string(root().join("tests/stdlib_floor.txt")).unwrap_or_default();
    text.lines()
        .filter_map(|line| line.split_once(' '))
        .find(|(key, _)| *key == name)
        .and_then(|(_, n)| n.trim().parse().ok())
        .unwrap_or(0)
}

#[test]
#[ignore = "slow: runs over the whole standard library"]
fn stdlib_matches_cpython() {
    let stdlib = stdlib_dir();
    let version = python_stdout("import sys; print(sys.version)");
    assert!(version.starts_with("3.11"), "the oracle must be CPython 3.11, found {version}");
    let files = stdlib_files(&stdlib);
    assert!(files.len() > 1000, "found only {} files under {}", files.len(), stdlib.display());
    let expected = expected_dir(&files, &version);

    let tokens = Mutex::new(Tally::default());
    let ast = Mutex::new(Tally::default());
    let next = Mutex::new(0usize);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = {
                        let mut next = next.lock().unwrap_or_else(|e| e.into_inner());
                        *next += 1;
                        *next - 1
                    };
                    let Some(file) = files.get(index) else { break };
                    let path = file.to_string_lossy();
                    let read = |suffix: &str| {
                        std::fs::read(expected.join(format!("{index}.{suffix}")))
                            .map(|b| String::from_utf8_lossy(&b).into_owned())
                            .unwrap_or_else(|_| "skip\n".to_string())
                    };
                    compare(&tokens, "tokens", file, &read("tokens"), &["tokens", &path]);
                    compare(&ast, "ast", file, &read("ast-positions"), &["ast", "--positions", &path]);
                }
            });
        }
    });

    let tokens = tokens.into_inner().unwrap_or_else(|e| e.into_inner());
    let ast = ast.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut report = String::new();
    for line in tokens.mismatches.iter().chain(&ast.mismatches) {
        report.push_str(line);
        report.push_str("\n\n");
    }
    let _ = std::fs::write(root().join("target/stdlib-diff.txt"), &report);
    println!("stdlib: {} files under {}", files.len(), stdlib.display());
    println!("tokens:          {} of {} identical", tokens.identical, tokens.compared);
    println!("ast --positions: {} of {} identical", ast.identical, ast.compared);
    println!("mismatches written to target/stdlib-diff.txt");
    for line in tokens.mismatches.iter().chain(&ast.mismatches).take(20) {
        println!("{line}\n");
    }
    assert!(tokens.identical >= floor("tokens"), "tokens: fewer files match than tests/stdlib_floor.txt");
    assert!(ast.identical >= floor("ast"), "ast: fewer files match than tests/stdlib_floor.txt");
}
