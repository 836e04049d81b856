//! `sys.getsizeof(obj[, default])`: the bytes CPython 3.11 (64-bit) gives for an object of
//! the same type and size, so that programs printing or comparing sizes see CPython's
//! numbers for the common types (ints, floats, strs by their widest character, bytes,
//! tuples, lists, dicts and sets by their table sizes, instances). pyglass's own objects
//! have other layouts; its memory is measured by the benchmarks, not by this. An
//! instance whose class defines `__sizeof__` answers for itself (plus the 32 bytes CPython 3.11
//! adds: the garbage collector's header and the managed dict's pre-header).

use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// `sys.getsizeof`.
pub fn getsizeof(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let (object, default) = match args.positional.as_slice() {
        [object] => (object, args.keywords.iter().find(|(k, _)| k == "default").map(|(_, v)| v)),
        [object, default] => (object, Some(default)),
        more => {
            return Err(type_error(format!("getsizeof() takes at most 2 arguments ({} given)", more.len())));
        }
    };
    if let Some(result) = vm.call_special(object, "__sizeof__", Vec::new()) {
        let size = result?;
        return match size.as_int().and_then(|i| i.as_i64()) {
            Some(n) if n >= 0 => Ok(Value::Int(n + 32)),
            Some(_) => Err(crate::runtime::exception::value_error("__sizeof__() should return >= 0")),
            None if default.is_some() => Ok(default.cloned().unwrap_or(Value::None)),
            None => Err(type_error("an integer is required")),
        };
    }
    Ok(Value::Int(size_of(object) as i64))
}

/// CPython's size for `v`.
fn size_of(v: &Value) -> usize {
    let object = match v {
        Value::None => return 16,
        Value::Bool(_) => return 28,
        Value::Int(i) => return int_size(i.unsigned_abs().checked_ilog2().map_or(0, |b| b as u64 + 1)),
        Value::Float(_) => return 24,
        Value::Obj(o) => &**o,
    };
    match object {
        Object::BigInt(b) => int_size(b.bits()),
        Object::Str(s) => str_size(s),
        Object::Bytes(b) => 33 + b.len(),
        Object::ByteArray(b) => {
            56 + b.borrow().len().checked_add(1).filter(|_| !b.borrow().is_empty()).unwrap_or(0)
        }
        Object::Complex(..) => 32,
        Object::Tuple(t) => 40 + 8 * t.len(),
        Object::List(l) => 56 + 8 * l.borrow().len(),
        Object::Dict(d) => dict_size(d.borrow().len()),
        Object::Set(s) => set_size(s.borrow().len()),
        Object::FrozenSet(s) => set_size(s.len()),
        Object::Range(_) | Object::Iterator(_) => 48,
        Object::Slice(_) | Object::Instance(_) => 56,
        Object::Function(_) => 152,
        Object::Class(_) => 1688,
        Object::Module { .. } => 72,
        Object::Ellipsis | Object::NotImplemented => 16,
        _ => 56,
    }
}

/// An int of `bits` significant bits: 30-bit digits after a 24-byte header (at least one).
fn int_size(bits: u64) -> usize {
    24 + 4 * (bits.div_ceil(30).max(1) as usize)
}

/// A str: its characters stored 1, 2 or 4 bytes wide by the widest, after a header that is
/// larger for the non-ASCII kinds.
fn str_size(s: &str) -> usize {
    let widest = s.chars().map(u32::from).max().unwrap_or(0);
    let n = s.chars().count();
    match widest {
        0..=0x7f => 49 + n,
        0x80..=0xff => 73 + n,
        0x100..=0xffff => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

/// A dict of `n` items: its 48-byte object, the GC header and a key table sized for them
/// (8 slots at least, two thirds usable; a byte per slot of index, 24 bytes per entry).
fn dict_size(n: usize) -> usize {
    if n == 0 {
        return 64;
    }
    let mut slots = 8;
    while slots * 2 / 3 < n {
        slots *= 2;
    }
    let index_width = if slots <= 128 {
        1
    } else if slots <= 0x8000 {
        2
    } else {
        4
    };
    64 + 32 + slots * index_width + (slots * 2 / 3) * 24
}

/// A set of `n` items: 8 inline slots, else a table kept at most 60% full, 16 bytes a slot.
fn set_size(n: usize) -> usize {
    let mut slots = 8;
    while n * 5 >= slots * 3 {
        slots *= 4;
    }
    216 + if slots > 8 { slots * 16 } else { 0 }
}
