//! The `_weakref_handles` module, under `_weakref` and `weakref` (written in Python,
//! `src/stdlib/_weakref.py` and `weakref.py`): a weak handle on an object (`handle`,
//! `target`), how many there are (`count`), and callbacks when an object is freed (`watch`).
//! A callback is queued as the object goes and called at the VM's next check, as `__del__`
//! methods are (`Vm::close_unreachable`), given the `weakref.ref` it was registered with if
//! that is still alive (CPython skips the callback of a dead weak reference too).
//!
//! Objects freed cost one load each until a program first asks for a callback
//! (`ANY_WATCHED`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

use rustc_hash::FxHashMap;

use crate::runtime::exception::type_error;
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

static ANY_WATCHED: AtomicBool = AtomicBool::new(false);

/// A callback to call with a `weakref.ref` (held weakly) when its object goes.
type Watcher = (Weak<Object>, Value);

thread_local! {
    /// By the address of the watched object.
    static WATCHED: RefCell<FxHashMap<usize, Vec<Watcher>>> = RefCell::new(FxHashMap::default());
    /// Callbacks of objects freed, waiting for the VM.
    static DUE: RefCell<Vec<Watcher>> = const { RefCell::new(Vec::new()) };
}

/// `Object`'s drop: the callbacks registered on the object being freed become due.
#[inline]
pub fn on_drop(object: &Object) {
    if ANY_WATCHED.load(Ordering::Relaxed) {
        queue_callbacks(object as *const Object as usize);
    }
}

#[inline(never)]
fn queue_callbacks(address: usize) {
    let Ok(Some(watchers)) = WATCHED.try_with(|w| w.borrow_mut().remove(&address)) else { return };
    if DUE.try_with(|due| due.borrow_mut().extend(watchers)).is_ok() {
        crate::runtime::generator::note_pending();
    }
}

/// The callbacks due, each with its weak reference if still alive.
pub fn take_due() -> Vec<(Value, Value)> {
    let due = DUE.try_with(|d| std::mem::take(&mut *d.borrow_mut())).unwrap_or_default();
    due.into_iter()
        .filter_map(|(reference, callback)| Some((reference.upgrade().map(Value::Obj)?, callback)))
        .collect()
}

/// The object `v` refers to, if a weak reference may be made to it (CPython refuses ints,
/// strs, tuples, lists, dicts and the like).
fn referent(v: &Value) -> Result<&Rc<Object>, Value> {
    let refusal = || type_error(format!("cannot create weak reference to '{}' object", v.type_name()));
    let Value::Obj(rc) = v else { return Err(refusal()) };
    match &**rc {
        Object::Instance(_)
        | Object::Class(_)
        | Object::Function(_)
        | Object::Set(_)
        | Object::FrozenSet(_)
        | Object::Generator(_)
        | Object::Module { .. }
        | Object::Code(_)
        | Object::Method { .. }
        | Object::Property(_)
        | Object::Type(_) => Ok(rc),
        _ => Err(refusal()),
    }
}

fn one(args: &CallArgs, n: usize) -> Result<&[Value], Value> {
    match args.positional.len() == n && args.keywords.is_empty() {
        true => Ok(&args.positional),
        false => Err(type_error(format!("expected {n} arguments, got {}", args.positional.len()))),
    }
}

/// `handle(obj)`: a weak handle on `obj`.
fn handle(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let target = referent(&one(&args, 1)?[0])?;
    Ok(Value::obj(Object::WeakRef(Rc::downgrade(target))))
}

/// `target(handle)`: the object, or None once freed.
fn target(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    match one(&args, 1)?[0].object() {
        Some(Object::WeakRef(weak)) => Ok(weak.upgrade().map_or(Value::None, Value::Obj)),
        _ => Err(type_error("target() expects a weak handle")),
    }
}

/// `count(obj)`: how many weak handles there are on `obj`.
fn count(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let count = match &one(&args, 1)?[0] {
        Value::Obj(rc) => Rc::weak_count(rc),
        _ => 0,
    };
    Ok(Value::Int(count as i64))
}

/// `watch(obj, reference, callback)`: call `callback(reference)` when `obj` is freed.
fn watch(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [obj, reference, callback] = one(&args, 3)? else { unreachable!("three arguments checked") };
    let address = Rc::as_ptr(referent(obj)?) as usize;
    let Value::Obj(reference) = reference else { return Err(type_error("watch() needs a reference object")) };
    let watcher = (Rc::downgrade(reference), callback.clone());
    WATCHED.with(|w| w.borrow_mut().entry(address).or_default().push(watcher));
    ANY_WATCHED.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

/// The module object.
pub fn module() -> Value {
    let mut dict = DictMap::default();
    dict.insert(Key(Value::str("__name__")), Value::str("_weakref_handles"));
    let functions: [(&'static str, BuiltinFn); 4] =
        [("handle", handle), ("target", target), ("count", count), ("watch", watch)];
    for (name, func) in functions {
        dict.insert(Key(Value::str(name)), Value::obj(Object::Builtin(Builtin { name, func })));
    }
    Value::obj(Object::Module { name: "_weakref_handles".into(), dict: Rc::new(RefCell::new(dict)) })
}
