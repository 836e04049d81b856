//! SyntaxErrors with CPython's messages and positions.
//!
//! Two sources: errors CPython's C tokenizer raises (unterminated strings, unmatched brackets,
//! bad number literals, bad dedents, too deep nesting), found by scanning the token stream
//! once before parsing (`tokenizer_error`), and errors of the grammar, raised by the rules
//! through the `Parser` methods here.

use super::cursor::{Parser, Tok};
use crate::lexer::{LexError, TokenKind};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// CPython's tokenizer refuses this many nested brackets.
const MAX_PAREN_LEVEL: usize = 200;

/// CPython's tokenizer refuses more indentation levels than this (`MAXINDENT`).
const MAX_INDENT_LEVEL: usize = 100;

/// The source line `line` (1-based) of `src`, without its line ending.
pub fn source_line(src: &str, line: u32) -> Option<String> {
    src.split('\n').nth(line.checked_sub(1)? as usize).map(|l| l.trim_end_matches('\r').to_string())
}

fn error(src: &str, filename: &str, msg: String, line: u32, col: u32, end_col: u32) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno: line,
        offset: col + 1,
        end_lineno: line,
        end_offset: end_col.max(col + 1) + 1,
        text: source_line(src, line),
    }
}

/// The first error CPython's tokenizer would raise in this token stream, with the index of the
/// token where it is detected (the parser reports it if it gets that far).
pub fn tokenizer_error(
    src: &str,
    filename: &str,
    toks: &[Tok<'_>],
    lex_error: Option<&LexError>,
) -> Option<(usize, SyntaxError)> {
    let mut brackets: Vec<Tok<'_>> = Vec::new();
    // A stray character is a parse error, but CPython then tokenizes the rest of the file and
    // reports a tokenizer error found there instead; remember it and look further.
    let mut stray: Option<(usize, SyntaxError)> = None;
    let mut indents = 0usize;
    for (i, t) in toks.iter().enumerate() {
        let at = |msg: String, col: u32, end: u32| {
            let found = error(src, filename, msg, t.line, col, end);
            Some((stray.as_ref().map_or(i, |s| s.0), found))
        };
        match t.kind {
            TokenKind::Indent => {
                indents += 1;
                if indents >= MAX_INDENT_LEVEL {
                    let mut e = error(src, filename, "too many levels of indentation".into(), t.line, 0, 0);
                    e.kind = SyntaxErrorKind::IndentationError;
                    e.offset = 0;
                    return Some((stray.as_ref().map_or(i, |s| s.0), e));
                }
            }
            TokenKind::Dedent => indents = indents.saturating_sub(1),
            TokenKind::Op if matches!(t.text, "(" | "[" | "{") => {
                if brackets.len() >= MAX_PAREN_LEVEL {
                    return at("too many nested parentheses".into(), t.char_col, t.char_col);
                }
                brackets.push(*t);
            }
            TokenKind::Op if matches!(t.text, ")" | "]" | "}") => {
                let Some(open) = brackets.pop() else {
                    return at(format!("unmatched '{}'", t.text), t.char_col, t.char_col);
                };
                let expected = match open.text {
                    "(" => ")",
                    "[" => "]",
                    _ => "}",
                };
                if expected != t.text {
                    let msg = if open.line != t.line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            t.text, open.text, open.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            t.text, open.text
                        )
                    };
                    return at(msg, t.char_col, t.char_col);
                }
            }
            TokenKind::ErrorToken => {
                let text = t.text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                if text.starts_with(['\'', '"']) {
                    let msg = format!("unterminated string literal (detected at line {})", t.line);
                    return at(msg, t.char_col, t.char_col);
                }
                if t.text == "\0" {
                    return at("source code cannot contain null bytes".into(), t.char_col, t.char_col);
                }
                if let Some(c) = t.text.chars().next().filter(|c| !c.is_ascii()) {
                    return at(
                        format!("invalid character '{c}' (U+{:04X})", u32::from(c)),
                        t.char_col,
                        t.char_col,
                    );
                }
                if !t.text.trim().is_empty() && stray.is_none() {
                    stray = Some((
                        i,
                        error(src, filename, "invalid syntax".into(), t.line, t.char_col, t.char_col),
                    ));
                }
            }
            TokenKind::Number => {
                if let Some(next) = toks.get(i + 1)
                    && let Some(found) = number_error(t, next)
                {
                    return at(found.0, found.1, found.1);
                }
            }
            _ => {}
        }
    }
    let end = stray.as_ref().map_or(toks.len().saturating_sub(1), |s| s.0);
    let Some(lex_error) = lex_error else { return stray };
    match lex_error {
        LexError::Dedent { line, .. } => {
            let text = source_line(src, *line);
            let width = text.as_ref().map_or(0, |l| l.chars().count() as u32);
            let mut e = error(
                src,
                filename,
                "unindent does not match any outer indentation level".into(),
                *line,
                width,
                width,
            );
            e.kind = SyntaxErrorKind::IndentationError;
            Some((end, e))
        }
        LexError::EofInString { line, col, eof_line } => {
            let msg = format!("unterminated triple-quoted string literal (detected at line {eof_line})");
            Some((end, error(src, filename, msg, *line, *col, *col)))
        }
        LexError::EofInStatement { line, .. } => match brackets.last() {
            Some(open) => {
                let msg = format!("'{}' was never closed", open.text);
                Some((end, error(src, filename, msg, open.line, open.char_col, open.char_col)))
            }
            None => Some((end, error(src, filename, "unexpected EOF while parsing".into(), *line, 0, 0))),
        },
    }
}

/// A NUMBER directly followed by a NAME (`1abc`, `0o9`, `0x`): CPython's tokenizer error,
/// with the character column of the caret.
fn number_error(number: &Tok<'_>, next: &Tok<'_>) -> Option<(String, u32)> {
    if next.kind != TokenKind::Name || next.line != number.end_line || next.col != number.end_col {
        return None;
    }
    let lower = number.text.to_ascii_lowercase();
    let first = next.text.chars().next()?;
    let radix_error = |name: &str, digits: &str| -> (String, u32) {
        match next.text[1..].chars().next() {
            Some(d) if d.is_ascii_digit() && !digits.contains(d) => {
                (format!("invalid digit '{d}' in {name} literal"), next.char_col + 1)
            }
            _ => (format!("invalid {name} literal"), next.char_col),
        }
    };
    if lower == "0" {
        match first {
            'x' | 'X' => return Some((String::from("invalid hexadecimal literal"), next.char_col)),
            'o' | 'O' => return Some(radix_error("octal", "01234567")),
            'b' | 'B' => return Some(radix_error("binary", "01")),
            _ => {}
        }
    }
    // Keywords directly after a number are only deprecated in 3.11.
    if ["and", "else", "for", "if", "in", "is", "not", "or"].iter().any(|k| next.text.starts_with(k)) {
        return None;
    }
    let kind = if lower.ends_with('j') {
        "imaginary"
    } else if lower.starts_with("0x") {
        "hexadecimal"
    } else if lower.starts_with("0o") {
        "octal"
    } else if lower.starts_with("0b") {
        "binary"
    } else {
        "decimal"
    };
    Some((format!("invalid {kind} literal"), number.char_col))
}

impl<'a> Parser<'a> {
    /// A SyntaxError at token `t`.
    pub fn error_at(&self, t: Tok<'_>, msg: &str) -> SyntaxError {
        let end = if t.end_line == t.line { t.char_end_col } else { t.char_col + 1 };
        let mut e =
            error(self.src, self.filename, msg.to_string(), t.line, t.char_col, end.saturating_sub(1));
        e.end_offset = end.max(t.char_col + 1) + 1;
        if end > t.char_col {
            e.end_offset = end + 1;
        }
        e
    }

    /// A SyntaxError spanning the tokens from `start` to `end`.
    pub fn error_between(&self, start: Tok<'_>, end: Tok<'_>, msg: &str) -> SyntaxError {
        let mut e = self.error_at(start, msg);
        if end.end_line == start.line {
            e.end_offset = end.char_end_col + 1;
        }
        e
    }

    /// "invalid syntax" at the next token (or the tokenizer's error, if that comes first).
    pub fn invalid_syntax(&self) -> SyntaxError {
        let t = self.peek();
        self.error_at(t, "invalid syntax")
    }

    /// "expected 'X'" at the token after the last one consumed, as CPython words it.
    pub fn expected(&self, what: &str) -> SyntaxError {
        let t = self.peek();
        if matches!(what, ":" | "(" | "=" | "in") || what == "'except' or 'finally' block" {
            let prev = self.prev();
            let mut e = self.error_at(prev, &format!("expected '{what}'"));
            e.offset = prev.char_end_col + 1;
            e.end_offset = e.offset + 1;
            return e;
        }
        self.error_at(t, "invalid syntax")
    }

    /// An IndentationError at the next token.
    pub fn indentation_error(&self, msg: &str) -> SyntaxError {
        let t = self.peek();
        let mut e = self.error_at(t, msg);
        e.kind = SyntaxErrorKind::IndentationError;
        e.end_offset = e.offset + 1;
        e
    }
}
