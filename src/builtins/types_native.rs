//! The `_types` module: what `types` (written in Python, `src/stdlib/types.py`) needs of the
//! VM's internals. `iterable_coroutine(f)` is the heart of `types.coroutine`: a copy of the
//! generator function `f` whose code carries CPython's CO_ITERABLE_COROUTINE flag, so its
//! generators may be awaited. (CPython replaces `f.__code__` in place; a function's code is
//! fixed here, so the decorator returns the marked copy.)

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::exception::type_error;
use crate::runtime::function::{Builtin, BuiltinResult, CallArgs, Function};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

fn iterable_coroutine(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [f] = args.positional.as_slice() else {
        return Err(type_error("iterable_coroutine() takes exactly one argument"));
    };
    let Some(Object::Function(function)) = f.object() else {
        return Err(type_error("iterable_coroutine() expects a function"));
    };
    if !function.code.flags.generator || function.code.flags.iterable_coroutine {
        return Ok(f.clone());
    }
    let mut code = (*function.code).clone();
    code.flags.iterable_coroutine = true;
    let code = Rc::new(code);
    let marked = Function {
        prepared: vm.prepare(&code),
        code,
        globals: function.globals.clone(),
        defaults: function.defaults.clone(),
        kw_defaults: function.kw_defaults.clone(),
        closure: function.closure.clone(),
        attributes: RefCell::new(function.attributes.borrow().clone()),
    };
    Ok(Value::obj(Object::Function(Box::new(marked))))
}

/// The module object.
pub fn module() -> Value {
    let mut dict = DictMap::default();
    dict.insert(Key(Value::str("__name__")), Value::str("_types"));
    let name = "iterable_coroutine";
    dict.insert(
        Key(Value::str(name)),
        Value::obj(Object::Builtin(Builtin { name, func: iterable_coroutine })),
    );
    // The types of CPython's descriptors, which `types` names; values here are of other
    // types (`type(str.join)` is `builtin_function_or_method`), so only the names exist.
    for (name, type_name) in [
        ("WrapperDescriptorType", "wrapper_descriptor"),
        ("MethodWrapperType", "method-wrapper"),
        ("MethodDescriptorType", "method_descriptor"),
        ("ClassMethodDescriptorType", "classmethod_descriptor"),
        ("GetSetDescriptorType", "getset_descriptor"),
        ("MemberDescriptorType", "member_descriptor"),
    ] {
        dict.insert(Key(Value::str(name)), Value::obj(Object::Type(type_name)));
    }
    Value::obj(Object::Module { name: "_types".into(), dict: Rc::new(RefCell::new(dict)) })
}
