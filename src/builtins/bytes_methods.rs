//! Methods of `bytes` and `bytearray`. Most are the str methods run on a latin-1 view of the
//! bytes (one char per byte), with the arguments checked as CPython checks them and the
//! results mapped back to the receiver's type; `bytearray` adds its mutating methods.

use std::cell::RefCell;

use crate::runtime::bytearray::byte_of;
use crate::runtime::exception::{index_error, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// Methods of bytes (and of bytearray): `decode`, `hex`, and the str methods they share.
pub const BYTES_METHODS: &[&str] = &[
    "decode",
    "hex",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "join",
    "replace",
    "strip",
    "lstrip",
    "rstrip",
    "partition",
    "rpartition",
    "upper",
    "lower",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isascii",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "splitlines",
    "removeprefix",
    "removesuffix",
    "title",
    "capitalize",
    "swapcase",
    "expandtabs",
    "translate",
];

/// The methods only bytearray has: it is mutable.
pub const BYTEARRAY_METHODS: &[&str] =
    &["append", "extend", "insert", "pop", "remove", "reverse", "clear", "copy"];

/// Whether `name` is a method of the bytes or bytearray `receiver`.
pub fn has_method(receiver: &Value, name: &str) -> bool {
    BYTES_METHODS.contains(&name)
        || (matches!(receiver.object(), Some(Object::ByteArray(_))) && BYTEARRAY_METHODS.contains(&name))
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| char::from(c)).collect()
}

/// A bytes-like value as its latin-1 str (tuples and lists converted item by item).
fn to_latin1(v: &Value) -> Value {
    if let Some(text) = v.with_bytes(latin1) {
        return Value::str(text);
    }
    match v.object() {
        Some(Object::Tuple(t)) => Value::tuple(t.iter().map(to_latin1).collect()),
        _ => v.clone(),
    }
}

/// The inverse of `to_latin1` on a method's result, giving bytes of the receiver's type.
fn from_latin1(v: Value, like: &Value) -> Value {
    match v.object() {
        Some(Object::Str(s)) => ops::same_bytes_type(like, s.chars().map(|c| c as u32 as u8).collect()),
        Some(Object::Tuple(t)) => Value::tuple(t.iter().cloned().map(|x| from_latin1(x, like)).collect()),
        Some(Object::List(l)) => {
            Value::list(l.borrow().iter().cloned().map(|x| from_latin1(x, like)).collect())
        }
        _ => v,
    }
}

/// Check that an argument the method needs as bytes is bytes-like, with CPython's messages.
fn check_bytes_arg(name: &str, position: usize, v: &Value) -> Result<(), Value> {
    let is_bytes = |v: &Value| v.with_bytes(|_| ()).is_some();
    let ok = match (name, position) {
        ("find" | "rfind" | "index" | "rindex" | "count", 0) => is_bytes(v) || v.as_int().is_some(),
        ("split" | "rsplit" | "strip" | "lstrip" | "rstrip", _) => is_bytes(v) || matches!(v, Value::None),
        ("startswith" | "endswith", _) => match v.object() {
            Some(Object::Tuple(items)) => items.iter().all(is_bytes),
            _ => is_bytes(v),
        },
        ("center" | "ljust" | "rjust", _) => v.with_bytes(|b| b.len() == 1).unwrap_or(false),
        _ => is_bytes(v),
    };
    if ok {
        return Ok(());
    }
    let type_name = v.type_name();
    Err(type_error(match name {
        "find" | "rfind" | "index" | "rindex" | "count" => {
            format!("argument should be integer or bytes-like object, not '{type_name}'")
        }
        "startswith" | "endswith" => {
            format!("{name} first arg must be bytes or a tuple of bytes, not {type_name}")
        }
        "center" | "ljust" | "rjust" => {
            format!("{name}() argument 2 must be a byte string of length 1, not {type_name}")
        }
        _ => format!("a bytes-like object is required, not '{type_name}'"),
    }))
}

/// The argument positions a method takes as bytes.
fn bytes_positions(name: &str) -> &'static [usize] {
    match name {
        "replace" => &[0, 1],
        "center" | "ljust" | "rjust" => &[1],
        "find" | "rfind" | "index" | "rindex" | "count" | "split" | "rsplit" | "strip" | "lstrip"
        | "rstrip" | "partition" | "rpartition" | "removeprefix" | "removesuffix" | "startswith"
        | "endswith" => &[0],
        _ => &[],
    }
}

/// Call method `name` of the bytes or bytearray `receiver`.
pub fn call(vm: &mut Vm, receiver: &Value, name: &str, args: CallArgs) -> BuiltinResult {
    if let Some(Object::ByteArray(cell)) = receiver.object()
        && BYTEARRAY_METHODS.contains(&name)
    {
        return mutate(vm, receiver, cell, name, &args);
    }
    let bytes = receiver.bytes_like().unwrap_or_default();
    match name {
        "hex" => return hex(&bytes, &args),
        "decode" => {
            let encoding = super::str_methods::opt_str(&args, 0, "encoding", "decode")?.unwrap_or("utf-8");
            let errors = super::str_methods::opt_str(&args, 1, "errors", "decode")?.unwrap_or("strict");
            return Ok(Value::str(super::codecs::decode(&bytes, encoding, errors)?));
        }
        "join" => return join(vm, receiver, &bytes, &args),
        "translate" => return super::bytes_translate::translate(receiver, &args),
        _ => {}
    }
    // Case changes of bytes only know ASCII.
    if matches!(name, "upper" | "lower" | "title" | "capitalize" | "swapcase") && !bytes.is_ascii() {
        let mapped: Vec<u8> = bytes
            .iter()
            .map(|b| match name {
                "upper" => b.to_ascii_uppercase(),
                "lower" => b.to_ascii_lowercase(),
                _ => *b,
            })
            .collect();
        return Ok(ops::same_bytes_type(receiver, mapped));
    }
    for &position in bytes_positions(name) {
        if let Some(v) = args.positional.get(position) {
            check_bytes_arg(name, position, v)?;
        }
    }
    let mut positional: Vec<Value> = args.positional.iter().map(to_latin1).collect();
    // An int needle is one byte.
    if matches!(name, "find" | "rfind" | "index" | "rindex" | "count")
        && let Some(first) = args.positional.first()
        && first.as_int().is_some()
    {
        positional[0] = Value::str(char::from(byte_of(first)?).to_string());
    }
    let keywords = args.keywords.iter().map(|(k, v)| (k.clone(), to_latin1(v))).collect();
    let text = latin1(&bytes);
    let result = super::str_methods::call(vm, &text, name, &CallArgs { positional, keywords })
        .map_err(bytes_message)?;
    let mut result = from_latin1(result, receiver);
    // bytes gives a separator found back as the very object passed (a bytearray, a
    // memoryview); a bytearray gives a new bytearray, as `from_latin1` made it.
    if matches!(name, "partition" | "rpartition")
        && matches!(receiver.object(), Some(Object::Bytes(_)))
        && let Some(Object::Tuple(parts)) = result.object()
        && let ([before, middle, after], Some(sep)) = (&parts[..], args.positional.first())
        && middle.with_bytes(|m| !m.is_empty()) == Some(true)
    {
        result = Value::tuple(vec![before.clone(), sep.clone(), after.clone()]);
    }
    // Unchanged immutable bytes come back as the same object, as in CPython.
    if matches!(receiver.object(), Some(Object::Bytes(_)))
        && matches!(name, "strip" | "lstrip" | "rstrip" | "replace")
        && result.with_bytes(|b| b == bytes.as_slice()) == Some(true)
    {
        return Ok(receiver.clone());
    }
    Ok(result)
}

/// A str method's error, reworded for bytes where the wording differs.
fn bytes_message(e: Value) -> Value {
    match e.object() {
        Some(Object::Exception(exc)) if exc.borrow().message() == "substring not found" => {
            value_error("subsection not found")
        }
        _ => e,
    }
}

/// `b.hex(sep=None, bytes_per_sep=1)`: two hex digits a byte, with `sep` between groups of
/// `bytes_per_sep` bytes (counted from the right, or from the left when negative).
pub(crate) fn hex(bytes: &[u8], args: &CallArgs) -> BuiltinResult {
    let arg = |i: usize, name: &str| {
        args.positional.get(i).or_else(|| args.keywords.iter().find(|(k, _)| k == name).map(|(_, v)| v))
    };
    let digits: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let sep = match arg(0, "sep") {
        None | Some(Value::None) => return Ok(Value::str(digits.concat())),
        Some(v) => match v.as_str().map(str::to_string).or_else(|| v.with_bytes(latin1)) {
            Some(s) if s.chars().count() == 1 => s,
            Some(_) => return Err(value_error("sep must be length 1.")),
            None => return Err(type_error("sep must be str or bytes.")),
        },
    };
    let group = arg(1, "bytes_per_sep").and_then(Value::as_int).and_then(|i| i.as_i64()).unwrap_or(1);
    let size = group.unsigned_abs().max(1) as usize;
    // Groups are counted from the right for a positive count, from the left for a negative one.
    let first = if group > 0 && !digits.len().is_multiple_of(size) { digits.len() % size } else { size };
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (i == first || (i > first && (i - first) % size == 0)) {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(Value::str(out))
}

/// `sep.join(iterable)`: the items must be bytes-like.
fn join(vm: &mut Vm, receiver: &Value, sep: &[u8], args: &CallArgs) -> BuiltinResult {
    let [iterable] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "join() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let mut out = Vec::new();
    for (i, item) in vm.collect(iterable)?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        // (An `array.array` joins by its machine bytes, its buffer.)
        let part = match item.bytes_like() {
            Some(part) => part,
            None if crate::vm::buffers::is_array(item) => vm.array_bytes(item)?,
            None => {
                let found = item.type_name();
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {found} found"
                )));
            }
        };
        out.extend(part);
    }
    Ok(ops::same_bytes_type(receiver, out))
}

/// The methods that change a bytearray.
fn mutate(
    vm: &mut Vm,
    receiver: &Value,
    cell: &RefCell<Vec<u8>>,
    name: &str,
    args: &CallArgs,
) -> BuiltinResult {
    super::arity::check("bytearray", name, args)?;
    let first = args.positional.first();
    match name {
        "append" => {
            let byte = byte_of(first.unwrap_or(&Value::None))?;
            cell.borrow_mut().push(byte);
        }
        "extend" => {
            let source = first.cloned().unwrap_or(Value::None);
            let bytes = match source.bytes_like() {
                Some(bytes) => bytes,
                None if crate::vm::is_iterable(&source) => {
                    vm.collect(&source)?.iter().map(byte_of).collect::<Result<Vec<u8>, Value>>()?
                }
                None => {
                    return Err(type_error(format!("can't extend bytearray with {}", source.type_name())));
                }
            };
            cell.borrow_mut().extend(bytes);
        }
        "insert" => {
            let index = args.positional[0]
                .as_int()
                .and_then(|i| i.as_i64())
                .ok_or_else(|| type_error("an integer is required"))?;
            let byte = byte_of(&args.positional[1])?;
            let len = cell.borrow().len() as i64;
            let at = if index < 0 { (index + len).max(0) } else { index.min(len) } as usize;
            cell.borrow_mut().insert(at, byte);
        }
        "pop" => {
            let len = cell.borrow().len() as i64;
            if len == 0 {
                return Err(index_error("pop from empty bytearray"));
            }
            let index = first.and_then(|v| v.as_int()).and_then(|i| i.as_i64()).unwrap_or(-1);
            let at = if index < 0 { index + len } else { index };
            if at < 0 || at >= len {
                return Err(index_error("pop index out of range"));
            }
            return Ok(Value::Int(i64::from(cell.borrow_mut().remove(at as usize))));
        }
        "remove" => {
            let byte = byte_of(first.unwrap_or(&Value::None))?;
            let at = cell.borrow().iter().position(|&b| b == byte);
            let at = at.ok_or_else(|| value_error("value not found in bytearray"))?;
            cell.borrow_mut().remove(at);
        }
        "reverse" => cell.borrow_mut().reverse(),
        "clear" => cell.borrow_mut().clear(),
        _ => return Ok(ops::same_bytes_type(receiver, cell.borrow().clone())),
    }
    Ok(Value::None)
}

/// `bytes.fromhex(text)`: pairs of hex digits, with whitespace allowed between the pairs.
pub fn from_hex(text: &str) -> Result<Vec<u8>, Value> {
    let chars: Vec<char> = text.chars().collect();
    let bad =
        |at: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {at}"));
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let high = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let low = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    Ok(out)
}
