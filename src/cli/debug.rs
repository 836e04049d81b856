//! `pyglass debug [OPTIONS] FILE [ARGS]`: the TUI debugger. It starts paused at the
//! program's first line (`--run` starts it running), restores the breakpoints saved for the
//! script, and when the program ends waits for restart (`R`) or quit (`q`). Its exit status
//! is the program's last one.

use std::cell::RefCell;
use std::rc::Rc;

use clap::Args;
use ratatui::backend::Backend;

use super::run::{compile_script, run_compiled};
use super::schedule::ScheduleArgs;
use crate::bytecode::code::CodeObject;
use crate::debugger::session::{DebugState, Debugger, Resume};
use crate::pipeline::CacheMode;
use crate::tui::app::App;
use crate::tui::frontend::{TerminalEvents, Tui};
use crate::tui::keymap::Keymap;
use crate::tui::output::{Output, SharedOutput, Source, Writer};
use crate::tui::terminal::{self, RealTerminal};
use crate::tui::theme::Theme;
use crate::vm::host::Host;

#[derive(Debug, Args)]
pub struct DebugArgs {
    /// Start running at once instead of stopping at the first line.
    #[arg(long)]
    pub run: bool,
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

type Session = Rc<RefCell<Debugger<Tui<ratatui::backend::CrosstermBackend<std::io::Stdout>>>>>;

pub fn run(args: &DebugArgs) -> i32 {
    let mode = if args.no_cache { CacheMode::OFF } else { CacheMode::from_environment() };
    let path = &args.script[0];
    // Errors that need no screen come before it opens.
    let compiled = match compile_script(path, mode) {
        Ok(Ok(code)) => code,
        Ok(Err(error)) => {
            eprint!("{}", error.render());
            return 1;
        }
        Err(status) => return status,
    };
    let theme = match Theme::load(&args.theme) {
        Ok(theme) => theme,
        Err(e) => return usage_error(&e),
    };
    let keymap = match Keymap::load() {
        Ok(keymap) => keymap,
        Err(e) => return usage_error(&e),
    };
    let (terminal, _guard) = match terminal::enter() {
        Ok(t) => t,
        Err(e) => return usage_error(&format!("cannot use the terminal: {e}")),
    };
    let output: SharedOutput = Rc::new(RefCell::new(Output::default()));
    let mut state = DebugState::new(args.run);
    let config_dir = crate::debugger::saved::config_dir();
    let restored = match &config_dir {
        Some(dir) => crate::debugger::saved::restore(dir, &compiled.filename, &mut state.breakpoints),
        None => Ok(0),
    };
    let session = new_session(terminal, theme, keymap, output.clone(), state);
    session.borrow_mut().frontend.app.config_dir = config_dir;
    if let Err(e) = restored {
        session.borrow_mut().frontend.app.status = format!("saved breakpoints not read: {e}");
    }
    run_session(&session, &output, &args.script, mode, &args.schedule, compiled)
}

/// A debugging session of a compiled script: run it under the debugger, and again each
/// time the user restarts it; the program's last exit status.
pub fn run_session<B: Backend + 'static>(
    session: &Rc<RefCell<Debugger<Tui<B>>>>,
    output: &SharedOutput,
    script: &[String],
    mode: CacheMode,
    schedule: &ScheduleArgs,
    compiled: Rc<CodeObject>,
) -> i32 {
    let mut compiled = Ok(compiled);
    loop {
        let status = run_compiled(compiled, script, mode, schedule, &mut |vm| {
            vm.host = Host::with_streams(writer(output, Source::Stdout), writer(output, Source::Stderr))
                .with_input(input_reader(session));
            vm.attach(Box::new(session.clone()));
        });
        let mut debugger = session.borrow_mut();
        if debugger.state.quit {
            return status;
        }
        let run = debugger.state.starts_running();
        if !debugger.state.restart {
            let how = format!("the program ended with exit status {status}");
            if debugger.frontend.finished(how) != Resume::Restart {
                return status;
            }
        }
        debugger.state.restart_run(run);
        debugger.frontend.cx = Default::default();
        output.borrow_mut().note(&["── restarted ──".to_string()]);
        // The script is read again: the user may have changed it.
        compiled = match compile_script(&script[0], mode) {
            Ok(result) => result,
            Err(status) => return status,
        };
        if let Err(error) = &compiled {
            output.borrow_mut().write(Source::Stderr, &error.render());
        }
    }
}

fn new_session(
    terminal: RealTerminal,
    theme: Theme,
    keymap: Keymap,
    output: SharedOutput,
    state: DebugState,
) -> Session {
    let app = App::new(theme, keymap, output);
    let tui = Tui::new(terminal, app, Box::new(TerminalEvents));
    Rc::new(RefCell::new(Debugger::new(state, tui)))
}

fn writer(output: &SharedOutput, source: Source) -> Box<dyn std::io::Write> {
    Box::new(Writer { output: output.clone(), source })
}

/// `input()` reads from the screen. While the debugger itself is busy (an expression it
/// evaluates calls `input()`), there is no line to read: end of file.
fn input_reader<B: Backend + 'static>(
    session: &Rc<RefCell<Debugger<Tui<B>>>>,
) -> crate::vm::host::LineReader {
    let session = Rc::downgrade(session);
    Box::new(move || {
        let session = session.upgrade()?;
        let mut debugger = session.try_borrow_mut().ok()?;
        debugger.frontend.read_line()
    })
}

fn usage_error(message: &str) -> i32 {
    terminal::restore();
    eprintln!("pyglass debug: {message}");
    2
}
