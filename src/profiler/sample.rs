//! Sampling mode: a timer thread raises the host's SAMPLE flag `hz` times a second; the run
//! loop notices it at its periodic check (backward jumps and calls) and the observer counts
//! one sample for the running thread's current stack. Nothing runs per instruction.

use std::time::Duration;

use super::cursor::Cursor;
use super::stacks::Stacks;
use crate::observe::{Interest, Observer};
use crate::vm::Vm;
use crate::vm::host::{Host, Ticker};

pub struct Sampler {
    cursor: Cursor,
    pub stacks: Stacks,
    pub samples: u64,
    pub hz: u32,
    /// The timer; dropped (stopped) when the program ends.
    ticker: Option<Ticker>,
    clock: quanta::Clock,
    started: u64,
    pub elapsed_ns: u64,
}

impl Sampler {
    /// A sampler whose timer thread starts now, raising the host's `SAMPLE` flag `hz` times
    /// a second.
    pub fn start(host: &Host, hz: u32) -> Sampler {
        let ticker = host.start_ticker(Duration::from_secs_f64(1.0 / f64::from(hz.max(1))));
        let clock = quanta::Clock::new();
        let started = clock.raw();
        Sampler {
            cursor: Cursor::default(),
            stacks: Stacks::default(),
            samples: 0,
            hz,
            ticker: Some(ticker),
            clock,
            started,
            elapsed_ns: 0,
        }
    }
}

impl Observer for Sampler {
    fn interest(&self) -> Interest {
        Interest::NONE
    }

    fn on_sample(&mut self, vm: &mut Vm) {
        if let Some(node) = self.cursor.node(&mut self.stacks, vm) {
            self.stacks.nodes[node as usize].own += 1;
            self.samples += 1;
        }
    }

    fn on_exit(&mut self, _vm: &mut Vm) {
        self.ticker = None;
        self.elapsed_ns = self.clock.delta_as_nanos(self.started, self.clock.raw());
    }
}
