//! The lexer: source text to the token stream CPython 3.11's `tokenize` module produces.
//!
//! Trivia (COMMENT, NL) is kept, so `pyglass tokens` can print the stream exactly as
//! `python3 -m tokenize` does; the parser skips it. Tokens carry both tokenize's positions
//! (line, column in characters) and byte offsets into the text, from which the parser derives
//! the AST's byte-based columns.

mod scan;
mod token;
mod tokenize;

pub use scan::operator_name;
pub use token::{Position, Token, TokenKind};

/// Everything the lexer produced, and the error that stopped it, if any
/// (tokenize raises `IndentationError` or `TokenError` part-way; tokens before it stand).
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

/// An error that stops tokenize (not an ERRORTOKEN, which tokenize emits and continues after).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexError {
    /// `IndentationError("unindent does not match any outer indentation level")` at (line, col).
    Dedent { line: u32, col: u32 },
    /// `TokenError("EOF in multi-line string")` at the string's start; `eof_line` is the line
    /// where the end of the input was met (CPython's parser reports "detected at line N").
    EofInString { line: u32, col: u32, eof_line: u32 },
    /// `TokenError("EOF in multi-line statement")` at (line, 0).
    EofInStatement { line: u32, col: u32 },
}

/// Tokenize decoded source text as `tokenize.tokenize` does (without the ENCODING token,
/// which depends on how the bytes were decoded: see `crate::source`).
pub fn tokenize(text: &str) -> Tokens {
    tokenize::tokenize(text)
}

impl LexError {
    /// The message and (line, column) that `python3 -m tokenize` reports for this error.
    pub fn tokenize_report(&self) -> (&'static str, u32, u32) {
        match *self {
            LexError::Dedent { line, col } => {
                ("unindent does not match any outer indentation level", line, col)
            }
            LexError::EofInString { line, col, .. } => ("EOF in multi-line string", line, col),
            LexError::EofInStatement { line, col } => ("EOF in multi-line statement", line, col),
        }
    }
}
