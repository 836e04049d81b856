//! Exact mode's record of straight runs: a run is a stretch of instructions of one frame
//! executed one after the other (it ends at a jump taken, a call, a return, an exception or
//! a thread switch). Per run, by its first instruction's slot and its length: how often it
//! ran and the time it took, both exact. At the end of the profile each run's counts go to
//! its instructions, and its time is shared among them in proportion to their opcodes'
//! single-instruction times (`weights`), so every total the report shows adds up exactly.

use rustc_hash::FxHashMap;

/// (time ns, count).
pub type Tally = (u64, u64);

#[derive(Default)]
pub struct Runs {
    /// By first slot: the run of the length first seen from there (the common case, found
    /// without hashing), as (length, time, count).
    first: Vec<(u32, u64, u64)>,
    /// Runs from a slot with another length (a conditional jump taken inside, an exception).
    other: FxHashMap<(usize, u32), Tally>,
}

impl Runs {
    /// Room for runs starting at slots below `slots`.
    pub fn reserve(&mut self, slots: usize) {
        if self.first.len() < slots {
            self.first.resize(slots, (0, 0, 0));
        }
    }

    /// The run from slot `start`, `length` instructions long, ran once in `ns`.
    #[inline]
    pub fn record(&mut self, start: usize, length: u32, ns: u64) {
        let run = &mut self.first[start];
        if run.0 == length || run.0 == 0 {
            *run = (length, run.1 + ns, run.2 + 1);
        } else {
            let tally = self.other.entry((start, length)).or_default();
            tally.0 += ns;
            tally.1 += 1;
        }
    }

    /// Add the runs to `slots` (time, count per slot): each run's count to each of its
    /// instructions, its time shared by the `weight` of their slots (the shares rounded so
    /// that they add up to the run's time).
    pub fn settle(&self, slots: &mut [Tally], weight: impl Fn(usize) -> u64) {
        let add = |start: usize, length: u32, (ns, count): Tally, slots: &mut [Tally]| {
            let end = (start + length as usize).min(slots.len());
            let total: u128 = (start..end).map(|s| u128::from(weight(s))).sum::<u128>().max(1);
            let mut given = 0;
            for (s, slot) in slots.iter_mut().enumerate().take(end).skip(start) {
                let share = if s + 1 == end {
                    ns - given
                } else {
                    (u128::from(ns) * u128::from(weight(s)) / total) as u64
                };
                given += share;
                slot.0 += share;
                slot.1 += count;
            }
        };
        for (start, &(length, ns, count)) in self.first.iter().enumerate() {
            if count > 0 {
                add(start, length, (ns, count), slots);
            }
        }
        for (&(start, length), &tally) in &self.other {
            add(start, length, tally, slots);
        }
    }
}
