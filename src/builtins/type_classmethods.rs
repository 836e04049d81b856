//! The class methods of built-in types reached through a Python subclass or its instances
//! (`D.fromkeys`, `B.fromhex`, `I.from_bytes`): as in CPython, the built-in type builds its
//! value and the subclass is called with it (`cls(value)`), except `dict.fromkeys`, which
//! calls `cls()` and stores each key through the result's own `__setitem__`. The static
//! `maketrans` methods build what the built-in type builds.

use super::methods::call_method;
use crate::runtime::class;
use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// Whether `name` is a class (or static) method of the built-in type `base`.
pub fn has(base: &str, name: &str) -> bool {
    matches!(
        (base, name),
        ("dict", "fromkeys")
            | ("bytes" | "bytearray", "fromhex" | "maketrans")
            | ("float", "fromhex")
            | ("int", "from_bytes")
            | ("str", "maketrans")
    )
}

/// The one argument of the class method `owner.name` (`fromhex`), or CPython's TypeError
/// naming the class it was called through.
pub fn only_argument<'a>(owner: &str, name: &str, args: &'a CallArgs) -> Result<&'a Value, Value> {
    match args.positional.as_slice() {
        [only] if args.keywords.is_empty() => Ok(only),
        given => Err(type_error(format!(
            "{owner}.{name}() takes exactly one argument ({} given)",
            given.len() + args.keywords.len()
        ))),
    }
}

/// `cls.name(*args)` for a Python class `cls` whose built-in base has class method `name`.
pub fn call(vm: &mut Vm, cls: &Value, name: &str, args: CallArgs) -> BuiltinResult {
    let base = Value::obj(Object::Type(class::builtin_base(cls)));
    match name {
        "maketrans" => call_method(vm, &base, name, args),
        "fromkeys" => {
            super::arity::check("dict", name, &args)?;
            let mut positional = args.positional.into_iter();
            let (Some(keys), value) = (positional.next(), positional.next()) else {
                return Err(type_error("fromkeys expected at least 1 argument, got 0"));
            };
            let value = value.unwrap_or(Value::None);
            let made = vm.call_value(cls, CallArgs::default())?;
            for key in vm.collect(&keys)? {
                vm.set_item(&made, &key, Some(value.clone()))?;
            }
            Ok(made)
        }
        _ => {
            if name == "fromhex" {
                only_argument(class::class_name(cls), name, &args)?;
            }
            let built = call_method(vm, &base, name, args)?;
            vm.call_value(cls, CallArgs { positional: vec![built], keywords: Vec::new() })
        }
    }
}
