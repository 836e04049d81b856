//! The methods of `bytearray`: the mutating ones here; the others are the bytes methods,
//! run on a copy, with bytes results turned into bytearrays (as CPython's return bytearrays).

use std::cell::RefCell;

use crate::runtime::bytearray::byte_of;
use crate::runtime::exception::{index_error, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

pub const MUTATORS: &[&str] = &["append", "extend", "pop", "insert", "remove", "reverse", "clear", "copy"];

fn bytearray(bytes: Vec<u8>) -> Value {
    Value::obj(Object::ByteArray(RefCell::new(bytes)))
}

/// A bytes method's result as a bytearray method returns it.
fn to_bytearray(v: Value) -> Value {
    match v.object() {
        Some(Object::Bytes(b)) => bytearray(b.clone()),
        Some(Object::List(l)) => Value::list(l.borrow().iter().cloned().map(to_bytearray).collect()),
        Some(Object::Tuple(t)) => Value::tuple(t.iter().cloned().map(to_bytearray).collect()),
        _ => v,
    }
}

fn arity(name: &str, args: &CallArgs, wanted: usize) -> Result<(), Value> {
    let given = args.positional.len();
    if given == wanted {
        return Ok(());
    }
    Err(type_error(match wanted {
        0 => format!("bytearray.{name}() takes no arguments ({given} given)"),
        1 => format!("bytearray.{name}() takes exactly one argument ({given} given)"),
        _ => format!("{name} expected {wanted} arguments, got {given}"),
    }))
}

/// Call method `name` of a bytearray.
pub fn call(vm: &mut Vm, cell: &RefCell<Vec<u8>>, name: &str, args: CallArgs) -> BuiltinResult {
    let arg = |i: usize| args.positional.get(i).cloned().unwrap_or(Value::None);
    match name {
        "append" => {
            arity(name, &args, 1)?;
            let byte = byte_of(&arg(0))?;
            cell.borrow_mut().push(byte);
        }
        "extend" => {
            arity(name, &args, 1)?;
            let more = arg(0);
            if more.as_int().is_some() {
                return Err(type_error(format!("can't extend bytearray with {}", more.type_name())));
            }
            let bytes = match more.bytes_like() {
                Some(b) => b,
                None => vm.collect(&more)?.iter().map(byte_of).collect::<Result<_, _>>()?,
            };
            cell.borrow_mut().extend(bytes);
        }
        "pop" => {
            let len = cell.borrow().len() as i64;
            if len == 0 {
                return Err(index_error("pop from empty bytearray"));
            }
            let i = match args.positional.first() {
                None => -1,
                Some(v) => v.as_int().and_then(|i| i.as_i64()).ok_or_else(|| {
                    type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))
                })?,
            };
            let at = if i < 0 { i + len } else { i };
            if !(0..len).contains(&at) {
                return Err(index_error("pop index out of range"));
            }
            return Ok(Value::Int(i64::from(cell.borrow_mut().remove(at as usize))));
        }
        "insert" => {
            arity(name, &args, 2)?;
            let len = cell.borrow().len() as i64;
            let i = arg(0).as_int().and_then(|i| i.as_i64()).ok_or_else(|| {
                type_error(format!("'{}' object cannot be interpreted as an integer", arg(0).type_name()))
            })?;
            let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
            let byte = byte_of(&arg(1))?;
            cell.borrow_mut().insert(at as usize, byte);
        }
        "remove" => {
            arity(name, &args, 1)?;
            let byte = byte_of(&arg(0))?;
            let at = cell.borrow().iter().position(|&b| b == byte);
            let at = at.ok_or_else(|| value_error("value not found in bytearray"))?;
            cell.borrow_mut().remove(at);
        }
        "reverse" => {
            arity(name, &args, 0)?;
            cell.borrow_mut().reverse();
        }
        "clear" => {
            arity(name, &args, 0)?;
            cell.borrow_mut().clear();
        }
        "copy" => {
            arity(name, &args, 0)?;
            return Ok(bytearray(cell.borrow().clone()));
        }
        _ if super::methods::BYTES_METHODS.contains(&name) => {
            let copy = Value::obj(Object::Bytes(cell.borrow().clone()));
            let result = super::methods::call_method(vm, &copy, name, args)?;
            return Ok(if matches!(name, "decode" | "hex") { result } else { to_bytearray(result) });
        }
        _ => {
            return Err(crate::runtime::exception::new_exception(
                crate::runtime::exception::ExcKind::AttributeError,
                &format!("'bytearray' object has no attribute '{name}'"),
            ));
        }
    }
    Ok(Value::None)
}
