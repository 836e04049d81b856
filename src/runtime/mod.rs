//! The runtime: Python's built-in value types and their operations. The VM (`crate::vm`)
//! builds on these; nothing here knows about frames or observers, except that a generator
//! object holds its suspended frame.

pub mod attrs;
pub mod bytearray;
pub mod class;
pub mod complex;
pub mod drop;
pub mod exception;
pub mod exception_args;
pub mod exception_group;
pub mod finalize;
pub mod function;
pub mod generator;
pub mod int;
pub mod lock;
pub mod memory;
pub mod memoryview;
pub mod ops;
pub mod pystr;
pub mod range;
pub mod set;
pub mod set_ops;
pub mod sort;
pub mod suggestions;
pub mod syntax_exc;
pub mod tuple;
pub mod value;
