//! The VM's behaviour tests: every `tests/programs/NAME.py` is run by pyglass (with
//! `NAME.stdin` on standard input if present) and its stdout, stderr and exit status compared
//! with what CPython 3.11 printed (`tests/programs/golden/NAME.out`, written by
//! `python3 tests/generate_programs.py`).
//!
//! The VM does not run every program yet: the test prints which ones differ and fails only if
//! fewer pass than the count recorded in `tests/programs_floor.txt` (raise it as the VM grows).

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{Outcome, first_difference, python_files, root, stem};

fn run(case: &str) -> Outcome {
    let stdin_path = root().join(case.replace(".py", ".stdin"));
    let input = std::fs::read(&stdin_path).unwrap_or_default();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyglass"))
        .arg(case)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyglass");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(&input);
    }
    let out = child.wait_with_output().expect("wait for pyglass");
    let root_prefix = format!("{}/", root().display());
    Outcome {
        status: out.status.code().unwrap_or(-1),
        stderr: String::from_utf8_lossy(&out.stderr).replace(&root_prefix, "<ROOT>/"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

#[test]
fn programs_match_cpython() {
    let cases = python_files("tests/programs");
    let mut passed = 0;
    let mut failures = Vec::new();
    for case in &cases {
        let golden_path = root().join("tests/programs/golden").join(format!("{}.out", stem(case)));
        let Ok(golden) = std::fs::read_to_string(&golden_path) else {
            failures.push(format!("{case}: no golden (run python3 tests/generate_programs.py)"));
            continue;
        };
        let expected = Outcome::from_golden(&golden);
        let actual = run(case);
        if actual == expected {
            passed += 1;
        } else if actual.stdout != expected.stdout {
            failures.push(format!("{case}: stdout {}", first_difference(&expected.stdout, &actual.stdout)));
        } else {
            failures.push(format!(
                "{case}: status {} (CPython {}), stderr {}",
                actual.status,
                expected.status,
                first_difference(&expected.stderr, &actual.stderr)
            ));
        }
    }
    let floor: usize = std::fs::read_to_string(root().join("tests/programs_floor.txt"))
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(0);
    println!("{passed} of {} programs match CPython (floor {floor})", cases.len());
    for f in &failures {
        println!("{f}");
    }
    assert!(
        passed >= floor,
        "only {passed} programs match CPython; tests/programs_floor.txt requires {floor}"
    );
}
