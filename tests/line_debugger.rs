//! The line debugger (`pyglass debug --no-tui`) and the REPL, driven through stdin.
//! Transcripts of pdb-compatible sessions are compared with pdb's own, made by
//! tests/generate_line_transcripts.py (python3 -m pdb, same program, same commands; NAME.cmds
//! runs tests/line/P.py or tests/tui/P.py, P being NAME up to its first '-').

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyglass"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PYGLASS_CONFIG_DIR", std::env::temp_dir().join(format!("pyglass-line-{}", std::process::id())))
        .env("HOME", std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyglass runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (text.replace(env!("CARGO_MANIFEST_DIR"), "<ROOT>"), out.status.code().unwrap_or(-1))
}

#[test]
fn transcripts_match_pdb() {
    let dir = std::path::Path::new("tests/line");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "cmds")
                .then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))?
        })
        .collect();
    names.sort();
    names.dedup();
    assert!(names.len() >= 4, "{names:?}");
    for name in names {
        let commands = std::fs::read_to_string(dir.join(format!("{name}.cmds"))).unwrap();
        let expected = std::fs::read_to_string(dir.join(format!("golden/{name}.out"))).unwrap();
        let stem = name.split('-').next().unwrap_or(&name);
        let program = ["tests/line", "tests/tui"]
            .iter()
            .map(|folder| format!("{folder}/{stem}.py"))
            .find(|p| std::path::Path::new(p).exists())
            .expect("the transcript's program exists");
        let (actual, _) = run(&["debug", "--no-tui", &program], &commands);
        assert_eq!(actual, expected, "transcript {name} differs from pdb's");
    }
}

#[test]
fn pyglass_commands_show_instructions_the_value_stack_bytecode_and_the_ast() {
    let (out, _) =
        run(&["debug", "--no-tui", "tests/tui/walk.py"], "b 2\nc\nsi\nsi\nstack\ndis\nast\nthreads\nq\n");
    assert!(out.contains("   1 LOAD_FAST                0 (n)"), "{out}");
    assert!(out.contains(" TOS  int          1\n  -1  int          1"), "{out}");
    assert!(out.contains("      -->       2 BINARY_OP                5 (*)"), "{out}");
    assert!(
        out.contains(
            "Module\n  body[0]: FunctionDef name='square'\n    body[0]: Assign\n      value: BinOp op=Mult"
        ),
        "{out}"
    );
    assert!(out.contains("* 1 MainThread"), "{out}");
}

#[test]
fn commands_from_dash_c_run_first_and_an_empty_line_repeats() {
    let (out, status) =
        run(&["debug", "--no-tui", "-c", "b fact", "-c", "c", "tests/tui/walk.py"], "p n\n\nc\n\nq\n");
    // `fact` is not defined yet at the first line: the breakpoint waits for a function of that name.
    assert!(out.contains("Breakpoint 1 at fact()"), "{out}");
    assert!(out.contains("(Pdb) 6\n(Pdb) 6\n"), "the empty line repeats `p n`:\n{out}");
    assert!(out.contains("fact()\n-> if n <= 1:\n(Pdb) > "), "{out}");
    assert_eq!(status, 0);
}

#[test]
fn the_repl_echoes_results_keeps_going_after_errors_and_shows_the_pipeline() {
    let input = "x = 2\nx * 21\n_ + 1\ndef f():\n    return 5\n\nf()\n1/0\nfor i in range(2):\n    print(i)\n\n:tokens a+1\n:dis y = 1\n:time sum(range(100))\nexit(3)\n";
    let (out, status) = run(&["repl"], input);
    assert!(out.contains(">>> 42\n>>> 43\n"), "{out}");
    assert!(out.contains("... ... >>> 5\n"), "{out}");
    assert!(out.contains("ZeroDivisionError: division by zero"), "{out}");
    assert!(out.contains("... ... 0\n1\n"), "{out}");
    assert!(out.contains("1,0-1,1:            NAME           'a'"), "{out}");
    assert!(out.contains("STORE_NAME"), "{out}");
    assert!(out.contains(" instructions in "), "{out}");
    assert_eq!(status, 3);
}

#[test]
fn a_jump_into_a_loop_or_from_mid_line_is_refused() {
    let (out, _) = run(&["debug", "--no-tui", "tests/tui/walk.py"], "j 15\nj 12\nsi\nj 13\nq\n");
    assert!(
        out.contains("(Pdb) *** Jump failed: can't jump into or out of a block (a loop, a with or a try)\n"),
        "{out}"
    );
    assert!(out.contains("> <ROOT>/tests/tui/walk.py(12)<module>()\n-> total = 0\n"), "{out}");
    assert!(out.contains("*** Jump failed: the program is in the middle of a line"), "{out}");
}

#[test]
fn interact_sees_the_frame_and_returns_to_the_debugger() {
    // End of input (Ctrl-D) leaves the interpreter for the debugger's prompt.
    let (out, _) = run(&["debug", "--no-tui", "tests/tui/walk.py"], "b 3\nc\ninteract\nn * 10 + result\n");
    assert!(out.contains("*interactive*\n>>> 11\n>>> \n(Pdb) \n"), "{out}");
}

/// Every command with arguments it cannot use: one clear line each (pdb's where pdb has
/// one), the session goes on, nothing panics.
#[test]
fn commands_with_bad_arguments_answer_with_a_message() {
    let commands = [
        ("b nosuchfile.py:3", "*** Line 3 out of range for nosuchfile.py"),
        ("b 99999", "*** Line 99999 out of range for"),
        ("b abc:def", "*** The specified object \"abc:def\" is not a function or was not found"),
        ("b 0", "*** Line 0 out of range for"),
        ("cl 99", "*** No breakpoint numbered 99"),
        ("cl abc", "*** Invalid breakpoint number \"abc\""),
        ("disable 99", "*** No breakpoint numbered 99"),
        ("enable x", "*** Invalid breakpoint number \"x\""),
        ("condition 99 x", "*** No breakpoint numbered 99"),
        ("ignore 1 x", "*** Usage: ignore NUMBER COUNT"),
        ("commands 99", "*** Usage: commands [bnum]"),
        ("j 99999", "*** Jump failed: line 99999 has no code in <module>"),
        ("j abc", "*** The 'jump' command requires a line number"),
        ("unt abc", "*** Error in argument: \"abc\""),
        ("l abc", "*** Error in argument: \"abc\""),
        ("p", "*** Usage: p EXPRESSION"),
        ("p 1/0", "*** ZeroDivisionError: division by zero"),
        ("p (", "*** SyntaxError: '(' was never closed"),
        ("pp undefined_name", "*** NameError: name 'undefined_name' is not defined"),
        ("undisplay 7", "*** not a display expression: 7"),
        ("u 999", "*** Oldest frame"),
        ("d 999", "*** Newest frame"),
        ("thread 99", "*** No thread numbered 99"),
        ("thread x", "*** No thread numbered x"),
        ("watch (", "*** SyntaxError: '(' was never closed"),
        ("frobnicate", "*** NameError: name 'frobnicate' is not defined"),
        ("retval", "*** Not yet returned!"),
    ];
    let input: String = commands.iter().map(|(c, _)| format!("{c}\n")).collect::<String>() + "q\n";
    let (out, status) = run(&["debug", "--no-tui", "tests/tui/walk.py"], &input);
    assert_eq!(status, 0, "{out}");
    assert!(!out.contains("panicked"), "{out}");
    // After the first prompt, one reply per command, in order.
    let replies: Vec<&str> = out.split("(Pdb) ").skip(1).collect();
    for ((command, expected), reply) in commands.iter().zip(&replies) {
        assert!(reply.starts_with(expected), "`{command}` answered {reply:?}, not {expected:?}");
    }
}
