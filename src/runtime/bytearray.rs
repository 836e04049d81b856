//! `bytearray`: the mutable bytes. Reading operations share the bytes code (`ops`, through
//! `Value::bytes_like`); this module holds what only a mutable sequence of bytes does: item
//! and slice assignment and deletion, with CPython's messages. Slices go through the list
//! code on a list of ints, so both follow the same slice rules.

use std::cell::RefCell;

use super::exception::{index_error, type_error, value_error};
use super::ops;
use super::value::{Object, Value};

/// A value stored into a bytearray: an int in range(0, 256).
pub fn byte_of(v: &Value) -> Result<u8, Value> {
    let Some(i) = v.as_int() else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
    };
    i.as_i64().and_then(|n| u8::try_from(n).ok()).ok_or_else(|| value_error("byte must be in range(0, 256)"))
}

/// The bytes an iterable of ints, or a bytes-like object, stands for.
pub fn bytes_from_iterable(v: &Value) -> Result<Vec<u8>, Value> {
    if let Some(bytes) = v.bytes_like() {
        return Ok(bytes);
    }
    ops::collect_builtin(v)?.iter().map(byte_of).collect()
}

fn as_list(bytes: &[u8]) -> Value {
    Value::list(bytes.iter().map(|&b| Value::Int(i64::from(b))).collect())
}

fn from_list(list: &Value) -> Vec<u8> {
    ops::collect_builtin(list).unwrap_or_default().iter().filter_map(|v| byte_of(v).ok()).collect()
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

/// `b[index]` for an int index.
pub fn get_item(cell: &RefCell<Vec<u8>>, index: &Value) -> Result<Value, Value> {
    let bytes = cell.borrow();
    Ok(Value::Int(i64::from(bytes[index_of(index, bytes.len())?])))
}

/// `b[index] = value`.
pub fn set_item(cell: &RefCell<Vec<u8>>, index: &Value, value: &Value) -> Result<(), Value> {
    if matches!(index.object(), Some(Object::Slice(_))) {
        if value.as_int().is_some() {
            return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        }
        let new = as_list(&bytes_from_iterable(value)?);
        let list = as_list(&cell.borrow());
        ops::set_item(&list, index, new)?;
        *cell.borrow_mut() = from_list(&list);
        return Ok(());
    }
    let i = index_of(index, cell.borrow().len())?;
    cell.borrow_mut()[i] = byte_of(value)?;
    Ok(())
}

/// `del b[index]`.
pub fn del_item(cell: &RefCell<Vec<u8>>, index: &Value) -> Result<(), Value> {
    if matches!(index.object(), Some(Object::Slice(_))) {
        let list = as_list(&cell.borrow());
        ops::del_item(&list, index)?;
        *cell.borrow_mut() = from_list(&list);
        return Ok(());
    }
    let i = index_of(index, cell.borrow().len())?;
    cell.borrow_mut().remove(i);
    Ok(())
}
