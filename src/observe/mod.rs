//! The observer door: the one interface through which tools (profiler, pipeline report,
//! debugger, TUI, an embedding program) watch the pipeline and the VM.
//!
//! Stage events come from the pipeline (source read, tokens, AST, code objects, cache);
//! execution events from the VM (instruction, line, call, return, exception, thread switch,
//! thread state change, output written).
//! Event names follow CPython's `sys.monitoring` where one exists (PY_START is `on_call`,
//! PY_RETURN `on_return`, RAISE/EXCEPTION_HANDLED/PY_UNWIND `on_exception`). An observer
//! gets `&mut Vm` (it is taken out of the VM while it runs), so it can read frames, stacks
//! and threads, and may block in a callback to pause the program (a debugger's front-end
//! runs its own loop there). Several observers can be attached at once.
//!
//! With no observer attached the run loop is the plain one: the VM's instruction loop is
//! compiled three times (`Vm::step::<OBSERVED, ARMED>`): plain; observed, every instruction
//! seen first; and armed, plain but for the instructions an observer armed (a breakpoint's
//! lines, a call) in code that `Observer::arms`. It chooses at each frame change, so
//! observation costs nothing when off and next to nothing where a breakpoint is never hit.

use std::cell::Cell;
use std::rc::Rc;

use rustc_hash::FxHashMap;
use std::time::Duration;

use crate::bytecode::code::{CodeObject, Instruction};
use crate::bytecode::opcode::Op;
use crate::runtime::function::{ArmState, Prepared};
use crate::runtime::value::{Stream, Value};
use crate::vm::Vm;

/// What an observer asks of the VM after an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Control {
    /// Go on.
    #[default]
    Continue,
    /// End the program now, as `sys.exit()` would (a debugger's quit).
    Stop,
}

/// A stage of the pipeline finished.
#[derive(Clone, Debug)]
pub enum StageEvent {
    /// The source file was read: its path and size in bytes.
    SourceRead { path: String, bytes: usize, duration: Duration },
    /// Tokenized: how many tokens.
    Tokens { count: usize, duration: Duration },
    /// Parsed: how many AST nodes.
    Ast { nodes: usize, duration: Duration },
    /// Compiled: how many code objects and instructions.
    Compiled { code_objects: usize, instructions: usize, duration: Duration },
    /// The bytecode cache: hit (loaded), miss (compiled, and written if `written`), or a bad
    /// file rejected.
    Cache { path: String, outcome: CacheEvent, duration: Duration },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheEvent {
    Hit,
    Miss { written: bool },
    Rejected,
    Unused,
}

/// What happened to an exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionEvent {
    /// Raised in the top frame (RAISE).
    Raised,
    /// A handler of the top frame takes it (EXCEPTION_HANDLED).
    Caught,
    /// It leaves the top frame, which has no handler (PY_UNWIND).
    Unwound,
}

/// What a thread became (`Observer::on_thread_state`). The thread's record in `vm.threads`
/// has the details, such as what a blocked thread waits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadState {
    /// Waiting for the GIL (started, preempted, or woken).
    Ready,
    /// Holding the GIL.
    Running,
    /// Waiting on a lock, a sleep or a join.
    Blocked,
    Finished,
}

/// Which execution events an observer wants (the VM skips the work for the others).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interest {
    pub instructions: bool,
    pub lines: bool,
    /// Call and return events.
    pub calls: bool,
    /// Call and line events in the code objects the observer arms (`Observer::arms`) and
    /// nowhere else: a debugger's breakpoints cost nothing in the code that has none.
    /// (Those frames run the observed loop, so another observer's `calls` or `lines`, if
    /// any, get them too.)
    pub armed: bool,
    /// With `instructions`: only the instructions that do not continue the current run
    /// (`Observers::run`); the VM marks the others in the run itself, without a call. When
    /// several observers want instructions, this holds only if all of them say so.
    pub runs: bool,
}

impl Interest {
    pub const ALL: Interest =
        Interest { instructions: true, lines: true, calls: true, armed: false, runs: false };
    pub const NONE: Interest =
        Interest { instructions: false, lines: false, calls: false, armed: false, runs: false };

    /// Whether per-instruction work is wanted in every frame (else the plain run loop runs,
    /// except in armed code).
    pub fn any(self) -> bool {
        self.instructions || self.lines || self.calls
    }

    /// Whether only runs of instructions are wanted (a profile): the VM then changes frames
    /// within its observed loop, and lets built-ins consume generators there, as it does
    /// unobserved; no call, line or yield needs to be seen.
    /// (Compared whole: one comparison of the five flags, not five tests.)
    #[inline(always)]
    pub fn only_runs(self) -> bool {
        self == Interest { instructions: true, runs: true, ..Interest::NONE }
    }

    fn union(self, other: Interest) -> Interest {
        Interest {
            instructions: self.instructions || other.instructions,
            lines: self.lines || other.lines,
            calls: self.calls || other.calls,
            armed: self.armed || other.armed,
            // (An observer that wants no instructions takes no part.)
            runs: (self.runs || !self.instructions)
                && (other.runs || !other.instructions)
                && (self.instructions || other.instructions),
        }
    }
}

/// What an observer watches in an armed code object: its call event, and the line events
/// of these lines (a breakpoint's). Elsewhere in the code no event is delivered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Arming {
    pub call: bool,
    pub lines: Vec<u32>,
}

/// Per instruction of an armed code object, the events due before it (`ARMED_CALL`,
/// `ARMED_LINE`), and `STALE` on all once the armings changed: a loop running the code
/// with these stops then stops at its next instruction and asks again. (Cells, so that
/// forgetting them reaches every loop holding them, at no cost per instruction.)
pub(crate) type Stops = Rc<[Cell<u8>]>;
pub(crate) const ARMED_CALL: u8 = 1;
pub(crate) const ARMED_LINE: u8 = 2;
pub(crate) const STALE: u8 = 0x80;

/// The instructions of `code` at which the observers' armings want events (`None`: none).
fn stops(code: &CodeObject, armings: &[Arming]) -> Option<Stops> {
    if armings.iter().all(|a| !a.call && a.lines.is_empty()) {
        return None;
    }
    let call = armings.iter().any(|a| a.call);
    let call_at = code.body_start();
    let stops = code
        .event_lines()
        .into_iter()
        .enumerate()
        .map(|(pc, event_line)| {
            let line = armings.iter().any(|a| a.lines.contains(&event_line));
            Cell::new(u8::from(call && pc == call_at) * ARMED_CALL + u8::from(line) * ARMED_LINE)
        })
        .collect();
    Some(stops)
}

/// A tool watching the pipeline and the VM. Every method has a default that does nothing.
/// In execution events the position is the VM's: `vm.frames.last()` is the frame, its
/// `current_index()` the instruction (for `on_instruction`, the one about to run).
pub trait Observer {
    /// The execution events wanted (read when the observer is attached, and again after
    /// it calls `Vm::observers_changed`).
    fn interest(&self) -> Interest {
        Interest::ALL
    }
    /// With `Interest::armed`: which events frames of `code` get (asked once per code
    /// object until `Vm::observers_changed`).
    fn arms(&self, _code: &CodeObject) -> Arming {
        Arming::default()
    }
    /// Attached to `vm` (before its first event): the time to start a timer, say.
    fn on_attach(&mut self, _vm: &mut Vm) {}
    fn on_stage(&mut self, _event: &StageEvent) {}
    /// Before each instruction.
    fn on_instruction(&mut self, _vm: &mut Vm) -> Control {
        Control::Continue
    }
    /// Before the first instruction of a new source line (or of a loop's line again).
    fn on_line(&mut self, _vm: &mut Vm, _line: u32) -> Control {
        Control::Continue
    }
    /// A new frame starts (its first instruction is next).
    fn on_call(&mut self, _vm: &mut Vm) -> Control {
        Control::Continue
    }
    /// The top frame returns `value` (it is still on the frame stack).
    fn on_return(&mut self, _vm: &mut Vm, _value: &Value) {}
    fn on_exception(&mut self, _vm: &mut Vm, _exception: &Value, _event: ExceptionEvent) {}
    /// A ticker (`Host::start_ticker`: the sampling profiler's, a debugger's poll) ticked:
    /// the VM is at a backward jump or a call of the running thread.
    fn on_sample(&mut self, _vm: &mut Vm) {}
    /// The scheduler switched from thread `from` to thread `to` (idents).
    fn on_thread_switch(&mut self, _vm: &mut Vm, _from: u64, _to: u64) {}
    /// The program wrote `text` to stdout or stderr (already passed on to the stream).
    fn on_output(&mut self, _vm: &mut Vm, _stream: Stream, _text: &str) {}
    /// Thread `ident` became `state` (its record in `vm.threads` is already updated).
    fn on_thread_state(&mut self, _vm: &mut Vm, _ident: u64, _state: ThreadState) {}
    /// The program ended (after its last thread).
    fn on_exit(&mut self, _vm: &mut Vm) {}
}

/// An observer shared with its owner, who reads what it gathered after the run.
impl<T: Observer> Observer for std::rc::Rc<std::cell::RefCell<T>> {
    fn interest(&self) -> Interest {
        self.borrow().interest()
    }
    fn arms(&self, code: &CodeObject) -> Arming {
        self.borrow().arms(code)
    }
    fn on_attach(&mut self, vm: &mut Vm) {
        self.borrow_mut().on_attach(vm)
    }
    fn on_stage(&mut self, event: &StageEvent) {
        self.borrow_mut().on_stage(event)
    }
    #[inline]
    fn on_instruction(&mut self, vm: &mut Vm) -> Control {
        self.borrow_mut().on_instruction(vm)
    }
    fn on_line(&mut self, vm: &mut Vm, line: u32) -> Control {
        self.borrow_mut().on_line(vm, line)
    }
    fn on_call(&mut self, vm: &mut Vm) -> Control {
        self.borrow_mut().on_call(vm)
    }
    fn on_return(&mut self, vm: &mut Vm, value: &Value) {
        self.borrow_mut().on_return(vm, value)
    }
    fn on_exception(&mut self, vm: &mut Vm, exception: &Value, event: ExceptionEvent) {
        self.borrow_mut().on_exception(vm, exception, event)
    }
    fn on_sample(&mut self, vm: &mut Vm) {
        self.borrow_mut().on_sample(vm)
    }
    fn on_thread_switch(&mut self, vm: &mut Vm, from: u64, to: u64) {
        self.borrow_mut().on_thread_switch(vm, from, to)
    }
    fn on_output(&mut self, vm: &mut Vm, stream: Stream, text: &str) {
        self.borrow_mut().on_output(vm, stream, text)
    }
    fn on_thread_state(&mut self, vm: &mut Vm, ident: u64, state: ThreadState) {
        self.borrow_mut().on_thread_state(vm, ident, state)
    }
    fn on_exit(&mut self, vm: &mut Vm) {
        self.borrow_mut().on_exit(vm)
    }
}

/// A run of instructions (what an observer with `Interest::runs` is called at the start
/// of): instructions of the top frame, each executed once, all within 64 instructions of
/// each other (a loop's iteration may start anywhere in its body: after a `yield`, say). The
/// observer starts a run at its call (`start`), or closes it so that the next instruction
/// calls it again; the VM adds the instructions that extend it (`extend`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Its frame's depth (`vm.frames.len()`): a frame above or below it cannot continue it.
    pub depth: usize,
    /// The index of its lowest instruction.
    pub start_pc: usize,
    /// The instructions run: bit i for the instruction at `start_pc + i` (`CLOSED`: none can
    /// be added).
    pub ran: u64,
}

impl Run {
    /// A run no instruction continues.
    pub const CLOSED: u64 = u64::MAX;

    /// Add the instruction at `pc` of the frame at `depth` to the run if it `extends` it
    /// (the VM's check before each instruction: the common case inline, a jump back before
    /// the lowest instruction out of line).
    #[inline(always)]
    pub fn extend(&mut self, depth: usize, pc: usize) -> bool {
        let offset = pc.wrapping_sub(self.start_pc);
        if offset >= 64 {
            return self.extend_below(depth, pc);
        }
        let extends = self.ran & 1 << offset == 0 && depth == self.depth;
        if extends {
            self.ran |= 1 << offset;
        }
        extends
    }

    #[inline(never)]
    fn extend_below(&mut self, depth: usize, pc: usize) -> bool {
        let extends = self.extends(depth, pc);
        if extends {
            self.add(pc);
        }
        extends
    }

    /// Whether the instruction at `pc` of the frame at `depth` extends the run: not run yet,
    /// and within 64 instructions of the others. (The VM calls the observer at the first
    /// instruction after every change of frame or thread, so a frame at the same depth is
    /// the same frame here.)
    #[inline(always)]
    pub fn extends(&self, depth: usize, pc: usize) -> bool {
        let offset = pc.wrapping_sub(self.start_pc);
        let fits = match offset < 64 {
            true => self.ran & 1 << offset == 0,
            // Before the lowest (a jump back to a loop's head): the others move up.
            false => {
                let shift = self.start_pc.wrapping_sub(pc);
                shift < 64 && self.ran.leading_zeros() as usize >= shift
            }
        };
        fits && depth == self.depth
    }

    /// The `n` instructions from `pc`, which the VM runs at once (the STORE_FASTs after an
    /// UNPACK_SEQUENCE): added if each extends the run, else none is and the VM runs them one
    /// by one. Asked right after the instruction before `pc` was counted in this run, so an
    /// open run is that frame's (a boundary starts the run at the frame's depth or leaves
    /// it `CLOSED`): its own depth stands for the frame's.
    /// (The instructions are after the run's lowest one, so they extend it only if they lie
    /// within 64 of it and none has run: a mask of their bits.)
    #[inline]
    pub fn take_following(&mut self, pc: usize, n: usize) -> bool {
        match self.following(pc, n) {
            Some(mask) => {
                self.ran |= mask;
                true
            }
            None => n == 0,
        }
    }

    /// Whether `take_following(pc, n)` would add the instructions, without adding them: for
    /// a fusion that may still fail after this check (an attribute the caches do not
    /// answer), which takes them only once done.
    #[inline]
    pub fn can_take_following(&self, pc: usize, n: usize) -> bool {
        self.following(pc, n).is_some()
    }

    /// The bits of the `n` (at least one) instructions from `pc`, if each would extend the run.
    #[inline(always)]
    fn following(&self, pc: usize, n: usize) -> Option<u64> {
        let offset = pc.wrapping_sub(self.start_pc);
        if n == 0 || offset >= 64 || offset + n > 64 {
            return None;
        }
        let mask = (u64::MAX >> (64 - n)) << offset;
        (self.ran & mask == 0).then_some(mask)
    }

    /// Add the instruction at `pc`, which `extends` the run.
    #[inline(always)]
    pub fn add(&mut self, pc: usize) {
        match pc >= self.start_pc {
            true => self.ran |= 1 << (pc - self.start_pc),
            false => {
                self.ran = self.ran << (self.start_pc - pc) | 1;
                self.start_pc = pc;
            }
        }
    }

    /// Start a run at `pc` of the frame at `depth`, open to the instructions after it
    /// (`open`) or closed after it.
    pub fn start(&mut self, depth: usize, pc: usize, open: bool) {
        self.depth = depth;
        self.start_pc = pc;
        self.ran = if open { 1 } else { Run::CLOSED };
    }
}

impl Default for Run {
    fn default() -> Run {
        Run { depth: 0, start_pc: 0, ran: Run::CLOSED }
    }
}

/// The observers attached to a VM, and what they want together.
#[derive(Default)]
pub struct Observers {
    pub list: Vec<Box<dyn Observer>>,
    pub interest: Interest,
    /// The current run of instructions, for an observer with `Interest::runs`.
    pub run: Run,
    /// Per frame depth, the line last reported by `on_line`: (code address, line,
    /// instruction).
    pub(crate) lines: Vec<(usize, u32, usize)>,
    /// Whether a code object is armed, by its address (the code is kept alive with it, so
    /// the address is not reused meanwhile).
    armed: FxHashMap<usize, (Rc<CodeObject>, Option<Stops>)>,
    /// The last code asked about and the answer (a recursive call asks the same again).
    last_armed: (usize, Option<Stops>),
    /// An observer's interest or arming changed: read them again after its callback.
    pub(crate) stale: bool,
    /// The code objects whose arming their `Prepared` knows (`mark`).
    marked: Vec<(Rc<CodeObject>, Rc<Prepared>)>,
    /// The plain loop stopped at a BREAKPOINT: the armed loop runs the instruction.
    pub(crate) at_breakpoint: bool,
}

impl Observers {
    pub fn attach(&mut self, observer: Box<dyn Observer>) {
        self.interest = self.interest.union(observer.interest());
        self.list.push(observer);
        self.forget_armed();
    }

    /// Read every observer's interest again, and forget which code is armed.
    pub(crate) fn refresh(&mut self) {
        self.interest = self.list.iter().fold(Interest::NONE, |all, o| all.union(o.interest()));
        self.forget_armed();
        self.stale = false;
        // Lines no longer followed everywhere: the frames run on without a line reported, so
        // the lines last reported for them go stale. (Armed code keeps its records up to
        // date: every instruction of an armed line reports.)
        if !self.interest.lines {
            self.lines.clear();
        }
    }

    /// Record in `prepared` whether `code` is armed (once per arming), marking its armed
    /// instructions BREAKPOINT if it is, so that the plain loop runs the code until it
    /// reaches one.
    #[inline]
    pub(crate) fn mark(&mut self, code: &Rc<CodeObject>, prepared: &Rc<Prepared>) {
        if prepared.arming.get() == ArmState::Unknown {
            self.mark_now(code, prepared);
        }
    }

    #[inline(never)]
    fn mark_now(&mut self, code: &Rc<CodeObject>, prepared: &Rc<Prepared>) {
        let state = match self.stops_of(code) {
            Some(stops) => {
                for (cell, stop) in prepared.instructions.iter().zip(stops.iter()) {
                    if stop.get() != 0 {
                        cell.set(Instruction { op: Op::Breakpoint, arg: 0 });
                    }
                }
                ArmState::Marked
            }
            None => ArmState::Unarmed,
        };
        prepared.arming.set(state);
        self.marked.push((code.clone(), prepared.clone()));
    }

    /// Forget which code is armed where, marking the stops handed out `STALE` and putting
    /// the marked code's own instructions back.
    pub(crate) fn forget_armed(&mut self) {
        for (code, prepared) in self.marked.drain(..) {
            prepared.forget_arming(&code);
        }
        for (_, stops) in self.armed.values() {
            for stop in stops.iter().flat_map(|s| s.iter()) {
                stop.set(stop.get() | STALE);
            }
        }
        self.armed.clear();
        self.last_armed = (0, None);
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Whether some observer arms `code`.
    #[inline]
    pub(crate) fn arms(&mut self, code: &Rc<CodeObject>) -> bool {
        self.stops_of(code).is_some()
    }

    /// The armed events due before instruction `pc` of `code` (`ARMED_CALL`, `ARMED_LINE`).
    #[inline]
    pub(crate) fn stops_at(&mut self, code: &Rc<CodeObject>, pc: usize) -> u8 {
        self.stops_of(code).and_then(|stops| stops.get(pc)).map_or(0, Cell::get)
    }

    #[inline]
    pub(crate) fn stops_of(&mut self, code: &Rc<CodeObject>) -> Option<&Stops> {
        let key = Rc::as_ptr(code) as usize;
        if self.last_armed.0 != key {
            let stops = match self.armed.get(&key) {
                Some((_, stops)) => stops.clone(),
                None => {
                    let armings: Vec<Arming> = self.list.iter().map(|o| o.arms(code)).collect();
                    let stops = stops(code, &armings);
                    self.armed.insert(key, (code.clone(), stops.clone()));
                    stops
                }
            };
            self.last_armed = (key, stops);
        }
        self.last_armed.1.as_ref()
    }

    /// Tell every observer about a pipeline stage.
    pub fn stage(&mut self, event: &StageEvent) {
        for observer in &mut self.list {
            observer.on_stage(event);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Run;

    fn open_at(pc: usize) -> Run {
        let mut run = Run { depth: 1, start_pc: 0, ran: Run::CLOSED };
        run.start(1, pc, true);
        run
    }

    #[test]
    fn following_instructions_join_an_open_run_once() {
        let mut run = open_at(10);
        assert!(run.take_following(11, 3));
        assert_eq!(run.ran, 0b1111);
        // Taken already: none of them again, and nothing is added.
        assert!(!run.take_following(13, 2));
        assert_eq!(run.ran, 0b1111);
        assert!(run.take_following(14, 1));
        assert!(run.take_following(20, 0));
    }

    #[test]
    fn following_instructions_stay_within_64_of_the_lowest() {
        let mut run = open_at(0);
        assert!(run.take_following(60, 4));
        assert!(!run.take_following(64, 1));
        let mut run = open_at(0);
        assert!(!run.take_following(62, 3));
        assert_eq!(run.ran, 1);
    }

    #[test]
    fn a_closed_run_takes_nothing() {
        let mut run = Run { depth: 1, start_pc: 0, ran: Run::CLOSED };
        run.start(1, 5, false);
        assert!(!run.take_following(6, 1));
    }
}
