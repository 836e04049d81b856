//! Exact mode: one clock read (TSC, through `quanta`) at each instruction boundary, the time
//! since the last one charged to the instruction that just ran. A thread that is switched
//! out has the time until it runs again charged to a `<waiting for the GIL>` or
//! `<blocked on ...>` frame under the frame it left in.
//!
//! The work per instruction is kept to a few additions: the time and a count go to the
//! instruction's slot (one per stack node and instruction, all in one array), and the time
//! to its opcode's row of single-instruction times. Everything else is worked out once the
//! run has ended: per-opcode counts and totals, the histograms, per-line and per-function
//! times, and the calls of each function (the runs of its first instruction, which is what
//! a call event is).

use hdrhistogram::Histogram;

use super::cursor::Cursor;
use super::stacks::{NodeKind, Stacks};
use crate::bytecode::code::CodeObject;
use crate::observe::{Control, Interest, Observer};
use crate::vm::Vm;
use crate::vm::threads::State;

/// The longest single-instruction time a histogram holds (longer ones are recorded as this):
/// 10 s, with two significant figures (within 1%; times under `SHORT_NS` are exact).
const HISTOGRAM_MAX_NS: u64 = 10_000_000_000;

/// Single-instruction times below this many ns (most of them) are counted in a plain array,
/// one short row per opcode (one increment, exact, and the rows in use stay in cache);
/// longer ones go straight into the opcode's histogram.
const SHORT_NS: usize = 256;

/// Opcode rows of short times: one per opcode number, and a last one for the sink.
const ROWS: usize = 257;

/// The slot and row charged when no instruction is running (before the first, after a
/// thread switch): time there is not an instruction's.
const SINK: usize = 0;
const SINK_ROW: usize = ROWS - 1;

/// Per opcode, worked out at the end of the run.
pub struct OpStats {
    pub count: u64,
    pub total_ns: u64,
    /// Single-instruction times in ns.
    pub histogram: Histogram<u64>,
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, HISTOGRAM_MAX_NS, 2).expect("valid histogram bounds")
}

pub struct ExactProfiler {
    clock: quanta::Clock,
    last: u64,
    /// The slot and opcode row of the instruction whose time is running (since `last`).
    running: usize,
    running_row: usize,
    cursor: Cursor,
    /// The slot of instruction 0 of the cursor's node (valid while the cursor is current).
    base: usize,
    pub stacks: Stacks,
    /// (time ns, count) per stack node and instruction: node n's instruction i is at
    /// `bases[n] + i`. Slot 0 is the sink.
    slots: Vec<(u64, u64)>,
    /// Per node, its first slot (0: none yet).
    bases: Vec<usize>,
    /// Counts of single-instruction times below `SHORT_NS`, by opcode row and ns.
    short: Vec<u64>,
    /// Histograms of the longer times, by opcode number.
    long: Vec<Option<Histogram<u64>>>,
    /// By opcode number, once the run has ended.
    pub ops: Vec<Option<OpStats>>,
    /// Threads switched out, by ident: since when, under which node, and why.
    waiting: Vec<(u64, u64, u32, String)>,
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
            running: SINK,
            running_row: SINK_ROW,
            cursor: Cursor::default(),
            base: SINK,
            stacks: Stacks::default(),
            slots: vec![(0, 0)],
            bases: Vec::new(),
            // Zeroed memory from the allocator: only the pages of times that occur are touched.
            short: vec![0; ROWS * SHORT_NS],
            long: (0..256).map(|_| None).collect(),
            ops: (0..256).map(|_| None).collect(),
            waiting: Vec::new(),
            wait_ns: 0,
            started: now,
            elapsed_ns: 0,
        }
    }
}

impl ExactProfiler {
    /// Charge the running instruction with the time up to `now`.
    #[inline]
    fn charge(&mut self, now: u64) {
        let ns = self.clock.delta_as_nanos(self.last, now);
        self.last = now;
        let slot = &mut self.slots[self.running];
        slot.0 += ns;
        slot.1 += 1;
        if (ns as usize) < SHORT_NS {
            self.short[self.running_row * SHORT_NS + ns as usize] += 1;
        } else {
            self.charge_long(ns);
        }
    }

    #[cold]
    fn charge_long(&mut self, ns: u64) {
        if let Some(row) = self.long.get_mut(self.running_row) {
            row.get_or_insert_with(histogram).saturating_record(ns.max(1));
        }
    }

    /// The first slot of the running frame's node, after a frame change.
    #[cold]
    #[inline(never)]
    fn enter(&mut self, vm: &Vm) -> usize {
        let Some(node) = self.cursor.node(&mut self.stacks, vm) else { return SINK };
        let node = node as usize;
        if self.bases.len() <= node {
            self.bases.resize(node + 1, SINK);
        }
        if self.bases[node] == SINK {
            self.bases[node] = self.slots.len();
            let length = vm.frames.last().map_or(0, |f| f.code.instructions.len());
            self.slots.resize(self.slots.len() + length, (0, 0));
        }
        self.bases[node]
    }

    /// Per function node: its code and its slots (time ns, count per instruction).
    pub fn node_slots(&self) -> impl Iterator<Item = (u32, &CodeObject, &[(u64, u64)])> {
        self.bases.iter().enumerate().filter(|(_, base)| **base != SINK).filter_map(|(node, &base)| {
            let NodeKind::Function(f) = self.stacks.nodes[node].kind else { return None };
            let code = &self.stacks.functions[f as usize].code;
            Some((node as u32, &**code, &self.slots[base..base + code.instructions.len()]))
        })
    }

    /// Instructions executed in all.
    pub fn instruction_count(&self) -> u64 {
        self.ops.iter().flatten().map(|s| s.count).sum()
    }

    /// Time charged to instructions (ns).
    pub fn instruction_ns(&self) -> u64 {
        self.ops.iter().flatten().map(|s| s.total_ns).sum()
    }

    /// Work out what the run's slots and rows add up to: node times, calls, opcode stats.
    fn settle(&mut self) {
        let mut ops: Vec<Option<OpStats>> = (0..256).map(|_| None).collect();
        let mut owns = Vec::new();
        let mut calls = Vec::new();
        for (node, code, slots) in self.node_slots() {
            owns.push((node, slots.iter().map(|s| s.0).sum::<u64>()));
            if let (NodeKind::Function(f), Some(first)) =
                (&self.stacks.nodes[node as usize].kind, slots.first())
            {
                calls.push((*f, first.1));
            }
            for (instruction, &(ns, n)) in code.instructions.iter().zip(slots) {
                if n > 0 {
                    let stats = ops[instruction.op as usize].get_or_insert_with(|| OpStats {
                        count: 0,
                        total_ns: 0,
                        histogram: histogram(),
                    });
                    stats.count += n;
                    stats.total_ns += ns;
                }
            }
        }
        for (node, own) in owns {
            self.stacks.nodes[node as usize].own += own;
        }
        for (f, n) in calls {
            self.stacks.functions[f as usize].calls += n;
        }
        for (op, stats) in ops.iter_mut().enumerate() {
            let Some(stats) = stats else { continue };
            if let Some(long) = self.long[op].take() {
                let _ = stats.histogram.add(long);
            }
            let row = &self.short[op * SHORT_NS..(op + 1) * SHORT_NS];
            for (ns, &n) in row.iter().enumerate().filter(|(_, n)| **n > 0) {
                stats.histogram.saturating_record_n((ns as u64).max(1), n);
            }
        }
        self.ops = ops;
    }
}

impl Observer for ExactProfiler {
    fn interest(&self) -> Interest {
        Interest { instructions: true, lines: false, calls: false }
    }

    #[inline]
    fn on_instruction(&mut self, vm: &mut Vm) -> Control {
        let now = self.clock.raw();
        self.charge(now);
        if !self.cursor.is_current(vm) {
            self.base = self.enter(vm);
        }
        (self.running, self.running_row) = match vm.frames.last() {
            Some(frame) if self.base != SINK => match frame.code.instructions.get(frame.pc) {
                Some(instruction) => (self.base + frame.pc, instruction.op as usize),
                // Past the end: the frame returns without an instruction.
                None => (SINK, SINK_ROW),
            },
            _ => (SINK, SINK_ROW),
        };
        Control::Continue
    }

    fn on_thread_switch(&mut self, vm: &mut Vm, from: u64, to: u64) {
        let now = self.clock.raw();
        self.charge(now);
        (self.running, self.running_row) = (SINK, SINK_ROW);
        // The thread leaving: where it stood and why it waits (its state is already set).
        if let Some(thread) = vm.threads.by_ident(from)
            && let Some(&(_, node)) = self.cursor.top()
        {
            let why = match &thread.state {
                State::Blocked(b) => format!("<blocked: {}>", wait_kind(b)),
                State::Ready => "<waiting for the GIL>".to_string(),
                _ => String::new(),
            };
            if !why.is_empty() {
                self.waiting.push((from, now, node, why));
            }
        }
        // The thread coming back: its wait, under the frame it left in.
        if let Some(i) = self.waiting.iter().position(|w| w.0 == to) {
            let (_, since, node, why) = self.waiting.swap_remove(i);
            let ns = self.clock.delta_as_nanos(since, now);
            let wait = self.stacks.wait(node, &why);
            self.stacks.nodes[wait as usize].own += ns;
            self.wait_ns += ns;
        }
    }

    fn on_exit(&mut self, _vm: &mut Vm) {
        let now = self.clock.raw();
        self.charge(now);
        (self.running, self.running_row) = (SINK, SINK_ROW);
        self.elapsed_ns = self.clock.delta_as_nanos(self.started, now);
        self.settle();
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
