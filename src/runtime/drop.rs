//! Freeing deeply nested values without deep Rust recursion. Dropping an `Rc<Object>` drops
//! its children, which drop theirs: a linked list of a million nested lists (built in a loop,
//! no Python recursion needed) would overflow the Rust stack. So `Object`'s `Drop` takes the
//! children of a container out and frees them through `free`, which counts the nesting and,
//! past `MAX_DEPTH`, parks them on a thread-local worklist that the outermost `free` empties.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::attrs::Attrs;
use super::tuple::TupleItems;
use super::value::{Iter, Object, Value};

/// How many containers deep a drop recurses before it defers the rest: far below what the
/// Rust stack can take.
const MAX_DEPTH: u32 = 200;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Deferred children, of whatever type held them (boxed only on this rare path).
    static PENDING: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
    /// Whether anything was deferred: the outermost `free` looks at `PENDING` (a thread-local
    /// with a destructor, so each access checks its state, then a `RefCell` borrow) only then.
    static PARKED: Cell<bool> = const { Cell::new(false) };
}

/// Drops `children` (taken out of a container being freed) with bounded Rust recursion.
pub fn free<T: 'static>(children: T) {
    let depth = DEPTH.get();
    if depth >= MAX_DEPTH {
        // During thread teardown the worklist may be gone: then free in place.
        let mut children = Some(children);
        let _ = PENDING.try_with(|pending| {
            if let Some(c) = children.take() {
                pending.borrow_mut().push(Box::new(c));
                PARKED.set(true);
            }
        });
        return;
    }
    DEPTH.set(depth + 1);
    drop(children);
    if depth == 0 && PARKED.get() {
        // What these drops defer in turn is pushed here too (they run one level deeper).
        while let Some(next) = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten() {
            drop(next);
        }
        PARKED.set(false);
    }
    DEPTH.set(depth);
}

fn reversed(mut items: Vec<Value>) -> Vec<Value> {
    items.reverse();
    items
}

fn take(value: &mut Value) -> Value {
    std::mem::replace(value, Value::None)
}

impl Drop for Object {
    /// Only the containers a program can nest without bound are handled here; a generator's
    /// frame is freed through `free` by the generator's own `Drop`.
    fn drop(&mut self) {
        crate::builtins::weakrefs::on_drop(self);
        match self {
            // Last item first, as CPython frees them (the order shows in warnings).
            Object::List(items) => free(reversed(std::mem::take(items.get_mut()))),
            Object::Tuple(TupleItems::Items(items)) => free(reversed(std::mem::take(items))),
            Object::Tuple(TupleItems::Pair([first, second])) => free((take(second), take(first))),
            Object::Dict(map) => {
                if let Some(map) = Rc::get_mut(map) {
                    free(std::mem::take(map.get_mut()));
                }
            }
            Object::Instance(instance) => {
                super::finalize::on_drop(instance);
                let (values, map) = match instance.attrs.get_mut() {
                    Attrs::Values(values) => (std::mem::take(values), None),
                    Attrs::Dict(map) => (Vec::new(), Rc::get_mut(map).map(|m| std::mem::take(m.get_mut()))),
                };
                free((values, map, instance.base.take()));
            }
            Object::Cell(cell) => free(cell.get_mut().take()),
            Object::Iterator(iter) => {
                free(std::mem::replace(iter.get_mut(), Iter::Range { next: 0, stop: 0, step: 1 }))
            }
            Object::Function(function) => {
                free((std::mem::take(&mut function.defaults), std::mem::take(&mut function.closure)))
            }
            Object::Exception(exception) => {
                let exception = exception.get_mut();
                let attrs = std::mem::take(&mut exception.attrs);
                free((
                    exception.context.take(),
                    exception.cause.take(),
                    std::mem::take(&mut exception.args),
                    attrs,
                ))
            }
            Object::Method { func, receiver } => free((take(func), take(receiver))),
            Object::BoundMethod { receiver, .. } => free(take(receiver)),
            Object::StaticMethod(inner) | Object::ClassMethod(inner) => free(take(inner)),
            _ => {}
        }
    }
}
