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
    /// UTF-8 lead bytes a block at a time), from the character last indexed in this str if
    /// that is at or before `i` (`CURSOR`): a loop indexing non-ASCII text in order takes one
    /// step per character, not `i`.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.text.as_bytes().get(i).map(|&b| char::from(b));
        }
        let address = self.text.as_ptr() as usize;
        let (from_char, from_byte) = match CURSOR.get() {
            (a, c, b) if a == address && c <= i => (c, b),
            _ => (0, 0),
        };
        let mut rest = self.text.get(from_byte..)?.char_indices().skip(i - from_char);
        let (offset, c) = rest.next()?;
        CURSOR.set((address, i, from_byte + offset));
        Some(c)
    }
}

thread_local! {
    /// The non-ASCII str last indexed (its text's address) and where: (address, character
    /// index, byte offset). Cleared when that str is freed (`Drop`), so an address is never
    /// taken for another str's.
    static CURSOR: Cell<(usize, usize, usize)> = const { Cell::new((0, 0, 0)) };
}

impl Drop for PyStr {
    fn drop(&mut self) {
        // (Only a counted non-ASCII str can be the cursor's.)
        let chars = self.chars.get();
        if chars != UNKNOWN && chars != self.text.len() && CURSOR.get().0 == self.text.as_ptr() as usize {
            CURSOR.set((0, 0, 0));
        }
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

    #[test]
    fn indexes_non_ascii_text_in_any_order() {
        let text: String =
            (0..500).map(|i| if i % 3 == 0 { 'é' } else { char::from(b'a' + (i % 26) as u8) }).collect();
        let expected: Vec<char> = text.chars().collect();
        let s = PyStr::new(text);
        let order = (0..500).chain((0..500).rev()).chain([7, 400, 3, 499, 0, 250, 251, 100]);
        for i in order {
            assert_eq!(s.char_at(i), Some(expected[i]), "index {i}");
        }
        assert_eq!(s.char_at(500), None);
        // Another str indexed in between, and a freed one, leave no stale position behind.
        let other = PyStr::new("ñandú".to_string());
        assert_eq!(other.char_at(4), Some('ú'));
        assert_eq!(s.char_at(499), Some(expected[499]));
        drop(other);
        let again = PyStr::new("ñandú".to_string());
        assert_eq!(again.char_at(1), Some('a'));
    }
}
