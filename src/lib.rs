//! pyglass: a Python interpreter you can see through.
//!
//! The modules follow the pipeline, in the order CPython runs it:
//! `source` (bytes to text) → `lexer` (tokens) → `parser` (AST, in `ast`) → ...
//! Each stage has one input and one output; `cli` holds one file per command.

pub mod ast;
pub mod atomic;
pub mod builtins;
pub mod bytecode;
pub mod cli;
pub mod compiler;
pub mod debugger;
pub mod lexer;
pub mod line;
pub mod observe;
pub mod parser;
pub mod pipeline;
pub mod profiler;
pub mod runtime;
pub mod source;
pub mod stdlib;
pub mod syntax_error;
pub mod tui;
pub mod vm;
