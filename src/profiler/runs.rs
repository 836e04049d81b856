//! Exact mode's record of runs: a run is a stretch of instructions of one frame, each
//! executed once, all within 64 instructions of each other (straight on, through forward
//! jumps, and through a jump back to a loop's head as long as no instruction comes again: an
//! iteration may start anywhere in the loop's body, after a `yield` say); it ends at an
//! instruction that repeats or lies too far, a call, a return, an exception or a thread
//! switch. A run is kept by its lowest instruction's slot and the set of instructions it ran
//! (a bit per instruction from the lowest): how often it ran and the time it took, both
//! exact. At the end of the profile each run's count goes to each of its instructions, and
//! its time is shared among them in proportion to their single-instruction times
//! (`weights`), so every total the report shows adds up exactly.

use rustc_hash::FxHashMap;

/// (time, count); the time in clock ticks while the profile runs, in ns after.
pub type Tally = (u64, u64);

/// The instructions of a run: bit i for the instruction i after its first.
pub type Ran = u64;

#[derive(Default)]
pub struct Runs {
    /// By first slot: the run first seen from there (the common case, found without
    /// hashing), as (instructions, time, count).
    first: Vec<(Ran, u64, u64)>,
    /// Runs from a slot that ran other instructions (another branch of an `if`).
    other: FxHashMap<(usize, Ran), Tally>,
}

impl Runs {
    /// Room for runs starting at slots below `slots`.
    pub fn reserve(&mut self, slots: usize) {
        if self.first.len() < slots {
            self.first.resize(slots, (0, 0, 0));
        }
    }

    /// The run from slot `start` that ran `ran` took `ns`.
    #[inline]
    pub fn record(&mut self, start: usize, ran: Ran, ns: u64) {
        let run = &mut self.first[start];
        if run.0 == ran || run.0 == 0 {
            *run = (ran, run.1 + ns, run.2 + 1);
        } else {
            let tally = self.other.entry((start, ran)).or_default();
            tally.0 += ns;
            tally.1 += 1;
        }
    }

    /// Add the runs to `slots` (time, count per slot): each run's count to each of its
    /// instructions, its time shared by the `weight` of their slots (the shares rounded so
    /// that they add up to the run's time).
    pub fn settle(&self, slots: &mut [Tally], weight: impl Fn(usize) -> u64) {
        let add = |start: usize, ran: Ran, (ns, count): Tally, slots: &mut [Tally]| {
            let members: Vec<usize> = (0..64)
                .filter(|bit| ran & (1 << bit) != 0)
                .map(|bit| start + bit)
                .filter(|&s| s < slots.len())
                .collect();
            let total: u128 = members.iter().map(|&s| u128::from(weight(s))).sum::<u128>().max(1);
            let mut given = 0;
            for (i, &s) in members.iter().enumerate() {
                let share = if i + 1 == members.len() {
                    ns - given
                } else {
                    (u128::from(ns) * u128::from(weight(s)) / total) as u64
                };
                given += share;
                slots[s].0 += share;
                slots[s].1 += count;
            }
        };
        for (start, &(ran, ns, count)) in self.first.iter().enumerate() {
            if count > 0 {
                add(start, ran, (ns, count), slots);
            }
        }
        for (&(start, ran), &tally) in &self.other {
            add(start, ran, tally, slots);
        }
    }
}
