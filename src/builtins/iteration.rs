//! Built-ins over iterables: `sorted`, `reversed`, `enumerate`, `zip`, `map`, `filter`,
//! `any`, `all`, and the async iteration ones, `aiter` and `anext`.

use std::cell::RefCell;

use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Iter, Key, Object, Value, ViewKind};
use crate::vm::Vm;

pub(super) fn iterator(state: Iter) -> Value {
    Value::obj(Object::Iterator(Box::new(RefCell::new(state))))
}

pub fn sorted(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [iterable] = args.positional.as_slice() else {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.positional.len())));
    };
    let list = Value::list(vm.collect(iterable)?);
    let sort_args = CallArgs { positional: Vec::new(), keywords: args.keywords };
    super::methods::call_method(vm, &list, "sort", sort_args)?;
    Ok(list)
}

pub fn reversed(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [sequence] = args.positional.as_slice() else {
        return Err(type_error(format!("reversed expected 1 argument, got {}", args.positional.len())));
    };
    // A class whose metaclass defines `__reversed__` (an Enum).
    if matches!(sequence.object(), Some(Object::Class(_)))
        && let Some(result) = vm.call_special(sequence, "__reversed__", Vec::new())
    {
        return result;
    }
    // An instance reverses itself (`__reversed__`), or is a sequence by `__len__` and `__getitem__`.
    if let Some(Object::Instance(i)) = sequence.object() {
        use crate::runtime::class::lookup;
        match lookup(&i.class(), "__reversed__") {
            Some(Value::None) => {
                return Err(type_error(format!("'{}' object is not reversible", sequence.type_name())));
            }
            Some(_) => {
                let method = vm.get_attr(sequence, "__reversed__")?;
                return vm.call_value(&method, CallArgs::default());
            }
            // (Without `__len__`, `len()` gives CPython's error.)
            None if i.base.is_none() && lookup(&i.class(), "__getitem__").is_some() => {
                let index = vm.len(sequence)? as i64 - 1;
                return Ok(iterator(Iter::Reversed { object: sequence.clone(), index }));
            }
            None => {}
        }
    }
    let sequence = crate::runtime::class::base_value(sequence).unwrap_or(sequence);
    if !matches!(
        sequence.object(),
        Some(
            Object::List(_)
                | Object::Tuple(_)
                | Object::Str(_)
                | Object::Range { .. }
                | Object::Dict(_)
                | Object::DictView { .. }
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::MemoryView(_)
        )
    ) {
        return Err(type_error(format!("'{}' object is not reversible", sequence.type_name())));
    }
    if let Some(Object::Range(r)) = sequence.object() {
        return Ok(iterator(r.reversed().iter()));
    }
    let mut items = vm.collect(sequence)?;
    items.reverse();
    let kind = match sequence.object() {
        Some(Object::List(_)) => "list_reverseiterator",
        Some(Object::Dict(_) | Object::DictView { kind: ViewKind::Keys, .. }) => "dict_reversekeyiterator",
        Some(Object::DictView { kind: ViewKind::Values, .. }) => "dict_reversevalueiterator",
        Some(Object::DictView { kind: ViewKind::Items, .. }) => "dict_reverseitemiterator",
        _ => "reversed",
    };
    Ok(iterator(Iter::Sequence { items: Value::list(items), index: 0, kind }))
}

pub fn enumerate(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let keyword = |name: &str| args.keywords.iter().find(|(k, _)| k == name).map(|(_, v)| v);
    if let Some((key, _)) = args.keywords.iter().find(|(k, _)| k != "iterable" && k != "start") {
        return Err(type_error(format!("'{key}' is an invalid keyword argument for enumerate()")));
    }
    if args.positional.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.positional.len()
        )));
    }
    let Some(iterable) = args.positional.first().or_else(|| keyword("iterable")) else {
        return Err(type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start =
        args.positional.get(1).or_else(|| args.keywords.iter().find(|(k, _)| k == "start").map(|(_, v)| v));
    let count = match start {
        None => Value::Int(0),
        Some(v) if v.as_int().is_some() => Value::from_int(v.as_int().expect("checked").clone()),
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )));
        }
    };
    Ok(iterator(Iter::Enumerate { inner: vm.iterate(iterable)?, count }))
}

/// `zip(*iterables, strict=False)`.
pub fn zip(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let strict = match args.keywords.as_slice() {
        [] => false,
        [(name, value)] if name == "strict" => value.truthy(),
        [(name, _)] => return Err(type_error(format!("'{name}' is an invalid keyword argument for zip()"))),
        more => {
            return Err(type_error(format!("zip() takes at most 1 keyword argument ({} given)", more.len())));
        }
    };
    let inners = args.positional.iter().map(|v| vm.iterate(v)).collect::<Result<Vec<_>, _>>()?;
    Ok(iterator(Iter::Zip { inners, strict }))
}

pub fn map(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [func, iterables @ ..] = args.positional.as_slice() else {
        return Err(type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(type_error("map() must have at least two arguments."));
    }
    let inners = iterables.iter().map(|v| vm.iterate(v)).collect::<Result<Vec<_>, _>>()?;
    Ok(iterator(Iter::Map { func: func.clone(), inners }))
}

pub fn filter(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [func, iterable] = args.positional.as_slice() else {
        return Err(type_error(format!("filter expected 2 arguments, got {}", args.positional.len())));
    };
    Ok(iterator(Iter::Filter { func: func.clone(), inner: vm.iterate(iterable)? }))
}

fn truth_scan(vm: &mut Vm, args: &CallArgs, name: &str, stop_on: bool) -> BuiltinResult {
    let [iterable] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let it = vm.iterate(iterable)?;
    while let Some(item) = vm.next_item(&it)? {
        if vm.truthy(&item)? == stop_on {
            return Ok(Value::bool(stop_on));
        }
    }
    Ok(Value::bool(!stop_on))
}

pub fn any(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    truth_scan(vm, &args, "any", true)
}

pub fn all(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    truth_scan(vm, &args, "all", false)
}

pub fn aiter(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [v] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    vm.builtin_aiter(v)
}

pub fn anext(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    match args.positional.as_slice() {
        [it] => vm.builtin_anext(it, None),
        [it, default] => vm.builtin_anext(it, Some(default.clone())),
        _ => Err(type_error(format!("anext expected at most 2 arguments, got {}", args.positional.len()))),
    }
}

/// Whether `object` is an iterator over a sequence or a str that has not finished: those
/// have `__reduce__` and `__setstate__` (pickling support), as in CPython.
pub fn has_position(object: &Value) -> bool {
    matches!(object.object(), Some(Object::Iterator(it)) if matches!(&*it.borrow(), Iter::Sequence { .. } | Iter::Str { .. }))
}

/// `it.__reduce__()` (`(iter, (sequence,), position)`) or `it.__setstate__(position)` for a
/// sequence or str iterator.
pub fn position_method(vm: &mut Vm, receiver: &Value, name: &str, args: &CallArgs) -> BuiltinResult {
    let Some(Object::Iterator(it)) = receiver.object() else {
        return Err(type_error(format!("{name} needs an iterator")));
    };
    let type_name = receiver.type_name();
    if name == "__reduce__" {
        if !args.positional.is_empty() {
            let n = args.positional.len();
            return Err(type_error(format!("{type_name}.__reduce__() takes no arguments ({n} given)")));
        }
        let iter = vm.builtins.borrow().get(&Key(Value::str("iter"))).cloned().unwrap_or(Value::None);
        let (sequence, position) = match &*it.borrow() {
            Iter::Sequence { items, index, .. } => (items.clone(), *index),
            Iter::Str { text, offset } => {
                let consumed = text.as_str().and_then(|s| s.get(..*offset)).map_or(0, |s| s.chars().count());
                (text.clone(), consumed)
            }
            _ => return Err(type_error(format!("cannot reduce '{type_name}' object"))),
        };
        return Ok(Value::tuple(vec![iter, Value::tuple(vec![sequence]), Value::Int(position as i64)]));
    }
    let [state] = args.positional.as_slice() else {
        let n = args.positional.len();
        return Err(type_error(format!("{type_name}.__setstate__() takes exactly one argument ({n} given)")));
    };
    let Some(wanted) = state.as_int() else {
        return Err(type_error("an integer is required"));
    };
    // Out-of-range positions are clamped to the sequence, as CPython clamps them.
    let wanted = if wanted.is_negative() { 0 } else { wanted.as_i64().map_or(usize::MAX, |n| n as usize) };
    match &mut *it.borrow_mut() {
        Iter::Sequence { items, index, .. } => {
            *index = wanted.min(crate::runtime::ops::len(items).unwrap_or(0));
        }
        Iter::Str { text, offset } => {
            let s = text.as_str().unwrap_or("");
            *offset = s.char_indices().nth(wanted).map_or(s.len(), |(at, _)| at);
        }
        _ => {}
    }
    Ok(Value::None)
}
