//! `obj.__class__ = C`: CPython's checks (`object_set_class`), then the instance's class
//! replaced. Caches keyed by class identity stay right without being told: the attribute
//! caches check the instance's class on every hit, and the instance's attributes leave the
//! shared form (positions in the old class's table of names) for a dict of their own.

use std::cell::RefCell;

use crate::runtime::class::{self, Instance};
use crate::runtime::exception::{Exception, type_error};
use crate::runtime::value::{Object, Value};

/// `obj.__class__ = value` (`del obj.__class__` for `None`) on an instance of a Python class.
pub fn assign(instance: &Instance, value: Option<&Value>) -> Result<(), Value> {
    let new = checked_class(value)?;
    let old = instance.class();
    if !matches!(new.object(), Some(Object::Class(_))) {
        return Err(immutable_types());
    }
    if !same_layout(&old, &new) {
        return Err(layout_differs(&old, &new));
    }
    instance.set_class(new);
    Ok(())
}

/// `exc.__class__ = value` on an exception: between Python exception classes of the same
/// built-in kind (their instances are laid out alike).
pub fn assign_exception(exc: &RefCell<Exception>, value: Option<&Value>) -> Result<(), Value> {
    let new = checked_class(value)?;
    let old = exc.borrow().class.clone();
    let (Some(old), Some(Object::Class(_))) = (old, new.object()) else { return Err(immutable_types()) };
    if class::builtin_base(&old) != class::builtin_base(&new) {
        return Err(layout_differs(&old, &new));
    }
    exc.borrow_mut().class = Some(new);
    Ok(())
}

/// `obj.__class__ = value` on a value of a built-in type: refused as CPython refuses it
/// (built-in types are immutable), after the same checks of `value`.
pub fn refuse(value: Option<&Value>) -> Value {
    match checked_class(value) {
        Ok(_) => immutable_types(),
        Err(e) => e,
    }
}

/// The new class, or the TypeError for a deletion or a value that is not a class.
fn checked_class(value: Option<&Value>) -> Result<Value, Value> {
    let value = value.ok_or_else(|| type_error("can't delete __class__ attribute"))?;
    match value.object() {
        Some(Object::Class(_) | Object::Type(_)) => Ok(value.clone()),
        _ => Err(type_error(format!("__class__ must be set to a class, not '{}' object", value.type_name()))),
    }
}

fn layout_differs(old: &Value, new: &Value) -> Value {
    type_error(format!(
        "__class__ assignment: '{}' object layout differs from '{}'",
        class::class_name(new),
        class::class_name(old)
    ))
}

fn immutable_types() -> Value {
    type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
}

/// Whether instances of `old` and `new` are laid out alike (CPython's
/// `compatible_for_assignment`): the same built-in base, and the same `__slots__` (or both
/// with a `__dict__`).
fn same_layout(old: &Value, new: &Value) -> bool {
    class::builtin_base(old) == class::builtin_base(new) && class::slots(old) == class::slots(new)
}
