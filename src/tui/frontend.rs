//! The TUI as the debugger's front-end: at a stop it runs the screen's event loop until the
//! user resumes; while the program runs it is polled every few milliseconds to keep the
//! output live and to take a pause or quit key; it reads `input()` lines for the program;
//! when the program has ended it waits for restart or quit.

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::app::{App, Mode, Pane, Phase, Session};
use super::keymap::Action;
use super::layout::screen;
use super::panes::{inner_height, source::GUTTER};
use super::view::View;
use crate::debugger::commands::Context;
use crate::debugger::session::{DebugState, Frontend, Poll, Reason, Resume, Stop};
use crate::vm::Vm;

/// Where events come from: the terminal, or a script of events in tests.
pub trait Events {
    /// The next event, waiting at most `timeout` (forever if `None`); `None` if there is
    /// none in time, or the source has ended.
    fn next(&mut self, timeout: Option<Duration>) -> Option<Event>;
    /// Whether the source has ended (a script ran out): the debugger then quits.
    fn ended(&self) -> bool {
        false
    }
    /// The screen was drawn (tests record it).
    fn drawn(&mut self, _screen: &ratatui::buffer::Buffer) {}
}

/// The terminal's events.
pub struct TerminalEvents;

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Option<Duration>) -> Option<Event> {
        use ratatui::crossterm::event;
        if let Some(t) = timeout
            && !event::poll(t).unwrap_or(false)
        {
            return None;
        }
        event::read().ok()
    }
}

/// How often the screen is redrawn while the program runs.
const RUNNING_REDRAW: Duration = Duration::from_millis(100);

pub struct Tui<B: Backend> {
    pub terminal: Terminal<B>,
    pub app: App,
    pub cx: Context,
    events: Box<dyn Events>,
    drawn_output: u64,
    last_draw: Instant,
    /// `PYGLASS_TEST_PANIC` set: panic while drawing, for the test that checks the panic
    /// hook gives the terminal back (no program can make pyglass panic on purpose).
    panic_in_draw: bool,
}

impl<B: Backend> Tui<B> {
    pub fn new(terminal: Terminal<B>, app: App, events: Box<dyn Events>) -> Tui<B> {
        Tui {
            terminal,
            app,
            cx: Context::default(),
            events,
            drawn_output: u64::MAX,
            last_draw: Instant::now(),
            panic_in_draw: std::env::var_os("PYGLASS_TEST_PANIC").is_some(),
        }
    }

    pub fn draw(&mut self) {
        let app = &mut self.app;
        let panic_in_draw = self.panic_in_draw;
        if let Ok(done) = self.terminal.draw(|frame| {
            assert!(!panic_in_draw, "PYGLASS_TEST_PANIC is set: a panic inside the TUI, as asked");
            app.size = frame.area();
            super::draw::draw(frame, app);
        }) {
            self.events.drawn(done.buffer);
        }
        self.drawn_output = self.app.output.borrow().generation;
        self.last_draw = Instant::now();
    }

    /// The program ended (`how` says how): wait for restart or quit.
    pub fn finished(&mut self, how: String) -> Resume {
        self.app.view =
            View { file: self.app.view.file.clone(), lines: self.app.view.lines.clone(), ..View::default() };
        self.app.finished(how);
        self.app.mode = Mode::Normal;
        loop {
            self.draw();
            let Some(event) = self.events.next(None) else {
                return Resume::Quit;
            };
            let Event::Key(key) = event else {
                self.mouse_on_screen(&event);
                continue;
            };
            if key.kind != KeyEventKind::Press {
                continue;
            }
            if self.app.mode != Mode::Normal {
                if key.code == KeyCode::Esc {
                    self.app.mode = Mode::Normal;
                }
                continue;
            }
            match self.app.keymap.action(&key) {
                Some(Action::Restart) => return Resume::Restart,
                Some(Action::Quit | Action::Pause) => return Resume::Quit,
                Some(action) => self.app.act_on_screen(action),
                None => {}
            }
        }
    }

    /// A line for the program's `input()`, typed in the Output pane; `None` for end of file.
    pub fn read_line(&mut self) -> Option<String> {
        let previous = std::mem::replace(&mut self.app.mode, Mode::Input(String::new()));
        self.app.focus_pane(Pane::Output);
        let result = loop {
            self.draw();
            let Some(event) = self.events.next(None) else { break None };
            let Event::Key(key) = event else { continue };
            if key.kind != KeyEventKind::Press {
                continue;
            }
            let Mode::Input(text) = &mut self.app.mode else { break None };
            match key.code {
                KeyCode::Enter => break Some(format!("{text}\n")),
                KeyCode::Esc => break None,
                KeyCode::Char('d' | 'c') if key.modifiers.contains(KeyModifiers::CONTROL) => break None,
                KeyCode::Backspace => {
                    text.pop();
                }
                KeyCode::Char(c) => text.push(c),
                _ => {}
            }
        };
        self.app.mode = previous;
        if let Some(line) = &result {
            self.app.output.borrow_mut().write(super::output::Source::Stdout, line);
        }
        result
    }

    /// Mouse events and resizes that only change what is shown.
    fn mouse_on_screen(&mut self, event: &Event) {
        if let Event::Mouse(mouse) = event {
            let layout = screen(self.app.size, &self.app);
            if let Some((pane, _)) = layout.pane_at(mouse.column, mouse.row) {
                match mouse.kind {
                    MouseEventKind::Down(MouseButton::Left) => self.app.focus_pane(pane),
                    MouseEventKind::ScrollUp => self.scroll(pane, Action::Up),
                    MouseEventKind::ScrollDown => self.scroll(pane, Action::Down),
                    _ => {}
                }
            }
        }
    }

    fn scroll(&mut self, pane: Pane, direction: Action) {
        let focus = self.app.focus;
        self.app.focus = pane;
        for _ in 0..3 {
            self.app.act_on_screen(direction);
        }
        self.app.focus = focus;
    }

    /// An event while stopped; the resume it asks for, if any.
    fn on_event(&mut self, event: Event, session: &mut Session<'_>) -> Option<Resume> {
        match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => self.on_key(key, session),
            Event::Mouse(mouse) => {
                self.on_click(mouse, session);
                self.mouse_on_screen(&Event::Mouse(mouse));
                None
            }
            _ => None,
        }
    }

    fn on_click(&mut self, mouse: MouseEvent, session: &mut Session<'_>) {
        if mouse.kind != MouseEventKind::Down(MouseButton::Left) {
            return;
        }
        let layout = screen(self.app.size, &self.app);
        let Some((pane, rect)) = layout.pane_at(mouse.column, mouse.row) else { return };
        if mouse.row <= rect.y || mouse.row + 1 >= rect.bottom() {
            return;
        }
        let row = (mouse.row - rect.y - 1) as usize;
        let height = inner_height(rect);
        if pane == Pane::Source && mouse.column < rect.x + 1 + GUTTER {
            let line = self.app.first_row(Pane::Source, height) + row + 1;
            if line <= self.app.view.lines.len() {
                self.app.toggle_line(session, line as u32);
            }
            return;
        }
        self.app.click_row(session, pane, row, height);
    }

    fn on_key(&mut self, key: KeyEvent, session: &mut Session<'_>) -> Option<Resume> {
        let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        match &mut self.app.mode {
            Mode::Help => {
                if matches!(key.code, KeyCode::Esc | KeyCode::Char('q' | '?')) {
                    self.app.mode = Mode::Normal;
                }
                None
            }
            Mode::Command(text) | Mode::Search(text) => {
                match key.code {
                    KeyCode::Esc => self.app.mode = Mode::Normal,
                    // Backspace on an empty line leaves it, as in vim.
                    KeyCode::Backspace if text.pop().is_none() => self.app.mode = Mode::Normal,
                    KeyCode::Enter => {
                        let mode = std::mem::replace(&mut self.app.mode, Mode::Normal);
                        match mode {
                            Mode::Command(line) => return self.app.command(&line, session),
                            Mode::Search(needle) => {
                                self.app.search = Some(needle);
                                self.app.search_next();
                            }
                            _ => {}
                        }
                    }
                    KeyCode::Char(_) if ctrl_c => self.app.mode = Mode::Normal,
                    KeyCode::Char(c) => text.push(c),
                    _ => {}
                }
                None
            }
            Mode::Input(_) => None,
            Mode::Normal => {
                if ctrl_c {
                    return Some(Resume::Quit);
                }
                if key.code == KeyCode::Esc {
                    self.app.status.clear();
                    return None;
                }
                let action = self.app.keymap.action(&key)?;
                self.app.act(action, session)
            }
        }
    }
}

impl<B: Backend> Frontend for Tui<B> {
    fn stopped(&mut self, vm: &mut Vm, state: &mut DebugState, stop: &Stop) -> Resume {
        if self.events.ended() {
            return Resume::Quit;
        }
        // The context is out of `self` while sessions borrow it.
        let mut cx = std::mem::take(&mut self.cx);
        cx.stopped_at(vm, stop.thread, stop.reason.inside_instruction());
        cx.returning = match &stop.reason {
            Reason::Return(value) => Some(crate::debugger::eval::safe_repr(vm, value, 200)),
            _ => None,
        };
        self.app
            .stopped(&mut Session { vm: &mut *vm, state: &mut *state, cx: &mut cx }, stop.reason.describe());
        if let Reason::Exception { uncaught: true, .. } = stop.reason {
            self.app.focus_pane(Pane::Frames);
        }
        let resume = loop {
            self.draw();
            let Some(event) = self.events.next(None) else { break Resume::Quit };
            if let Some(resume) =
                self.on_event(event, &mut Session { vm: &mut *vm, state: &mut *state, cx: &mut cx })
            {
                break resume;
            }
        };
        self.cx = cx;
        self.app.phase = Phase::Running;
        self.app.status = "running…".into();
        self.draw();
        resume
    }

    fn poll(&mut self, _vm: &mut Vm, _state: &mut DebugState) -> Poll {
        while let Some(event) = self.events.next(Some(Duration::ZERO)) {
            match event {
                Event::Key(key) if key.kind == KeyEventKind::Press => match self.app.keymap.action(&key) {
                    Some(Action::Pause) => return Poll::Pause,
                    Some(Action::Quit) => return Poll::Quit,
                    Some(action) => self.app.act_on_screen(action),
                    None => {}
                },
                other => self.mouse_on_screen(&other),
            }
        }
        if self.events.ended() {
            return Poll::Quit;
        }
        let output_changed = self.app.output.borrow().generation != self.drawn_output;
        if output_changed || self.last_draw.elapsed() >= RUNNING_REDRAW {
            self.draw();
        }
        Poll::Continue
    }

    fn counts_instructions(&self) -> bool {
        self.app.profile.exact
    }

    fn instruction(&mut self, vm: &Vm) {
        self.app.profile.instruction(vm);
    }

    fn sample(&mut self, vm: &Vm) {
        self.app.profile.sample(vm);
    }
}
