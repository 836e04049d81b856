//! Set algebra on `set`/`frozenset` values: `| & - ^`, subset tests and equality.

use std::cell::RefCell;

use super::ops::OpResult;
use super::set::SetTable;
use super::value::{Object, Value};
use crate::bytecode::opcode::BinaryOp;

/// The table of a set or frozenset, copied.
pub fn table_of(v: &Value) -> Option<SetTable> {
    match v.object() {
        Some(Object::Set(s)) => Some(s.borrow().clone()),
        Some(Object::FrozenSet(s)) => Some(s.clone()),
        _ => None,
    }
}

/// A set value of the same kind as `like` (frozenset stays frozenset).
pub fn make_like(like: &Value, table: SetTable) -> Value {
    match like.object() {
        Some(Object::FrozenSet(_)) => Value::obj(Object::FrozenSet(table)),
        _ => Value::obj(Object::Set(RefCell::new(table))),
    }
}

/// `f` applied to the table of a set or frozenset, borrowed.
fn with_table<R>(v: &Value, f: impl FnOnce(&SetTable) -> R) -> Option<R> {
    match v.object() {
        Some(Object::Set(s)) => Some(f(&s.borrow())),
        Some(Object::FrozenSet(s)) => Some(f(s)),
        _ => None,
    }
}

pub fn is_subset(a: &Value, b: &Value) -> Option<bool> {
    with_table(a, |x| {
        with_table(b, |y| x.len() <= y.len() && x.items().all(|item| y.contains(item).unwrap_or(false)))
    })?
}

pub fn set_equal(a: &Value, b: &Value) -> bool {
    is_subset(a, b).unwrap_or(false) && is_subset(b, a).unwrap_or(false)
}

/// `a op b` for two sets, `None` if either is not a set or the operator does not apply.
pub fn set_binary(op: BinaryOp, a: &Value, b: &Value) -> Option<OpResult> {
    let (x, y) = (table_of(a)?, table_of(b)?);
    let mut out = SetTable::default();
    let keep = |table: &SetTable, item: &Value| table.contains(item).unwrap_or(false);
    let result = (|| -> Result<(), Value> {
        match op {
            BinaryOp::Or => {
                out.merge(&x)?;
                out.merge(&y)?;
            }
            BinaryOp::And => {
                for item in x.items().filter(|i| keep(&y, i)) {
                    out.insert(item.clone())?;
                }
            }
            BinaryOp::Subtract => {
                for item in x.items().filter(|i| !keep(&y, i)) {
                    out.insert(item.clone())?;
                }
            }
            BinaryOp::Xor => {
                for item in x.items().filter(|i| !keep(&y, i)).chain(y.items().filter(|i| !keep(&x, i))) {
                    out.insert(item.clone())?;
                }
            }
            _ => return Err(Value::None),
        }
        Ok(())
    })();
    match result {
        Ok(()) => Some(Ok(make_like(a, out))),
        Err(Value::None) => None,
        Err(e) => Some(Err(e)),
    }
}
