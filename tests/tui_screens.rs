//! The TUI debugger driven by scripted keys on ratatui's TestBackend: a real program runs
//! under the real debugger session; the screens at chosen points are compared with the
//! snapshots in tests/tui/snapshots (`UPDATE_SNAPSHOTS=1 cargo test --test tui_screens`
//! rewrites them after a deliberate change; look at the diff before committing).
//! The Profile pane's clock is a mock one, so its times are fixed.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use pyglass::cli::debug::run_session;
use pyglass::cli::run::compile_script;
use pyglass::cli::schedule::ScheduleArgs;
use pyglass::debugger::session::{DebugState, Debugger};
use pyglass::pipeline::CacheMode;
use pyglass::tui::app::App;
use pyglass::tui::frontend::{Events, Tui};
use pyglass::tui::keymap::Keymap;
use pyglass::tui::live_profile::LiveProfile;
use pyglass::tui::output::{Output, SharedOutput};
use pyglass::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

enum Step {
    Event(Event),
    /// Keep the last screen under this name.
    Snap(&'static str),
}

/// Keys as a user types them: each char a key; `<name>` for a named key.
fn keys(text: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let code = if c == '<' {
            let name: String = chars.by_ref().take_while(|&c| c != '>').collect();
            match name.as_str() {
                "enter" => KeyCode::Enter,
                "esc" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "down" => KeyCode::Down,
                "up" => KeyCode::Up,
                other => panic!("unknown key <{other}>"),
            }
        } else {
            KeyCode::Char(c)
        };
        steps.push(Step::Event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE))));
    }
    steps
}

fn click(column: u16, row: u16) -> Step {
    Step::Event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }))
}

/// Events from a script, served only when the debugger waits for the user (polls while the
/// program runs get none), and the screens drawn.
struct Script {
    steps: VecDeque<Step>,
    last: String,
    screens: Rc<RefCell<Vec<(String, String)>>>,
    exhausted: bool,
}

impl Events for Script {
    fn next(&mut self, timeout: Option<Duration>) -> Option<Event> {
        if timeout.is_some() {
            return None;
        }
        loop {
            match self.steps.pop_front() {
                Some(Step::Snap(name)) => {
                    self.screens.borrow_mut().push((name.to_string(), self.last.clone()))
                }
                Some(Step::Event(event)) => return Some(event),
                None => {
                    self.exhausted = true;
                    return None;
                }
            }
        }
    }

    fn ended(&self) -> bool {
        self.exhausted
    }

    fn drawn(&mut self, screen: &Buffer) {
        self.last = text_of(screen);
    }
}

fn text_of(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buffer.cell((x, y)).map_or(" ", |c| c.symbol()));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Copy a test script to a fixed path (the same on every machine, so the screens are too).
fn script_path(test: &str, script: &str) -> PathBuf {
    let dir = std::env::temp_dir().join("pyglass-tui").join(test);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(script);
    std::fs::copy(PathBuf::from("tests/tui").join(script), &path).unwrap();
    path
}

struct Run {
    screens: Vec<(String, String)>,
    output: String,
    status: i32,
}

fn debug(test: &str, script: &str, size: (u16, u16), steps: Vec<Step>) -> Run {
    let path = script_path(test, script);
    let path = path.to_string_lossy().into_owned();
    let compiled = compile_script(&path, CacheMode::OFF).unwrap().unwrap();
    let output: SharedOutput = Rc::new(RefCell::new(Output::default()));
    let screens = Rc::new(RefCell::new(Vec::new()));
    let events =
        Script { steps: steps.into(), last: String::new(), screens: screens.clone(), exhausted: false };
    let mut app = App::new(Theme::dark(), Keymap::default(), output.clone());
    app.profile = LiveProfile::with_clock(quanta::Clock::mock().0);
    // Exact mode: samples come from a real-time ticker, which a snapshot cannot hold still.
    app.profile.exact = true;
    let terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let tui = Tui::new(terminal, app, Box::new(events));
    let session = Rc::new(RefCell::new(Debugger::new(DebugState::new(false), tui)));
    let status = run_session(&session, &[path], CacheMode::OFF, &ScheduleArgs::default(), compiled);
    let text = output.borrow().all().map(|(_, l)| format!("{l}\n")).collect();
    let screens = screens.borrow().clone();
    Run { screens, output: text, status }
}

/// Compare a screen with its snapshot (or write it, with UPDATE_SNAPSHOTS=1).
fn assert_snapshot(name: &str, screen: &str) {
    let path = PathBuf::from("tests/tui/snapshots").join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, screen).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {}: run with UPDATE_SNAPSHOTS=1", path.display()));
    assert_eq!(screen, expected, "screen {name} differs from its snapshot:\n{screen}");
}

fn screen<'a>(run: &'a Run, name: &str) -> &'a str {
    &run.screens.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no screen {name}")).1
}

#[test]
fn stepping_through_a_program_at_80x24() {
    let mut steps = vec![Step::Snap("entry")];
    steps.extend(keys("nn"));
    steps.push(Step::Snap("after_two_nexts"));
    steps.extend(keys("nnns"));
    steps.push(Step::Snap("stepped_into_square"));
    steps.extend(keys("i"));
    steps.push(Step::Snap("one_instruction"));
    steps.extend(keys("r"));
    steps.push(Step::Snap("returned"));
    steps.extend(keys("c"));
    // input() waits in the Output pane.
    steps.push(Step::Snap("input"));
    steps.extend(keys("Ada<enter>"));
    steps.push(Step::Snap("finished"));
    steps.extend(keys("q"));
    let run = debug("stepping", "walk.py", (80, 24), steps);
    assert_eq!(run.status, 0);
    assert!(run.output.contains("total 14\nfact 720\nname? Ada\nhello Ada\n"), "{}", run.output);
    for name in [
        "entry",
        "after_two_nexts",
        "stepped_into_square",
        "one_instruction",
        "returned",
        "input",
        "finished",
    ] {
        assert_snapshot(&format!("walk_80x24_{name}"), screen(&run, name));
    }
    let entry = screen(&run, "entry");
    assert!(entry.contains("▶ def square(n):"), "{entry}");
    let into = screen(&run, "stepped_into_square");
    assert!(into.contains("▶     result = n * n"), "{into}");
}

#[test]
fn every_pane_at_160x48_and_zoomed() {
    let mut steps = keys(":b 3<enter>c");
    steps.push(Step::Snap("breakpoint"));
    for n in 1..=9 {
        steps.extend(keys(&format!("{n}z")));
        steps.push(Step::Snap(["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8", "z9"][n - 1]));
        steps.extend(keys("z"));
    }
    steps.extend(keys("?"));
    steps.push(Step::Snap("help"));
    steps.extend(keys("<esc>q"));
    let run = debug("panes", "walk.py", (160, 48), steps);
    assert_snapshot("walk_160x48_breakpoint", screen(&run, "breakpoint"));
    for (n, pane) in
        ["source", "output", "bytecode", "ast", "stack", "variables", "frames", "threads", "profile"]
            .iter()
            .enumerate()
    {
        assert_snapshot(&format!("pane_{pane}"), screen(&run, &format!("z{}", n + 1)));
    }
    assert_snapshot("help_160x48", screen(&run, "help"));
    let stopped = screen(&run, "breakpoint");
    assert!(stopped.contains("breakpoint 1"), "{stopped}");
    assert!(stopped.contains("●    3▶     return result"), "{stopped}");
}

#[test]
fn an_uncaught_exception_stops_post_mortem_with_every_frame() {
    let mut steps = keys("c");
    steps.push(Step::Snap("post_mortem"));
    steps.extend(keys(":p a, b<enter>"));
    steps.push(Step::Snap("printed"));
    steps.extend(keys("cq"));
    let run = debug("crash", "crash.py", (100, 30), steps);
    let pm = screen(&run, "post_mortem");
    assert!(pm.contains("uncaught ZeroDivisionError: division by zero"), "{pm}");
    assert!(pm.contains("divide (") && pm.contains("average (") && pm.contains("<module> ("), "{pm}");
    assert!(screen(&run, "printed").contains("(0, 0)"));
    assert_eq!(run.status, 1);
    assert!(run.output.contains("ZeroDivisionError: division by zero"), "{}", run.output);
    assert_snapshot("crash_100x30_post_mortem", pm);
}

#[test]
fn a_breakpoint_in_a_worker_thread_stops_it_and_shows_every_thread() {
    let mut steps = keys(":b 9<enter>c");
    steps.push(Step::Snap("in_worker"));
    steps.extend(keys("cc"));
    let run = debug("threads", "threads.py", (160, 48), steps);
    let s = screen(&run, "in_worker");
    assert!(s.contains("w0") && s.contains("MainThread"), "{s}");
    assert!(s.contains("[w0]"), "the status line names the stopped thread:\n{s}");
    assert!(run.output.contains("[0, 10]"), "{}", run.output);
    assert_snapshot("threads_160x48_in_worker", s);
}

#[test]
fn a_click_in_the_gutter_sets_a_breakpoint_and_run_to_cursor_goes_there() {
    // At 80x24 the Source pane starts at row 0; line 8 is on row 8.
    let mut steps = vec![click(3, 8)];
    steps.push(Step::Snap("clicked"));
    steps.extend(keys("c"));
    steps.push(Step::Snap("at_click"));
    steps.extend(keys("<down><down><down><down><down><down><down><down><down><down>t"));
    steps.push(Step::Snap("at_cursor"));
    steps.extend(keys("q"));
    let run = debug("click", "walk.py", (80, 24), steps);
    assert!(screen(&run, "clicked").contains("●    8"), "{}", screen(&run, "clicked"));
    assert!(screen(&run, "at_click").contains("▶         return 1"), "{}", screen(&run, "at_click"));
    let at_cursor = screen(&run, "at_cursor");
    assert!(at_cursor.contains("▶ name = input(\"name? \")"), "{at_cursor}");
}

#[test]
fn catch_off_lets_an_uncaught_exception_end_the_program() {
    let mut steps = keys(":catch off<enter>c");
    steps.push(Step::Snap("ended"));
    steps.extend(keys("q"));
    let run = debug("catch", "crash.py", (100, 30), steps);
    let ended = screen(&run, "ended");
    assert!(ended.contains("FINISHED") && ended.contains("exit status 1"), "{ended}");
    assert!(run.output.contains("Stopping at no exception."), "{}", run.output);
    assert_eq!(run.status, 1);
}

#[test]
fn a_click_on_a_frame_selects_it() {
    let mut first = keys(":b 8<enter>c");
    first.push(Step::Snap("deep"));
    first.extend(keys("q"));
    let run = debug("frames_click", "walk.py", (160, 48), first);
    let deep = screen(&run, "deep");
    // Where the module's frame is listed in the Frames pane.
    let (row, line) = deep
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("  <module> (frames_click/walk.py:17)"))
        .expect("the module frame is listed");
    let at = line.find("<module> (frames_click").unwrap();
    let column = line[..at].chars().count() as u16;
    let mut steps = keys(":b 8<enter>c");
    steps.push(click(column, row as u16));
    steps.push(Step::Snap("selected"));
    steps.extend(keys("q"));
    let run = debug("frames_click", "walk.py", (160, 48), steps);
    let selected = screen(&run, "selected");
    assert!(selected.contains("▶ <module> (frames_click/walk.py:17)"), "{selected}");
    assert!(selected.contains("Source · frames_click/walk.py:17"), "{selected}");
    assert!(selected.contains("17▶ print(\"fact\", fact(6))"), "{selected}");
}
