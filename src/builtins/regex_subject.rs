//! The text a pattern is matched against, with its code-point positions (what `re` reports)
//! turned into byte positions (what the `regex` crate works in) and back. ASCII text, the
//! usual case, needs nothing: a character is a byte. Other text gets the byte position of
//! every 64th character, so a position is found from the nearest checkpoint.
//!
//! The index of the last subject is kept (under a weak reference, which pins its address but
//! not its contents), so a lexer's loop of `pattern.match(text, pos)` over one text indexes it
//! once: each match then costs what it scans, not the length of the text.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::runtime::value::{Object, Value};

/// Characters between checkpoints: a position costs at most this many characters decoded.
const STRIDE: usize = 64;

/// Where the characters of one str are.
pub struct Subject {
    /// The str indexed (to know it again).
    of: Weak<Object>,
    /// Its length in characters.
    chars: usize,
    /// The byte position of characters 0, STRIDE, 2 * STRIDE, ...; empty for ASCII text.
    checkpoints: Vec<usize>,
}

impl Subject {
    fn new(rc: &Rc<Object>, text: &str) -> Subject {
        let of = Rc::downgrade(rc);
        if text.is_ascii() {
            return Subject { of, chars: text.len(), checkpoints: Vec::new() };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut chars = 0;
        for (byte, _) in text.char_indices() {
            if chars % STRIDE == 0 {
                checkpoints.push(byte);
            }
            chars += 1;
        }
        Subject { of, chars, checkpoints }
    }

    /// Its length in characters.
    pub fn len(&self) -> usize {
        self.chars
    }

    /// The byte position of character `index` (at most the length) of `text`.
    pub fn byte_of(&self, text: &str, index: usize) -> usize {
        if index >= self.chars {
            return text.len();
        }
        if self.checkpoints.is_empty() {
            return index;
        }
        let from = self.checkpoints[index / STRIDE];
        text[from..].char_indices().nth(index % STRIDE).map_or(text.len(), |(b, _)| from + b)
    }

    /// The character position of byte position `byte` (a character boundary) of `text`.
    pub fn char_of(&self, text: &str, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte;
        }
        let k = self.checkpoints.partition_point(|&b| b <= byte) - 1;
        k * STRIDE + text[self.checkpoints[k]..byte].chars().count()
    }
}

thread_local! {
    /// The index of the last subject matched against.
    static LAST: RefCell<Option<Rc<Subject>>> = const { RefCell::new(None) };
}

/// The text of a str value and its index (the one kept, if `value` is the last subject);
/// None if `value` is not a str.
pub fn subject(value: &Value) -> Option<(&str, Rc<Subject>)> {
    let Value::Obj(rc) = value else { return None };
    let Object::Str(text) = &**rc else { return None };
    let kept = LAST.with(|last| last.borrow().clone());
    if let Some(kept) = kept.filter(|k| std::ptr::eq(k.of.as_ptr(), Rc::as_ptr(rc))) {
        return Some((text, kept));
    }
    let made = Rc::new(Subject::new(rc, text));
    LAST.with(|last| *last.borrow_mut() = Some(made.clone()));
    Some((text, made))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let rc = Rc::new(Object::Str(crate::runtime::pystr::PyStr::new(text.to_string())));
        let subject = Subject::new(&rc, text);
        assert_eq!(subject.len(), text.chars().count());
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        for (index, &byte) in bytes.iter().enumerate() {
            assert_eq!(subject.byte_of(text, index), byte, "{text:?} char {index}");
            assert_eq!(subject.char_of(text, byte), index, "{text:?} byte {byte}");
        }
        assert_eq!(subject.byte_of(text, bytes.len() + 5), text.len());
    }

    #[test]
    fn positions_convert_both_ways_across_checkpoints() {
        check("");
        check("plain ascii");
        check("é");
        check(&"aé€😀".repeat(70));
        check(&format!("{}é", "x".repeat(200)));
    }

    #[test]
    fn the_last_subject_is_known_again_and_another_is_not() {
        let a = Value::str("é".repeat(100));
        let b = Value::str("é".repeat(100));
        let first = subject(&a).unwrap().1;
        assert!(Rc::ptr_eq(&first, &subject(&a).unwrap().1));
        assert!(!Rc::ptr_eq(&first, &subject(&b).unwrap().1));
    }
}
