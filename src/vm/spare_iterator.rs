//! One spare iterator object for the `for` loops of the run loop. When a loop over a list,
//! tuple or range ends and its iterator is referred to by nothing else, the run loop keeps
//! the object (its state emptied at once, so the sequence is released as freeing the iterator
//! would release it); the next GET_ITER of a list, tuple or range puts its state in that
//! object. Nested and successive loops then mostly allocate and free no iterator (an
//! `Rc<Object>` and its boxed state each time otherwise).

use std::rc::Rc;

use crate::runtime::ops;
use crate::runtime::value::{Iter, Object, Value};

#[derive(Default)]
pub struct SpareIterator(Option<Rc<Object>>);

/// The state of an exhausted iterator that holds nothing.
fn empty() -> Iter {
    Iter::Range { next: 0, stop: 0, step: 1 }
}

impl SpareIterator {
    /// Keep `iterator` (an iterator a loop has just finished with) if nothing else refers to
    /// it; otherwise it is simply dropped.
    pub fn keep(&mut self, iterator: Value) {
        if let Value::Obj(mut rc) = iterator
            && let Some(Object::Iterator(state)) = Rc::get_mut(&mut rc)
        {
            // (A list's or tuple's iterator, the usual one, releases its sequence without
            // the drop glue's match over every kind of iterator.)
            match std::mem::replace(state.get_mut(), empty()) {
                Iter::Sequence { items, .. } => drop(items),
                other => drop(other),
            }
            self.0 = Some(rc);
        }
    }

    /// An iterator over `sequence` made from the spare object, when `sequence` is a list,
    /// tuple or range and there is a spare.
    pub fn reuse(&mut self, sequence: &Value) -> Option<Value> {
        let state = ops::sequence_iter(sequence)?;
        let mut rc = self.0.take()?;
        if let Some(Object::Iterator(cell)) = Rc::get_mut(&mut rc) {
            // The spare's state is always `empty()`, which owns nothing: it is overwritten
            // without its drop glue (an out-of-line match over every kind of iterator).
            std::mem::forget(std::mem::replace(cell.get_mut(), state));
        }
        Some(Value::Obj(rc))
    }
}
