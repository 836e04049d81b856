//! The runtime: Python's built-in value types, one file per type. The VM (a later stage)
//! builds on these; nothing here knows about frames, bytecode or observers.

pub mod int;
