//! The compiler: AST to code objects. `symtable` decides how each name is reached; the code
//! generator (`codegen`) emits instructions with the span of each one's source expression.

mod asyncs;
pub mod codegen;
mod comprehensions;
mod except_star;
mod exceptions;
mod fold;
mod imports;
pub mod mangle;
mod patterns;
pub mod symtable;
pub mod syntax_warnings;
