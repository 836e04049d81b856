//! The line front-ends, on rustyline: the pdb-compatible line debugger (`pyglass debug
//! --no-tui`, and `debug` when stdin or stdout is not a terminal) and the REPL.

pub mod debugger;
pub mod reader;
pub mod repl;
