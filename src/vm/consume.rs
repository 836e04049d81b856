//! Built-ins that consume a generator, called from bytecode with it as their one argument
//! (`list(g)`, `tuple(g)`, `set(g)`, `frozenset(g)`, `sum(g)`, `any(g)`, `all(g)`, most
//! often over a generator expression): the generator runs in the caller's run loop, resumed
//! once with `Resume::Consume`, and in the unobserved loop its YIELD_VALUE hands each item
//! to the consumer and goes on without suspending (`take`). The built-in's answer is pushed
//! for the caller when the generator returns.
//!
//! Python sees what the built-in would have done: the items are gathered in order and the
//! built-in is then called on them, as it gathers its argument before it looks at any item;
//! `sum` adds each item as it comes, and `any` and `all` look at each item as it comes. An
//! item whose sum or truth is Python code's to say (an instance's `__add__`, `__bool__` or
//! `__len__`), whose sum fails, or that decides the answer, is yielded for real, so the
//! generator is suspended at it, as in CPython. From there the built-in's usual code,
//! advancing the generator in a nested loop, finishes the work (`finish_yielded`).

use super::Vm;
use super::special::is_instance;
use crate::bytecode::opcode::BinaryOp;
use crate::runtime::function::CallArgs;
use crate::runtime::generator::{GenKind, kind_of};
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
        Object::Type("list" | "tuple" | "set" | "frozenset") => Work::Gather(Vec::new()),
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
            Work::Sum(total) => total,
            Work::Scan { stop_on } => Value::bool(!stop_on),
        };
        self.frame().stack.push(answer);
        Ok(())
    }

    /// The built-in called on the gathered items.
    fn answer(&mut self, callable: &Value, items: Vec<Value>) -> Result<Value, Value> {
        match callable.object() {
            Some(Object::Type("list")) => Ok(Value::list(items)),
            Some(Object::Type("tuple")) => Ok(Value::tuple(items)),
            // Built from the items, without the list and the dispatch of `construct`.
            Some(Object::Type(name @ ("set" | "frozenset"))) => {
                crate::builtins::set_of_items(self, items, *name == "frozenset")
            }
            _ => self.call_value(
                callable,
                CallArgs { positional: vec![Value::list(items)], keywords: Vec::new() },
            ),
        }
    }
}
