//! `bytes.maketrans(from, to)` and `bytes.translate(table, delete=b"")` (and bytearray's):
//! a 256-byte table mapping each byte, and the bytes to drop before mapping.

use crate::runtime::exception::{type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};

/// The bytes of a bytes-like argument, or CPython's TypeError naming what was given.
fn bytes_arg(v: &Value) -> Result<Vec<u8>, Value> {
    v.bytes_like()
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.type_name())))
}

/// `bytes.maketrans(from, to)`: the identity table with `from[i]` mapped to `to[i]`
/// (always a bytes object, for bytearray too).
pub fn maketrans(args: &CallArgs) -> BuiltinResult {
    let [from, to] = args.positional.as_slice() else {
        return Err(type_error(format!("maketrans expected 2 arguments, got {}", args.positional.len())));
    };
    let (from, to) = (bytes_arg(from)?, bytes_arg(to)?);
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[usize::from(f)] = t;
    }
    Ok(Value::obj(Object::Bytes(table)))
}

/// `receiver.translate(table, delete=b"")`: `table` None maps nothing.
pub fn translate(receiver: &Value, args: &CallArgs) -> BuiltinResult {
    let keyword = |name: &str| args.keywords.iter().find(|(k, _)| k == name).map(|(_, v)| v);
    let table = args.positional.first().or_else(|| keyword("table"));
    let Some(table) = table else {
        return Err(type_error("translate() takes at least 1 argument (0 given)"));
    };
    let delete = match args.positional.get(1).or_else(|| keyword("delete")) {
        Some(v) => bytes_arg(v)?,
        None => Vec::new(),
    };
    let table = match table {
        Value::None => None,
        t => Some(bytes_arg(t)?),
    };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(value_error("translation table must be 256 characters long"));
    }
    let source = receiver.bytes_like().unwrap_or_default();
    let mapped: Vec<u8> = source
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(ops::same_bytes_type(receiver, mapped))
}
