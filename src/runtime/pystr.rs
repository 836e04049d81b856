//! A str's payload: its UTF-8 text and its length in characters, counted the first time it
//! is asked for. A str never changes, so the count stays true; with it, `len(s)` is O(1) and
//! `s[i]` of ASCII text (length in characters = length in bytes) indexes the bytes directly,
//! where both used to count the characters on every call (a loop indexing a 200,000
//! character string took 150 times CPython's time).

use std::cell::Cell;
use std::ops::Deref;

/// Not counted yet.
const UNKNOWN: usize = usize::MAX;

pub struct PyStr {
    text: String,
    chars: Cell<usize>,
}

impl PyStr {
    pub fn new(text: String) -> PyStr {
        PyStr { text, chars: Cell::new(UNKNOWN) }
    }

    /// The number of characters (code points).
    #[inline]
    pub fn char_count(&self) -> usize {
        match self.chars.get() {
            UNKNOWN => {
                let n = self.text.chars().count();
                self.chars.set(n);
                n
            }
            n => n,
        }
    }

    /// Whether every character is ASCII (so character `i` is byte `i`).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_count() == self.text.len()
    }

    /// Character `i`: a byte of ASCII text, else found by counting (`Chars::nth` counts
    /// UTF-8 lead bytes a block at a time).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.text.as_bytes().get(i).map(|&b| char::from(b));
        }
        self.text.chars().nth(i)
    }
}

impl Deref for PyStr {
    type Target = String;

    #[inline]
    fn deref(&self) -> &String {
        &self.text
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.text == other.text
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.text.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::PyStr;

    #[test]
    fn counts_characters_once_and_indexes_them() {
        let ascii = PyStr::new("hello".to_string());
        assert_eq!(ascii.char_count(), 5);
        assert!(ascii.is_ascii());
        assert_eq!(ascii.char_at(1), Some('e'));
        assert_eq!(ascii.char_at(5), None);
        let wide = PyStr::new("héllo€".to_string());
        assert_eq!(wide.char_count(), 6);
        assert!(!wide.is_ascii());
        assert_eq!(wide.char_at(1), Some('é'));
        assert_eq!(wide.char_at(5), Some('€'));
        assert_eq!(wide.char_at(6), None);
        assert_eq!(wide.len(), 9);
    }
}
