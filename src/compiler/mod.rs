//! The compiler: AST to code objects. `symtable` decides how each name is reached; the code
//! generator (`codegen`) emits instructions with the span of each one's source expression.

pub mod codegen;
mod exceptions;
mod imports;
mod patterns;
pub mod symtable;
