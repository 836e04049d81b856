//! The information records of `sys`: `version_info`, `float_info`, `int_info`, `hash_info`
//! (CPython's struct sequences: tuples with named fields and a `sys.NAME(field=value, ...)`
//! repr) and `implementation` (a namespace). Values are CPython 3.11's on x86-64 Linux; the
//! implementation is named `cpython`, as scripts that print it see with CPython.

use crate::runtime::class::Instance;
use crate::runtime::exception::type_error;
use crate::runtime::function::{Builtin, BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

use super::struct_seq::{FLOAT_INFO, HASH_INFO, INT_INFO, Spec, VERSION_INFO};

/// The class of `sys.implementation` (a `types.SimpleNamespace` in CPython).
fn namespace_class(repr: Builtin) -> Value {
    let mut dict = DictMap::default();
    dict.insert(Key(Value::str("__module__")), Value::str("types"));
    dict.insert(Key(Value::str("__repr__")), Value::obj(Object::Builtin(repr)));
    crate::runtime::class::native_class("SimpleNamespace", dict)
}

/// The record `spec` with these values (one class per record: each is a singleton).
fn struct_sequence(spec: &'static Spec, values: Vec<Value>) -> Value {
    super::struct_seq::new_instance(&super::struct_seq::new_class(spec), spec, values)
}

fn instance(class: Value, base: Option<Value>, dict: DictMap) -> Value {
    Value::obj(Object::Instance(Box::new(Instance::with_dict(class, base, dict))))
}

/// `namespace(name=repr, ...)` of a simple namespace's attributes.
fn namespace_repr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some(Object::Instance(i)) = args.positional.first().and_then(Value::object) else {
        return Err(type_error("descriptor '__repr__' needs a namespace"));
    };
    let entries: Vec<(String, Value)> = i.attributes().into_iter().map(|(k, v)| (k.0.to_str(), v)).collect();
    let mut parts = Vec::new();
    for (name, value) in entries {
        parts.push(format!("{name}={}", vm.repr(&value)?));
    }
    Ok(Value::str(format!("namespace({})", parts.join(", "))))
}

pub fn version_info() -> Value {
    struct_sequence(
        &VERSION_INFO,
        vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)],
    )
}

pub fn float_info() -> Value {
    struct_sequence(
        &FLOAT_INFO,
        vec![
            Value::raw_float(f64::MAX),
            Value::Int(f64::MAX_EXP.into()),
            Value::Int(f64::MAX_10_EXP.into()),
            Value::raw_float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP.into()),
            Value::Int(f64::MIN_10_EXP.into()),
            Value::Int(f64::DIGITS.into()),
            Value::Int(f64::MANTISSA_DIGITS.into()),
            Value::raw_float(f64::EPSILON),
            Value::Int(f64::RADIX.into()),
            Value::Int(1),
        ],
    )
}

pub fn int_info() -> Value {
    struct_sequence(&INT_INFO, vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)])
}

pub fn hash_info() -> Value {
    struct_sequence(
        &HASH_INFO,
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314_159),
            Value::Int(0),
            Value::Int(1_000_003),
            Value::str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    )
}

pub fn implementation() -> Value {
    let class = namespace_class(Builtin { name: "__repr__", func: namespace_repr });
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
