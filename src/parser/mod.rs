//! The parser: tokens to an AST, for the full Python 3.11 grammar, with CPython's positions
//! and CPython's SyntaxError messages.
//!
//! Literals are decoded in `literal` (numbers) and `strings` (string, bytes and f-string
//! concatenation); everything else is grammar.

pub mod literal;
pub mod strings;

use crate::ast::{Expr, Mod};
use crate::syntax_error::SyntaxError;

/// Parse a whole module (`ast.parse(text)`); `filename` is used in error messages.
pub fn parse_module(text: &str, filename: &str) -> Result<Mod, SyntaxError> {
    let _ = (text, filename);
    unimplemented!("parser")
}

/// Parse the expression of an f-string replacement field as CPython 3.11 does
/// (`fstring_compile_expr`): the text is wrapped in parentheses, `(` + `source` + `)`, and parsed
/// as an expression; positions of nodes on the first line of `source` are shifted right by
/// `col_offset` bytes, and every line number by `line_offset` (so line 1 of `source` becomes
/// line `1 + line_offset`). Errors carry CPython's "f-string: ..." messages.
pub fn parse_fstring_expression(
    source: &str,
    filename: &str,
    line_offset: u32,
    col_offset: u32,
) -> Result<Expr, SyntaxError> {
    let _ = (source, filename, line_offset, col_offset);
    unimplemented!("f-string expression parsing")
}
