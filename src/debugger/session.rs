//! The debugger session: an observer that decides where the program stops (breakpoints,
//! steps, exceptions, a pause asked for by the user) and then hands control to its
//! front-end (the TUI or the line debugger), which runs its own loop until the user resumes.
//! While the program runs, the front-end is polled every few milliseconds (on a ticker's
//! tick), so its output stays live and a key can pause the program anywhere.
//!
//! Running to a breakpoint costs next to nothing: the debugger then asks the VM only for
//! call and line events in the code objects that hold a breakpoint (`Interest::armed`), so
//! every other frame runs the plain loop. Stepping (or counting each instruction for the
//! live profile, or an instruction breakpoint) asks for every event.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::breakpoints::{Breakpoints, Location};
use super::eval::{evaluate, namespaces, truthy};
use super::inspect::current_thread;
use crate::bytecode::code::CodeObject;
use crate::observe::{Arming, Control, ExceptionEvent, Interest, Observer};
use crate::runtime::exception::ExcKind;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;
use crate::vm::host::Ticker;

/// Where the program runs to next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// To the main program's first line (where a session starts).
    Entry,
    /// Until a breakpoint or an exception stop.
    Continue,
    /// The next line, in any frame of the thread (`step`).
    Into { thread: u64 },
    /// The next line in this frame or a caller (`next`).
    Over { thread: u64, depth: usize },
    /// The next line after this frame returns (`return`).
    Out { thread: u64, depth: usize },
    /// A line past `line` in this frame, or the caller (`until`).
    Until { thread: u64, depth: usize, line: u32 },
    /// The next instruction of the thread (`si`).
    Instruction { thread: u64 },
    /// The next instruction of any thread (a pause key).
    Pause,
}

/// Why the program stopped.
#[derive(Clone, Debug)]
pub enum Reason {
    /// The program's first line.
    Entry,
    Step,
    /// Breakpoint number N.
    Breakpoint(usize),
    /// An exception was raised; `uncaught` when no handler will take it (post-mortem).
    Exception {
        exception: Value,
        uncaught: bool,
    },
    /// The user paused the running program.
    Paused,
    /// The frame is returning this value (a step ended at its return, as pdb's `--Return--`).
    Return(Value),
}

impl Reason {
    /// Whether the program stopped inside an instruction (one that raised or returns)
    /// rather than between two.
    pub fn inside_instruction(&self) -> bool {
        matches!(self, Reason::Exception { .. } | Reason::Return(_))
    }

    pub fn describe(&self) -> String {
        match self {
            Reason::Entry => "stopped at the program's first line".into(),
            Reason::Step => "stepped".into(),
            Reason::Breakpoint(n) => format!("breakpoint {n}"),
            Reason::Exception { exception, uncaught: true } => {
                format!(
                    "uncaught {} (post-mortem: every frame is still inspectable)",
                    super::eval::summary(exception)
                )
            }
            Reason::Exception { exception, .. } => format!("raised {}", super::eval::summary(exception)),
            Reason::Paused => "paused".into(),
            Reason::Return(value) => format!("returning {}", super::eval::cut(&value.repr(), 60)),
        }
    }
}

/// A stop: which thread, and why.
#[derive(Clone, Debug)]
pub struct Stop {
    pub thread: u64,
    pub reason: Reason,
}

/// What the front-end decided at a stop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resume {
    Go(Step),
    /// End the program (and the debugger).
    Quit,
    /// End the program and start it again.
    Restart,
}

/// What the front-end says when polled while the program runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Poll {
    Continue,
    Pause,
    Quit,
}

/// A debugger's screen or prompt.
pub trait Frontend {
    /// The program stopped: interact until the user resumes it.
    fn stopped(&mut self, vm: &mut Vm, state: &mut DebugState, stop: &Stop) -> Resume;
    /// Called every few milliseconds while the program runs.
    fn poll(&mut self, _vm: &mut Vm, _state: &mut DebugState) -> Poll {
        Poll::Continue
    }
    /// Whether the front-end wants `instruction` called before every instruction (which
    /// makes the program run several times slower).
    fn counts_instructions(&self) -> bool {
        false
    }
    /// An instruction is about to run (when `counts_instructions`).
    fn instruction(&mut self, _vm: &Vm) {}
    /// The ticker ticked while the program runs (about every `TICK`): a sample of where it is.
    fn sample(&mut self, _vm: &Vm) {}
}

/// What the debugger keeps between stops; the front-end edits it at a stop.
pub struct DebugState {
    pub breakpoints: Breakpoints,
    pub step: Step,
    /// Stop at every raised exception.
    pub break_on_raised: bool,
    /// Stop where an exception is raised that no handler will take.
    pub break_on_uncaught: bool,
    /// Quit or restart was chosen: every event ends the program.
    ending: bool,
    pub restart: bool,
    pub quit: bool,
    /// Messages for the user about what the session did on its own (a temporary breakpoint
    /// deleted); the front-end shows and clears them.
    pub news: Vec<String>,
    /// Instructions seen while every event was asked for; the sequence number of the
    /// instruction at the last stop.
    instructions: u64,
    stop_sequence: u64,
    last_poll: Instant,
    /// Lines that have a line breakpoint, by file (the cheap test per line event).
    line_index: HashMap<String, Vec<u32>>,
    indexed_generation: Option<usize>,
    runs_at_start: bool,
}

/// How often the ticker ticks (a sample for the live profile), and how often of those
/// ticks the front-end is polled.
pub const TICK: Duration = Duration::from_millis(5);
const POLL_INTERVAL: Duration = Duration::from_millis(20);

impl DebugState {
    /// A new session: stopped at the first line unless `run` says to start running.
    pub fn new(run: bool) -> DebugState {
        DebugState {
            breakpoints: Breakpoints::default(),
            step: if run { Step::Continue } else { Step::Entry },
            break_on_raised: false,
            break_on_uncaught: true,
            ending: false,
            restart: false,
            quit: false,
            news: Vec::new(),
            instructions: 0,
            stop_sequence: 0,
            last_poll: Instant::now(),
            line_index: HashMap::new(),
            indexed_generation: None,
            runs_at_start: run,
        }
    }

    /// Whether the session started running (`--run`) rather than stopped at the first line.
    pub fn starts_running(&self) -> bool {
        self.runs_at_start
    }

    /// Ready to run the program again (restart): breakpoints are kept.
    pub fn restart_run(&mut self, run: bool) {
        let breakpoints = std::mem::take(&mut self.breakpoints);
        let (raised, uncaught) = (self.break_on_raised, self.break_on_uncaught);
        *self = DebugState {
            breakpoints,
            break_on_raised: raised,
            break_on_uncaught: uncaught,
            ..DebugState::new(run)
        };
    }

    fn line_has_breakpoint(&mut self, file: &str, line: u32) -> bool {
        let generation = self.breakpoints.generation();
        if self.indexed_generation != Some(generation) {
            self.line_index.clear();
            for b in self.breakpoints.all().iter().filter(|b| b.enabled) {
                if let Location::Line { file, line } = &b.location {
                    self.line_index.entry(file.clone()).or_default().push(*line);
                }
            }
            self.indexed_generation = Some(generation);
        }
        self.line_index.get(file).is_some_and(|lines| lines.contains(&line))
    }
}

/// The debugger: an observer driving a front-end.
pub struct Debugger<F: Frontend> {
    pub state: DebugState,
    pub frontend: F,
    /// The poll's timer, from the moment the debugger is attached.
    ticker: Option<Ticker>,
}

impl<F: Frontend> Debugger<F> {
    pub fn new(state: DebugState, frontend: F) -> Debugger<F> {
        Debugger { state, frontend, ticker: None }
    }

    /// Whether every event is wanted: stepping, ending, an instruction breakpoint, or a
    /// front-end counting instructions; else only the armed code's.
    fn wants_every_event(&self) -> bool {
        self.state.ending
            || self.state.step != Step::Continue
            || self.frontend.counts_instructions()
            || self.state.breakpoints.any(|l| matches!(l, Location::Instruction { .. }))
    }

    /// Hand control to the front-end; what the VM should do next.
    fn stop(&mut self, vm: &mut Vm, reason: Reason, sequence: u64) -> Control {
        self.state.stop_sequence = sequence;
        let stop = Stop { thread: current_thread(vm), reason };
        match self.frontend.stopped(vm, &mut self.state, &stop) {
            Resume::Go(step) => {
                self.state.step = step;
                self.state.last_poll = Instant::now();
                // Breakpoints, the step or the front-end's counting may have changed.
                vm.observers_changed();
                Control::Continue
            }
            Resume::Quit => self.end(vm, false),
            Resume::Restart => self.end(vm, true),
        }
    }

    fn end(&mut self, vm: &mut Vm, restart: bool) -> Control {
        vm.observers_changed();
        self.state.ending = true;
        self.state.restart = restart;
        self.state.quit = !restart;
        self.state.step = Step::Continue;
        Control::Stop
    }

    /// Whether a breakpoint's condition and ignore count let it stop here; counts the hit
    /// and deletes a temporary breakpoint that stops.
    fn breakpoint_fires(&mut self, vm: &mut Vm, number: usize) -> bool {
        let Some(b) = self.state.breakpoints.get_mut(number) else { return false };
        b.hits += 1;
        let condition = b.condition.clone();
        if let Some(condition) = condition {
            let Some(frame) = vm.frames.last() else { return false };
            let spaces = namespaces(frame);
            let true_here = match evaluate(vm, spaces, &condition) {
                Ok(value) => truthy(vm, &value),
                // As pdb: a condition that raises stops the program.
                Err(_) => true,
            };
            if !true_here {
                return false;
            }
        }
        let Some(b) = self.state.breakpoints.get_mut(number) else { return false };
        if b.ignore > 0 {
            b.ignore -= 1;
            return false;
        }
        if b.temporary {
            let place = b.place.clone();
            self.state.breakpoints.remove(number);
            self.state.news.push(format!("Deleted breakpoint {number} at {place}"));
        }
        true
    }

    /// The first breakpoint among `numbers` that fires.
    fn first_firing(&mut self, vm: &mut Vm, numbers: Vec<usize>) -> Option<usize> {
        numbers.into_iter().find(|&n| self.breakpoint_fires(vm, n))
    }

    /// Let the front-end look at its input (a pause key), at most every `POLL_INTERVAL`.
    fn poll(&mut self, vm: &mut Vm) {
        if self.state.ending || self.state.last_poll.elapsed() < POLL_INTERVAL {
            return;
        }
        self.state.last_poll = Instant::now();
        let counting = self.frontend.counts_instructions();
        let poll = self.frontend.poll(vm, &mut self.state);
        if self.frontend.counts_instructions() != counting {
            vm.observers_changed();
        }
        match poll {
            Poll::Continue => {}
            Poll::Pause => {
                self.state.step = Step::Pause;
                vm.observers_changed();
            }
            // The program ends at the next event (the ending debugger asks for every one).
            Poll::Quit => {
                self.end(vm, false);
            }
        }
    }
}

/// Whether a handler of the running thread will take `exception`: only decidable when no
/// Rust code sits between the thread's frames (it might catch the exception itself).
/// Handlers in the embedded library (`<frozen threading>`'s catch-all around a thread's
/// target) do not count: the user sees such an exception as uncaught.
fn uncaught(vm: &Vm, exception: &Value) -> bool {
    if !vm.at_thread_level() {
        return false;
    }
    if let Some(Object::Exception(e)) = exception.object()
        && matches!(
            e.borrow().kind,
            ExcKind::StopIteration
                | ExcKind::StopAsyncIteration
                | ExcKind::GeneratorExit
                | ExcKind::SystemExit
        )
    {
        return false;
    }
    !vm.frames.iter().any(|frame| {
        let index = frame.current_index() as u32;
        !frame.code.filename.starts_with("<frozen")
            && frame.code.exception_table.iter().any(|e| e.start <= index && index < e.end)
    })
}

impl<F: Frontend> Observer for Debugger<F> {
    fn interest(&self) -> Interest {
        if self.wants_every_event() {
            Interest::ALL
        } else if self.state.breakpoints.any(|_| true) {
            Interest { armed: true, ..Interest::NONE }
        } else {
            Interest::NONE
        }
    }

    /// In `code`: the lines of its own with an enabled line breakpoint, and its call if a
    /// function breakpoint names it.
    fn arms(&self, code: &CodeObject) -> Arming {
        let mut arming = Arming::default();
        for b in self.state.breakpoints.all().iter().filter(|b| b.enabled) {
            match &b.location {
                Location::Line { file, line } => {
                    if **file == *code.filename && code.spans.iter().any(|s| s.lineno == *line) {
                        arming.lines.push(*line);
                    }
                }
                Location::Function { name } => arming.call |= *name == code.name || *name == code.qualname,
                Location::Instruction { .. } => {}
            }
        }
        arming
    }

    fn on_attach(&mut self, vm: &mut Vm) {
        self.ticker = Some(vm.host.start_ticker(TICK));
    }

    fn on_sample(&mut self, vm: &mut Vm) {
        if self.state.ending {
            return;
        }
        self.frontend.sample(vm);
        self.poll(vm);
    }

    fn on_exit(&mut self, _vm: &mut Vm) {
        self.ticker = None;
    }

    fn on_instruction(&mut self, vm: &mut Vm) -> Control {
        if self.state.ending {
            return Control::Stop;
        }
        self.state.instructions += 1;
        if self.frontend.counts_instructions() {
            self.frontend.instruction(vm);
        }
        let sequence = self.state.instructions;
        match self.state.step {
            Step::Pause => return self.stop(vm, Reason::Paused, sequence),
            Step::Instruction { thread }
                if thread == current_thread(vm) && sequence > self.state.stop_sequence =>
            {
                return self.stop(vm, Reason::Step, sequence);
            }
            _ => {}
        }
        if self.state.breakpoints.any(|l| matches!(l, Location::Instruction { .. }))
            && let Some(frame) = vm.frames.last()
        {
            let (file, function, pc) =
                (frame.code.filename.to_string(), frame.code.qualname.clone(), frame.pc);
            let numbers = self.state.breakpoints.matching(|l| {
                matches!(l, Location::Instruction { file: f, function: g, offset } if *f == file && *g == function && *offset == pc)
            });
            if sequence > self.state.stop_sequence
                && let Some(n) = self.first_firing(vm, numbers)
            {
                return self.stop(vm, Reason::Breakpoint(n), sequence);
            }
        }
        Control::Continue
    }

    fn on_line(&mut self, vm: &mut Vm, line: u32) -> Control {
        if self.state.ending {
            return Control::Stop;
        }
        let Some(frame) = vm.frames.last() else { return Control::Continue };
        let file = frame.code.filename.to_string();
        let depth = vm.frames.len();
        let thread = current_thread(vm);
        // The instruction about to run has not been counted yet.
        let sequence = self.state.instructions + 1;
        if self.state.line_has_breakpoint(&file, line) {
            let numbers = self
                .state
                .breakpoints
                .matching(|l| matches!(l, Location::Line { file: f, line: n } if *f == file && *n == line));
            if let Some(n) = self.first_firing(vm, numbers) {
                return self.stop(vm, Reason::Breakpoint(n), sequence);
            }
        }
        let stepped = match self.state.step {
            Step::Entry => !file.starts_with("<frozen"),
            Step::Into { thread: t } => t == thread,
            Step::Over { thread: t, depth: d } => t == thread && depth <= d,
            Step::Out { thread: t, depth: d } => t == thread && depth < d,
            Step::Until { thread: t, depth: d, line: l } => {
                t == thread && (depth < d || (depth == d && line > l))
            }
            Step::Continue | Step::Instruction { .. } | Step::Pause => false,
        };
        if stepped {
            let reason = if self.state.step == Step::Entry { Reason::Entry } else { Reason::Step };
            return self.stop(vm, reason, sequence);
        }
        Control::Continue
    }

    fn on_call(&mut self, vm: &mut Vm) -> Control {
        if self.state.ending {
            return Control::Stop;
        }
        if !self.state.breakpoints.any(|l| matches!(l, Location::Function { .. })) {
            return Control::Continue;
        }
        let Some(frame) = vm.frames.last() else { return Control::Continue };
        let (name, qualname) = (frame.code.name.clone(), frame.code.qualname.clone());
        let numbers = self
            .state
            .breakpoints
            .matching(|l| matches!(l, Location::Function { name: n } if *n == name || *n == qualname));
        match self.first_firing(vm, numbers) {
            Some(n) => self.stop(vm, Reason::Breakpoint(n), self.state.instructions + 1),
            None => Control::Continue,
        }
    }

    fn on_return(&mut self, vm: &mut Vm, value: &Value) {
        if self.state.ending {
            return;
        }
        let (depth, thread) = (vm.frames.len(), current_thread(vm));
        // As pdb: a step stops at the return of the frame it was in (`--Return--`).
        let stops = match self.state.step {
            Step::Into { thread: t } => t == thread,
            Step::Over { thread: t, depth: d } | Step::Out { thread: t, depth: d } => {
                t == thread && depth == d
            }
            _ => false,
        };
        if stops {
            // A quit chosen here takes effect at the next event.
            self.stop(vm, Reason::Return(value.clone()), self.state.instructions);
        }
    }

    fn on_exception(&mut self, vm: &mut Vm, exception: &Value, event: ExceptionEvent) {
        if self.state.ending || event != ExceptionEvent::Raised {
            return;
        }
        let uncaught = self.state.break_on_uncaught && uncaught(vm, exception);
        if uncaught || self.state.break_on_raised {
            let reason = Reason::Exception { exception: exception.clone(), uncaught };
            // A quit chosen here takes effect at the next event.
            self.stop(vm, reason, self.state.instructions);
        }
    }
}
