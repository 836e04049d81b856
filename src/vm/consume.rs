//! Built-ins that consume a generator, called from bytecode with it as their one argument
//! (`list(g)`, `tuple(g)`, `set(g)`, `frozenset(g)`, `sum(g)`, `any(g)`, `all(g)`, most
//! often over a generator expression): the generator runs in the caller's run loop, resumed
//! once with `Resume::Consume`, and in the unobserved loop its YIELD_VALUE hands each item
//! to the consumer and goes on without suspending (`take`). The built-in's answer is pushed
//! for the caller when the generator returns.
//!
//! Python sees what the built-in would have done: `list` and `tuple` gather the items in
//! order and are then called on them, as they gather their argument before they look at any
//! item; `set` and `frozenset` add each item as it comes, as `sum` does, and `any` and `all`
//! look at each item as it comes. An item whose membership, sum or truth is Python code's to
//! say (an instance's `__hash__`/`__eq__`, `__add__`, `__bool__` or `__len__`), that cannot
//! be added (unhashable), whose sum fails, or that decides the answer, is yielded for real,
//! so the generator is suspended at it, as in CPython. From there the built-in's usual code,
//! advancing the generator in a nested loop, finishes the work (`finish_yielded`).

use super::Vm;
use std::cell::RefCell;

use super::special::{has_python_identity, is_instance};
use crate::bytecode::opcode::BinaryOp;
use crate::runtime::function::CallArgs;
use crate::runtime::generator::{GenKind, kind_of};
use crate::runtime::set::SetTable;
use crate::runtime::value::{Object, Value};

/// A built-in consuming a generator in the run loop.
pub struct Consumer {
    /// The built-in (or built-in type) called.
    callable: Value,
    generator: Value,
    work: Work,
}

enum Work {
    /// Gather the items; the built-in is then called on them (a list).
    Gather(Vec<Value>),
    /// `set` or `frozenset`: each item added as it comes, as CPython adds them (an
    /// unhashable one raises at once, before the generator goes on).
    Set { table: SetTable, frozen: bool },
    /// `sum`: the total so far (no list of the items, no call of the built-in at the end).
    Sum(Value),
    /// `any` (stop on a true item) or `all` (stop on a false one).
    Scan { stop_on: bool },
}

/// The consumer for a call of `callable` with the one argument `arg`, if it is one of these
/// built-ins and `arg` a generator.
pub fn consumer_for(callable: &Value, arg: &Value) -> Option<Consumer> {
    if kind_of(arg) != Some(GenKind::Generator) {
        return None;
    }
    let work = match callable.object()? {
        Object::Type("list" | "tuple") => Work::Gather(Vec::new()),
        Object::Type(name @ ("set" | "frozenset")) => {
            Work::Set { table: SetTable::default(), frozen: *name == "frozenset" }
        }
        Object::Builtin(b) => match b.name {
            "sum" => Work::Sum(Value::Int(0)),
            "any" => Work::Scan { stop_on: true },
            "all" => Work::Scan { stop_on: false },
            _ => return None,
        },
        _ => return None,
    };
    Some(Consumer { callable: callable.clone(), generator: arg.clone(), work })
}

impl Consumer {
    pub fn generator(&self) -> &Value {
        &self.generator
    }

    /// An item yielded in the unobserved run loop: taken (the generator goes on), or given
    /// back to be yielded for real.
    #[inline]
    pub fn take(&mut self, item: Value) -> Option<Value> {
        match &mut self.work {
            Work::Gather(items) => {
                items.push(item);
                None
            }
            // (A member equal by Python code, or an unhashable one that raises, is added by
            // `finish_yielded`.)
            Work::Set { table, .. } if !has_python_identity(&item) => table.insert_or_return(item),
            Work::Set { .. } => Some(item),
            Work::Sum(total) => add_to(total, item),
            Work::Scan { stop_on } if !is_instance(&item) && item.truthy() != *stop_on => None,
            Work::Scan { .. } => Some(item),
        }
    }
}

/// `sum`'s next item added to `total`, or given back to be yielded for real: an instance's
/// (Python code adds it), or one whose addition fails. (An addition of built-in values has no
/// side effect: a failed one is made again by `sum`'s own code, which raises its error.) Out
/// of line, so the other built-ins' `take` saves no registers for it.
#[inline(never)]
fn add_to(total: &mut Value, item: Value) -> Option<Value> {
    if is_instance(total) || is_instance(&item) {
        return Some(item);
    }
    match crate::runtime::ops::binary_op(BinaryOp::Add, total, &item) {
        Ok(sum) => {
            *total = sum;
            None
        }
        Err(_) => Some(item),
    }
}

impl Vm {
    /// The generator yielded `item` for real (it is suspended at it): the built-in's own code
    /// takes it from there, and its answer goes to the caller, now the top frame.
    pub(super) fn finish_yielded(&mut self, consumer: Consumer, item: Value) -> Result<(), Value> {
        let Consumer { callable, generator, work } = consumer;
        let answer = match work {
            Work::Gather(mut items) => {
                items.push(item);
                items.extend(self.collect(&generator)?);
                self.answer(&callable, items)?
            }
            Work::Set { table, frozen } => {
                let building = Value::obj(Object::Set(Box::new(RefCell::new(table))));
                self.add_member(&building, item)?;
                while let Some(item) = self.next_item(&generator)? {
                    self.add_member(&building, item)?;
                }
                let Some(Object::Set(table)) = building.object() else { unreachable!("made a set above") };
                crate::builtins::set_value(table.take(), frozen)
            }
            Work::Sum(total) => {
                let mut total = crate::builtins::sum_add(self, &total, &item)?;
                while let Some(item) = self.next_item(&generator)? {
                    total = crate::builtins::sum_add(self, &total, &item)?;
                }
                total
            }
            Work::Scan { stop_on } => {
                let mut answer = !stop_on;
                if self.truthy(&item)? == stop_on {
                    answer = stop_on;
                } else {
                    while let Some(item) = self.next_item(&generator)? {
                        if self.truthy(&item)? == stop_on {
                            answer = stop_on;
                            break;
                        }
                    }
                }
                Value::bool(answer)
            }
        };
        self.frame().stack.push(answer);
        Ok(())
    }

    /// The generator returned: the built-in's answer goes to the caller, now the top frame.
    pub(super) fn finish_returned(&mut self, consumer: Consumer) -> Result<(), Value> {
        let answer = match consumer.work {
            Work::Gather(items) => self.answer(&consumer.callable, items)?,
            Work::Set { table, frozen } => crate::builtins::set_value(table, frozen),
            Work::Sum(total) => total,
            Work::Scan { stop_on } => Value::bool(!stop_on),
        };
        self.frame().stack.push(answer);
        Ok(())
    }

    /// Add `item` to the set being built (`set(g)` after an item yielded for real): one equal
    /// to a member by Python code is that member; an unhashable one raises.
    fn add_member(&mut self, set: &Value, item: Value) -> Result<(), Value> {
        let item = self.canonical_key(set, item)?;
        match set.object() {
            Some(Object::Set(table)) => table.borrow_mut().insert(item),
            _ => Ok(()),
        }
    }

    /// The built-in called on the gathered items.
    fn answer(&mut self, callable: &Value, items: Vec<Value>) -> Result<Value, Value> {
        match callable.object() {
            Some(Object::Type("list")) => Ok(Value::list(items)),
            Some(Object::Type("tuple")) => Ok(Value::tuple(items)),
            _ => self.call_value(
                callable,
                CallArgs { positional: vec![Value::list(items)], keywords: Vec::new() },
            ),
        }
    }
}
