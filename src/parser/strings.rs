//! String literals: decoding escapes and prefixes, and concatenating adjacent STRING tokens
//! (plain, bytes and f-strings) into one `Constant` or `JoinedStr`, as CPython 3.11 does
//! (`Parser/string_parser.c`). Every node made from the group spans the whole group; the
//! expressions inside f-string fields get their own positions (see `fstring`).

use super::fstring;
use crate::ast::{Constant, Expr, ExprKind, PyStr, Span};
use crate::syntax_error::SyntaxError;

/// One STRING token: its source text (prefix, quotes and body) and its AST span.
#[derive(Clone, Copy, Debug)]
pub struct StringToken<'a> {
    pub text: &'a str,
    pub span: Span,
}

/// A token split into its prefix flags and body.
pub struct Literal<'a> {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub unicode: bool,
    pub body: &'a str,
    /// Byte offset of the body within the token text.
    pub body_offset: usize,
}

pub fn split(text: &str) -> Literal<'_> {
    let quote_at = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..quote_at].to_ascii_lowercase();
    let rest = &text[quote_at..];
    let quote_len = if rest.starts_with("'''") || rest.starts_with("\"\"\"") { 3 } else { 1 };
    let body_end = text.len().saturating_sub(quote_len).max(quote_at + quote_len);
    Literal {
        raw: prefix.contains('r'),
        bytes: prefix.contains('b'),
        fstring: prefix.contains('f'),
        unicode: prefix.contains('u'),
        body: text.get(quote_at + quote_len..body_end).unwrap_or(""),
        body_offset: quote_at + quote_len,
    }
}

/// A piece of a joined string, before positions are applied.
pub enum Part {
    Text(Vec<u32>),
    Field(Expr),
}

/// The error for a problem inside the string group: CPython points after its last token.
pub fn group_error(msg: &str, filename: &str, span: Span, line_text: Option<String>) -> SyntaxError {
    let offset = line_text
        .as_ref()
        .and_then(|l| l.get(..span.end_col_offset as usize))
        .map_or(span.end_col_offset, |p| p.chars().count() as u32)
        + 1;
    SyntaxError {
        kind: crate::syntax_error::SyntaxErrorKind::SyntaxError,
        msg: msg.to_string(),
        filename: filename.to_string(),
        lineno: span.end_lineno,
        offset,
        end_lineno: span.end_lineno,
        end_offset: offset + 1,
        text: line_text,
    }
}

/// Decode backslash escapes of a str body (code points, surrogates allowed).
pub fn decode_str_escapes(body: &str, out: &mut Vec<u32>) -> Result<(), String> {
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            // Newlines in source are normalised to \n before tokenizing.
            if chars.peek() == Some(&'\n') {
                continue;
            }
            out.push(u32::from('\n'));
            continue;
        }
        if c != '\\' {
            out.push(u32::from(c));
            continue;
        }
        let Some(e) = chars.next() else {
            out.push(u32::from('\\'));
            break;
        };
        let simple = match e {
            '\n' => None,
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                None
            }
            '\\' => Some('\\'),
            '\'' => Some('\''),
            '"' => Some('"'),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(value);
                continue;
            }
            'x' | 'u' | 'U' => {
                let count = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut value = 0u32;
                for _ in 0..count {
                    match chars.peek().and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            value = value * 16 + d;
                            chars.next();
                        }
                        None => return Err(format!("truncated \\{e}{} escape", "X".repeat(count))),
                    }
                }
                if value > 0x10FFFF {
                    return Err("illegal Unicode character".to_string());
                }
                out.push(value);
                continue;
            }
            'N' => {
                if chars.peek() != Some(&'{') {
                    return Err("malformed \\N character escape".to_string());
                }
                chars.next();
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                match unicode_names2::character(&name) {
                    Some(ch) => out.push(u32::from(ch)),
                    None => return Err("unknown Unicode character name".to_string()),
                }
                continue;
            }
            other => {
                out.push(u32::from('\\'));
                out.push(u32::from(other));
                continue;
            }
        };
        if let Some(ch) = simple {
            out.push(u32::from(ch));
        }
    }
    Ok(())
}

/// Decode a bytes body (escapes unless raw); non-ASCII characters are an error.
fn decode_bytes(body: &str, raw: bool, out: &mut Vec<u8>) -> Result<(), String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".to_string());
    }
    let normalized = body.replace("\r\n", "\n");
    if raw {
        out.extend_from_slice(normalized.as_bytes());
        return Ok(());
    }
    let bytes = normalized.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c != b'\\' || i >= bytes.len() {
            out.push(c);
            continue;
        }
        let e = bytes[i];
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = bytes.get(i..i + 2).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => return Err(format!("invalid \\x escape at position {}", i - 2)),
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

/// The expression for a run of adjacent STRING tokens (`"a" "b"`, `f"{x}" "y"`, `b"x"`),
/// spanning `span` (from the first token to the last). Errors (bad escapes in bytes, mixing
/// bytes and str, f-string errors) carry CPython's messages.
pub fn concatenate_strings(tokens: &[StringToken], span: Span, filename: &str) -> Result<Expr, SyntaxError> {
    concatenate(tokens, span, filename, None)
}

/// As `concatenate_strings`; `source` (the whole text) lets errors quote the offending line.
pub fn concatenate(
    tokens: &[StringToken],
    span: Span,
    filename: &str,
    source: Option<&str>,
) -> Result<Expr, SyntaxError> {
    let line_text = |line: u32| source.and_then(|s| super::error::source_line(s, line));
    let fail = |msg: String| group_error(&msg, filename, span, line_text(span.end_lineno));
    let literals: Vec<Literal> = tokens.iter().map(|t| split(t.text)).collect();
    let any_bytes = literals.iter().any(|l| l.bytes);
    if any_bytes && !literals.iter().all(|l| l.bytes) {
        return Err(fail("cannot mix bytes and nonbytes literals".into()));
    }
    let constant =
        |value: Constant, kind: Option<String>| Expr { kind: ExprKind::Constant { value, kind }, span };
    if any_bytes {
        let mut out = Vec::new();
        for l in &literals {
            decode_bytes(l.body, l.raw, &mut out).map_err(fail)?;
        }
        return Ok(constant(Constant::Bytes(out), None));
    }
    let kind = literals.first().filter(|l| l.unicode).map(|_| "u".to_string());
    if !literals.iter().any(|l| l.fstring) {
        let mut points = Vec::new();
        for l in &literals {
            if l.raw {
                points.extend(l.body.replace("\r\n", "\n").chars().map(u32::from));
            } else {
                decode_str_escapes(l.body, &mut points).map_err(|e| fail(format!("(unicode error) {e}")))?;
            }
        }
        return Ok(constant(Constant::Str(PyStr::from_code_points(points)), kind));
    }
    let mut parts: Vec<Part> = Vec::new();
    for (token, l) in tokens.iter().zip(&literals) {
        if l.fstring {
            fstring::parse(token, l, filename, span, &mut parts).map_err(fail)?;
        } else if l.raw {
            parts.push(Part::Text(l.body.replace("\r\n", "\n").chars().map(u32::from).collect()));
        } else {
            let mut points = Vec::new();
            decode_str_escapes(l.body, &mut points).map_err(|e| fail(format!("(unicode error) {e}")))?;
            parts.push(Part::Text(points));
        }
    }
    Ok(Expr { kind: ExprKind::JoinedStr { values: join_parts(parts, span) }, span })
}

/// Merge adjacent text parts, drop empty ones, and make nodes spanning `span`.
pub fn join_parts(parts: Vec<Part>, span: Span) -> Vec<Expr> {
    let mut values = Vec::new();
    let mut text: Vec<u32> = Vec::new();
    let flush = |text: &mut Vec<u32>, values: &mut Vec<Expr>| {
        if !text.is_empty() {
            let value = Constant::Str(PyStr::from_code_points(std::mem::take(text)));
            values.push(Expr { kind: ExprKind::Constant { value, kind: None }, span });
        }
    };
    for part in parts {
        match part {
            Part::Text(t) => text.extend(t),
            Part::Field(e) => {
                flush(&mut text, &mut values);
                values.push(e);
            }
        }
    }
    flush(&mut text, &mut values);
    values
}
