//! Sampling mode: a timer thread raises the host's SAMPLE flag `hz` times a second; the run
//! loop notices it at its periodic check (backward jumps and calls) and the observer counts
//! one sample for the running thread's current stack. Nothing runs per instruction.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use super::cursor::Cursor;
use super::stacks::Stacks;
use crate::observe::{Interest, Observer};
use crate::vm::Vm;

pub struct Sampler {
    cursor: Cursor,
    pub stacks: Stacks,
    pub samples: u64,
    pub hz: u32,
    stop: Arc<AtomicBool>,
    clock: quanta::Clock,
    started: u64,
    pub elapsed_ns: u64,
}

impl Sampler {
    /// A sampler whose timer thread starts now, raising `SAMPLE` in `flags`.
    pub fn start(flags: Arc<AtomicUsize>, hz: u32) -> Sampler {
        let stop = Arc::new(AtomicBool::new(false));
        let period = Duration::from_secs_f64(1.0 / f64::from(hz.max(1)));
        let stopped = stop.clone();
        std::thread::spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                std::thread::sleep(period);
                flags.fetch_or(crate::vm::host::SAMPLE, Ordering::Relaxed);
            }
        });
        let clock = quanta::Clock::new();
        let started = clock.raw();
        Sampler {
            cursor: Cursor::default(),
            stacks: Stacks::default(),
            samples: 0,
            hz,
            stop,
            clock,
            started,
            elapsed_ns: 0,
        }
    }
}

impl Drop for Sampler {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Observer for Sampler {
    fn interest(&self) -> Interest {
        Interest { instructions: false, lines: false, calls: false }
    }

    fn on_sample(&mut self, vm: &mut Vm) {
        if let Some(node) = self.cursor.node(&mut self.stacks, vm) {
            self.stacks.nodes[node as usize].own += 1;
            self.samples += 1;
        }
    }

    fn on_exit(&mut self, _vm: &mut Vm) {
        self.stop.store(true, Ordering::Relaxed);
        self.elapsed_ns = self.clock.delta_as_nanos(self.started, self.clock.raw());
    }
}
