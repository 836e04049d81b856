//! The TUI's state and what each action does to it. Drawing (`draw.rs`) reads this state and
//! nothing else; the actions that need the program (stepping, evaluating, selecting a frame)
//! get the stopped VM through a `Session`.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use ratatui::layout::Rect;

use super::keymap::{Action, Keymap};
use super::live_profile::LiveProfile;
use super::output::SharedOutput;
use super::theme::Theme;
use super::view::{Inputs, View};
use crate::ast::tree::TreeNode;
use crate::debugger::breakpoints::Location;
use crate::debugger::commands::{self, Context};
use crate::debugger::session::{DebugState, Resume, Step};
use crate::vm::Vm;

/// The panes, in number-key order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Source,
    Output,
    Bytecode,
    Ast,
    Stack,
    Variables,
    Frames,
    Threads,
    Profile,
}

impl Pane {
    pub const ALL: [Pane; 9] = [
        Pane::Source,
        Pane::Output,
        Pane::Bytecode,
        Pane::Ast,
        Pane::Stack,
        Pane::Variables,
        Pane::Frames,
        Pane::Threads,
        Pane::Profile,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Source => "Source",
            Pane::Output => "Output",
            Pane::Bytecode => "Bytecode",
            Pane::Ast => "AST",
            Pane::Stack => "Stack",
            Pane::Variables => "Variables",
            Pane::Frames => "Frames",
            Pane::Threads => "Threads",
            Pane::Profile => "Profile",
        }
    }

    pub fn number(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0) + 1
    }

    fn index(self) -> usize {
        self.number() - 1
    }
}

/// What the keyboard is typing into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// The `:` command line.
    Command(String),
    /// `/` search in the source.
    Search(String),
    /// The program called `input()`: a line for it.
    Input(String),
    Help,
}

/// Whether the program is stopped, running, or over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    Stopped,
    Running,
    /// The program ended: how (status line).
    Finished(String),
}

/// The stopped program, for actions that need it.
pub struct Session<'a> {
    pub vm: &'a mut Vm,
    pub state: &'a mut DebugState,
    pub cx: &'a mut Context,
}

pub struct App {
    pub theme: Theme,
    pub keymap: Keymap,
    pub output: SharedOutput,
    pub profile: LiveProfile,
    pub view: View,
    pub phase: Phase,
    pub mode: Mode,
    pub focus: Pane,
    pub zoom: bool,
    /// The side pane the narrow layout shows under Variables.
    pub side: Pane,
    /// Width of the left column and height of the Source pane, in percent.
    pub left_percent: u16,
    pub source_percent: u16,
    /// Cursor row per pane (for Source, a line number; for Output, rows up from the end).
    pub cursor: [usize; 9],
    pub show_globals: bool,
    pub expanded: HashSet<String>,
    /// AST nodes the user folded or unfolded (by path), against the default.
    pub ast_toggled: HashSet<Vec<usize>>,
    /// Frames-pane groups of recursion the user unfolded (by first frame index).
    pub unfolded: HashSet<usize>,
    pub search: Option<String>,
    /// One line of news under the panes (the stop reason, a command's error).
    pub status: String,
    /// The screen size at the last draw (for mouse hits).
    pub size: Rect,
    /// Where breakpoints are saved (none: not saved).
    pub config_dir: Option<std::path::PathBuf>,
    previous_values: HashMap<String, String>,
    trees: HashMap<String, Rc<TreeNode>>,
    pub quit: bool,
}

impl App {
    pub fn new(theme: Theme, keymap: Keymap, output: SharedOutput) -> App {
        App {
            theme,
            keymap,
            output,
            profile: LiveProfile::default(),
            view: View::default(),
            phase: Phase::Running,
            mode: Mode::Normal,
            focus: Pane::Source,
            zoom: false,
            side: Pane::Stack,
            left_percent: 42,
            source_percent: 65,
            cursor: [0; 9],
            show_globals: false,
            expanded: HashSet::new(),
            ast_toggled: HashSet::new(),
            unfolded: HashSet::new(),
            search: None,
            status: String::new(),
            size: Rect::default(),
            config_dir: None,
            previous_values: HashMap::new(),
            trees: HashMap::new(),
            quit: false,
        }
    }

    pub fn cursor(&self, pane: Pane) -> usize {
        self.cursor[pane.index()]
    }

    fn set_cursor(&mut self, pane: Pane, value: usize) {
        self.cursor[pane.index()] = value;
    }

    /// The program stopped: a new view, the source cursor on the current line.
    pub fn stopped(&mut self, session: &mut Session<'_>, reason: String) {
        self.phase = Phase::Stopped;
        self.profile.pause();
        self.previous_values = self.view.values();
        self.refresh(session, reason);
        self.set_cursor(Pane::Source, self.view.line as usize);
        self.set_cursor(Pane::Output, 0);
        self.set_cursor(Pane::Frames, self.view.frame);
    }

    /// Take the view again (after a selection or an edit), keeping the stop's reason.
    pub fn refresh(&mut self, session: &mut Session<'_>, reason: String) {
        self.status = reason.clone();
        let inputs = Inputs {
            reason,
            expanded: &self.expanded,
            previous: &self.previous_values,
            trees: &mut self.trees,
        };
        self.view = View::take(session.vm, session.state, session.cx, inputs);
    }

    /// The lines of the Output pane's debugger notes for a command's reply.
    fn note(&mut self, lines: &[String]) {
        self.output.borrow_mut().note(lines);
    }

    /// Apply an action while the program is stopped. `Some` when the program should go on.
    pub fn act(&mut self, action: Action, session: &mut Session<'_>) -> Option<Resume> {
        let thread = session.cx.thread;
        let depth = session.cx.frame + 1;
        match action {
            Action::Next => return Some(Resume::Go(Step::Over { thread, depth })),
            Action::Step => return Some(Resume::Go(Step::Into { thread })),
            Action::Return => return Some(Resume::Go(Step::Out { thread, depth })),
            Action::Continue => return Some(Resume::Go(Step::Continue)),
            Action::StepInstruction => return Some(Resume::Go(Step::Instruction { thread })),
            Action::Restart => return Some(Resume::Restart),
            Action::Quit => return Some(Resume::Quit),
            Action::RunToCursor => {
                let line = self.cursor(Pane::Source) as u32;
                let location = Location::Line { file: self.view.file.clone(), line };
                session.state.breakpoints.add(location, true, None);
                return Some(Resume::Go(Step::Continue));
            }
            Action::ToggleBreakpoint => self.toggle_breakpoint(session),
            Action::EnableBreakpoint => {
                let line = self.cursor(Pane::Source) as u32;
                if !session.state.breakpoints.flip_line(&self.view.file, line) {
                    self.status = format!("no breakpoint on line {line}");
                }
                self.save_breakpoints(session);
                self.reselect(session);
            }
            Action::FrameUp | Action::FrameDown => {
                let command = if action == Action::FrameUp { "u" } else { "d" };
                let reply = commands::run(command, session.vm, session.state, session.cx);
                if let Some(first) = reply.lines.first().filter(|l| l.starts_with("***")) {
                    self.status = first.clone();
                }
                self.reselect(session);
            }
            Action::ToggleGlobals => {
                self.show_globals = !self.show_globals;
                self.set_cursor(Pane::Variables, 0);
            }
            Action::Expand => self.expand(session),
            Action::Pause => self.status = "the program is already stopped".into(),
            other => self.act_on_screen(other),
        }
        None
    }

    /// Actions that only change what is shown (they work while the program runs too).
    pub fn act_on_screen(&mut self, action: Action) {
        match action {
            Action::Help => self.mode = Mode::Help,
            Action::Command => self.mode = Mode::Command(String::new()),
            Action::Watch => self.mode = Mode::Command("watch ".into()),
            Action::Search => self.mode = Mode::Search(String::new()),
            Action::SearchNext => self.search_next(),
            Action::FocusNext | Action::FocusPrevious => {
                let i = self.focus.index();
                let next = if action == Action::FocusNext { (i + 1) % 9 } else { (i + 8) % 9 };
                self.focus_pane(Pane::ALL[next]);
            }
            Action::Focus(n) => {
                if let Some(pane) = Pane::ALL.get(usize::from(n).wrapping_sub(1)) {
                    self.focus_pane(*pane);
                }
            }
            Action::Zoom => self.zoom = !self.zoom,
            Action::ToggleExactProfile => {
                self.profile.toggle_exact();
                self.status = if self.profile.exact {
                    "profile: counting every instruction (the program runs several times slower)".into()
                } else {
                    "profile: sampling".into()
                };
            }
            Action::Up => self.move_cursor(-1),
            Action::Down => self.move_cursor(1),
            Action::PageUp => self.move_cursor(-(self.page() as isize)),
            Action::PageDown => self.move_cursor(self.page() as isize),
            Action::Top => self.move_cursor(isize::MIN / 2),
            Action::Bottom => self.move_cursor(isize::MAX / 2),
            Action::Left | Action::Right => {}
            Action::WiderLeft => self.left_percent = (self.left_percent + 4).min(80),
            Action::NarrowerLeft => self.left_percent = self.left_percent.saturating_sub(4).max(20),
            Action::TallerTop => self.source_percent = (self.source_percent + 5).min(90),
            Action::ShorterTop => self.source_percent = self.source_percent.saturating_sub(5).max(20),
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    pub fn focus_pane(&mut self, pane: Pane) {
        self.focus = pane;
        if !matches!(pane, Pane::Source | Pane::Output | Pane::Variables) {
            self.side = pane;
        }
    }

    fn page(&self) -> usize {
        (self.size.height as usize / 3).max(1)
    }

    /// How many rows the focused pane has to move through.
    fn rows_in(&self, pane: Pane) -> usize {
        match pane {
            Pane::Source => self.view.lines.len(),
            Pane::Output => self.output.borrow().len(),
            Pane::Bytecode => self.view.rows.len(),
            Pane::Ast => super::panes::ast::visible_rows(self).len(),
            Pane::Stack => self.view.stack.len(),
            Pane::Variables => super::panes::variables::rows(self).len(),
            Pane::Frames => self.view.frames.len(),
            Pane::Threads => self.view.threads.len(),
            Pane::Profile => self.profile.rows(),
        }
    }

    /// The first row a list pane shows in `height` rows: the one keeping its anchor (the
    /// cursor; for Bytecode and AST when not focused, the current instruction) in view. The
    /// Source pane's rows are line numbers less one.
    pub fn first_row(&self, pane: Pane, height: usize) -> usize {
        let len = self.rows_in(pane);
        let anchor = match pane {
            Pane::Source => self.cursor(pane).max(1) - 1,
            Pane::Bytecode if self.focus != pane => self.view.instruction,
            Pane::Ast if self.focus != pane => {
                super::panes::ast::visible_rows(self).iter().position(|r| r.current).unwrap_or(0)
            }
            _ => self.cursor(pane).min(len.saturating_sub(1)),
        };
        super::panes::offset(anchor, len, height)
    }

    /// A click on row `row` (from the top of the contents) of a list pane: the cursor goes
    /// there; in Frames and Threads the row is selected, as Enter selects it.
    pub fn click_row(&mut self, session: &mut Session<'_>, pane: Pane, row: usize, height: usize) {
        if matches!(pane, Pane::Output | Pane::Profile) {
            return;
        }
        let index = self.first_row(pane, height) + row;
        self.focus_pane(pane);
        if index >= self.rows_in(pane) {
            return;
        }
        self.set_cursor(pane, if pane == Pane::Source { index + 1 } else { index });
        if matches!(pane, Pane::Frames | Pane::Threads) {
            self.expand(session);
        }
    }

    fn move_cursor(&mut self, delta: isize) {
        let pane = self.focus;
        let rows = self.rows_in(pane);
        let (low, high) = match pane {
            Pane::Source => (1, rows.max(1)),
            _ => (0, rows.saturating_sub(1)),
        };
        // The Output cursor counts up from the newest line.
        let delta = if pane == Pane::Output { -delta } else { delta };
        let moved =
            (self.cursor(pane) as isize).saturating_add(delta).clamp(low as isize, high.max(low) as isize);
        self.set_cursor(pane, moved as usize);
    }

    fn toggle_breakpoint(&mut self, session: &mut Session<'_>) {
        match self.focus {
            Pane::Bytecode => {
                let Some(code) = &self.view.code else { return };
                let offset = self.cursor(Pane::Bytecode);
                let (file, function) = (code.filename.to_string(), code.qualname.clone());
                let location = Location::Instruction { file, function, offset };
                let existing =
                    session.state.breakpoints.all().iter().find(|b| b.location == location).map(|b| b.number);
                match existing {
                    Some(n) => {
                        session.state.breakpoints.remove(n);
                        self.status = format!("deleted breakpoint {n}");
                    }
                    None => {
                        let n = session.state.breakpoints.add(location.clone(), false, None);
                        self.status = format!("breakpoint {n} at {}", location.describe());
                    }
                }
            }
            _ => {
                let line = self.cursor(Pane::Source) as u32;
                let file = self.view.file.clone();
                self.status = match session.state.breakpoints.toggle_line(&file, line) {
                    Some(n) => format!("breakpoint {n} at {file}:{line}"),
                    None => format!("deleted the breakpoint at {file}:{line}"),
                };
            }
        }
        self.save_breakpoints(session);
        self.reselect(session);
    }

    /// Toggle a breakpoint on a source line (a click in the gutter).
    pub fn toggle_line(&mut self, session: &mut Session<'_>, line: u32) {
        self.set_cursor(Pane::Source, line as usize);
        self.focus = Pane::Source;
        self.toggle_breakpoint(session);
    }

    fn save_breakpoints(&mut self, session: &mut Session<'_>) {
        let Some(dir) = &self.config_dir else { return };
        if let Err(e) = crate::debugger::saved::save(dir, &self.view.file, &session.state.breakpoints) {
            self.status = format!("breakpoints not saved: {e}");
        }
    }

    /// Take the view again after a change, keeping the status line.
    fn reselect(&mut self, session: &mut Session<'_>) {
        let status = std::mem::take(&mut self.status);
        let reason = self.view.reason.clone();
        self.refresh(session, reason);
        self.status = status;
        self.set_cursor(Pane::Frames, self.view.frame);
    }

    fn expand(&mut self, session: &mut Session<'_>) {
        match self.focus {
            Pane::Variables => {
                let rows = super::panes::variables::rows(self);
                let Some(row) = rows.get(self.cursor(Pane::Variables)) else { return };
                let Some(name) = row.expandable.clone() else { return };
                if !self.expanded.remove(&name) {
                    self.expanded.insert(name);
                }
                self.reselect(session);
            }
            Pane::Frames => {
                let rows = super::panes::frames::rows(self);
                let Some(row) = rows.get(self.cursor(Pane::Frames)) else { return };
                if let Some(first) = row.folded_from {
                    self.unfolded.insert(first);
                    return;
                }
                session.cx.frame = row.frame;
                self.reselect(session);
            }
            Pane::Threads => {
                let n = self.cursor(Pane::Threads) + 1;
                let reply = commands::run(&format!("thread {n}"), session.vm, session.state, session.cx);
                self.status = reply.lines.join(" ");
                self.reselect(session);
            }
            Pane::Ast => {
                let rows = super::panes::ast::visible_rows(self);
                if let Some(row) = rows.get(self.cursor(Pane::Ast)).filter(|r| r.has_children)
                    && !self.ast_toggled.remove(&row.path)
                {
                    self.ast_toggled.insert(row.path.clone());
                }
            }
            _ => {}
        }
    }

    /// Run a command line typed after `:`.
    pub fn command(&mut self, line: &str, session: &mut Session<'_>) -> Option<Resume> {
        self.note(&[format!("(pyglass) {line}")]);
        let reply = commands::run(line, session.vm, session.state, session.cx);
        self.note(&reply.lines);
        self.set_cursor(Pane::Output, 0);
        if reply.resume.is_none() {
            self.save_breakpoints(session);
            self.reselect(session);
            if let Some(last) = reply.lines.last() {
                self.status = last.clone();
            }
        }
        reply.resume
    }

    /// Search the source for the typed text from the line after the cursor, wrapping.
    pub fn search_next(&mut self) {
        let Some(needle) = self.search.clone().filter(|s| !s.is_empty()) else { return };
        let lines = self.view.lines.clone();
        let start = self.cursor(Pane::Source);
        let count = lines.len();
        for step in 1..=count {
            let line = (start + step - 1) % count.max(1) + 1;
            if lines[line - 1].contains(&needle) {
                self.set_cursor(Pane::Source, line);
                self.focus = Pane::Source;
                self.status = format!("/{needle}: line {line}");
                return;
            }
        }
        self.status = format!("/{needle}: not found");
    }

    /// The program ended.
    pub fn finished(&mut self, how: String) {
        self.status = format!("{how} — R restarts, q quits");
        self.phase = Phase::Finished(how);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> App {
        App::new(Theme::dark(), Keymap::default(), Default::default())
    }

    #[test]
    fn focus_cycles_through_every_pane_and_number_keys_pick_one() {
        let mut app = app();
        let mut seen = vec![app.focus];
        for _ in 0..9 {
            app.act_on_screen(Action::FocusNext);
            seen.push(app.focus);
        }
        assert_eq!(seen.first(), seen.last());
        assert_eq!(seen[..9], Pane::ALL);
        app.act_on_screen(Action::FocusPrevious);
        assert_eq!(app.focus, Pane::Profile);
        app.act_on_screen(Action::Focus(3));
        assert_eq!((app.focus, app.side), (Pane::Bytecode, Pane::Bytecode));
        app.act_on_screen(Action::Focus(6));
        assert_eq!((app.focus, app.side), (Pane::Variables, Pane::Bytecode), "Variables has its own place");
    }

    #[test]
    fn zoom_toggles_and_resizing_stays_within_bounds() {
        let mut app = app();
        app.act_on_screen(Action::Zoom);
        assert!(app.zoom);
        app.act_on_screen(Action::Zoom);
        assert!(!app.zoom);
        for _ in 0..30 {
            app.act_on_screen(Action::WiderLeft);
            app.act_on_screen(Action::ShorterTop);
        }
        assert_eq!((app.left_percent, app.source_percent), (80, 20));
        for _ in 0..30 {
            app.act_on_screen(Action::NarrowerLeft);
            app.act_on_screen(Action::TallerTop);
        }
        assert_eq!((app.left_percent, app.source_percent), (20, 90));
    }

    #[test]
    fn the_output_cursor_counts_back_from_the_newest_line() {
        let mut app = app();
        app.output.borrow_mut().write(super::super::output::Source::Stdout, "a\nb\nc\n");
        app.focus = Pane::Output;
        app.act_on_screen(Action::Up);
        assert_eq!(app.cursor(Pane::Output), 1);
        app.act_on_screen(Action::Top);
        assert_eq!(app.cursor(Pane::Output), 2);
        app.act_on_screen(Action::Bottom);
        assert_eq!(app.cursor(Pane::Output), 0);
    }

    #[test]
    fn search_wraps_around_and_says_when_nothing_matches() {
        let mut app = app();
        app.view.lines = Rc::new(vec!["alpha".into(), "beta".into(), "alphabet".into()]);
        app.cursor[Pane::Source.index()] = 1;
        app.search = Some("alpha".into());
        app.search_next();
        assert_eq!(app.cursor(Pane::Source), 3);
        app.search_next();
        assert_eq!(app.cursor(Pane::Source), 1);
        app.search = Some("gamma".into());
        app.search_next();
        assert_eq!(app.status, "/gamma: not found");
    }
}
