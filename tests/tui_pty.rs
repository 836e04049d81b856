//! The real `pyglass debug` in a pseudo-terminal, driven by keys as a person types them; the
//! screen is read back through a terminal emulator (vt100) after each step.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Terminal {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Terminal {
    fn open(args: &[&str], config: &std::path::Path) -> Terminal {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_pyglass"));
        command.args(args);
        Terminal::spawn(command, config)
    }

    /// `pyglass ARGS` run by a shell, which then prints its exit status and the terminal's
    /// modes (`stty -a`) on the same terminal.
    fn open_then_modes(args: &str, config: &std::path::Path) -> Terminal {
        Terminal::open_then_modes_with(args, &[], config)
    }

    /// `open_then_modes` with these environment variables set for pyglass.
    fn open_then_modes_with(args: &str, vars: &[(&str, &str)], config: &std::path::Path) -> Terminal {
        let mut command = CommandBuilder::new("sh");
        let line = format!("{} {args}; echo \"status $?\"; stty -a", env!("CARGO_BIN_EXE_pyglass"));
        command.args(["-c", &line]);
        for (name, value) in vars {
            command.env(name, value);
        }
        Terminal::spawn(command, config)
    }

    /// The process id of pyglass under `open_then_modes`'s shell.
    fn pyglass_pid(&self) -> u32 {
        let shell = self.child.process_id().expect("the shell runs");
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap();
        children.split_whitespace().next().expect("pyglass runs").parse().unwrap()
    }

    fn spawn(mut command: CommandBuilder, config: &std::path::Path) -> Terminal {
        let pty = native_pty_system();
        let pair =
            pty.openpty(PtySize { rows: 30, cols: 110, pixel_width: 0, pixel_height: 0 }).expect("a pty");
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        command.env("TERM", "xterm-256color");
        command.env("PYGLASS_CONFIG_DIR", config);
        let child = pair.slave.spawn_command(command).expect("pyglass starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = pair.master.take_writer().expect("a writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(30).unwrap(),
            std::num::NonZero::new(110).unwrap(),
            0,
        )));
        let feed = screen.clone();
        std::thread::spawn(move || {
            // The master must stay open while the child runs.
            let _master = pair.master;
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buffer[..n]);
            }
        });
        Terminal { screen, writer, child }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn type_keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Wait until the screen shows all of `wanted`; the screen.
    fn wait_for(&self, wanted: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if wanted.iter().all(|w| text.contains(w)) {
                return text;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "the screen never showed {wanted:?}:\n{text}");
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Wait for pyglass to exit; its status and whether it left the alternate screen.
    fn exit(mut self) -> (u32, bool) {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100));
                let restored = !self.screen.lock().unwrap().screen().alternate_screen();
                return (status.exit_code(), restored);
            }
            assert!(start.elapsed() < Duration::from_secs(20), "pyglass did not exit:\n{}", self.text());
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

fn config_dir(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyglass-pty-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn breakpoint_continue_and_steps_by_line_and_instruction() {
    let config = config_dir("steps");
    let mut term = Terminal::open(&["debug", "tests/tui/walk.py"], &config);
    term.wait_for(&["STOPPED", "▶ def square(n):", "1 Source"]);
    term.type_keys(":b 3\r");
    term.wait_for(&["Breakpoint 1 at", "●    3"]);
    term.type_keys("c");
    let screen = term.wait_for(&["breakpoint 1", "●    3▶     return result"]);
    assert!(screen.contains("result int 1"), "{screen}");
    // As pdb: the step stops first at the return of square(), showing the value.
    term.type_keys("n");
    term.wait_for(&["returning 1", "●    3▶     return result"]);
    term.type_keys("n");
    let screen = term.wait_for(&["▶ for v in values:"]);
    assert!(screen.contains("stepped"), "{screen}");
    term.type_keys("i");
    // FOR_ITER ran: the next item is on the value stack, above the iterator.
    let screen = term.wait_for(&["▶ for v in values:", "TOS int        2", "list_iter"]);
    assert!(screen.contains("STOPPED"), "{screen}");
    // Focus the Bytecode pane (number key 3): the next instruction stores v.
    term.type_keys("3");
    term.wait_for(&["3 Bytecode", "▶", "STORE_NAME"]);
    term.type_keys("c");
    // The breakpoint stops again in the next call.
    let screen = term.wait_for(&["result int 4"]);
    assert!(screen.contains("breakpoint 1"), "{screen}");
    term.type_keys("q");
    let (status, restored) = term.exit();
    assert!(restored, "the terminal is back on the main screen");
    assert_eq!(status, 0);
    // The breakpoint was saved for next time.
    let saved = std::fs::read_to_string(config.join("breakpoints.toml")).unwrap();
    assert!(saved.contains("line = 3"), "{saved}");
    let mut term = Terminal::open(&["debug", "--run", "tests/tui/walk.py"], &config);
    term.wait_for(&["breakpoint 1", "●    3▶     return result"]);
    term.type_keys("q");
    let _ = term.exit();
    let _ = std::fs::remove_dir_all(&config);
}

#[test]
fn a_running_program_pauses_at_once_and_ctrl_c_quits_restoring_the_terminal() {
    let config = config_dir("pause");
    let mut term = Terminal::open(&["debug", "--run", "tests/tui/busy.py"], &config);
    term.wait_for(&["RUNNING", "still going 2"]);
    term.type_keys("p");
    let screen = term.wait_for(&["STOPPED", "paused"]);
    assert!(screen.contains("n    int"), "{screen}");
    term.type_keys("\x03");
    let (_, restored) = term.exit();
    assert!(restored, "the terminal is back on the main screen");
    let _ = std::fs::remove_dir_all(&config);
}

/// The terminal after pyglass ended under `open_then_modes`: its status line shows `status`,
/// the main screen is back, and the modes are a shell's again (canonical input, echo).
fn assert_restored(term: Terminal, status: u32) {
    // (`extproc`, last of the local modes stty lists, so that the whole line has arrived.)
    let screen = term.wait_for(&[&format!("status {status}"), "speed", "extproc"]);
    let modes: Vec<&str> = screen.split_whitespace().collect();
    for mode in ["icanon", "echo", "isig"] {
        assert!(modes.contains(&mode), "{mode} is off:\n{screen}");
    }
    let (_, main_screen) = term.exit();
    assert!(main_screen, "the terminal is back on the main screen");
}

#[test]
fn the_terminal_is_restored_after_os_exit_sys_exit_and_a_deadlock_report() {
    let config = config_dir("exits");
    for (script, status) in [("os_exit", 3), ("sys_exit", 4), ("deadlock", 1)] {
        let mut term = Terminal::open_then_modes(&format!("debug --run tests/tui/{script}.py"), &config);
        // A program that ends by itself leaves the debugger open on its last screen.
        if script == "sys_exit" {
            term.wait_for(&["FINISHED", "exit status 4"]);
            term.type_keys("q");
        }
        assert_restored(term, status);
    }
    let _ = std::fs::remove_dir_all(&config);
}

#[test]
fn sigterm_restores_the_terminal() {
    let config = config_dir("sigterm");
    let term = Terminal::open_then_modes("debug --run tests/tui/busy.py", &config);
    term.wait_for(&["RUNNING", "still going"]);
    let killed = std::process::Command::new("kill").args(["-TERM", &term.pyglass_pid().to_string()]).status();
    assert!(killed.unwrap().success());
    assert_restored(term, 143);
    let _ = std::fs::remove_dir_all(&config);
}

#[test]
fn a_panic_inside_the_tui_restores_the_terminal_and_shows_the_report() {
    let config = config_dir("panic");
    let term = Terminal::open_then_modes_with(
        "debug tests/tui/walk.py",
        &[("PYGLASS_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")],
        &config,
    );
    // The report is printed on the main screen, after the terminal was given back.
    term.wait_for(&["a panic inside the TUI, as asked", "status 101"]);
    assert_restored(term, 101);
    let _ = std::fs::remove_dir_all(&config);
}
