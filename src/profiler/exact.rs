//! Exact mode: one clock read (TSC, through `quanta`) at each instruction boundary, the time
//! since the last one charged to the instruction that just ran: to its opcode (count, total,
//! an hdrhistogram of single-instruction times), to its source line, and to its stack (per
//! opcode, so the flamegraph's leaves are opcodes). A thread that is switched out has the
//! time until it runs again charged to a `<waiting for the GIL>` or `<blocked on ...>` frame
//! under the frame it left in.

use std::collections::HashMap;

use hdrhistogram::Histogram;

use super::cursor::Cursor;
use super::stacks::{NodeKind, Stacks};
use crate::bytecode::opcode::Op;
use crate::observe::{Interest, Observer};
use crate::vm::Vm;
use crate::vm::threads::State;

/// The longest single-instruction time a histogram holds (longer ones are recorded as this):
/// 10 s, with two significant figures (within 1%; times under `SHORT_NS` are exact).
const HISTOGRAM_MAX_NS: u64 = 10_000_000_000;

/// Single-instruction times below this many ns are counted in a plain array (one
/// increment, exact), and moved into the histogram when the run ends.
const SHORT_NS: usize = 4096;

/// Per opcode.
pub struct OpStats {
    pub count: u64,
    pub total_ns: u64,
    /// Single-instruction times in ns (complete once the run has ended).
    pub histogram: Histogram<u64>,
    /// Counts of times below `SHORT_NS`, by ns, not yet in `histogram`.
    short: Vec<u32>,
}

impl OpStats {
    fn new() -> OpStats {
        OpStats {
            count: 0,
            total_ns: 0,
            histogram: Histogram::new_with_bounds(1, HISTOGRAM_MAX_NS, 2).expect("valid histogram bounds"),
            short: vec![0; SHORT_NS],
        }
    }

    #[inline]
    fn record(&mut self, ns: u64) {
        self.count += 1;
        self.total_ns += ns;
        match self.short.get_mut(ns as usize) {
            Some(n) if *n < u32::MAX => *n += 1,
            _ => self.histogram.saturating_record(ns.max(1)),
        }
    }

    /// Move the short times into the histogram.
    fn settle(&mut self) {
        for (ns, n) in self.short.iter_mut().enumerate() {
            if *n > 0 {
                self.histogram.saturating_record_n((ns as u64).max(1), u64::from(*n));
                *n = 0;
            }
        }
    }
}

/// The instruction whose time is running: since `ExactProfiler::last`.
#[derive(Clone, Copy)]
struct Running {
    op: Op,
    node: u32,
    index: u32,
}

pub struct ExactProfiler {
    clock: quanta::Clock,
    last: u64,
    running: Option<Running>,
    cursor: Cursor,
    pub stacks: Stacks,
    /// By opcode number.
    pub ops: Vec<Option<OpStats>>,
    /// Per stack node (of a function), per instruction index: (time ns, count). Lines,
    /// functions and the flamegraph's opcode leaves are all summed from these.
    pub slots: Vec<Vec<(u64, u64)>>,
    /// Threads switched out: when, under which node, and why.
    waiting: HashMap<u64, (u64, u32, String)>,
    /// Time (ns) charged to waits.
    pub wait_ns: u64,
    started: u64,
    /// Wall time of the run (ns), set at its end.
    pub elapsed_ns: u64,
}

impl Default for ExactProfiler {
    fn default() -> Self {
        let clock = quanta::Clock::new();
        let now = clock.raw();
        ExactProfiler {
            clock,
            last: now,
            running: None,
            cursor: Cursor::default(),
            stacks: Stacks::default(),
            // Made before the run, so no allocation is timed as part of an instruction.
            ops: (0..256).map(|n| Op::ALL.iter().any(|op| *op as usize == n).then(OpStats::new)).collect(),
            slots: Vec::new(),
            waiting: HashMap::new(),
            wait_ns: 0,
            started: now,
            elapsed_ns: 0,
        }
    }
}

impl ExactProfiler {
    /// Charge the running instruction with the time up to `now`.
    fn charge(&mut self, now: u64) {
        let Some(r) = self.running.take() else { return };
        let ns = self.clock.delta_as_nanos(self.last, now);
        if let Some(stats) = &mut self.ops[r.op as usize] {
            stats.record(ns);
        }
        let slot = &mut self.slots[r.node as usize][r.index as usize];
        slot.0 += ns;
        slot.1 += 1;
    }

    /// The code object of stack node `node`, if it is a function's.
    pub fn code_of(&self, node: usize) -> Option<&std::rc::Rc<crate::bytecode::code::CodeObject>> {
        match self.stacks.nodes[node].kind {
            NodeKind::Function(f) => Some(&self.stacks.functions[f as usize].code),
            _ => None,
        }
    }

    /// Instructions executed in all.
    pub fn instruction_count(&self) -> u64 {
        self.ops.iter().flatten().map(|s| s.count).sum()
    }

    /// Time charged to instructions (ns).
    pub fn instruction_ns(&self) -> u64 {
        self.ops.iter().flatten().map(|s| s.total_ns).sum()
    }
}

impl Observer for ExactProfiler {
    fn interest(&self) -> Interest {
        Interest { instructions: true, lines: false, calls: true }
    }

    fn on_instruction(&mut self, vm: &mut Vm) -> crate::observe::Control {
        let now = self.clock.raw();
        self.charge(now);
        if let Some(node) = self.cursor.node(&mut self.stacks, vm)
            && let Some(frame) = vm.frames.last()
            && let Some(instruction) = frame.code.instructions.get(frame.pc)
        {
            if self.slots.len() <= node as usize {
                self.slots.resize_with(node as usize + 1, Vec::new);
            }
            let slots = &mut self.slots[node as usize];
            if slots.len() < frame.code.instructions.len() {
                slots.resize(frame.code.instructions.len(), (0, 0));
            }
            self.running = Some(Running { op: instruction.op, node, index: frame.pc as u32 });
        }
        self.last = now;
        crate::observe::Control::Continue
    }

    fn on_call(&mut self, vm: &mut Vm) -> crate::observe::Control {
        if let Some(frame) = vm.frames.last() {
            let function = self.stacks.function(&frame.code);
            self.stacks.functions[function as usize].calls += 1;
        }
        crate::observe::Control::Continue
    }

    fn on_thread_switch(&mut self, vm: &mut Vm, from: u64, to: u64) {
        let now = self.clock.raw();
        self.charge(now);
        // The thread leaving: where it stood and why it waits (its state is already set).
        if let Some(thread) = vm.threads.by_ident(from)
            && let Some(&(_, node)) = self.cursor_top()
        {
            let why = match &thread.state {
                State::Blocked(b) => format!("<blocked: {}>", wait_kind(b)),
                State::Ready => "<waiting for the GIL>".to_string(),
                _ => String::new(),
            };
            if !why.is_empty() {
                self.waiting.insert(from, (now, node, why));
            }
        }
        // The thread coming back: its wait, under the frame it left in.
        if let Some((since, node, why)) = self.waiting.remove(&to) {
            let ns = self.clock.delta_as_nanos(since, now);
            let wait = self.stacks.child(node, NodeKind::Wait(why));
            self.stacks.nodes[wait as usize].own += ns;
            self.wait_ns += ns;
        }
        self.last = now;
    }

    fn on_exit(&mut self, _vm: &mut Vm) {
        let now = self.clock.raw();
        self.charge(now);
        self.elapsed_ns = self.clock.delta_as_nanos(self.started, now);
        for (node, slots) in self.slots.iter().enumerate() {
            self.stacks.nodes[node].own += slots.iter().map(|s| s.0).sum::<u64>();
        }
        for stats in self.ops.iter_mut().flatten() {
            stats.settle();
        }
    }
}

impl ExactProfiler {
    fn cursor_top(&self) -> Option<&(usize, u32)> {
        self.cursor.top()
    }
}

/// What a blocked thread waits on, in a word: the Python object it named (`Event`,
/// `Queue`, `Condition`...), else the primitive (`lock`, `sleep`, `join`).
fn wait_kind(b: &crate::vm::threads::Blocked) -> String {
    use crate::vm::threads::Wait;
    if !matches!(b.what, crate::runtime::value::Value::None) {
        return b.what.type_name().to_string();
    }
    match &b.wait {
        Wait::Lock(lock) => lock.type_name().to_string(),
        Wait::Sleep => "sleep".to_string(),
        Wait::Join(_) => "join".to_string(),
    }
}
