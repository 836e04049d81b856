//! The parser: tokens to an AST, for the full Python 3.11 grammar, with CPython's positions
//! and CPython's SyntaxError messages.

use crate::ast::Mod;
use crate::syntax_error::SyntaxError;

/// Parse a whole module (`ast.parse(text)`); `filename` is used in error messages.
pub fn parse_module(text: &str, filename: &str) -> Result<Mod, SyntaxError> {
    let _ = (text, filename);
    unimplemented!("parser")
}
