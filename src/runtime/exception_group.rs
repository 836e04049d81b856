//! `BaseExceptionGroup` and `ExceptionGroup` objects: construction with CPython's checks,
//! their `message` and `exceptions`, and their `str()`. Splitting them (`split`, `subgroup`,
//! `except*`) may call back into Python and is the VM's job (`vm/exception_group.rs`).

use super::exception::{ExcKind, exception_with_args, new_exception, type_error};
use super::value::{Object, Value};

/// Is `exc` an exception group?
pub fn is_group(exc: &Value) -> bool {
    matches!(exc.object(), Some(Object::Exception(e)) if e.borrow().kind.is_subclass_of(ExcKind::BaseExceptionGroup))
}

/// The `exceptions` tuple's items of the group `exc` (empty for anything else).
pub fn exceptions_of(exc: &Value) -> Vec<Value> {
    let Some(Object::Exception(e)) = exc.object() else { return Vec::new() };
    match e.borrow().attr("exceptions").and_then(Value::object) {
        Some(Object::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// The `message` of the group `exc`.
pub fn message_of(exc: &Value) -> Value {
    match exc.object() {
        Some(Object::Exception(e)) => e.borrow().attr("message").cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// The exceptions at the leaves of `exc`, a group or not, in order (without recursion: a
/// group may be nested very deeply).
pub fn leaves(exc: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    let mut pending = vec![exc.clone()];
    while let Some(next) = pending.pop() {
        if is_group(&next) {
            pending.extend(exceptions_of(&next).into_iter().rev());
        } else {
            out.push(next);
        }
    }
    out
}

fn is_exception(exc: &Value) -> bool {
    matches!(exc.object(), Some(Object::Exception(e)) if e.borrow().kind.is_subclass_of(ExcKind::Exception))
}

/// `kind(message, exceptions)` for a group kind: `BaseExceptionGroup` of exceptions that are
/// all `Exception`s is an `ExceptionGroup`; an `ExceptionGroup` may hold nothing else.
pub fn construct(kind: ExcKind, positional: Vec<Value>) -> Result<Value, Value> {
    let [message, sequence] = positional.as_slice() else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            positional.len()
        )));
    };
    if message.as_str().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    let items = match sequence.object() {
        Some(Object::List(l)) => l.borrow().clone(),
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(new_exception(
            ExcKind::ValueError,
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    if let Some(i) = items.iter().position(|e| !matches!(e.object(), Some(Object::Exception(_)))) {
        let msg = format!("Item {i} of second argument (exceptions) is not an exception");
        return Err(new_exception(ExcKind::ValueError, &msg));
    }
    let all_exceptions = items.iter().all(is_exception);
    let kind = match kind {
        ExcKind::BaseExceptionGroup if all_exceptions => ExcKind::ExceptionGroup,
        ExcKind::ExceptionGroup if !all_exceptions => {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        kind => kind,
    };
    let group = exception_with_args(kind, positional.clone());
    if let Some(Object::Exception(e)) = group.object() {
        let mut e = e.borrow_mut();
        e.set_attr("message", message.clone());
        e.set_attr("exceptions", Value::tuple(items));
    }
    Ok(group)
}

/// A new group of `exceptions` with `message` (the kind chosen as `BaseExceptionGroup`
/// chooses it).
pub fn new_group(message: &str, exceptions: Vec<Value>) -> Result<Value, Value> {
    construct(ExcKind::BaseExceptionGroup, vec![Value::str(message), Value::list(exceptions)])
}

/// `str(group)`: `message (N sub-exceptions)`.
pub fn group_str(message: &Value, count: usize) -> String {
    let plural = if count == 1 { "" } else { "s" };
    format!("{} ({count} sub-exception{plural})", message.to_str())
}
