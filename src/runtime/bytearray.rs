//! The mutable byte sequence `bytearray`: item and slice assignment and deletion, and the
//! conversion of values to bytes. Its read-only operations are shared with `bytes` (in `ops`),
//! its methods live with the bytes methods (`builtins::bytes_methods`).

use std::cell::RefCell;

use super::exception::{type_error, value_error};
use super::ops::{self, SliceTarget, sequence_index, slice_target};
use super::value::{Object, Value};

/// A byte from an int in `range(0, 256)`.
pub fn byte_value(v: &Value) -> Result<u8, Value> {
    let Some(i) = v.as_int() else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
    };
    i.as_i64().and_then(|n| u8::try_from(n).ok()).ok_or_else(|| value_error("byte must be in range(0, 256)"))
}

/// The bytes a slice of a bytearray is assigned: a bytes-like object's, or an iterable of
/// ints' (given already collected by the caller when it is not a built-in sequence).
fn assigned_bytes(value: &Value) -> Result<Vec<u8>, Value> {
    if let Some(bytes) = value.bytes_like() {
        return Ok(bytes);
    }
    if value.as_int().is_some() || value.as_str().is_some() {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    ops::collect_builtin(value)?.iter().map(byte_value).collect()
}

/// `b[index] = value` for a bytearray `b`.
pub fn set_item(cell: &RefCell<Vec<u8>>, index: &Value, value: &Value) -> Result<(), Value> {
    if let Some(Object::Slice { start, stop, step }) = index.object() {
        let bytes = assigned_bytes(value)?;
        let len = cell.borrow().len();
        match slice_target(start, stop, step, len, bytes.len())? {
            SliceTarget::Range(range) => {
                cell.borrow_mut().splice(range, bytes);
            }
            SliceTarget::Positions(positions) => {
                let mut b = cell.borrow_mut();
                for (i, byte) in positions.into_iter().zip(bytes) {
                    b[i] = byte;
                }
            }
        }
        return Ok(());
    }
    let len = cell.borrow().len();
    let i = sequence_index(index, len, "bytearray")?;
    let byte = byte_value(value)?;
    cell.borrow_mut()[i] = byte;
    Ok(())
}

/// `del b[index]` for a bytearray `b`.
pub fn del_item(cell: &RefCell<Vec<u8>>, index: &Value) -> Result<(), Value> {
    let len = cell.borrow().len();
    if let Some(Object::Slice { start, stop, step }) = index.object() {
        let mut picked = ops::slice_indices(start, stop, step, len)?;
        picked.sort_unstable();
        let mut b = cell.borrow_mut();
        for i in picked.into_iter().rev() {
            b.remove(i);
        }
        return Ok(());
    }
    let i = sequence_index(index, len, "bytearray")?;
    cell.borrow_mut().remove(i);
    Ok(())
}
