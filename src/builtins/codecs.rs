//! `str.encode` and `bytes.decode`: the codecs scripts use (UTF-8, ASCII, Latin-1, UTF-16,
//! UTF-32) with CPython's error handlers (`strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace`, `namereplace` for encoding) and CPython's error reports.

use crate::runtime::exception::{ExcKind, new_exception};
use crate::runtime::exception_args::{unicode_decode_error, unicode_encode_error};
use crate::runtime::value::Value;

/// A codec name as CPython normalises it (`UTF_8` → `utf-8`, `latin1` → `latin-1`).
fn canonical(encoding: &str) -> String {
    let name = encoding.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    match name.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => "utf-8".into(),
        "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" => "latin-1".into(),
        "us-ascii" | "646" => "ascii".into(),
        "utf16" => "utf-16".into(),
        "utf32" => "utf-32".into(),
        _ => name,
    }
}

fn unknown_encoding(encoding: &str) -> Value {
    new_exception(ExcKind::LookupError, &format!("unknown encoding: {encoding}"))
}

fn unknown_handler(errors: &str) -> Value {
    new_exception(ExcKind::LookupError, &format!("unknown error handler name '{errors}'"))
}

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, Value> {
    let codec = canonical(encoding);
    let mut out = Vec::new();
    match codec.as_str() {
        "utf-8" => return Ok(text.as_bytes().to_vec()),
        "utf-8-sig" => return Ok([&[0xef, 0xbb, 0xbf], text.as_bytes()].concat()),
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let big = codec == "utf-16-be";
            if codec == "utf-16" {
                out.extend([0xff, 0xfe]);
            }
            for unit in text.encode_utf16() {
                out.extend(if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
            }
            return Ok(out);
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let big = codec == "utf-32-be";
            if codec == "utf-32" {
                out.extend([0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                out.extend(if big { (c as u32).to_be_bytes() } else { (c as u32).to_le_bytes() });
            }
            return Ok(out);
        }
        "ascii" | "latin-1" => {}
        _ => return Err(unknown_encoding(encoding)),
    }
    let limit: u32 = if codec == "ascii" { 128 } else { 256 };
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython reports (and replaces) the whole run of unencodable characters at once.
        let end = (i..chars.len()).find(|&j| (chars[j] as u32) < limit).unwrap_or(chars.len());
        for &c in &chars[i..end] {
            match errors {
                "strict" => {
                    let reason = format!("ordinal not in range({limit})");
                    return Err(unicode_encode_error(&codec, text, i, end, &reason));
                }
                "ignore" => {}
                "replace" => out.push(b'?'),
                "backslashreplace" => out.extend(escape(c).bytes()),
                "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
                "namereplace" => match unicode_names2::name(c) {
                    Some(name) => out.extend(format!("\\N{{{name}}}").bytes()),
                    None => out.extend(escape(c).bytes()),
                },
                other => return Err(unknown_handler(other)),
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` writes a character.
fn escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(bytes: &[u8], encoding: &str, errors: &str) -> Result<String, Value> {
    let codec = canonical(encoding);
    match codec.as_str() {
        "utf-8" => decode_utf8(bytes, errors),
        // A leading byte-order mark is dropped; errors are placed in the bytes after it.
        "utf-8-sig" => decode_utf8(bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes), errors),
        "latin-1" => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        "ascii" => {
            let mut out = String::new();
            for (i, &b) in bytes.iter().enumerate() {
                if b.is_ascii() {
                    out.push(char::from(b));
                } else {
                    let reason = "ordinal not in range(128)";
                    decode_error_handler(&mut out, errors, &[b], || {
                        unicode_decode_error("ascii", bytes, i, i + 1, reason)
                    })?;
                }
            }
            Ok(out)
        }
        "utf-16" | "utf-16-le" | "utf-16-be" => decode_utf16(bytes, &codec, errors),
        "utf-32" | "utf-32-le" | "utf-32-be" => decode_utf32(bytes, &codec, errors),
        _ => Err(unknown_encoding(encoding)),
    }
}

/// Apply the error handler `errors` to the undecodable `bad` bytes.
fn decode_error_handler(
    out: &mut String,
    errors: &str,
    bad: &[u8],
    strict: impl FnOnce() -> Value,
) -> Result<(), Value> {
    match errors {
        "strict" => return Err(strict()),
        "ignore" => {}
        "replace" => out.push('\u{FFFD}'),
        "backslashreplace" => bad.iter().for_each(|b| out.push_str(&format!("\\x{b:02x}"))),
        other => return Err(unknown_handler(other)),
    }
    Ok(())
}

/// UTF-8, replacing each maximal invalid subsequence once (as CPython and Rust both do).
fn decode_utf8(bytes: &[u8], errors: &str) -> Result<String, Value> {
    let mut out = String::new();
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                out.push_str(text);
                return Ok(out);
            }
            Err(error) => {
                let valid = error.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..valid]).unwrap_or_default());
                let at = bytes.len() - rest.len() + valid;
                let (len, reason) = match error.error_len() {
                    None => (rest.len() - valid, "unexpected end of data"),
                    // Bytes that can never begin a UTF-8 sequence.
                    Some(_) if matches!(rest[valid], 0x80..=0xc1 | 0xf5..=0xff) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                decode_error_handler(&mut out, errors, &rest[valid..valid + len], || {
                    unicode_decode_error("utf-8", bytes, at, at + len, reason)
                })?;
                rest = &rest[valid + len..];
            }
        }
    }
}

/// UTF-16 (with a byte-order mark for plain `utf-16`, little-endian without one).
fn decode_utf16(bytes: &[u8], codec: &str, errors: &str) -> Result<String, Value> {
    let (big, body, offset) = match (codec, bytes) {
        ("utf-16", [0xfe, 0xff, rest @ ..]) => (true, rest, 2),
        ("utf-16", [0xff, 0xfe, rest @ ..]) => (false, rest, 2),
        ("utf-16-be", _) => (true, bytes, 0),
        _ => (false, bytes, 0),
    };
    let units: Vec<u16> = body
        .chunks_exact(2)
        .map(|p| if big { u16::from_be_bytes([p[0], p[1]]) } else { u16::from_le_bytes([p[0], p[1]]) })
        .collect();
    let mut out = String::new();
    let mut position = offset;
    for unit in char::decode_utf16(units.iter().copied()) {
        match unit {
            Ok(c) => {
                out.push(c);
                position += 2 * c.len_utf16();
            }
            Err(_) => {
                let bad = &bytes[position..position + 2];
                decode_error_handler(&mut out, errors, bad, || {
                    unicode_decode_error(codec, bytes, position, position + 2, "illegal encoding")
                })?;
                position += 2;
            }
        }
    }
    if body.len() % 2 == 1 {
        let end = bytes.len();
        decode_error_handler(&mut out, errors, &bytes[end - 1..], || {
            unicode_decode_error(codec, bytes, end - 1, end, "truncated data")
        })?;
    }
    Ok(out)
}

/// UTF-32 (with a byte-order mark for plain `utf-32`, little-endian without one; CPython
/// then names the codec `utf-32-le` or `utf-32-be` in its errors).
fn decode_utf32(bytes: &[u8], codec: &str, errors: &str) -> Result<String, Value> {
    let (big, offset) = match (codec, bytes) {
        ("utf-32", [0, 0, 0xfe, 0xff, ..]) => (true, 4),
        ("utf-32", [0xff, 0xfe, 0, 0, ..]) => (false, 4),
        ("utf-32-be", _) => (true, 0),
        _ => (false, 0),
    };
    let name = if big { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::new();
    let mut position = offset;
    while position + 4 <= bytes.len() {
        let quad = [bytes[position], bytes[position + 1], bytes[position + 2], bytes[position + 3]];
        let n = if big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xd800..0xe000).contains(&n) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                decode_error_handler(&mut out, errors, &quad, || {
                    unicode_decode_error(name, bytes, position, position + 4, reason)
                })?;
            }
        }
        position += 4;
    }
    if position < bytes.len() {
        let end = bytes.len();
        decode_error_handler(&mut out, errors, &bytes[position..], || {
            unicode_decode_error(name, bytes, position, end, "truncated data")
        })?;
    }
    Ok(out)
}
