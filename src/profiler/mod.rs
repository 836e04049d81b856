//! The profiler: observers that time every instruction (`exact`) or sample the running
//! stack on a timer (`sample`), the stacks they fill (`stacks`, followed by `cursor`), and
//! what they produce: a report (`report`), collapsed stacks, flamegraphs and speedscope
//! files (`export`).

pub mod cursor;
pub mod exact;
pub mod export;
pub mod json;
pub mod report;
pub mod runs;
pub mod sample;
pub mod stacks;
