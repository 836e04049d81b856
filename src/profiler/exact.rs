//! Exact mode: every instruction counted, and the time of every run of instructions (a
//! frame's instructions, each executed once, up to one that repeats, a call, a return, an
//! exception or a thread switch: see `runs`) measured with a clock read (TSC, through
//! `quanta`) at its ends; the clock is not read between the instructions of a run, as a read
//! costs about as much as a simple instruction.
//! A run's time is shared among its instructions in proportion to their opcodes'
//! single-instruction times, which come from short stretches of instructions timed one by
//! one (at pseudo-random intervals, so that no loop is always caught at the same place);
//! those also give the per-opcode latency histograms. See `runs` for the record.
//!
//! A thread that is switched out has the time until it runs again charged to a
//! `<waiting for the GIL>` or `<blocked on ...>` frame under the frame it left in.
//! Everything else (per-opcode, per-line and per-function figures, the calls of each
//! function, which are the runs of its first instruction) is worked out when the run ends.

use hdrhistogram::Histogram;

use super::cursor::Cursor;
use super::runs::{Runs, Tally};
use super::stacks::{NodeKind, Stacks};
use crate::bytecode::code::CodeObject;
use crate::observe::{Control, Interest, Observer, Run};
use crate::vm::Vm;
use crate::vm::threads::State;

/// The longest single-instruction time a histogram holds (longer ones are recorded as this):
/// 10 s, with two significant figures (within 1%; times under `SHORT_NS` are exact).
const HISTOGRAM_MAX_NS: u64 = 10_000_000_000;

/// Single-instruction times below this many ns (most of them) are counted in a plain array,
/// one short row per opcode; longer ones go straight into the opcode's histogram.
const SHORT_NS: usize = 256;

/// Opcode rows of short times: one per opcode number.
const ROWS: usize = 256;

/// The slot charged when no instruction is running (before the first, after a thread
/// switch): time there is not an instruction's.
const SINK: usize = 0;

/// Instructions timed one by one in each stretch, and the most boundaries between stretches.
const TIMED_STRETCH: u32 = 8;
const MAX_INTERVAL: u64 = 256;

/// Per opcode, worked out at the end of the run.
pub struct OpStats {
    pub count: u64,
    pub total_ns: u64,
    /// Single-instruction times in ns of its instructions timed alone (`None`: none was).
    pub histogram: Option<Histogram<u64>>,
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, HISTOGRAM_MAX_NS, 2).expect("valid histogram bounds")
}

pub struct ExactProfiler {
    clock: quanta::Clock,
    /// The clock at the start of the current run.
    last: u64,
    cursor: Cursor,
    /// The slot of instruction 0 of the cursor's node (valid while the cursor is current).
    base: usize,
    /// The slot of the instruction that began the current run (the one recorded for an
    /// instruction timed alone), or `SINK` when there is none. The run itself, its lowest pc
    /// and the instructions it ran, is the VM's `observers.run`, which the VM extends between
    /// our calls (moving its lowest pc down at a jump back), so a run is recorded at
    /// `base + run.start_pc`.
    start: usize,
    /// The opcode of an instruction timed alone (`None` in a run).
    timed: Option<usize>,
    /// Instructions still to time one by one, and run boundaries until the next stretch.
    stretch: u32,
    /// Time every instruction alone (`each_instruction`): one clock read per instruction.
    every: bool,
    interval: u64,
    /// The state of the pseudo-random intervals (xorshift).
    seed: u64,
    pub stacks: Stacks,
    /// Slots: one per stack node and instruction, node n's instruction i at `bases[n] + i`
    /// (slot 0 is the sink); per node, its first slot (0: none yet).
    bases: Vec<usize>,
    slot_count: usize,
    runs: Runs,
    /// (time ns, count) per slot, once the run has ended.
    slots: Vec<Tally>,
    /// (time ns, count) per slot of its instructions timed alone.
    timed_slots: Vec<Tally>,
    /// Counts of single-instruction times below `SHORT_NS`, by opcode row and ns.
    short: Vec<Vec<u64>>,
    /// Histograms of the longer times, by opcode number.
    long: Vec<Option<Histogram<u64>>>,
    /// By opcode number, once the run has ended.
    pub ops: Vec<Option<OpStats>>,
    /// Threads switched out, by ident: since when, under which node, and what they are
    /// blocked on (`None`: waiting for the GIL).
    waiting: Vec<(u64, u64, u32, Option<&'static str>)>,
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
        let mut runs = Runs::default();
        runs.reserve(1);
        ExactProfiler {
            clock,
            last: now,
            cursor: Cursor::default(),
            base: SINK,
            start: SINK,
            timed: None,
            stretch: 0,
            every: false,
            interval: 1,
            seed: 0x9E37_79B9_7F4A_7C15,
            stacks: Stacks::default(),
            bases: Vec::new(),
            slot_count: 1,
            runs,
            slots: Vec::new(),
            timed_slots: vec![(0, 0)],
            // A row is made on an opcode's first short time (few opcodes run in a program).
            short: vec![Vec::new(); ROWS],
            long: (0..ROWS).map(|_| None).collect(),
            ops: (0..ROWS).map(|_| None).collect(),
            waiting: Vec::new(),
            wait_ns: 0,
            started: now,
            elapsed_ns: 0,
        }
    }
}

impl ExactProfiler {
    /// A profiler that reads the clock at every instruction boundary, so that each
    /// instruction's time is its own (and in its opcode's histogram) rather than its share
    /// of a run: the literal exact mode, several times the cost of the default (nbody: 4.5x).
    pub fn each_instruction() -> ExactProfiler {
        ExactProfiler { every: true, stretch: 1, ..ExactProfiler::default() }
    }

    /// End the current run at `now`: its time and count (and, for an instruction timed
    /// alone, its opcode's latency).
    #[inline(always)]
    fn end_run(&mut self, now: u64, run: &mut Run) {
        // Raw clock ticks, made ns when the profile ends (the scale is linear).
        let ticks = now.saturating_sub(self.last);
        self.last = now;
        if self.start == SINK {
            return;
        }
        match self.timed.take() {
            Some(op) => {
                self.runs.record(self.start, 1, ticks);
                let ns = self.ns(ticks);
                let timed = &mut self.timed_slots[self.start];
                timed.0 += ns;
                timed.1 += 1;
                if (ns as usize) < SHORT_NS {
                    let row = &mut self.short[op];
                    if row.is_empty() {
                        row.resize(SHORT_NS, 0);
                    }
                    row[ns as usize] += 1;
                } else {
                    self.long[op].get_or_insert_with(histogram).saturating_record(ns.max(1));
                }
            }
            None => self.runs.record(self.base + run.start_pc, run.ran, ticks),
        }
        self.start = SINK;
        run.ran = Run::CLOSED;
    }

    /// Clock ticks in ns.
    fn ns(&self, ticks: u64) -> u64 {
        self.clock.delta_as_nanos(0, ticks)
    }

    /// Before an instruction that does not continue the current run: end it, start another.
    #[inline(never)]
    /// (`current`: the running frame is the cursor's.)
    fn boundary(&mut self, vm: &mut Vm, current: bool) {
        let now = self.clock.raw();
        self.end_run(now, &mut vm.observers.run);
        if !current && !vm.frames.is_empty() {
            self.base = self.enter(vm);
        }
        let Some(frame) = vm.frames.last() else { return };
        // Past the end (the frame returns without an instruction): no run.
        if self.base == SINK || frame.pc >= frame.code.instructions.len() {
            return;
        }
        let (depth, pc) = (vm.frames.len(), frame.pc);
        self.start = self.base + pc;
        if self.stretch > 0 {
            self.stretch -= u32::from(!self.every);
            self.timed = Some(frame.code.instructions[pc].op as usize);
            vm.observers.run.start(depth, pc, false);
            return;
        }
        vm.observers.run.start(depth, pc, true);
        self.interval -= 1;
        if self.interval == 0 {
            // xorshift64
            self.seed ^= self.seed << 13;
            self.seed ^= self.seed >> 7;
            self.seed ^= self.seed << 17;
            self.interval = 1 + self.seed % MAX_INTERVAL;
            self.stretch = TIMED_STRETCH;
        }
    }

    /// The first slot of the running frame's node, after a frame change.
    #[inline(always)]
    fn enter(&mut self, vm: &Vm) -> usize {
        let node = self.cursor.follow(&mut self.stacks, vm) as usize;
        if self.bases.len() <= node {
            self.bases.resize(node + 1, SINK);
        }
        if self.bases[node] == SINK {
            self.bases[node] = self.slot_count;
            self.slot_count += vm.frames.last().map_or(0, |f| f.code.instructions.len());
            self.runs.reserve(self.slot_count);
            self.timed_slots.resize(self.slot_count, (0, 0));
        }
        self.bases[node]
    }

    /// Per function node: its code and its slots (time ns, count per instruction), once the
    /// run has ended.
    pub fn node_slots(&self) -> impl Iterator<Item = (u32, &CodeObject, &[Tally])> {
        self.nodes().filter_map(|(node, code, base)| {
            Some((node, code, self.slots.get(base..base + code.instructions.len())?))
        })
    }

    /// Per function node with slots: the node, its code and its first slot.
    fn nodes(&self) -> impl Iterator<Item = (u32, &CodeObject, usize)> {
        self.bases.iter().enumerate().filter(|(_, base)| **base != SINK).filter_map(|(node, &base)| {
            let NodeKind::Function(f) = self.stacks.nodes[node].kind else { return None };
            Some((node as u32, &*self.stacks.functions[f as usize].code, base))
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

    /// Work out what the runs and the timed instructions add up to: the latency histograms,
    /// the slots (runs shared by the opcodes' mean latencies), node times, calls, opcode
    /// totals.
    fn settle(&mut self) {
        let mut histograms: Vec<Option<Histogram<u64>>> = std::mem::take(&mut self.long);
        for (op, row) in self.short.iter().enumerate() {
            for (ns, &n) in row.iter().enumerate().filter(|(_, n)| **n > 0) {
                histograms[op].get_or_insert_with(histogram).saturating_record_n((ns as u64).max(1), n);
            }
        }
        // Weights in ps (so that sub-ns differences count): an instruction's own mean time
        // where it was timed alone, else its opcode's.
        let means: Vec<Option<u64>> =
            histograms.iter().map(|h| h.as_ref().map(|h| ((h.mean() * 1000.0) as u64).max(1))).collect();
        let known: Vec<u64> = means.iter().flatten().copied().collect();
        let fallback = (known.iter().sum::<u64>() / (known.len() as u64).max(1)).max(1);
        let mut weights = vec![fallback; self.slot_count];
        for (_, code, base) in self.nodes() {
            for (i, instruction) in code.instructions.iter().enumerate() {
                weights[base + i] = match self.timed_slots[base + i] {
                    (ns, n) if n > 0 => (ns * 1000 / n).max(1),
                    _ => means[instruction.op as usize].unwrap_or(fallback),
                };
            }
        }
        let mut slots = vec![(0, 0); self.slot_count];
        self.runs.settle(&mut slots, |s| weights[s]);
        for slot in &mut slots {
            slot.0 = self.ns(slot.0);
        }
        self.slots = slots;

        let mut ops: Vec<Option<OpStats>> = (0..ROWS).map(|_| None).collect();
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
                    let op = instruction.op as usize;
                    let stats = ops[op].get_or_insert_with(|| OpStats {
                        count: 0,
                        total_ns: 0,
                        histogram: histograms[op].take(),
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
        self.ops = ops;
    }
}

impl Observer for ExactProfiler {
    fn interest(&self) -> Interest {
        Interest { instructions: true, runs: true, ..Interest::NONE }
    }

    /// Called where a run may start (at every instruction when another observer wants them
    /// all): most instructions still continue the current run, a few comparisons and a bit
    /// set.
    #[inline]
    fn on_instruction(&mut self, vm: &mut Vm) -> Control {
        let (depth, pc) = (vm.frames.len(), vm.frames.last().map_or(0, |f| f.pc));
        let current = self.cursor.is_current(vm);
        if current && vm.observers.run.extends(depth, pc) {
            vm.observers.run.add(pc);
        } else {
            self.boundary(vm, current);
        }
        Control::Continue
    }

    fn on_thread_switch(&mut self, vm: &mut Vm, from: u64, to: u64) {
        let now = self.clock.raw();
        self.end_run(now, &mut vm.observers.run);
        // The thread leaving: where it stood and why it waits (its state is already set).
        if let Some(thread) = vm.threads.by_ident(from)
            && let Some(&(_, node)) = self.cursor.top()
        {
            match &thread.state {
                State::Blocked(b) => self.waiting.push((from, now, node, Some(wait_kind(b)))),
                State::Ready => self.waiting.push((from, now, node, None)),
                _ => {}
            }
        }
        // The thread coming back: its wait, under the frame it left in.
        if let Some(i) = self.waiting.iter().position(|w| w.0 == to) {
            let (_, since, node, blocked_on) = self.waiting.swap_remove(i);
            let ns = self.clock.delta_as_nanos(since, now);
            let wait = self.stacks.wait(node, blocked_on);
            self.stacks.nodes[wait as usize].own += ns;
            self.wait_ns += ns;
        }
    }

    fn on_exit(&mut self, vm: &mut Vm) {
        let now = self.clock.raw();
        self.end_run(now, &mut vm.observers.run);
        self.elapsed_ns = self.clock.delta_as_nanos(self.started, now);
        self.settle();
    }
}

/// What a blocked thread waits on, in a word: the Python object it named (`Event`,
/// `Queue`, `Condition`...), else the primitive (`lock`, `sleep`, `join`).
fn wait_kind(b: &crate::vm::threads::Blocked) -> &'static str {
    use crate::vm::threads::Wait;
    if !matches!(b.what, crate::runtime::value::Value::None) {
        return b.what.type_name();
    }
    match &b.wait {
        Wait::Lock(lock) => lock.type_name(),
        Wait::Sleep => "sleep",
        Wait::Join(_) => "join",
    }
}
