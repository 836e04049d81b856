//! String literals: decoding escapes and prefixes, and concatenating adjacent STRING tokens
//! (plain, bytes and f-strings) into one `Constant` or `JoinedStr`, as CPython 3.11 does.

use crate::ast::{Expr, Span};
use crate::syntax_error::SyntaxError;

/// One STRING token: its source text (prefix, quotes and body) and its AST span.
#[derive(Clone, Copy, Debug)]
pub struct StringToken<'a> {
    pub text: &'a str,
    pub span: Span,
}

/// The expression for a run of adjacent STRING tokens (`"a" "b"`, `f"{x}" "y"`, `b"x"`),
/// spanning `span` (from the first token to the last). Errors (bad escapes in bytes, mixing
/// bytes and str, f-string errors) carry CPython's messages.
pub fn concatenate_strings(tokens: &[StringToken], span: Span, filename: &str) -> Result<Expr, SyntaxError> {
    let _ = (tokens, span, filename);
    unimplemented!("string literals")
}
