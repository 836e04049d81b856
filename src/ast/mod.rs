//! The syntax tree: node types mirroring CPython's `Python.asdl`, their constants, and `dump`,
//! which prints a tree exactly as CPython's `ast.dump(tree, indent=2)` does.

pub mod constant;
pub mod dump;
pub mod float_repr;
pub mod nodes;
mod printable_table;
pub mod repr;
pub mod tree;
pub mod unparse;

pub use constant::{Constant, PyStr};
pub use nodes::*;
