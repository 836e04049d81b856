//! Python's `repr` of the values a syntax tree holds (str, bytes, int, float, complex), written
//! exactly as CPython 3.11 writes them, for `ast.dump` and `tokenize`'s output.

use std::fmt::Write;

use super::constant::{Constant, PyStr};
use super::float_repr::repr_float;

/// `str.isprintable()` for one code point, from CPython 3.11's own table.
fn is_printable(code: u32) -> bool {
    let table = &super::printable_table::NOT_PRINTABLE;
    let i = table.partition_point(|&(_, end)| end < code);
    table.get(i).is_none_or(|&(start, _)| start > code)
}

/// `str.isprintable()` for one character (ASCII space is printable; other separators not).
pub fn is_printable_char(c: char) -> bool {
    let code = u32::from(c);
    if code < 0x7f {
        return code >= 0x20;
    }
    is_printable(code)
}

/// `repr()` of a str given as code points (surrogates allowed).
fn repr_code_points(points: impl Iterator<Item = u32> + Clone, out: &mut String) {
    let (mut single, mut double) = (false, false);
    for c in points.clone() {
        single |= c == u32::from('\'');
        double |= c == u32::from('"');
    }
    let quote = if single && !double { '"' } else { '\'' };
    out.push(quote);
    for code in points {
        match char::from_u32(code) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if code < 0x20 || code == 0x7f => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            Some(c) if code < 0x7f || is_printable(code) => out.push(c),
            _ if code <= 0xff => {
                let _ = write!(out, "\\x{code:02x}");
            }
            _ if code <= 0xffff => {
                let _ = write!(out, "\\u{code:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{code:08x}");
            }
        }
    }
    out.push(quote);
}

/// `repr()` of a str.
pub fn repr_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    repr_code_points(text.chars().map(u32::from), &mut out);
    out
}

fn repr_py_str(text: &PyStr, out: &mut String) {
    match text.as_str() {
        Some(s) => repr_code_points(s.chars().map(u32::from), out),
        None => repr_code_points(text.code_points().into_iter(), out),
    }
}

/// `repr()` of a bytes object.
pub fn repr_bytes(bytes: &[u8], out: &mut String) {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') { b'"' } else { b'\'' };
    out.push('b');
    out.push(char::from(quote));
    for &b in bytes {
        match b {
            _ if b == quote || b == b'\\' => {
                out.push('\\');
                out.push(char::from(b));
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(char::from(quote));
}

/// `repr()` of a complex number: `1j`, `(1+2j)`, `(-0-1j)`, `infj`.
fn repr_complex(real: f64, imag: f64, out: &mut String) {
    // CPython formats each part with repr, dropping a trailing ".0" ('r' format with no
    // forced decimal point).
    let part = |x: f64| {
        let s = repr_float(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if real == 0.0 && real.is_sign_positive() {
        let _ = write!(out, "{}j", part(imag));
    } else {
        let sign = if imag.is_sign_negative() || imag.is_nan() && imag.is_sign_negative() { "" } else { "+" };
        let _ = write!(out, "({}{sign}{}j)", part(real), part(imag));
    }
}

/// Append `repr(value)` to `out`.
pub fn repr_constant(value: &Constant, out: &mut String) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Constant::Float(x) => out.push_str(&repr_float(*x)),
        Constant::Complex { real, imag } => repr_complex(*real, *imag, out),
        Constant::Str(s) => repr_py_str(s, out),
        Constant::Bytes(b) => repr_bytes(b, out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11's repr().
    #[test]
    fn str_repr_matches_cpython() {
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(repr_str("\t\n\r\x0c\x7f\\"), "'\\t\\n\\r\\x0c\\x7f\\\\'");
        assert_eq!(repr_str("é\u{a0}\u{200b}\u{2028}😀\u{e000}"), "'é\\xa0\\u200b\\u2028😀\\ue000'");
        // Assigned after Unicode 14.0, so unassigned (escaped) for CPython 3.11.
        assert_eq!(repr_str("\u{2ffc}\u{14000}"), "'\\u2ffc\\U00014000'");
        let mut out = String::new();
        repr_py_str(&PyStr::from_code_points(vec![0x61, 0xd800]), &mut out);
        assert_eq!(out, "'a\\ud800'");
    }

    #[test]
    fn bytes_and_complex_repr_match_cpython() {
        let mut out = String::new();
        repr_bytes(b"a'\x00\xff\"", &mut out);
        assert_eq!(out, "b'a\\'\\x00\\xff\"'");
        let mut out = String::new();
        repr_complex(0.0, 2.5, &mut out);
        assert_eq!(out, "2.5j");
        let mut out = String::new();
        repr_complex(0.0, 1e16, &mut out);
        assert_eq!(out, "1e+16j");
    }
}
