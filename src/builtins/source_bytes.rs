//! Source code given to `exec`, `eval` or `compile` as a bytes-like object (bytes,
//! bytearray, memoryview): decoded as CPython's tokenizer decodes it (a coding declaration or
//! BOM, else UTF-8), with its SyntaxError for bytes that are not UTF-8:
//! `(unicode error) 'utf-8' codec can't decode byte 0xa1 in position 2: invalid start byte`,
//! the position counted from the start of the string literal (or token) holding the byte.
//! Bad bytes inside a comment are accepted, as CPython skips comments undecoded.

use crate::runtime::syntax_exc;
use crate::runtime::value::Value;
use crate::source::{self, DecodeError};
use crate::syntax_error::SyntaxError;

/// The text of source bytes.
pub fn decode(bytes: &[u8]) -> Result<String, Value> {
    match source::decode("<string>", bytes) {
        Ok(file) => Ok(file.text),
        Err(DecodeError::NotUtf8 { .. }) => not_utf8(bytes),
        Err(e) => Err(syntax_exc::from_error(&e.to_syntax_error())),
    }
}

/// Bytes that are not UTF-8: CPython's error, or the text if the bad bytes are all in
/// comments.
fn not_utf8(bytes: &[u8]) -> Result<String, Value> {
    let mut rest = bytes;
    let mut offset = 0;
    while let Err(error) = std::str::from_utf8(rest) {
        let bad = offset + error.valid_up_to();
        let (line_start, place) = place_of(bytes, bad);
        if place != Place::Comment {
            let byte = bytes[bad];
            let reason = match error.error_len() {
                None => "unexpected end of data",
                Some(_) if matches!(byte, 0x80..=0xc1 | 0xf5..) => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            let position = match place {
                Place::Literal(start) | Place::Token(start) => bad - start,
                Place::Comment => 0,
            };
            let line = bytes[..bad].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let message = format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {position}: {reason}"
            );
            let column = (bad - line_start) as u32 + 1;
            return Err(syntax_exc::from_error(&SyntaxError::new(message, "<string>", line, column)));
        }
        let skip = error.error_len().unwrap_or(rest.len() - error.valid_up_to());
        offset = bad + skip;
        rest = &bytes[offset..];
    }
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// Where a byte lies on its line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Place {
    /// Inside a string literal whose text starts at this offset.
    Literal(usize),
    /// After a `#` outside any literal.
    Comment,
    /// In code, in the token starting at this offset.
    Token(usize),
}

/// The start of the line holding byte `at`, and where `at` lies on it.
fn place_of(bytes: &[u8], at: usize) -> (usize, Place) {
    let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut quote: Option<(u8, usize)> = None;
    let mut token = line_start;
    let mut i = line_start;
    while i < at {
        let b = bytes[i];
        match quote {
            Some((q, _)) if b == q => quote = None,
            Some(_) if b == b'\\' => i += 1,
            Some(_) => {}
            None if b == b'#' => return (line_start, Place::Comment),
            None if b == b'\'' || b == b'"' => quote = Some((b, i + 1)),
            None if b.is_ascii_whitespace() || b.is_ascii_punctuation() => token = i + 1,
            None => {}
        }
        i += 1;
    }
    let place = match quote {
        Some((_, start)) => Place::Literal(start),
        None => Place::Token(token),
    };
    (line_start, place)
}
