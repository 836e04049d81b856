//! Golden tests: `pyglass tokens` and `pyglass ast` on every `tests/cases/*.py` must print what
//! CPython 3.11 printed (stdout, stderr and exit status), and `pyglass ast` on every malformed
//! `tests/errors/*.py` must report the SyntaxError as `python3 FILE` does.
//! Regenerate the expectations with `python3 tests/generate_golden.py`.

mod common;

use common::{Outcome, first_difference, pyglass, python_files, root, stem};

/// Run `args` + the file for every case and compare with `tests/golden/<stem><suffix>`;
/// report every mismatching case at once.
fn check_all(dir: &str, golden_dir: &str, suffix: &str, args: &[&str]) {
    let cases = python_files(dir);
    assert!(!cases.is_empty(), "no test cases in {dir}");
    let mut failures = Vec::new();
    for case in &cases {
        let golden_path = root().join(golden_dir).join(format!("{}{suffix}", stem(case)));
        let golden = std::fs::read_to_string(&golden_path).unwrap_or_else(|_| {
            panic!("missing {}: run python3 tests/generate_golden.py", golden_path.display())
        });
        let expected = Outcome::from_golden(&golden);
        let mut full_args = args.to_vec();
        full_args.push(case);
        let mut actual = pyglass(&full_args);
        let root_prefix = format!("{}/", root().display());
        actual.stderr = actual.stderr.replace(&root_prefix, "<ROOT>/");
        if actual != expected {
            let detail = if actual.status != expected.status {
                format!(
                    "exit status {} (expected {})\nstderr: {}",
                    actual.status, expected.status, actual.stderr
                )
            } else if actual.stderr != expected.stderr {
                format!("stderr:\n{}", first_difference(&expected.stderr, &actual.stderr))
            } else {
                format!("stdout:\n{}", first_difference(&expected.stdout, &actual.stdout))
            };
            failures.push(format!("pyglass {} {case}: {detail}", args.join(" ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ from CPython:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn tokens_match_cpython() {
    check_all("tests/cases", "tests/golden", ".tokens", &["tokens"]);
}

#[test]
fn exact_tokens_match_cpython() {
    check_all("tests/cases", "tests/golden", ".tokens-exact", &["tokens", "-e"]);
}

#[test]
fn ast_matches_cpython() {
    check_all("tests/cases", "tests/golden", ".ast", &["ast"]);
}

#[test]
fn ast_positions_match_cpython() {
    check_all("tests/cases", "tests/golden", ".ast-positions", &["ast", "--positions"]);
}

#[test]
fn syntax_errors_match_cpython() {
    check_all("tests/errors", "tests/golden/errors", ".stderr", &["ast"]);
}
