//! The command line's contract outside the golden files: unreadable inputs, standard input.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::pyglass;

#[test]
fn missing_file_is_one_line_and_exit_status_2() {
    for command in ["tokens", "ast"] {
        let out = pyglass(&[command, "no/such/file.py"]);
        assert_eq!(out.status, 2, "{command}");
        assert_eq!(
            out.stderr,
            "pyglass: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn directory_is_one_line_and_exit_status_2() {
    let out = pyglass(&["ast", "tests"]);
    assert_eq!(out.status, 2);
    assert_eq!(out.stderr, "pyglass: can't open file 'tests': [Errno 21] Is a directory\n");
}

/// Run pyglass with `input` on standard input.
fn with_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyglass"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyglass");
    child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// Expected text from `printf 'x = 1\n' | python3 -m tokenize` (stdin mode: no ENCODING token).
#[test]
fn tokens_from_stdin_has_no_encoding_token() {
    let (status, stdout, _) = with_stdin(&["tokens", "-"], b"x = 1\n");
    assert_eq!(status, 0);
    assert_eq!(
        stdout,
        "1,0-1,1:            NAME           'x'            \n\
         1,2-1,3:            OP             '='            \n\
         1,4-1,5:            NUMBER         '1'            \n\
         1,5-1,6:            NEWLINE        '\\n'           \n\
         2,0-2,0:            ENDMARKER      ''             \n"
    );
}

// Expected text from python3: `ast.dump(ast.parse('x = 1\n'), indent=2)`.
#[test]
fn ast_from_stdin() {
    let (status, stdout, _) = with_stdin(&["ast", "-"], b"x = 1\n");
    assert_eq!(status, 0);
    assert_eq!(
        stdout,
        "Module(\n  body=[\n    Assign(\n      targets=[\n        Name(id='x', ctx=Store())],\n      value=Constant(value=1))],\n  type_ignores=[])\n"
    );
}

// Expected report from `printf 'x = (\n' | python3 -` .
#[test]
fn syntax_error_from_stdin_names_stdin() {
    let (status, stdout, stderr) = with_stdin(&["ast", "-"], b"x = (\n");
    assert_eq!(status, 1);
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        "  File \"<stdin>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"
    );
}
