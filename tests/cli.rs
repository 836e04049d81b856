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

/// `pyglass x.py | head -1`: the reader goes away; the program's next write raises
/// BrokenPipeError where it wrote (a traceback, status 1) as CPython's does, or a program
/// that catches it ends as it chooses; never a panic.
#[test]
fn a_closed_pipe_is_broken_pipe_error_in_the_program() {
    let dir = std::env::temp_dir().join(format!("pyglass-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plain = dir.join("plain.py");
    std::fs::write(&plain, "for i in range(200000):\n    print(i)\n").unwrap();
    let caught = dir.join("caught.py");
    std::fs::write(
        &caught,
        "import sys\ntry:\n    for i in range(200000):\n        print(i)\nexcept BrokenPipeError as e:\n    sys.stderr.write(f'caught {e.errno} {e.strerror}\\n')\n",
    )
    .unwrap();
    for (script, status, last_line) in
        [(&plain, 1, "BrokenPipeError: [Errno 32] Broken pipe"), (&caught, 0, "caught 32 Broken pipe")]
    {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pyglass"))
            .arg(script)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read the first line, then close the pipe, as `head -1` does.
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 2];
        std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(status), "{stderr}");
        assert_eq!(stderr.lines().last(), Some(last_line), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
