//! Helpers shared by the integration tests: running the real `pyglass` binary and reading
//! golden files written by `tests/generate_golden.py`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a command printed and how it ended.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: i32,
    pub stderr: String,
    pub stdout: String,
}

impl Outcome {
    /// Parse the golden format: "<status>\n<stderr length in chars>\n<stderr><stdout>".
    pub fn from_golden(text: &str) -> Outcome {
        let (status, rest) = text.split_once('\n').expect("golden: status line");
        let (len, rest) = rest.split_once('\n').expect("golden: stderr length line");
        let len: usize = len.parse().expect("golden: stderr length");
        let split = rest.char_indices().nth(len).map_or(rest.len(), |(i, _)| i);
        Outcome {
            status: status.parse().expect("golden: status"),
            stderr: rest[..split].to_string(),
            stdout: rest[split..].to_string(),
        }
    }
}

/// The repository root (tests run with it as the working directory).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the built `pyglass` binary from the repository root.
pub fn pyglass(args: &[&str]) -> Outcome {
    let output = Command::new(env!("CARGO_BIN_EXE_pyglass"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run pyglass");
    Outcome {
        status: output.status.code().unwrap_or(-1),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
    }
}

/// The `.py` files directly inside `dir` (relative to the root), sorted.
pub fn python_files(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .map(|p| format!("{dir}/{}", p.file_name().unwrap_or_default().to_string_lossy()))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The stem of a path: `tests/cases/x.py` -> `x`.
pub fn stem(path: &str) -> String {
    Path::new(path).file_stem().unwrap_or_default().to_string_lossy().into_owned()
}

/// A short, readable account of where two texts first differ.
pub fn first_difference(expected: &str, actual: &str) -> String {
    for (n, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n  expected: {e}\n  actual:   {a}", n + 1);
        }
    }
    format!(
        "lengths differ: expected {} lines, got {} lines",
        expected.lines().count(),
        actual.lines().count()
    )
}
