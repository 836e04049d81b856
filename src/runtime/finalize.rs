//! `__del__`: an instance of a class with a finalizer, freed, is not freed yet. Its contents
//! move into a new instance (the old one is inside its `Rc`, which is going away) that waits
//! here until the VM's next check (`Vm::close_unreachable`, where freed generators are
//! closed too: after the statement that freed it, before the next one runs), which calls
//! its `__del__` and lets it go. A finalizer runs once per object, as PEP 442 says: a
//! finalized instance is remembered by address until it is really freed, even if `__del__`
//! kept it alive. Cyclic garbage is never collected, so instances in cycles are never
//! finalized.
//!
//! Programs without `__del__` pay one load per instance freed: nothing is looked at until a
//! class with a finalizer has been made (`ANY_FINALIZER`).

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};

use rustc_hash::FxHashSet;

use super::attrs::Attrs;
use super::class::{Instance, as_class, class_epoch, lineage};
use super::value::{Key, Object, StrKey, Value};

/// Set once any class has had a `__del__`.
static ANY_FINALIZER: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Freed instances waiting for their `__del__`, alive again.
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// The addresses of instances whose `__del__` has run.
    static FINALIZED: RefCell<FxHashSet<usize>> = RefCell::new(FxHashSet::default());
}

/// A class with a `__del__` exists (made, or given one): freed instances are looked at.
pub fn note_finalizer() {
    ANY_FINALIZER.store(true, Ordering::Relaxed);
}

/// `Instance`'s drop: an instance of a class with a finalizer not run yet waits in `PENDING`.
#[inline]
pub fn on_drop(instance: &mut Instance) {
    if ANY_FINALIZER.load(Ordering::Relaxed) {
        hold_for_finalizer(instance);
    }
}

#[inline(never)]
fn hold_for_finalizer(instance: &mut Instance) {
    let address = instance as *const Instance as usize;
    let finalized = FINALIZED.try_with(|f| f.borrow_mut().remove(&address)).unwrap_or(true);
    if finalized || !has_finalizer(&instance.class()) {
        return;
    }
    let held = Instance {
        class_address: Cell::new(instance.class_address()),
        class: RefCell::new(std::mem::replace(instance.class.get_mut(), Value::None)),
        attrs: RefCell::new(std::mem::replace(instance.attrs.get_mut(), Attrs::Values(Vec::new()))),
        base: instance.base.take(),
        hash: Cell::new(instance.hash.get()),
    };
    let held = Value::obj(Object::Instance(Box::new(held)));
    if PENDING.try_with(|p| p.borrow_mut().push(held)).is_ok() {
        super::generator::note_pending();
    }
}

/// Whether `value` is an instance whose class has a `__del__` that has not run yet.
pub fn awaits_finalizer(value: &Value) -> bool {
    let Some(Object::Instance(i)) = value.object() else { return false };
    let address = &**i as *const Instance as usize;
    ANY_FINALIZER.load(Ordering::Relaxed)
        && has_finalizer(&i.class())
        && !FINALIZED.try_with(|f| f.borrow().contains(&address)).unwrap_or(true)
}

/// Whether instances of `class` have a `__del__`: the class's cached flags, or (classes
/// changed since) a look through its lineage that does not wait on a class dict being
/// changed (the instance may be freed by that very change).
fn has_finalizer(class: &Value) -> bool {
    let Some(c) = as_class(class) else { return false };
    let cached = c.flags.get();
    if cached.epoch() == class_epoch() {
        return cached.finalizer;
    }
    let key = StrKey("__del__");
    lineage(class)
        .any(|k| as_class(k).is_some_and(|k| k.dict.try_borrow().is_ok_and(|d| d.contains_key(&key))))
}

/// The freed instances waiting for their `__del__`.
pub fn take_pending() -> Vec<Value> {
    PENDING.try_with(|p| std::mem::take(&mut *p.borrow_mut())).unwrap_or_default()
}

/// `instance`'s `__del__` has run: it is freed as any object from now on.
pub fn finalized(instance: &Value) {
    if let Some(Object::Instance(i)) = instance.object() {
        let address = &**i as *const Instance as usize;
        let _ = FINALIZED.try_with(|f| f.borrow_mut().insert(address));
    }
}

/// A class namespace that holds `__del__` makes finalizers possible.
pub fn note_namespace(names: &super::value::DictMap) {
    if names.contains_key(&Key(Value::str("__del__"))) {
        note_finalizer();
    }
}
