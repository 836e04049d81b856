//! `bytearray`: the mutable bytes. Reading operations share the bytes code (`ops`, through
//! `Value::bytes_like`); this module holds what only a mutable sequence of bytes does: item
//! and slice assignment and deletion, with CPython's messages (`bytearray_ass_subscript`).
//! Slices are worked in place on the byte vector: a plain slice is one splice, an extended
//! slice one pass, so `io.BytesIO.write` (a slice assignment at the end) costs what it writes.

use std::cell::RefCell;

use super::exception::{index_error, type_error, value_error};
use super::ops::{self, SliceSpan};
use super::value::{Object, Value};

/// A value stored into a bytearray: an int in range(0, 256).
pub fn byte_of(v: &Value) -> Result<u8, Value> {
    let Some(i) = v.as_int() else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
    };
    i.as_i64().and_then(|n| u8::try_from(n).ok()).ok_or_else(|| value_error("byte must be in range(0, 256)"))
}

/// The bytes assigned to a slice: a bytes-like object's, or those of an iterable of ints, as
/// `bytearray(value)` makes them; numbers and str are refused first (as CPython does, where
/// `bytearray(3)` would mean three zero bytes).
fn assigned_bytes(v: &Value) -> Result<Vec<u8>, Value> {
    if let Some(bytes) = v.bytes_like() {
        return Ok(bytes);
    }
    let number = matches!(v, Value::Float(_)) || matches!(v.object(), Some(Object::Complex(..)));
    if number || v.as_int().is_some() || v.as_str().is_some() {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let Ok(items) = ops::iterate(v) else {
        return Err(type_error(format!("cannot convert '{}' object to bytearray", v.type_name())));
    };
    let mut bytes = Vec::new();
    while let Some(item) = ops::next(&items)? {
        bytes.push(byte_of(&item)?);
    }
    Ok(bytes)
}

fn index_of(index: &Value, len: usize) -> Result<usize, Value> {
    let Some(i) = index.as_int() else {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            index.type_name()
        )));
    };
    let i = i.as_i64().unwrap_or(i64::MAX);
    let resolved = if i < 0 { i + len as i64 } else { i };
    if resolved < 0 || resolved >= len as i64 {
        return Err(index_error("bytearray index out of range"));
    }
    Ok(resolved as usize)
}

/// The span a slice index selects from `len` bytes, or None for an int index.
fn slice_of(index: &Value, len: usize) -> Result<Option<SliceSpan>, Value> {
    match index.as_slice() {
        Some(s) => ops::slice_span(&s.start, &s.stop, &s.step, len).map(Some),
        None => Ok(None),
    }
}

/// Removes the bytes `span` selects, in one pass.
fn delete(bytes: &mut Vec<u8>, span: &SliceSpan) {
    if span.count == 0 {
        return;
    }
    // The selected positions in ascending order: from `first`, every `by`.
    let by = span.step.unsigned_abs() as usize;
    let first =
        if span.step > 0 { span.start } else { span.start + span.step * (span.count as i64 - 1) } as usize;
    if by == 1 {
        bytes.drain(first..first + span.count);
        return;
    }
    let mut at = 0;
    bytes.retain(|_| {
        let picked = at >= first && (at - first).is_multiple_of(by) && (at - first) / by < span.count;
        at += 1;
        !picked
    });
}

/// `b[index]` for an int index.
pub fn get_item(cell: &RefCell<Vec<u8>>, index: &Value) -> Result<Value, Value> {
    let bytes = cell.borrow();
    Ok(Value::Int(i64::from(bytes[index_of(index, bytes.len())?])))
}

/// `b[index] = value`.
pub fn set_item(cell: &RefCell<Vec<u8>>, index: &Value, value: &Value) -> Result<(), Value> {
    let len = cell.borrow().len();
    let Some(span) = slice_of(index, len)? else {
        let i = index_of(index, len)?;
        cell.borrow_mut()[i] = byte_of(value)?;
        return Ok(());
    };
    // (Copied before the buffer is borrowed: `b[:] = b` reads what it replaces.)
    let new = assigned_bytes(value)?;
    let mut bytes = cell.borrow_mut();
    if span.step == 1 {
        // `b[5:2] = x` inserts at 5.
        let from = span.start as usize;
        bytes.splice(from..from + span.count, new);
    } else if new.is_empty() {
        // (CPython's quirk: an empty value deletes an extended slice.)
        delete(&mut bytes, &span);
    } else if new.len() != span.count {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            span.count
        )));
    } else {
        for (i, byte) in span.positions().zip(new) {
            bytes[i] = byte;
        }
    }
    Ok(())
}

/// `del b[index]`.
pub fn del_item(cell: &RefCell<Vec<u8>>, index: &Value) -> Result<(), Value> {
    let len = cell.borrow().len();
    match slice_of(index, len)? {
        Some(span) => delete(&mut cell.borrow_mut(), &span),
        None => {
            let i = index_of(index, len)?;
            cell.borrow_mut().remove(i);
        }
    }
    Ok(())
}
