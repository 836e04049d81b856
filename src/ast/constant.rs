//! The values a `Constant` node can hold, and their Python `repr` (used by `ast.dump`).
//!
//! Strings are [`PyStr`]: Python strings may hold lone surrogates (`"\ud800"`), which a Rust
//! `String` cannot, so a `PyStr` is a sequence of code points stored compactly.

use num_bigint::BigInt;

/// A Python `str` value: any sequence of code points 0..=0x10FFFF, surrogates included.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct PyStr {
    /// The text when it has no lone surrogates (the common case), else `None`.
    text: String,
    /// Set only when the string holds a lone surrogate: then this is the truth.
    code_points: Option<Vec<u32>>,
}

impl PyStr {
    pub fn from_code_points(points: Vec<u32>) -> PyStr {
        if points.iter().all(|&c| char::from_u32(c).is_some()) {
            PyStr {
                text: points.iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect(),
                code_points: None,
            }
        } else {
            PyStr { text: String::new(), code_points: Some(points) }
        }
    }

    /// The text, if it contains no lone surrogates.
    pub fn as_str(&self) -> Option<&str> {
        match self.code_points {
            None => Some(&self.text),
            Some(_) => None,
        }
    }

    /// Every code point, in order.
    pub fn code_points(&self) -> Vec<u32> {
        match &self.code_points {
            None => self.text.chars().map(u32::from).collect(),
            Some(points) => points.clone(),
        }
    }
}

impl From<String> for PyStr {
    fn from(text: String) -> PyStr {
        PyStr { text, code_points: None }
    }
}

impl From<&str> for PyStr {
    fn from(text: &str) -> PyStr {
        PyStr { text: text.to_string(), code_points: None }
    }
}

/// A literal value as the parser produces it.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(PyStr),
    Bytes(Vec<u8>),
}
