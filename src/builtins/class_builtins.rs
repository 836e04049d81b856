//! The built-in types that serve classes: `object()`, `property`, `staticmethod`,
//! `classmethod`, `super` (zero-argument and two-argument forms) and the bound method type
//! (`types.MethodType`).

use crate::runtime::class::Instance;
use crate::runtime::exception::{ExcKind, new_exception, type_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// Construct one of these types, or `None` for another type name.
pub fn construct(vm: &mut Vm, name: &str, args: &CallArgs) -> Option<BuiltinResult> {
    let one = |what: &str| match args.positional.as_slice() {
        [f] if args.keywords.is_empty() => Ok(f.clone()),
        other => Err(type_error(format!("{what} expected 1 argument, got {}", other.len()))),
    };
    Some(match name {
        "object" if args.positional.is_empty() && args.keywords.is_empty() => Ok(Value::obj(
            Object::Instance(Box::new(Instance::new(Value::obj(Object::Type("object")), None))),
        )),
        "object" => Err(type_error("object() takes no arguments")),
        "property" => Ok(crate::vm::classes::make_property(args)),
        "staticmethod" => one("staticmethod").map(|f| Value::obj(Object::StaticMethod(f))),
        "classmethod" => one("classmethod").map(|f| Value::obj(Object::ClassMethod(f))),
        "super" => new_super(vm, args),
        "method" => new_method(args),
        _ => return None,
    })
}

/// `types.MethodType(func, instance)`: `func` bound to `instance`, which a call passes first.
fn new_method(args: &CallArgs) -> BuiltinResult {
    match args.positional.as_slice() {
        [func, receiver] if args.keywords.is_empty() => {
            if !super::is_callable(func) {
                return Err(type_error("first argument must be callable"));
            }
            if matches!(receiver, Value::None) {
                return Err(type_error("instance must not be None"));
            }
            Ok(Value::obj(Object::Method { func: func.clone(), receiver: receiver.clone() }))
        }
        _ if !args.keywords.is_empty() => Err(type_error("method() takes no keyword arguments")),
        other => Err(type_error(format!("method expected 2 arguments, got {}", other.len()))),
    }
}

/// `super()` takes the class from the calling method's `__class__` cell and the receiver
/// from its first argument; `super(C, obj)` names both.
fn new_super(vm: &mut Vm, args: &CallArgs) -> BuiltinResult {
    if let [class, receiver] = args.positional.as_slice() {
        return Ok(Value::obj(Object::Super { class: class.clone(), receiver: receiver.clone() }));
    }
    if !args.positional.is_empty() {
        return Err(type_error(format!("super() expected 0 or 2 arguments, got {}", args.positional.len())));
    }
    let no_arguments = || new_exception(ExcKind::RuntimeError, "super(): no arguments");
    let frame = vm.frames.last().ok_or_else(no_arguments)?;
    let code = &frame.code;
    if code.arg_count == 0 && !code.flags.varargs {
        return Err(no_arguments());
    }
    // The first parameter may itself be a cell (captured by an inner function).
    let receiver = match frame.locals.first().cloned().flatten() {
        Some(v) => v,
        None => {
            let first = code.varnames.first().cloned().unwrap_or_default();
            let index = code.cellvars.iter().position(|c| *c == first).ok_or_else(no_arguments)?;
            cell_contents(&frame.cells[index]).ok_or_else(no_arguments)?
        }
    };
    let class_cell = code.cellvars.len()
        + code
            .freevars
            .iter()
            .position(|f| f == "__class__")
            .ok_or_else(|| new_exception(ExcKind::RuntimeError, "super(): __class__ cell not found"))?;
    let class = frame
        .cells
        .get(class_cell)
        .and_then(cell_contents)
        .ok_or_else(|| new_exception(ExcKind::RuntimeError, "super(): empty __class__ cell"))?;
    Ok(Value::obj(Object::Super { class, receiver }))
}

fn cell_contents(cell: &Value) -> Option<Value> {
    match cell.object() {
        Some(Object::Cell(c)) => c.borrow().clone(),
        _ => None,
    }
}

/// `_c_type(cls, "module.name")`: marks a class of the Python-written standard library as
/// standing in for a CPython built-in type, so messages name it as CPython does
/// (`'collections.deque' object has no attribute 'x'`). Returns the class.
pub fn c_type(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    match (args.positional.as_slice(), args.keywords.is_empty()) {
        ([class, name], true) => {
            if let (Some(Object::Class(c)), Some(name)) = (class.object(), name.as_str()) {
                c.c_name.set(Some(Box::leak(name.to_string().into_boxed_str())));
                return Ok(class.clone());
            }
            Err(type_error("_c_type() expects a class and a str"))
        }
        _ => Err(type_error("_c_type() takes 2 positional arguments")),
    }
}
