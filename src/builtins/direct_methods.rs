//! The commonest methods of lists and dicts, on their positional arguments as a slice: what
//! CALL_METHOD runs with the arguments where they lie on the value stack (no argument list,
//! no bound method, none of `call_method`'s checks), and what `call_method` runs for them
//! too, so each has one implementation.
//!
//! Only methods that cannot run Python code are here, called with a count of arguments they
//! accept; anything else gives `None` and takes the general way (`methods::call_method`),
//! which checks the count and gives CPython's message. A dict key with a Python `__eq__` or
//! `__hash__` must first be made the dict's own equal key (`Vm::canonical_key`): the caller
//! sees to that (`needs_canonical_key`).

use crate::runtime::exception::{ExcKind, exception_with_args, index_error, new_exception, type_error};
use crate::runtime::function::BuiltinResult;
use crate::runtime::ops;
use crate::runtime::value::{DictMap, Key, Object, Value, ViewKind};
use std::cell::RefCell;
use std::rc::Rc;

/// `receiver.name(*args)` when it is one of the methods here, else `None`.
#[inline]
pub fn call(receiver: &Value, name: &str, args: &[Value]) -> Option<BuiltinResult> {
    call_keyed(receiver, name, args, false)
}

/// `call`, told whether a dict key among `args` was already made the dict's own key by
/// `Vm::canonical_key` (`keyed`); if not, a key missing from a dict that has held a key with
/// a Python `__eq__` gives `None`, as it may equal one of those by it.
#[inline]
pub fn call_keyed(receiver: &Value, name: &str, args: &[Value], keyed: bool) -> Option<BuiltinResult> {
    match receiver.object()? {
        Object::List(list) => list_method(list, name, args),
        Object::Dict(map) => dict_method(map, name, args, keyed),
        _ => None,
    }
}

/// Whether a call of `receiver.name(*args)` needs its first argument made the dict's own key
/// first (see the module comment): the direct way is not for it.
pub fn needs_canonical_key(receiver: &Value, args: &[Value]) -> bool {
    matches!(receiver.object(), Some(Object::Dict(_)))
        && args.first().is_some_and(crate::vm::special_has_python_identity)
}

fn list_method(list: &RefCell<Vec<Value>>, name: &str, args: &[Value]) -> Option<BuiltinResult> {
    // (An index with `__index__` is converted by the general way first: it runs Python code.)
    if matches!(args.first().and_then(Value::object), Some(Object::Instance(_))) {
        return None;
    }
    Some(match (name, args) {
        ("pop", []) => list.borrow_mut().pop().ok_or_else(|| index_error("pop from empty list")),
        ("pop", [index]) => pop_at(list, index),
        ("insert", [index, item]) => index_of(index).map(|index| {
            let mut items = list.borrow_mut();
            let len = items.len() as i64;
            let at = if index < 0 { (index + len).max(0) } else { index.min(len) };
            items.insert(at as usize, item.clone());
            Value::None
        }),
        ("copy", []) => Ok(Value::list(list.borrow().clone())),
        ("reverse", []) => {
            list.borrow_mut().reverse();
            Ok(Value::None)
        }
        ("clear", []) => {
            // (The items are freed after the list is released: a finalizer may look at it.)
            let items = std::mem::take(&mut *list.borrow_mut());
            drop(items);
            Ok(Value::None)
        }
        _ => return None,
    })
}

/// `list.pop(index)`.
fn pop_at(list: &RefCell<Vec<Value>>, index: &Value) -> BuiltinResult {
    let index = index_of(index)?;
    let mut items = list.borrow_mut();
    let len = items.len() as i64;
    if len == 0 {
        return Err(index_error("pop from empty list"));
    }
    let at = if index < 0 { index + len } else { index };
    if !(0..len).contains(&at) {
        return Err(index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

/// An index argument as a machine int (Argument Clinic's `Py_ssize_t` conversion).
fn index_of(v: &Value) -> Result<i64, Value> {
    match v.as_int() {
        Some(i) => i.as_i64().ok_or_else(|| {
            new_exception(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
        }),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
    }
}

fn dict_method(map: &Rc<RefCell<DictMap>>, name: &str, args: &[Value], keyed: bool) -> Option<BuiltinResult> {
    let view = |kind| Ok(Value::obj(Object::DictView { dict: map.clone(), kind }));
    // (A key not found in a dict that has held a key with a Python `__eq__` may equal one of
    // those by it: the general way finds out, see `call_keyed`.)
    let marked = || !keyed && map.borrow().hasher().python_keys();
    Some(match (name, args) {
        ("get", [key, rest @ ..]) if rest.len() <= 1 => match found(map, key) {
            Ok(None) if marked() => return None,
            Ok(v) => Ok(v.unwrap_or_else(|| rest.first().cloned().unwrap_or(Value::None))),
            Err(e) => Err(e),
        },
        ("setdefault" | "pop", _) if marked() => return None,
        ("keys", []) => view(ViewKind::Keys),
        ("values", []) => view(ViewKind::Values),
        ("items", []) => view(ViewKind::Items),
        ("setdefault", [key, rest @ ..]) if rest.len() <= 1 => ops::hash_value(key).map(|_| {
            let default = rest.first().cloned().unwrap_or(Value::None);
            map.borrow_mut().entry(Key(key.clone())).or_insert(default).clone()
        }),
        ("pop", [key, rest @ ..]) if rest.len() <= 1 => ops::hash_value(key).and_then(|_| {
            // (The removed pair is freed after the dict is released.)
            let removed = map.borrow_mut().shift_remove(&Key(key.clone()));
            match (removed, rest.first()) {
                (Some(v), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(exception_with_args(ExcKind::KeyError, vec![key.clone()])),
            }
        }),
        _ => return None,
    })
}

/// The value of `key` in the dict, if there (an unhashable key raises TypeError).
fn found(map: &RefCell<DictMap>, key: &Value) -> Result<Option<Value>, Value> {
    ops::hash_value(key)?;
    Ok(map.borrow().get(&Key(key.clone())).cloned())
}
