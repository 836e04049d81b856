//! Exact mode: one clock read (TSC, through `quanta`) at each instruction boundary, the time
//! since the last one charged to the instruction that just ran: to its opcode (count, total,
//! an hdrhistogram of single-instruction times), to its source line, and to its stack (per
//! opcode, so the flamegraph's leaves are opcodes). A thread that is switched out has the
//! time until it runs again charged to a `<waiting for the GIL>` or `<blocked on ...>` frame
//! under the frame it left in.

use std::collections::HashMap;

use hdrhistogram::Histogram;
use rustc_hash::FxHashMap;

use super::cursor::Cursor;
use super::stacks::{NodeKind, Stacks};
use crate::bytecode::opcode::Op;
use crate::observe::{Interest, Observer};
use crate::vm::Vm;
use crate::vm::threads::State;

/// The longest single-instruction time a histogram holds (longer ones are recorded as this):
/// 10 s. With two significant figures a histogram is about 28 KB and its hot part (tens to
/// hundreds of ns) stays in cache; percentiles are within 1%.
const HISTOGRAM_MAX_NS: u64 = 10_000_000_000;

/// Per opcode.
pub struct OpStats {
    pub count: u64,
    pub total_ns: u64,
    /// Single-instruction times in ns.
    pub histogram: Histogram<u64>,
}

/// The instruction whose time is running: since `ExactProfiler::last`.
#[derive(Clone, Copy)]
struct Running {
    op: Op,
    node: u32,
    function: u32,
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
    /// Time (ns) per stack node and opcode: the flamegraph's leaves.
    pub node_ops: FxHashMap<(u32, u8), u64>,
    /// Per function, per instruction index: (time ns, count).
    pub instructions: Vec<Vec<(u64, u64)>>,
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
            ops: (0..256).map(|_| None).collect(),
            node_ops: FxHashMap::default(),
            instructions: Vec::new(),
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
        let stats = self.ops[r.op as usize].get_or_insert_with(|| OpStats {
            count: 0,
            total_ns: 0,
            histogram: Histogram::new_with_bounds(1, HISTOGRAM_MAX_NS, 2).expect("valid histogram bounds"),
        });
        stats.count += 1;
        stats.total_ns += ns;
        stats.histogram.saturating_record(ns.max(1));
        self.stacks.nodes[r.node as usize].own += ns;
        *self.node_ops.entry((r.node, r.op as u8)).or_insert(0) += ns;
        let slot = &mut self.instructions[r.function as usize][r.index as usize];
        slot.0 += ns;
        slot.1 += 1;
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
            let NodeKind::Function(function) = self.stacks.nodes[node as usize].kind else {
                return crate::observe::Control::Continue;
            };
            let counts = &mut self.instructions;
            if counts.len() <= function as usize {
                counts.resize_with(function as usize + 1, Vec::new);
            }
            let slots = &mut counts[function as usize];
            if slots.len() < frame.code.instructions.len() {
                slots.resize(frame.code.instructions.len(), (0, 0));
            }
            self.running = Some(Running { op: instruction.op, node, function, index: frame.pc as u32 });
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
