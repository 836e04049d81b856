//! The lexer: source text to the token stream CPython 3.11's `tokenize` module produces.
//!
//! Trivia (COMMENT, NL) is kept, so `pyglass tokens` can print the stream exactly as
//! `python3 -m tokenize` does; the parser skips it. Tokens carry both tokenize's positions
//! (line, column in characters) and byte offsets into the text, from which the parser derives
//! the AST's byte-based columns.

mod token;

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
    /// `TokenError("EOF in multi-line string")` at the string's start.
    EofInString { line: u32, col: u32 },
    /// `TokenError("EOF in multi-line statement")` at (line, 0).
    EofInStatement { line: u32, col: u32 },
}

/// Tokenize decoded source text as `tokenize.tokenize` does (without the ENCODING token,
/// which depends on how the bytes were decoded: see `crate::source`).
pub fn tokenize(text: &str) -> Tokens {
    let _ = text;
    unimplemented!("lexer")
}
