//! The parser's view of the token stream: significant tokens only (COMMENT and NL dropped),
//! each with its text and AST positions (line, UTF-8 byte column), plus the small vocabulary
//! every grammar rule uses: peek, check, eat, expect, and spans from a start token.

use crate::ast::Span;
use crate::lexer::{self, TokenKind};
use crate::syntax_error::SyntaxError;

/// A significant token, positioned for the AST.
#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    pub line: u32,
    /// Byte column of the start.
    pub col: u32,
    pub end_line: u32,
    /// Byte column of the end.
    pub end_col: u32,
    /// tokenize's character columns (for SyntaxError offsets, which count characters).
    pub char_col: u32,
    pub char_end_col: u32,
}

/// The hard keywords of Python 3.11.
pub const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub struct Parser<'a> {
    pub src: &'a str,
    pub filename: &'a str,
    pub toks: Vec<Tok<'a>>,
    pub pos: usize,
    /// Nesting depth of recursive rules, to refuse input that would overflow the stack.
    pub depth: u32,
    /// The error CPython's tokenizer would raise; the token stream stops where it is detected,
    /// and it is reported if the parser gets there.
    pub pending: Option<SyntaxError>,
    /// The line of the compound statement whose block is being parsed (for error messages).
    pub header_line: u32,
}

impl<'a> Parser<'a> {
    /// Tokenize `src`. `line_offset`/`col_offset` shift positions (for f-string expressions:
    /// lines by `line_offset`, columns on the first line by `col_offset`).
    pub fn new(
        src: &'a str,
        filename: &'a str,
        line_offset: u32,
        col_offset: u32,
    ) -> Result<Self, SyntaxError> {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        let lexed = lexer::tokenize(src);
        let byte_col = |line: u32, byte: u32| -> u32 {
            let start = line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0);
            (byte as usize).saturating_sub(start) as u32
        };
        let mut toks = Vec::with_capacity(lexed.tokens.len());
        for t in &lexed.tokens {
            if matches!(t.kind, TokenKind::Comment | TokenKind::Nl) {
                continue;
            }
            // tokenize reports stray whitespace before an error character; CPython's parser never sees it.
            if t.kind == TokenKind::ErrorToken
                && t.text(src).chars().all(|c| c == ' ' || c == '\t' || c == '\x0c')
            {
                continue;
            }
            let shift = |line: u32, col: u32| if line == 1 { col + col_offset } else { col };
            let (col, end_col) = if matches!(t.kind, TokenKind::EndMarker | TokenKind::Dedent) {
                (t.start.col, t.end.col)
            } else if t.kind == TokenKind::Newline && t.start_byte == t.end_byte {
                (byte_col(t.start.line, t.start_byte), byte_col(t.start.line, t.start_byte) + 1)
            } else {
                (byte_col(t.start.line, t.start_byte), byte_col(t.end.line, t.end_byte))
            };
            toks.push(Tok {
                kind: t.kind,
                text: t.text(src),
                line: t.start.line + line_offset,
                col: shift(t.start.line, col),
                end_line: t.end.line + line_offset,
                end_col: shift(t.end.line, end_col),
                char_col: t.start.col,
                char_end_col: t.end.col,
            });
        }
        if lexed.error.is_some() || toks.is_empty() {
            let line = lexed.tokens.last().map_or(1, |t| t.end.line) + line_offset;
            toks.push(Tok {
                kind: TokenKind::EndMarker,
                text: "",
                line,
                col: 0,
                end_line: line,
                end_col: 0,
                char_col: 0,
                char_end_col: 0,
            });
        }
        let pending = super::error::tokenizer_error(src, filename, &toks, lexed.error.as_ref()).map(
            |(index, error)| {
                let line = toks.get(index).map_or(1, |t| t.line);
                toks.truncate(index);
                toks.push(Tok {
                    kind: TokenKind::EndMarker,
                    text: "",
                    line,
                    col: 0,
                    end_line: line,
                    end_col: 0,
                    char_col: 0,
                    char_end_col: 0,
                });
                error
            },
        );
        Ok(Parser { src, filename, toks, pos: 0, depth: 0, pending, header_line: 0 })
    }

    /// The outcome of a whole parse: a tokenizer error the parser ran into takes precedence.
    pub fn finish<T>(&self, result: Result<T, SyntaxError>) -> Result<T, SyntaxError> {
        match (&self.pending, result) {
            (Some(pending), Ok(_)) => Err(pending.clone()),
            (Some(pending), Err(e)) if self.pos + 1 >= self.toks.len() || e.msg == "invalid syntax" => {
                Err(pending.clone())
            }
            // As CPython's `_PyPegen_set_syntax_error`: an error past the line of a bracket that
            // is never closed is reported as that bracket.
            (Some(pending), Err(e))
                if pending.msg.ends_with("was never closed") && e.lineno > pending.lineno =>
            {
                Err(pending.clone())
            }
            (_, result) => result,
        }
    }

    pub fn peek(&self) -> Tok<'a> {
        self.toks[self.pos.min(self.toks.len() - 1)]
    }

    pub fn peek_at(&self, ahead: usize) -> Tok<'a> {
        self.toks[(self.pos + ahead).min(self.toks.len() - 1)]
    }

    /// The token just consumed.
    pub fn prev(&self) -> Tok<'a> {
        self.toks[self.pos.saturating_sub(1).min(self.toks.len() - 1)]
    }

    pub fn advance(&mut self) -> Tok<'a> {
        let t = self.peek();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }

    /// Is the next token the operator `op`?
    pub fn at_op(&self, op: &str) -> bool {
        let t = self.peek();
        t.kind == TokenKind::Op && t.text == op
    }

    pub fn at_op_ahead(&self, ahead: usize, op: &str) -> bool {
        let t = self.peek_at(ahead);
        t.kind == TokenKind::Op && t.text == op
    }

    /// Is the next token the keyword (or soft keyword) `word`?
    pub fn at_kw(&self, word: &str) -> bool {
        let t = self.peek();
        t.kind == TokenKind::Name && t.text == word
    }

    pub fn at_kind(&self, kind: TokenKind) -> bool {
        self.peek().kind == kind
    }

    /// Is the next token a NAME that is not a hard keyword?
    pub fn at_name(&self) -> bool {
        let t = self.peek();
        t.kind == TokenKind::Name && !KEYWORDS.contains(&t.text)
    }

    pub fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub fn eat_kw(&mut self, word: &str) -> bool {
        if self.at_kw(word) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub fn expect_op(&mut self, op: &str) -> Result<Tok<'a>, SyntaxError> {
        if self.at_op(op) { Ok(self.advance()) } else { Err(self.expected(op)) }
    }

    /// An identifier (a NAME that is not a keyword), NFKC-normalised as CPython stores it.
    pub fn name(&mut self) -> Result<(String, Tok<'a>), SyntaxError> {
        if !self.at_name() {
            return Err(self.invalid_syntax());
        }
        let t = self.advance();
        Ok((normalize_identifier(t.text), t))
    }

    /// The span from the start of `start` to the end of the last consumed token that is not
    /// NEWLINE, INDENT or DEDENT (CPython's `_PyPegen_get_last_nonnwhitespace_token`).
    pub fn span_from(&self, start: Tok<'_>) -> Span {
        let significant = self.toks[..self.pos.min(self.toks.len())]
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent));
        let end = significant.copied().unwrap_or_else(|| self.prev());
        Span {
            lineno: start.line,
            col_offset: start.col,
            end_lineno: end.end_line,
            end_col_offset: end.end_col,
        }
    }

    /// A token's own span.
    pub fn span_of(t: Tok<'_>) -> Span {
        Span { lineno: t.line, col_offset: t.col, end_lineno: t.end_line, end_col_offset: t.end_col }
    }

    /// Enter a recursive rule; refuses nesting deep enough to threaten the stack.
    pub fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_at(self.peek(), "too many nested parentheses"));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }
}

/// How deep rules may nest. CPython's tokenizer refuses 200 nested brackets; the limit here
/// bounds the Rust stack for any other nesting (each level costs a few rule frames).
const MAX_DEPTH: u32 = 1000;

/// NFKC normalisation of non-ASCII identifiers (PEP 3131), as CPython's parser applies it.
pub fn normalize_identifier(name: &str) -> String {
    if name.is_ascii() {
        name.to_string()
    } else {
        use unicode_normalization::UnicodeNormalization;
        name.nfkc().collect()
    }
}
