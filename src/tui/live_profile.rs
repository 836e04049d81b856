//! The Profile pane's numbers, gathered while the program runs under the debugger, in one of
//! two modes:
//! - sampled (the default, free): at each tick of the debugger's ticker, the running function
//!   is counted, giving each function's share of the time (a tick is noticed at a backward
//!   jump or a call, so it says which function runs, not which opcode or line);
//! - exact (`P`; the program runs several times slower): per opcode the count, total time and
//!   a latency histogram (p50, p90, p99), and instructions per line. The clock is read at each
//!   instruction (TSC, through `quanta`); the time the program spends stopped at a prompt is
//!   not charged to anything.

use std::collections::HashMap;

use hdrhistogram::Histogram;

use crate::bytecode::opcode::Op;
use crate::vm::Vm;

pub struct OpLive {
    pub count: u64,
    pub total_ns: u64,
    pub histogram: Histogram<u64>,
}

/// One row of the opcode table.
#[derive(Clone, Debug, PartialEq)]
pub struct OpRow {
    pub name: &'static str,
    pub count: u64,
    pub total_ns: u64,
    pub p50: u64,
    pub p90: u64,
    pub p99: u64,
}

pub struct LiveProfile {
    /// Counting (and timing) every instruction, rather than sampling.
    pub exact: bool,
    /// Samples by function: (qualified name, file, first line).
    sampled: HashMap<(String, String, u32), u64>,
    clock: quanta::Clock,
    /// By opcode number (`Op as u8`).
    ops: Vec<Option<OpLive>>,
    /// Instructions per (file, line).
    lines: HashMap<(String, u32), u64>,
    /// The instruction that is running and when it started.
    running: Option<(Op, u64)>,
    /// The code object and line of the last instruction, to find its line cheaply.
    last_code: usize,
    last_key: Option<(String, u32)>,
}

impl Default for LiveProfile {
    fn default() -> LiveProfile {
        LiveProfile::with_clock(quanta::Clock::new())
    }
}

impl LiveProfile {
    /// With a given clock (tests give a mock one, so the times shown are fixed).
    pub fn with_clock(clock: quanta::Clock) -> LiveProfile {
        LiveProfile {
            exact: false,
            sampled: HashMap::new(),
            clock,
            ops: (0..256).map(|_| None).collect(),
            lines: HashMap::new(),
            running: None,
            last_code: 0,
            last_key: None,
        }
    }

    /// Before an instruction: the time since the last one goes to it.
    pub fn instruction(&mut self, vm: &Vm) {
        let now = self.clock.raw();
        if let Some((op, start)) = self.running.take() {
            let ns = self.clock.delta_as_nanos(start, now);
            let slot = self.ops[op as usize].get_or_insert_with(|| OpLive {
                count: 0,
                total_ns: 0,
                histogram: Histogram::new_with_bounds(1, 10_000_000_000, 2).expect("valid histogram bounds"),
            });
            slot.count += 1;
            slot.total_ns += ns;
            slot.histogram.saturating_record(ns.max(1));
        }
        let Some(frame) = vm.frames.last() else { return };
        let Some(instruction) = frame.code.instructions.get(frame.pc) else { return };
        let line = frame.code.line_of(frame.pc);
        let code = std::rc::Rc::as_ptr(&frame.code) as usize;
        let same = self.last_code == code && self.last_key.as_ref().is_some_and(|(_, l)| *l == line);
        if !same {
            self.last_code = code;
            self.last_key = Some((frame.code.filename.to_string(), line));
        }
        if let Some(key) = &self.last_key {
            match self.lines.get_mut(key) {
                Some(n) => *n += 1,
                None => {
                    self.lines.insert(key.clone(), 1);
                }
            }
        }
        self.running = Some((instruction.op, self.clock.raw()));
    }

    /// A tick while the program runs: in sampled mode, count the running function.
    pub fn sample(&mut self, vm: &Vm) {
        if self.exact {
            return;
        }
        let Some(frame) = vm.frames.last() else { return };
        let code = &frame.code;
        let key = (code.qualname.clone(), code.filename.to_string(), code.first_line);
        *self.sampled.entry(key).or_default() += 1;
    }

    /// Functions by samples, most first: (qualified name, file, first line, samples).
    pub fn sampled_functions(&self) -> Vec<(String, String, u32, u64)> {
        let mut rows: Vec<_> = self
            .sampled
            .iter()
            .map(|((name, file, line), n)| (name.clone(), file.clone(), *line, *n))
            .collect();
        rows.sort_by(|a, b| b.3.cmp(&a.3).then_with(|| a.0.cmp(&b.0)));
        rows
    }

    /// Rows of the pane's table: opcodes in exact mode, functions sampled.
    pub fn rows(&self) -> usize {
        if self.exact { self.op_rows().len() } else { self.sampled.len() }
    }

    /// Switch between sampled and exact mode (each keeps what it gathered).
    pub fn toggle_exact(&mut self) {
        self.exact = !self.exact;
        self.running = None;
    }

    /// The program stopped: the instruction in progress is not timed across the stop.
    pub fn pause(&mut self) {
        self.running = None;
    }

    /// Opcodes by total time, most first (exact mode).
    pub fn op_rows(&self) -> Vec<OpRow> {
        let mut rows: Vec<OpRow> = Op::ALL
            .iter()
            .filter_map(|op| {
                let live = self.ops[*op as usize].as_ref()?;
                Some(OpRow {
                    name: op.name(),
                    count: live.count,
                    total_ns: live.total_ns,
                    p50: live.histogram.value_at_quantile(0.5),
                    p90: live.histogram.value_at_quantile(0.9),
                    p99: live.histogram.value_at_quantile(0.99),
                })
            })
            .collect();
        rows.sort_by(|a, b| b.total_ns.cmp(&a.total_ns).then(a.name.cmp(b.name)));
        rows
    }

    /// The lines that ran the most instructions, most first (exact mode).
    pub fn hot_lines(&self, count: usize) -> Vec<(String, u32, u64)> {
        let mut lines: Vec<(String, u32, u64)> =
            self.lines.iter().map(|((f, l), n)| (f.clone(), *l, *n)).collect();
        lines.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
        lines.truncate(count);
        lines
    }

    /// Instructions timed (or samples taken) so far.
    pub fn total(&self) -> u64 {
        if self.exact {
            self.ops.iter().flatten().map(|o| o.count).sum()
        } else {
            self.sampled.values().sum()
        }
    }
}
