//! The information records of `sys`: `version_info`, `float_info`, `int_info`, `hash_info`
//! (CPython's struct sequences: tuples with named fields and a `sys.NAME(field=value, ...)`
//! repr) and `implementation` (a namespace). Values are CPython 3.11's on x86-64 Linux; the
//! implementation is named `cpython`, as scripts that print it see with CPython.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::class::{Class, Instance};
use crate::runtime::exception::type_error;
use crate::runtime::function::{Builtin, BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

fn class(name: &'static str, base: &'static str, fields: &[&str], repr: Builtin) -> Value {
    let mut dict = DictMap::default();
    dict.insert(Key(Value::str("__module__")), Value::str("sys"));
    dict.insert(Key(Value::str("_fields")), Value::tuple(fields.iter().map(|f| Value::str(*f)).collect()));
    dict.insert(Key(Value::str("__repr__")), Value::obj(Object::Builtin(repr)));
    let mut mro = vec![Value::obj(Object::Type("object"))];
    if base != "object" {
        mro.insert(0, Value::obj(Object::Type(base)));
    }
    Value::obj(Object::Class(Box::new(Class {
        name,
        qualname: name.into(),
        bases: vec![mro[0].clone()],
        mro,
        dict: Rc::new(RefCell::new(dict)),
        flags: Default::default(),
        specials: Default::default(),
        instance_size: Default::default(),
        metaclass: None,
        c_name: Default::default(),
    })))
}

/// A struct sequence: a tuple whose items are also attributes named by `fields`.
fn struct_sequence(name: &'static str, fields: Vec<(&'static str, Value)>) -> Value {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let class = class(name, "tuple", &names, Builtin { name: "__repr__", func: struct_sequence_repr });
    if let Some(Object::Class(c)) = class.object() {
        for (field, value) in &fields {
            c.dict.borrow_mut().insert(Key(Value::str(*field)), value.clone());
        }
    }
    instance(class, Some(Value::tuple(fields.into_iter().map(|(_, v)| v).collect())), DictMap::default())
}

fn instance(class: Value, base: Option<Value>, dict: DictMap) -> Value {
    Value::obj(Object::Instance(Instance {
        class,
        dict: Rc::new(RefCell::new(dict)),
        base,
        hash: std::cell::Cell::new(None),
    }))
}

/// `sys.NAME(field=repr, ...)`.
fn struct_sequence_repr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some(Object::Instance(i)) = args.positional.first().and_then(Value::object) else {
        return Err(type_error("descriptor '__repr__' needs a struct sequence"));
    };
    let fields = crate::runtime::class::lookup(&i.class, "_fields").unwrap_or(Value::None);
    let names = crate::runtime::ops::collect_builtin(&fields)?;
    let values = i.base.as_ref().map(crate::runtime::ops::collect_builtin).transpose()?.unwrap_or_default();
    let mut parts = Vec::new();
    for (name, value) in names.iter().zip(&values) {
        parts.push(format!("{}={}", name.to_str(), vm.repr(value)?));
    }
    Ok(Value::str(format!("sys.{}({})", crate::runtime::class::class_name(&i.class), parts.join(", "))))
}

/// `namespace(name=repr, ...)` of a simple namespace's attributes.
fn namespace_repr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some(Object::Instance(i)) = args.positional.first().and_then(Value::object) else {
        return Err(type_error("descriptor '__repr__' needs a namespace"));
    };
    let entries: Vec<(String, Value)> =
        i.dict.borrow().iter().map(|(k, v)| (k.0.to_str(), v.clone())).collect();
    let mut parts = Vec::new();
    for (name, value) in entries {
        parts.push(format!("{name}={}", vm.repr(&value)?));
    }
    Ok(Value::str(format!("namespace({})", parts.join(", "))))
}

pub fn version_info() -> Value {
    struct_sequence(
        "version_info",
        vec![
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    )
}

pub fn float_info() -> Value {
    struct_sequence(
        "float_info",
        vec![
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP.into())),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP.into())),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP.into())),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP.into())),
            ("dig", Value::Int(f64::DIGITS.into())),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS.into())),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(f64::RADIX.into())),
            ("rounds", Value::Int(1)),
        ],
    )
}

pub fn int_info() -> Value {
    struct_sequence(
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    )
}

pub fn hash_info() -> Value {
    struct_sequence(
        "hash_info",
        vec![
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1 << 61) - 1)),
            ("inf", Value::Int(314_159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1_000_003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    )
}

pub fn implementation() -> Value {
    let class = class("SimpleNamespace", "object", &[], Builtin { name: "__repr__", func: namespace_repr });
    let mut dict = DictMap::default();
    for (name, value) in [
        ("name", Value::str("cpython")),
        ("cache_tag", Value::str("cpython-311")),
        ("version", version_info()),
        ("hexversion", Value::Int(0x030B07F0)),
        ("_multiarch", Value::str("x86_64-linux-gnu")),
    ] {
        dict.insert(Key(Value::str(name)), value);
    }
    instance(class, None, dict)
}
