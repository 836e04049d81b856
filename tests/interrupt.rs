//! Ctrl-C: SIGINT becomes a `KeyboardInterrupt` that the program can catch; uncaught, it
//! prints a traceback and ends the process by SIGINT. Checked against python3 itself, which
//! gets the same signals at the same points of the same program.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Run `tests/interrupt/spin.py` under `program`, interrupting it twice once it has started;
/// returns stdout, stderr and the signal that ended it, or `None` if it did not end within
/// ten seconds (then it is killed: SIGINT is ignored where the tests run, as under some
/// job runners, and python3 keeps it ignored).
fn interrupted_run(program: &str) -> Option<(String, String, Option<i32>)> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/interrupt/spin.py");
    let mut child = Command::new(program)
        .arg(script)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("the program starts");
    for _ in 0..2 {
        std::thread::sleep(Duration::from_millis(300));
        let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
        assert!(sent.success());
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while child.try_wait().expect("poll").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read stdout");
    let mut stderr = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("read stderr");
    let status = child.wait().expect("wait");
    Some((first + &rest, stderr, status.signal()))
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_as_in_cpython() {
    let python = String::from_utf8(
        Command::new("python3")
            .args(["-c", "import sys; print(sys.executable)"])
            .output()
            .expect("python3")
            .stdout,
    )
    .expect("utf-8");
    let actual = interrupted_run(env!("CARGO_BIN_EXE_pyglass")).expect("pyglass ends on Ctrl-C");
    assert_eq!(actual.2, Some(2), "ended by SIGINT");
    assert!(actual.1.ends_with("KeyboardInterrupt\n"), "{}", actual.1);
    match interrupted_run(python.trim()) {
        Some(expected) => assert_eq!(actual, expected),
        None => eprintln!("python3 ignored SIGINT here (inherited); compared with pyglass's own rules only"),
    }
}
