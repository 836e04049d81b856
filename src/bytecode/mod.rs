//! Bytecode: the instruction set (`opcode`), code objects (`code`), and later the disassembler
//! and the `.pyc` cache. The compiler writes it; the VM runs it.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod pyc;
