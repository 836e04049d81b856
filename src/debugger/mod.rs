//! The debugger, front-end independent: breakpoints, stepping, the pdb command language,
//! evaluation in a stopped frame and the views of threads, frames and values. The session is
//! an observer (`crate::observe`); a front-end (the TUI, the line debugger) implements
//! `Frontend` and is handed control at each stop.

pub mod breakpoints;
pub mod commands;
pub mod eval;
pub mod inspect;
pub mod saved;
pub mod session;
pub mod sources;

pub use session::{DebugState, Debugger, Frontend, Poll, Reason, Resume, Step, Stop};
