//! Source files: decoding their bytes as CPython does (UTF-8 by default, a UTF-8 BOM, or a
//! PEP 263 `coding:` declaration on the first or second line), following `tokenize.detect_encoding`.

use crate::syntax_error::SyntaxError;

/// A decoded source file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name used in messages and tracebacks (the path as given, or `<stdin>`).
    pub name: String,
    /// The decoded text (without a BOM).
    pub text: String,
    /// The encoding as `tokenize` names it in its ENCODING token (`utf-8`, `utf-8-sig`,
    /// `iso-8859-1`, or the declaration as written).
    pub encoding: String,
}

/// Why the bytes of a file could not be decoded. The interpreter and `tokenize` word these
/// differently, so both wordings are available.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A coding declaration names an encoding Python does not know.
    UnknownEncoding { name: String, encoding: String },
    /// A UTF-8 BOM together with a declaration of another encoding.
    BomMismatch { name: String, encoding: String },
    /// Bytes that are not valid UTF-8, with no declaration: the first bad byte and its line.
    NotUtf8 { name: String, byte: u8, line: u32 },
    /// Bytes that do not decode in the declared encoding.
    Undecodable { name: String, encoding: String, line: u32 },
}

impl DecodeError {
    /// The SyntaxError the interpreter (`python3 FILE`) reports.
    pub fn to_syntax_error(&self) -> SyntaxError {
        let msg = match self {
            DecodeError::UnknownEncoding { encoding, .. } => format!("encoding problem: {encoding}"),
            DecodeError::BomMismatch { encoding, .. } => format!("encoding problem: {encoding} with BOM"),
            DecodeError::NotUtf8 { name, byte, line } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {name} on line {line}, but no encoding \
                 declared; see https://peps.python.org/pep-0263/ for details"
            ),
            DecodeError::Undecodable { encoding, .. } => {
                format!("(unicode error) '{encoding}' codec can't decode the source")
            }
        };
        // No location: CPython prints only the exception line for these.
        SyntaxError::new(msg, self.name(), 0, 0)
    }

    /// The message `python3 -m tokenize` prints (after `FILE: error: `).
    pub fn tokenize_message(&self) -> String {
        match self {
            DecodeError::UnknownEncoding { name, encoding } => {
                format!("unknown encoding for '{name}': {encoding}")
            }
            DecodeError::BomMismatch { name, .. } => format!("encoding problem for '{name}': utf-8"),
            // tokenize decodes the first line (and the second, if the first is blank or a
            // comment) while looking for a declaration; a bad byte there gets this message.
            DecodeError::NotUtf8 { name, line, .. } if *line <= 2 => {
                format!("invalid or missing encoding declaration for '{name}'")
            }
            DecodeError::NotUtf8 { .. } => "'utf-8' codec can't decode the source".to_string(),
            DecodeError::Undecodable { encoding, .. } => {
                format!("'{encoding}' codec can't decode the source")
            }
        }
    }

    fn name(&self) -> &str {
        match self {
            DecodeError::UnknownEncoding { name, .. }
            | DecodeError::BomMismatch { name, .. }
            | DecodeError::NotUtf8 { name, .. }
            | DecodeError::Undecodable { name, .. } => name,
        }
    }
}

/// The encoding named by a PEP 263 declaration in `line`
/// (`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`), if any.
fn coding_declaration(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|&c| !matches!(c, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    // `.*?` is lazy: the first "coding" followed by ':' or '=' wins.
    let at = (0..comment.len().saturating_sub(6))
        .find(|&i| &comment[i..i + 6] == b"coding" && matches!(comment.get(i + 6), Some(b':' | b'=')))?;
    let mut i = at + 7;
    while matches!(comment.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    let name_len = comment[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        .count();
    (name_len > 0).then(|| String::from_utf8_lossy(&comment[i..i + name_len]).into_owned())
}

/// `tokenize._get_normal_name`.
fn normal_name(encoding: &str) -> String {
    let lower: String = encoding.chars().take(12).collect::<String>().to_lowercase().replace('_', "-");
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|p| lower == *p || lower.starts_with(&format!("{p}-")))
    {
        "iso-8859-1".to_string()
    } else {
        encoding.to_string()
    }
}

/// Is `line` blank or only a comment (`^[ \t\f]*(?:[#\r\n]|$)`)?
fn is_blank_or_comment(line: &[u8]) -> bool {
    match line.iter().find(|&&c| !matches!(c, b' ' | b'\t' | b'\x0c')) {
        None => true,
        Some(c) => matches!(c, b'#' | b'\r' | b'\n'),
    }
}

/// Decode `bytes` with the codec Python calls `encoding`.
fn decode_with(encoding: &str, bytes: &[u8]) -> Option<Option<String>> {
    let key = encoding.to_lowercase().replace('_', "-");
    if key == "utf-8" || key == "utf8" {
        return Some(std::str::from_utf8(bytes).ok().map(str::to_string));
    }
    if key == "iso-8859-1" || key == "latin-1" || key == "latin1" || key == "l1" {
        return Some(Some(bytes.iter().map(|&b| char::from(b)).collect()));
    }
    if key == "ascii" || key == "us-ascii" {
        return Some(bytes.is_ascii().then(|| String::from_utf8_lossy(bytes).into_owned()));
    }
    let codec = encoding_rs::Encoding::for_label(key.as_bytes())?;
    let (text, had_errors) = codec.decode_without_bom_handling(bytes);
    Some((!had_errors).then(|| text.into_owned()))
}

/// The line (1-based) of byte offset `at`.
fn line_of(bytes: &[u8], at: usize) -> u32 {
    bytes[..at.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

/// Decode source bytes as CPython does.
pub fn decode(name: &str, bytes: &[u8]) -> Result<SourceFile, DecodeError> {
    let (has_bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next().unwrap_or(b"");
    let declared = coding_declaration(first).or_else(|| {
        if is_blank_or_comment(first) { lines.next().and_then(coding_declaration) } else { None }
    });
    let encoding = match (declared, has_bom) {
        (Some(declared), _) => {
            let normal = normal_name(&declared);
            if has_bom && normal != "utf-8" {
                return Err(DecodeError::BomMismatch { name: name.to_string(), encoding: normal });
            }
            normal
        }
        (None, _) => "utf-8".to_string(),
    };
    let text = match decode_with(&encoding, body) {
        None => return Err(DecodeError::UnknownEncoding { name: name.to_string(), encoding }),
        Some(Some(text)) => text,
        Some(None) if encoding == "utf-8" => {
            let bad = std::str::from_utf8(body).err().map_or(0, |e| e.valid_up_to());
            let byte = body.get(bad).copied().unwrap_or(0);
            return Err(DecodeError::NotUtf8 { name: name.to_string(), byte, line: line_of(body, bad) });
        }
        Some(None) => {
            return Err(DecodeError::Undecodable { name: name.to_string(), encoding, line: 1 });
        }
    };
    let encoding = if has_bom { "utf-8-sig".to_string() } else { encoding };
    Ok(SourceFile { name: name.to_string(), text: lone_carriage_returns_as_newlines(text), encoding })
}

/// A `\r` not followed by `\n` ends a line (old Mac line endings), as CPython's tokenizer
/// reads it; `\r\n` is left to the lexer, which takes it as one line end.
fn lone_carriage_returns_as_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') { '\n' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_found_as_tokenize_finds_them() {
        assert_eq!(coding_declaration(b"# -*- coding: latin-1 -*-\n").as_deref(), Some("latin-1"));
        assert_eq!(coding_declaration(b"# vim: set fileencoding=koi8-r :\n").as_deref(), Some("koi8-r"));
        assert_eq!(coding_declaration(b"x = 1 # coding: latin-1\n"), None);
        assert_eq!(normal_name("Latin_1"), "iso-8859-1");
        assert_eq!(normal_name("UTF-8-unix"), "utf-8");
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let file = decode("x.py", b"a = 1\rb = 2\r\nc = 3\r").expect("decodes");
        assert_eq!(file.text, "a = 1\nb = 2\r\nc = 3\n");
    }

    #[test]
    fn latin1_is_decoded_byte_for_byte() {
        let file = decode("x.py", b"# coding: latin-1\nx = '\xe9\x80'\n").expect("decodes");
        assert_eq!(file.encoding, "iso-8859-1");
        assert!(file.text.contains("'\u{e9}\u{80}'"));
    }

    #[test]
    fn bom_and_bad_bytes() {
        assert_eq!(decode("x.py", b"\xef\xbb\xbfx = 1\n").expect("decodes").encoding, "utf-8-sig");
        assert_eq!(
            decode("x.py", b"x = 1\ny = '\xff'\n").err(),
            Some(DecodeError::NotUtf8 { name: "x.py".into(), byte: 0xff, line: 2 })
        );
        assert!(matches!(decode("x.py", b"# coding: foobar\n"), Err(DecodeError::UnknownEncoding { .. })));
    }
}
