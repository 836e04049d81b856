//! The items of a tuple. Pairs, the commonest tuples (`dict.items()`, `enumerate`, `zip`,
//! sort keys like `(x % 100, x)`, `divmod`), keep their two items inline in the object: one
//! allocation of 56 bytes where a vector would add a second of 32. Other sizes use a vector.
//! Either reads as a slice of items (`Deref`).

use std::ops::Deref;

use super::value::Value;

#[derive(Clone, Debug)]
pub enum TupleItems {
    Pair([Value; 2]),
    Items(Vec<Value>),
}

impl Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Pair(pair) => pair,
            TupleItems::Items(items) => items,
        }
    }
}

impl From<Vec<Value>> for TupleItems {
    #[inline]
    fn from(items: Vec<Value>) -> TupleItems {
        match <[Value; 2]>::try_from(items) {
            Ok(pair) => TupleItems::Pair(pair),
            Err(items) => TupleItems::Items(items),
        }
    }
}
