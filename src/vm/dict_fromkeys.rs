//! `fromkeys` on a Python subclass of dict (`D.fromkeys(keys)`, `d.fromkeys(keys)`): a class
//! method that makes an instance of `D` by calling it and then setting each key, as CPython
//! does for any type other than dict itself (so an overridden `__setitem__` runs).

use super::Vm;
use crate::runtime::class;
use crate::runtime::function::{Builtin, BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};

/// `fromkeys` bound to `class`, if `class` is a Python class derived from dict.
pub(super) fn method(class: &Value) -> Option<Value> {
    if !matches!(class.object(), Some(Object::Class(_))) || class::builtin_base(class) != "dict" {
        return None;
    }
    let func = Value::obj(Object::Builtin(Builtin { name: "fromkeys", func: fromkeys }));
    Some(Value::obj(Object::Method { func, receiver: class.clone() }))
}

/// `fromkeys(cls, iterable, value=None)`.
fn fromkeys(vm: &mut Vm, mut args: CallArgs) -> BuiltinResult {
    let class = args.positional.remove(0);
    crate::builtins::arity::check("dict", "fromkeys", &args)?;
    let keys = vm.collect(&args.positional[0])?;
    let value = args.positional.get(1).cloned().unwrap_or(Value::None);
    let result = vm.call_value(&class, CallArgs::default())?;
    for key in keys {
        vm.set_item(&result, &key, Some(value.clone()))?;
    }
    Ok(result)
}
