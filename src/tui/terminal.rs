//! The real terminal: raw mode, the alternate screen and mouse reports while the debugger
//! runs, and the terminal restored on every way out: a normal end, an error, a Rust panic
//! (the panic hook restores it before the report is printed), an abrupt exit (`os._exit`, a
//! deadlock report deep in a wait: the host's exit hooks), and SIGTERM, SIGHUP or SIGQUIT
//! (a watcher thread restores it and ends the process as the signal would).

use std::io::{Stdout, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub type RealTerminal = Terminal<CrosstermBackend<Stdout>>;

/// Restores the terminal when dropped.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Take over the terminal; the guard gives it back.
pub fn enter() -> std::io::Result<(RealTerminal, Guard)> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    crate::vm::host::on_abrupt_exit(restore);
    watch_signals();
    TAKEN.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    let guard = Guard;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Whether the terminal is taken over (raw mode, alternate screen), so that giving it back
/// happens once: leaving the alternate screen a second time would move the cursor back
/// over what was printed since, such as a panic's report.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Give the terminal back as it was (safe to call more than once).
pub fn restore() {
    if !TAKEN.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, ratatui::crossterm::cursor::Show);
}

/// On SIGTERM, SIGHUP or SIGQUIT: the terminal back, then the process ends with the
/// shell's status for that signal (128 + its number).
fn watch_signals() {
    use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGQUIT]) else { return };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore();
            std::process::exit(128 + signal);
        }
    });
}
