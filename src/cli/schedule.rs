//! The thread-schedule options shared by the commands that run a program (`run`, and later
//! `debug` and `profile`): `--switch-interval N`, `--schedule round-robin|random`, `--seed S`.

use clap::{Args, ValueEnum};

use crate::vm::threads::{self, Schedule, Threads};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Policy {
    /// Each thread in turn, every N instructions (the same interleaving every run).
    #[default]
    RoundRobin,
    /// A seeded random thread at each switch, after a random 1..2N instructions.
    Random,
}

#[derive(Clone, Debug, Default, Args)]
pub struct ScheduleArgs {
    /// Instructions a thread runs before the scheduler may switch threads (default 1000;
    /// `sys.setswitchinterval` also sets it).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub switch_interval: Option<u64>,
    /// How the next thread is chosen at a switch.
    #[arg(long, value_enum, default_value_t = Policy::RoundRobin)]
    pub schedule: Policy,
    /// The seed of the random schedule: the same seed gives the same interleaving.
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
}

impl ScheduleArgs {
    /// The scheduler these options ask for (`--seed` alone implies the random schedule).
    pub fn threads(&self) -> Threads {
        let interval = self.switch_interval.unwrap_or(threads::DEFAULT_INTERVAL);
        let schedule = match (self.schedule, self.seed) {
            (Policy::RoundRobin, None) => Schedule::RoundRobin,
            (_, seed) => threads::random_schedule(seed.unwrap_or(0)),
        };
        Threads::new(interval, schedule)
    }
}
