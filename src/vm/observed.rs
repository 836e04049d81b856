//! The VM's side of the observer door (`crate::observe`): calling the attached observers
//! with the VM itself, working out call and line events at instruction boundaries, and the
//! run loop's periodic flags (Ctrl-C, a sampling profiler's tick).

use std::rc::Rc;

use super::Vm;
use crate::observe::{ARMED_CALL, ARMED_LINE, Control, ExceptionEvent, Observer, Stops};
use crate::runtime::exception::{ExcKind, exception_with_args};
use crate::runtime::value::{Stream, Value};

impl Vm {
    /// Attach an observer; it sees the events from the next frame change on.
    pub fn attach(&mut self, mut observer: Box<dyn Observer>) {
        observer.on_attach(self);
        self.observers.attach(observer);
    }

    /// Take the observers back (at the end of a run, to read what they gathered).
    pub fn detach_all(&mut self) -> Vec<Box<dyn Observer>> {
        self.observers.forget_armed();
        let list = std::mem::take(&mut self.observers.list);
        self.observers = Default::default();
        list
    }

    /// Call `f` on each observer, each given the VM (the observers are out of it meanwhile);
    /// Stop if any asked to stop.
    #[inline(always)]
    pub(crate) fn each_observer(
        &mut self,
        mut f: impl FnMut(&mut dyn Observer, &mut Vm) -> Control,
    ) -> Control {
        // One observer (the usual case, and the one each instruction of a profile pays for):
        // taken out and put back alone, without moving the list.
        if self.observers.list.len() == 1
            && let Some(mut only) = self.observers.list.pop()
        {
            let control = f(only.as_mut(), self);
            // Observers attached during the call come after it.
            if self.observers.list.is_empty() {
                self.observers.list.push(only);
            } else {
                self.observers.list.insert(0, only);
            }
            if self.observers.stale {
                self.observers.refresh();
            }
            return control;
        }
        let mut list = std::mem::take(&mut self.observers.list);
        let mut control = Control::Continue;
        for observer in &mut list {
            if f(observer.as_mut(), self) == Control::Stop {
                control = Control::Stop;
            }
        }
        // Observers attached during the calls come after the others.
        if self.observers.list.is_empty() {
            self.observers.list = list;
        } else {
            let added = std::mem::replace(&mut self.observers.list, list);
            self.observers.list.extend(added);
        }
        if self.observers.stale {
            self.observers.refresh();
        }
        control
    }

    /// An observer's interest or arming changed (called from inside its callback): the VM
    /// reads them again when the callback returns.
    pub fn observers_changed(&mut self) {
        self.observers.stale = true;
    }

    /// Whether an observer arms the code of the frame `below` frames under the top one (0: the
    /// top frame; 1: the one a return goes back to).
    #[inline]
    pub(super) fn frame_armed(&mut self, below: usize) -> bool {
        match self.frames.len().checked_sub(below + 1).and_then(|i| self.frames.get(i)) {
            Some(frame) => self.observers.arms(&frame.code),
            None => false,
        }
    }

    /// Mark the armed instructions of the frame `below` frames under the top one BREAKPOINT
    /// for the plain loop, if its code is armed and they are not yet (`Observers::mark`).
    #[inline]
    pub(super) fn mark_breakpoints(&mut self, below: usize) {
        if let Some(frame) = self.frames.len().checked_sub(below + 1).and_then(|i| self.frames.get(i)) {
            self.observers.mark(&frame.code, &frame.prepared);
        }
    }

    /// How the top frame's instructions are watched (which variant of the step loop runs).
    /// Armed code runs in the plain loop with its armed instructions marked BREAKPOINT; the
    /// armed loop runs each marked instruction, after its events.
    #[inline]
    pub(super) fn top_frame_watch(&mut self) -> Watch {
        let interest = self.observers.interest;
        let at_breakpoint = std::mem::take(&mut self.observers.at_breakpoint);
        if interest.any() {
            Watch::Every
        } else if at_breakpoint {
            Watch::Armed
        } else {
            if interest.armed {
                self.mark_breakpoints(0);
            }
            Watch::Not
        }
    }

    /// The events due at each instruction of the top frame's code, if it is armed.
    pub(super) fn top_frame_stops(&mut self) -> Option<Stops> {
        let frame = self.frames.last()?;
        self.observers.stops_of(&frame.code).cloned()
    }

    /// Before an instruction, with observers attached: the call (a frame's first
    /// instruction), line and instruction events. An observer's Stop ends the program.
    /// Inlined into the observed run loop: a profile pays for this at every instruction.
    #[inline(always)]
    pub(super) fn observe_instruction(&mut self) -> Result<(), Value> {
        let interest = self.observers.interest;
        let control = if interest.calls || interest.lines || (interest.armed && self.armed_here() != 0) {
            self.observe_events()
        } else if interest.instructions {
            self.each_observer(|o, vm| o.on_instruction(vm))
        } else {
            Control::Continue
        };
        match control {
            Control::Continue => Ok(()),
            Control::Stop => Err(stop()),
        }
    }

    /// The armed events due before the next instruction (a breakpoint's line, a call).
    #[inline]
    fn armed_here(&mut self) -> u8 {
        let Some(frame) = self.frames.last() else { return 0 };
        self.observers.stops_at(&frame.code, frame.pc)
    }

    /// The call, line and instruction events due before the next instruction.
    #[inline(never)]
    fn observe_events(&mut self) -> Control {
        let mut control = self.observe_call_and_line();
        // (Read after the call and line events: a debugger stopped there may now want the
        // instruction events, starting with this instruction's.)
        if self.observers.interest.instructions
            && self.each_observer(|o, vm| o.on_instruction(vm)) == Control::Stop
        {
            control = Control::Stop;
        }
        control
    }

    /// The call and line events due before the next instruction (kept out of the
    /// instruction-only path that a profile takes).
    fn observe_call_and_line(&mut self) -> Control {
        let interest = self.observers.interest;
        let Some(frame) = self.frames.last() else { return Control::Continue };
        let pc = frame.pc;
        let mut control = Control::Continue;
        let armed = if interest.armed { self.armed_here() } else { 0 };
        // (An armed call is due at the code's `body_start`.)
        if ((interest.calls && pc == 0) || armed & ARMED_CALL != 0)
            && self.each_observer(|o, vm| o.on_call(vm)) == Control::Stop
        {
            control = Control::Stop;
        }
        if (interest.lines || armed & ARMED_LINE != 0)
            && let Some(frame) = self.frames.last()
            && pc >= frame.code.body_start()
        {
            let depth = self.frames.len();
            let code = Rc::as_ptr(&frame.code) as usize;
            let line = frame.prepared.event_line(&frame.code, pc);
            let lines = &mut self.observers.lines;
            lines.truncate(depth);
            let new_line = match lines.get(depth - 1) {
                // A new line, or the same line again by a jump back (a loop on one line).
                Some(&(c, l, last_pc)) if c == code => l != line || pc <= last_pc,
                // Not known (the frame ran unobserved, or is new, or is a generator resumed
                // where another frame ran last): the instruction before this one in the code,
                // if any, stands for the last one run (after a call returned, it is the call;
                // in a resumed generator, its `yield`); a loop's head may have been reached
                // by its jump back, which is a new line too.
                _ => pc == 0 || frame.code.line_of(pc - 1) != line || jumped_back_to(&frame.code, pc),
            };
            if lines.len() < depth {
                lines.resize(depth, (0, 0, 0));
            }
            lines[depth - 1] = (code, line, pc);
            if new_line && line > 0 && self.each_observer(|o, vm| o.on_line(vm, line)) == Control::Stop {
                control = Control::Stop;
            }
        }
        control
    }

    /// The top frame's next instruction was moved (a debugger's jump) to the start of `line`:
    /// that line is the current one, so no line event comes for it again.
    pub fn jumped(&mut self, line: u32) {
        let depth = self.frames.len();
        let Some(frame) = self.frames.last() else { return };
        let code = Rc::as_ptr(&frame.code) as usize;
        let lines = &mut self.observers.lines;
        if lines.len() < depth {
            lines.resize(depth, (0, 0, 0));
        }
        lines[depth - 1] = (code, line, frame.pc);
    }

    /// Whether the run loop running now is the running thread's own, with no Rust code
    /// (a builtin calling back into Python) between its frames.
    pub fn at_thread_level(&self) -> bool {
        self.runs == self.thread_runs
    }

    /// Write the program's output to the host's stream, and tell the observers. A failed
    /// write to stdout is the program's `OSError` (BrokenPipeError when the reader of a pipe
    /// went away, as `pyglass x.py | head -1`), raised where it wrote, as CPython does;
    /// stderr's errors are ignored.
    pub fn write_output(&mut self, stream: Stream, text: &str) -> Result<(), Value> {
        let written = match stream {
            Stream::Stdout => self.host.write_stdout(text),
            Stream::Stderr => {
                self.host.write_stderr(text);
                Ok(())
            }
        };
        if !self.observers.is_empty() {
            self.each_observer(|o, vm| {
                o.on_output(vm, stream, text);
                Control::Continue
            });
        }
        written.map_err(|error| self.stream_error(error))
    }

    /// Write a report of the VM's own to stderr (a traceback, a warning, a deadlock).
    pub fn write_report(&mut self, text: &str) {
        // (Writing to stderr never fails: its errors are ignored.)
        let _ = self.write_output(Stream::Stderr, text);
    }

    /// Flush stdout, as `write_output` reports its errors.
    pub fn flush_output(&mut self) -> Result<(), Value> {
        let flushed = self.host.flush_stdout();
        self.host.flush();
        flushed.map_err(|error| self.stream_error(error))
    }

    /// `OSError(errno, strerror)`, which is BrokenPipeError for EPIPE.
    fn stream_error(&mut self, (code, text): (i32, String)) -> Value {
        let args = vec![Value::Int(i64::from(code)), Value::str(text)];
        let call = crate::runtime::function::CallArgs { positional: args, keywords: Vec::new() };
        match crate::builtins::construct(self, "OSError", call) {
            Ok(e) | Err(e) => e,
        }
    }

    /// Tell the observers the top frame returns `value`.
    pub(super) fn observe_return(&mut self, value: &Value) {
        self.each_observer(|o, vm| {
            o.on_return(vm, value);
            Control::Continue
        });
    }

    pub(super) fn observe_exception(&mut self, exception: &Value, event: ExceptionEvent) {
        self.each_observer(|o, vm| {
            o.on_exception(vm, exception, event);
            Control::Continue
        });
    }

    /// A flag of the host is up (checked at backward jumps and calls): take a sample for
    /// the observers if it is the sampler's tick; a KeyboardInterrupt to raise if Ctrl-C.
    #[cold]
    pub(super) fn take_flags(&mut self) -> Option<Value> {
        let flags = self.host.take_flags();
        if flags & super::host::SAMPLE != 0 {
            self.each_observer(|o, vm| {
                o.on_sample(vm);
                Control::Continue
            });
        }
        (flags & super::host::INTERRUPT != 0)
            .then(|| exception_with_args(ExcKind::KeyboardInterrupt, Vec::new()))
    }
}

/// What an observer's Stop raises: `SystemExit`, as `sys.exit()` would.
#[cold]
fn stop() -> Value {
    exception_with_args(ExcKind::SystemExit, Vec::new())
}

/// How a frame's instructions are watched.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Watch {
    /// Not at all: the plain loop.
    Not,
    /// At an instruction its code is armed at (a breakpoint's lines, a call), which the
    /// plain loop found marked: that one instruction, after its events.
    Armed,
    /// Every instruction is seen by the observers first.
    Every,
}

/// Whether a jump further on in `code` goes back to instruction `pc` (a loop's head).
fn jumped_back_to(code: &crate::bytecode::code::CodeObject, pc: usize) -> bool {
    use crate::bytecode::opcode::ArgKind;
    code.instructions.iter().skip(pc + 1).any(|i| i.op.arg_kind() == ArgKind::Jump && i.arg as usize == pc)
}
