//! `bytes(...)` and `bytearray(...)`: the contents a new byte sequence gets from the
//! constructor's arguments (a size, a str and its encoding, a bytes-like object, or an
//! iterable of ints).

use crate::runtime::bytearray::byte_of;
use crate::runtime::exception::{type_error, value_error};
use crate::runtime::function::CallArgs;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// The bytes of `name(source, encoding, errors)`, where `name` is `bytes` or `bytearray`.
pub fn contents(vm: &mut Vm, name: &str, args: &CallArgs) -> Result<Vec<u8>, Value> {
    let given = args.positional.len() + args.keywords.len();
    if given > 3 {
        return Err(type_error(format!("{name}() takes at most 3 arguments ({given} given)")));
    }
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (slot, v) in slots.iter_mut().zip(&args.positional) {
        *slot = Some(v.clone());
    }
    for (key, v) in &args.keywords {
        let index = match key.as_str() {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        };
        slots[index] = Some(v.clone());
    }
    let [source, encoding, errors] = slots;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = source.as_str() {
        let Some(encoding) = encoding else { return Err(type_error("string argument without an encoding")) };
        let mut positional = vec![encoding];
        positional.extend(errors);
        let encoded =
            super::str_methods::call(vm, text, "encode", &CallArgs { positional, keywords: Vec::new() })?;
        return Ok(encoded.bytes_like().unwrap_or_default());
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(Object::Instance(i)) = source.object()
        && name == "bytes"
        && crate::runtime::class::lookup(&i.class(), "__bytes__").is_some()
        && let Some(result) = vm.call_special(&source, "__bytes__", Vec::new())
    {
        let result = result?;
        return match result.object() {
            Some(Object::Bytes(b)) => Ok(b.clone()),
            _ => Err(type_error(format!("__bytes__ returned non-bytes (type {})", result.type_name()))),
        };
    }
    if crate::vm::buffers::is_array(&source) {
        return vm.array_bytes(&source);
    }
    vm.sync_view(&source)?;
    if let Some(bytes) = source.bytes_like() {
        return Ok(bytes);
    }
    if let Some(n) = source.as_int() {
        let n = n.as_i64().ok_or_else(|| value_error("cannot fit 'int' into an index-sized integer"))?;
        let n = usize::try_from(n).map_err(|_| value_error("negative count"))?;
        crate::runtime::memory::check(n, 1)?;
        return Ok(vec![0; n]);
    }
    if !crate::vm::is_iterable(&source) {
        return Err(type_error(format!("cannot convert '{}' object to {name}", source.type_name())));
    }
    let items = vm.collect(&source)?;
    items
        .iter()
        .map(|item| {
            byte_of(item).map_err(|e| match (name, item.as_int()) {
                ("bytes", Some(_)) => value_error("bytes must be in range(0, 256)"),
                _ => e,
            })
        })
        .collect()
}
