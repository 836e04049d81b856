//! The tokenize driver: a line-by-line port of `_tokenize` in CPython 3.11's `Lib/tokenize.py`
//! (indentation, continued strings and statements, the pseudo-token loop, the implicit
//! NEWLINE and DEDENTs at the end), with hand-written matchers from `scan.rs` in place of
//! regular expressions.

use super::scan::{self, BodyEnd};
use super::{LexError, Position, Token, TokenKind, Tokens};

const TAB_SIZE: u32 = 8;

/// A string whose closing quote lies on a later line.
struct OpenString {
    start: Position,
    start_byte: usize,
    quote: u8,
    triple: bool,
    /// A single-quoted string continued with a backslash: each line must end with one.
    needs_continuation: bool,
}

/// One line of the text, with the mapping from byte offsets to tokenize's character columns.
struct Line<'a> {
    text: &'a str,
    /// Byte offset of the line in the whole text.
    start: usize,
    ascii: bool,
    /// The byte offset and character column last mapped: columns are asked for in order, so
    /// each counts on from the last (a long non-ASCII line is not counted again per token).
    last: std::cell::Cell<(usize, u32)>,
}

impl Line<'_> {
    fn new(text: &str, start: usize) -> Line<'_> {
        Line { text, start, ascii: text.is_ascii(), last: std::cell::Cell::new((0, 0)) }
    }

    fn col(&self, byte: usize) -> u32 {
        if self.ascii {
            return byte as u32;
        }
        let (from_byte, from_col) = match self.last.get() {
            (b, c) if b <= byte => (b, c),
            _ => (0, 0),
        };
        let col = from_col + self.text[from_byte..byte].chars().count() as u32;
        self.last.set((byte, col));
        col
    }

    fn len_chars(&self) -> u32 {
        self.col(self.text.len())
    }
}

struct Tokenizer<'a> {
    out: Vec<Token>,
    line: Line<'a>,
    lnum: u32,
}

impl Tokenizer<'_> {
    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let line = &self.line;
        self.out.push(Token {
            kind,
            start: Position { line: self.lnum, col: line.col(start) },
            end: Position { line: self.lnum, col: line.col(end) },
            start_byte: (line.start + start) as u32,
            end_byte: (line.start + end) as u32,
        });
    }
}

/// Split `text` into lines the way `readline` does: each ends after a `\n` (the last may not).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i + 1);
        let line = (start, &text[start..end]);
        start = end;
        Some(line)
    })
}

pub fn tokenize(text: &str) -> Tokens {
    let mut tz = Tokenizer { out: Vec::with_capacity(text.len() / 4), line: Line::new("", 0), lnum: 0 };
    let mut indents: Vec<u32> = vec![0];
    let mut paren_level: i64 = 0;
    let mut continued = false;
    let mut open_string: Option<OpenString> = None;
    let mut last_line;
    let mut line_iter = lines(text);

    loop {
        let (line_start, line_text) = line_iter.next().unwrap_or((text.len(), ""));
        last_line = tz.line.text;
        tz.lnum += 1;
        tz.line = Line::new(line_text, line_start);
        let bytes = line_text.as_bytes();
        let max = bytes.len();
        let mut pos = 0usize;

        if let Some(open) = &open_string {
            if line_text.is_empty() {
                let error = LexError::EofInString {
                    line: open.start.line,
                    col: open.start.col,
                    eof_line: tz.lnum - 1,
                };
                return Tokens { tokens: tz.out, error: Some(error) };
            }
            match scan::string_body(bytes, 0, open.quote, open.triple, false) {
                BodyEnd::Closed(end) => {
                    pos = end;
                    tz.out.push(Token {
                        kind: TokenKind::String,
                        start: open.start,
                        end: Position { line: tz.lnum, col: tz.line.col(end) },
                        start_byte: open.start_byte as u32,
                        end_byte: (line_start + end) as u32,
                    });
                    open_string = None;
                }
                _ if open.needs_continuation
                    && !line_text.ends_with("\\\n")
                    && !line_text.ends_with("\\\r\n") =>
                {
                    tz.out.push(Token {
                        kind: TokenKind::ErrorToken,
                        start: open.start,
                        end: Position { line: tz.lnum, col: tz.line.len_chars() },
                        start_byte: open.start_byte as u32,
                        end_byte: (line_start + max) as u32,
                    });
                    open_string = None;
                    continue;
                }
                _ => continue,
            }
        } else if paren_level == 0 && !continued {
            if line_text.is_empty() {
                break;
            }
            let mut column = 0u32;
            while pos < max {
                match bytes[pos] {
                    b' ' => column += 1,
                    b'\t' => column = (column / TAB_SIZE + 1) * TAB_SIZE,
                    b'\x0c' => column = 0,
                    _ => break,
                }
                pos += 1;
            }
            if pos == max {
                break;
            }
            if matches!(bytes[pos], b'#' | b'\r' | b'\n') {
                if bytes[pos] == b'#' {
                    let comment_end = line_text.trim_end_matches(['\r', '\n']).len();
                    tz.push(TokenKind::Comment, pos, comment_end);
                    pos = comment_end;
                }
                tz.push(TokenKind::Nl, pos, max);
                continue;
            }
            if column > *indents.last().unwrap_or(&0) {
                indents.push(column);
                tz.push(TokenKind::Indent, 0, pos);
            }
            while column < *indents.last().unwrap_or(&0) {
                if !indents.contains(&column) {
                    let error = LexError::Dedent { line: tz.lnum, col: tz.line.col(pos) };
                    return Tokens { tokens: tz.out, error: Some(error) };
                }
                indents.pop();
                tz.push(TokenKind::Dedent, pos, pos);
            }
        } else {
            if line_text.is_empty() {
                let error = LexError::EofInStatement { line: tz.lnum, col: 0 };
                return Tokens { tokens: tz.out, error: Some(error) };
            }
            continued = false;
        }

        while pos < max {
            // Whitespace = [ \f\t]*
            let mut start = pos;
            while start < max && matches!(bytes[start], b' ' | b'\x0c' | b'\t') {
                start += 1;
            }
            let Some((end, kind)) = pseudo_token(line_text, start) else {
                // No pseudo-token: tokenize reports the character at `pos` (perhaps a space).
                let width = line_text[pos..].chars().next().map_or(1, char::len_utf8);
                tz.push(TokenKind::ErrorToken, pos, pos + width);
                pos += width;
                continue;
            };
            pos = end;
            if start == end {
                continue;
            }
            match kind {
                Pseudo::Number => tz.push(TokenKind::Number, start, end),
                Pseudo::Newline => {
                    tz.push(if paren_level > 0 { TokenKind::Nl } else { TokenKind::Newline }, start, end)
                }
                Pseudo::Comment => tz.push(TokenKind::Comment, start, end),
                Pseudo::Triple { quote } => match scan::string_body(bytes, end, quote, true, false) {
                    BodyEnd::Closed(close) => {
                        pos = close;
                        tz.push(TokenKind::String, start, close);
                    }
                    _ => {
                        open_string = Some(OpenString {
                            start: Position { line: tz.lnum, col: tz.line.col(start) },
                            start_byte: line_start + start,
                            quote,
                            triple: true,
                            needs_continuation: false,
                        });
                        break;
                    }
                },
                Pseudo::String => tz.push(TokenKind::String, start, end),
                Pseudo::ContinuedString { quote } => {
                    open_string = Some(OpenString {
                        start: Position { line: tz.lnum, col: tz.line.col(start) },
                        start_byte: line_start + start,
                        quote,
                        triple: false,
                        needs_continuation: true,
                    });
                    break;
                }
                Pseudo::Word => {
                    let first = line_text[start..].chars().next().unwrap_or(' ');
                    let is_name = first == '_' || unicode_ident::is_xid_start(first);
                    tz.push(if is_name { TokenKind::Name } else { TokenKind::Op }, start, end);
                }
                Pseudo::Continuation => continued = true,
                Pseudo::Operator => {
                    match bytes[start] {
                        b'(' | b'[' | b'{' => paren_level += 1,
                        b')' | b']' | b'}' => paren_level -= 1,
                        _ => {}
                    }
                    tz.push(TokenKind::Op, start, end);
                }
            }
        }
    }

    // The implicit NEWLINE when the input does not end with one.
    let last_is_comment = last_line.trim().starts_with('#');
    if !last_line.is_empty() && !last_line.ends_with(['\r', '\n']) && !last_is_comment {
        let line = Line::new(last_line, text.len() - last_line.len());
        let col = line.len_chars();
        tz.out.push(Token {
            kind: TokenKind::Newline,
            start: Position { line: tz.lnum - 1, col },
            end: Position { line: tz.lnum - 1, col: col + 1 },
            start_byte: text.len() as u32,
            end_byte: text.len() as u32,
        });
    }
    let end = Position { line: tz.lnum, col: 0 };
    let at_end =
        |kind| Token { kind, start: end, end, start_byte: text.len() as u32, end_byte: text.len() as u32 };
    for _ in 1..indents.len() {
        tz.out.push(at_end(TokenKind::Dedent));
    }
    tz.out.push(at_end(TokenKind::EndMarker));
    Tokens { tokens: tz.out, error: None }
}

/// Which alternative of tokenize's `PseudoToken` matched.
enum Pseudo {
    Continuation,
    Comment,
    Triple { quote: u8 },
    Number,
    Newline,
    Operator,
    String,
    ContinuedString { quote: u8 },
    Word,
}

/// `group(PseudoExtras, Number, Funny, ContStr, Name)` at byte `i`: the end and the kind.
fn pseudo_token(line: &str, i: usize) -> Option<(usize, Pseudo)> {
    let s = line.as_bytes();
    // PseudoExtras: \\\r?\n | \Z | Comment | Triple
    match &s[i..] {
        [b'\\', b'\n', ..] => return Some((i + 2, Pseudo::Continuation)),
        [b'\\', b'\r', b'\n', ..] => return Some((i + 3, Pseudo::Continuation)),
        [] => return Some((i, Pseudo::Newline)),
        [b'#', ..] => {
            let end = s[i..].iter().position(|&c| c == b'\r' || c == b'\n').map_or(s.len(), |k| i + k);
            return Some((end, Pseudo::Comment));
        }
        _ => {}
    }
    let quote_at = scan::string_prefix(s, i);
    if let Some(q) = quote_at {
        let quote = s[q];
        if s.get(q + 1) == Some(&quote) && s.get(q + 2) == Some(&quote) {
            return Some((q + 3, Pseudo::Triple { quote }));
        }
    }
    if let Some(end) = scan::number(s, i) {
        return Some((end, Pseudo::Number));
    }
    // Funny: \r?\n | Special
    match &s[i..] {
        [b'\n', ..] => return Some((i + 1, Pseudo::Newline)),
        [b'\r', b'\n', ..] => return Some((i + 2, Pseudo::Newline)),
        _ => {}
    }
    if let Some(end) = scan::operator(s, i) {
        return Some((end, Pseudo::Operator));
    }
    if let Some(q) = quote_at {
        match scan::string_body(s, q + 1, s[q], false, true) {
            BodyEnd::Closed(end) => return Some((end, Pseudo::String)),
            BodyEnd::Continued => return Some((s.len(), Pseudo::ContinuedString { quote: s[q] })),
            BodyEnd::Open => {}
        }
    }
    scan::word(line, i).map(|end| (end, Pseudo::Word))
}
