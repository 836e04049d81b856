//! Set algebra on `set`/`frozenset` values: `| & - ^`, subset tests and equality.

use std::cell::RefCell;

use super::ops::OpResult;
use super::set::SetTable;
use super::value::{Object, Value, ViewKind};
use crate::bytecode::opcode::BinaryOp;

/// The table of a set or frozenset, copied; for a keys or items view, a table of its entries.
pub fn table_of(v: &Value) -> Option<SetTable> {
    match v.object() {
        Some(Object::Set(s)) => Some(s.borrow().clone()),
        Some(Object::FrozenSet(s)) => Some((**s).clone()),
        Some(Object::DictView { .. }) if is_set_view(v) => iterable_table(v).ok(),
        _ => None,
    }
}

/// Keys and items views behave as sets (values views do not: values need not be hashable).
pub fn is_set_view(v: &Value) -> bool {
    matches!(v.object(), Some(Object::DictView { kind: ViewKind::Keys | ViewKind::Items, .. }))
}

/// A table of the items of any built-in iterable.
fn iterable_table(v: &Value) -> Result<SetTable, Value> {
    let mut table = SetTable::default();
    for item in super::ops::collect_builtin(v)? {
        table.insert(item)?;
    }
    Ok(table)
}

/// A set value of the same kind as `like` (frozenset stays frozenset).
pub fn make_like(like: &Value, table: SetTable) -> Value {
    match like.object() {
        Some(Object::FrozenSet(_)) => Value::obj(Object::FrozenSet(Box::new(table))),
        _ => Value::obj(Object::Set(Box::new(RefCell::new(table)))),
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
/// With a keys or items view on either side, the other operand may be any iterable and the
/// result is a set, as CPython's view operators build `set(a)` and update it from `b`.
pub fn set_binary(op: BinaryOp, a: &Value, b: &Value) -> Option<OpResult> {
    if is_set_view(a) || is_set_view(b) {
        if !matches!(op, BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor) {
            return None;
        }
        let tables = iterable_table(a).and_then(|x| Ok((x, iterable_table(b)?)));
        return match tables {
            Ok((x, y)) => {
                Some(table_binary(op, &x, &y).map(|t| Value::obj(Object::Set(Box::new(RefCell::new(t))))))
            }
            Err(e) => Some(Err(e)),
        };
    }
    let (x, y) = (table_of(a)?, table_of(b)?);
    match op {
        BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor => {
            Some(table_binary(op, &x, &y).map(|t| make_like(a, t)))
        }
        _ => None,
    }
}

/// `x op y` for the set operators `| & - ^` (any other operator gives an empty table).
fn table_binary(op: BinaryOp, x: &SetTable, y: &SetTable) -> Result<SetTable, Value> {
    let mut out = SetTable::default();
    let keep = |table: &SetTable, item: &Value| table.contains(item).unwrap_or(false);
    match op {
        BinaryOp::Or => {
            out.merge(x)?;
            out.merge(y)?;
        }
        BinaryOp::And => {
            for item in x.items().filter(|i| keep(y, i)) {
                out.insert(item.clone())?;
            }
        }
        BinaryOp::Subtract => {
            for item in x.items().filter(|i| !keep(y, i)) {
                out.insert(item.clone())?;
            }
        }
        BinaryOp::Xor => {
            for item in x.items().filter(|i| !keep(y, i)).chain(y.items().filter(|i| !keep(x, i))) {
                out.insert(item.clone())?;
            }
        }
        _ => {}
    }
    Ok(out)
}
