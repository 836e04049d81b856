//! `pyglass debug [OPTIONS] FILE [ARGS]`: the debugger. The TUI on a terminal; the
//! pdb-compatible line debugger with `--no-tui`, or when stdin or stdout is not a terminal.
//! It starts stopped at the program's first line (`--run` starts it running) with the
//! breakpoints saved for the script; when the program ends the TUI waits for restart (`R`) or
//! quit, the line debugger restarts it as pdb does. The exit status is the program's last one.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;

use clap::Args;
use ratatui::backend::Backend;

use super::run::{compile_script, run_compiled};
use super::schedule::ScheduleArgs;
use crate::bytecode::code::CodeObject;
use crate::debugger::session::{DebugState, Debugger, Frontend, Resume};
use crate::line::debugger::LineDebugger;
use crate::pipeline::CacheMode;
use crate::tui::app::App;
use crate::tui::frontend::{TerminalEvents, Tui};
use crate::tui::keymap::Keymap;
use crate::tui::output::{Source, Writer};
use crate::tui::terminal;
use crate::tui::theme::Theme;
use crate::vm::host::Host;

#[derive(Debug, Args)]
pub struct DebugArgs {
    /// Start running at once instead of stopping at the first line.
    #[arg(long)]
    pub run: bool,
    /// The line debugger (pdb's prompt and commands) instead of the full screen.
    #[arg(long)]
    pub no_tui: bool,
    /// A command to run at the first stop, as with pdb's -c (may be repeated).
    #[arg(short = 'c', long = "command", value_name = "CMD")]
    pub commands: Vec<String>,
    /// Colour theme: dark, light, high-contrast, solarized-dark, or NAME.toml from the
    /// config directory's `themes/`.
    #[arg(long, default_value = "dark")]
    pub theme: String,
    /// Do not read or write the bytecode cache.
    #[arg(long)]
    pub no_cache: bool,
    #[command(flatten)]
    pub schedule: ScheduleArgs,
    /// The script to debug, followed by its own arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub script: Vec<String>,
}

/// What the session loop needs of a front-end besides the debugger's `Frontend`.
pub trait Screen: Frontend + Sized + 'static {
    /// The host the program runs with (where its output goes and `input()` reads).
    fn host(session: &Rc<RefCell<Debugger<Self>>>) -> Host;
    /// The program ended with `status`: restart or quit.
    fn finished(&mut self, status: i32) -> Resume;
    /// The program starts again; `error` is the report if the script no longer compiles.
    fn restarted(&mut self, error: Option<String>);
}

pub fn run(args: &DebugArgs) -> i32 {
    let mode = if args.no_cache { CacheMode::OFF } else { CacheMode::from_environment() };
    // Errors that need no screen come before it opens.
    let compiled = match compile_script(&args.script[0], mode) {
        Ok(Ok(code)) => code,
        Ok(Err(error)) => {
            eprint!("{}", error.render());
            return 1;
        }
        Err(status) => return status,
    };
    let mut state = DebugState::new(args.run);
    let config_dir = crate::debugger::saved::config_dir();
    let restored = match &config_dir {
        Some(dir) => crate::debugger::saved::restore(dir, &compiled.filename, &mut state.breakpoints),
        None => Ok(0),
    };
    let terminal_here = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    if args.no_tui || !terminal_here {
        if let Err(e) = restored {
            eprintln!("pyglass debug: saved breakpoints not read: {e}");
        }
        let mut commands = LineDebugger::rc_commands();
        commands.extend(args.commands.iter().cloned());
        let session = Rc::new(RefCell::new(Debugger::new(state, LineDebugger::new(commands))));
        return run_session(&session, &args.script, mode, &args.schedule, compiled);
    }
    let (theme, keymap) = match (Theme::load(&args.theme), Keymap::load()) {
        (Ok(theme), Ok(keymap)) => (theme, keymap),
        (Err(e), _) | (_, Err(e)) => return usage_error(&e),
    };
    let (terminal, _guard) = match terminal::enter() {
        Ok(t) => t,
        Err(e) => return usage_error(&format!("cannot use the terminal: {e}")),
    };
    let mut app = App::new(theme, keymap, Default::default());
    app.config_dir = config_dir;
    if let Err(e) = restored {
        app.status = format!("saved breakpoints not read: {e}");
    }
    let tui = Tui::new(terminal, app, Box::new(TerminalEvents));
    let session = Rc::new(RefCell::new(Debugger::new(state, tui)));
    run_session(&session, &args.script, mode, &args.schedule, compiled)
}

/// A debugging session of a compiled script: run it under the debugger, and again each
/// time it is restarted; the program's last exit status.
pub fn run_session<S: Screen>(
    session: &Rc<RefCell<Debugger<S>>>,
    script: &[String],
    mode: CacheMode,
    schedule: &ScheduleArgs,
    compiled: Rc<CodeObject>,
) -> i32 {
    let mut compiled = Ok(compiled);
    loop {
        let status = run_compiled(compiled, script, mode, schedule, &mut |vm| {
            vm.host = S::host(session);
            vm.attach(Box::new(session.clone()));
        });
        let mut debugger = session.borrow_mut();
        if debugger.state.quit {
            return status;
        }
        let run = debugger.state.starts_running();
        if !debugger.state.restart && debugger.frontend.finished(status) != Resume::Restart {
            return status;
        }
        debugger.state.restart_run(run);
        // The script is read again: the user may have changed it.
        compiled = match compile_script(&script[0], mode) {
            Ok(result) => result,
            Err(status) => return status,
        };
        debugger.frontend.restarted(compiled.as_ref().err().map(|e| e.render()));
    }
}

impl<B: Backend + 'static> Screen for Tui<B> {
    fn host(session: &Rc<RefCell<Debugger<Self>>>) -> Host {
        let output = session.borrow().frontend.app.output.clone();
        let writer =
            |source| -> Box<dyn std::io::Write> { Box::new(Writer { output: output.clone(), source }) };
        // `input()` reads from the screen. While the debugger itself is busy (an expression it
        // evaluates calls `input()`), there is no line to read: end of file.
        let weak = Rc::downgrade(session);
        let reader = Box::new(move || {
            let session = weak.upgrade()?;
            let mut debugger = session.try_borrow_mut().ok()?;
            debugger.frontend.read_line()
        });
        Host::with_streams(writer(Source::Stdout), writer(Source::Stderr)).with_input(reader)
    }

    fn finished(&mut self, status: i32) -> Resume {
        Tui::finished(self, format!("the program ended with exit status {status}"))
    }

    fn restarted(&mut self, error: Option<String>) {
        self.cx = Default::default();
        let mut output = self.app.output.borrow_mut();
        output.note(&["── restarted ──".to_string()]);
        if let Some(error) = error {
            output.write(Source::Stderr, &error);
        }
    }
}

impl Screen for LineDebugger {
    fn host(_: &Rc<RefCell<Debugger<Self>>>) -> Host {
        Host::stdio()
    }

    fn finished(&mut self, status: i32) -> Resume {
        LineDebugger::finished(self, status)
    }

    fn restarted(&mut self, error: Option<String>) {
        self.cx = Default::default();
        if let Some(error) = error {
            eprint!("{error}");
        }
    }
}

fn usage_error(message: &str) -> i32 {
    terminal::restore();
    eprintln!("pyglass debug: {message}");
    2
}
