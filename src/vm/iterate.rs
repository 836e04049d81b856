//! Advancing iterators, including those that call back into Python (`map`, `filter`) and
//! generators (run here in a nested loop, for built-ins written in Rust).

use super::Vm;
use super::generator::{Input, Stop};
use crate::runtime::exception::ExcKind;
use crate::runtime::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::{Iter, Object, Value};

impl Vm {
    /// The next item of an iterator, or `None` when it is exhausted.
    pub fn next_item(&mut self, iterator: &Value) -> Result<Option<Value>, Value> {
        let state = match iterator.object() {
            Some(Object::Iterator(state)) if !state.borrow().calls_back() => return ops::next(iterator),
            Some(Object::Iterator(state)) => state,
            Some(Object::Instance(_)) => match self.next_of_instance(iterator) {
                Some(result) => return result,
                // A subclass of a built-in iterator type (`class C(map)`) advances its value.
                None => match crate::runtime::class::base_value(iterator) {
                    Some(base) if matches!(base.object(), Some(Object::Iterator(_))) => {
                        return self.next_item(&base.clone());
                    }
                    _ => return ops::next(iterator),
                },
            },
            Some(Object::Generator(g))
                if g.borrow().kind == crate::runtime::generator::GenKind::Generator =>
            {
                return match self.run_generator(iterator, Input::Send(Value::None))? {
                    Stop::Yielded(item) => Ok(Some(item)),
                    Stop::Returned(_) => Ok(None),
                };
            }
            _ => return ops::next(iterator),
        };
        // Iterators over other iterators are advanced here, so that their inner iterators
        // may call back into Python too. (The state is cloned out: advancing borrows it.)
        let state = match &*state.borrow() {
            Iter::Map { func, inners } => Iter::Map { func: func.clone(), inners: inners.clone() },
            Iter::Filter { func, inner } => Iter::Filter { func: func.clone(), inner: inner.clone() },
            Iter::Zip { inners, strict } => Iter::Zip { inners: inners.clone(), strict: *strict },
            Iter::Enumerate { inner, count } => {
                Iter::Enumerate { inner: inner.clone(), count: count.clone() }
            }
            Iter::GetItem { object, index } => Iter::GetItem { object: object.clone(), index: *index },
            Iter::Reversed { object, index } => Iter::Reversed { object: object.clone(), index: *index },
            Iter::Call { func, sentinel } => Iter::Call { func: func.clone(), sentinel: sentinel.clone() },
            _ => Iter::Done,
        };
        let callback = match state {
            Iter::Map { func, inners } => (func, inners, true),
            Iter::Filter { func, inner } => (func, vec![inner], false),
            Iter::Zip { inners, strict } => {
                return ops::zip_step(&inners, strict, &mut |inner| self.next_item(inner));
            }
            Iter::Enumerate { inner, count } => return self.enumerate_step(iterator, &inner, count),
            Iter::GetItem { object, index } => return self.getitem_step(iterator, &object, index),
            Iter::Reversed { object, index } => return self.reversed_step(iterator, &object, index),
            Iter::Call { func, sentinel } => {
                let Some(item) = stop_ends(self.call_value(&func, CallArgs::default()))? else {
                    return Ok(None);
                };
                let done = self.compare_any(crate::bytecode::opcode::CompareOp::Eq, &item, &sentinel)?;
                if self.truthy(&done)? {
                    if let Some(Object::Iterator(state)) = iterator.object() {
                        *state.borrow_mut() = Iter::Done;
                    }
                    return Ok(None);
                }
                return Ok(Some(item));
            }
            _ => return ops::next(iterator),
        };
        let (func, inners, is_map) = callback;
        loop {
            let mut args = Vec::with_capacity(inners.len());
            for inner in &inners {
                match self.next_item(inner)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            if is_map {
                return stop_ends(
                    self.call_value(&func, CallArgs { positional: args, keywords: Vec::new() }),
                );
            }
            let item = args.pop().unwrap_or(Value::None);
            let keep = match func {
                Value::None => self.truthy(&item)?,
                _ => {
                    let verdict = self
                        .call_value(&func, CallArgs { positional: vec![item.clone()], keywords: Vec::new() });
                    let Some(verdict) = stop_ends(verdict)? else { return Ok(None) };
                    self.truthy(&verdict)?
                }
            };
            if keep {
                return Ok(Some(item));
            }
        }
    }

    /// One step of the `__getitem__` iteration: `object[index]`, ending at IndexError (or
    /// StopIteration), as CPython's sequence iterator.
    fn getitem_step(&mut self, iterator: &Value, object: &Value, index: i64) -> Result<Option<Value>, Value> {
        match self.get_item(object, &Value::Int(index)) {
            Ok(item) => {
                if let Some(Object::Iterator(state)) = iterator.object() {
                    *state.borrow_mut() = Iter::GetItem { object: object.clone(), index: index + 1 };
                }
                Ok(Some(item))
            }
            Err(e)
                if matches!(e.object(), Some(Object::Exception(x))
                if matches!(x.borrow().kind, ExcKind::IndexError | ExcKind::StopIteration)) =>
            {
                if let Some(Object::Iterator(state)) = iterator.object() {
                    *state.borrow_mut() = Iter::Done;
                }
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// One step of `reversed` over `__len__` and `__getitem__`: `object[index]`, then the
    /// item before it.
    fn reversed_step(
        &mut self,
        iterator: &Value,
        object: &Value,
        index: i64,
    ) -> Result<Option<Value>, Value> {
        let Some(Object::Iterator(state)) = iterator.object() else { return Ok(None) };
        if index < 0 {
            *state.borrow_mut() = Iter::Done;
            return Ok(None);
        }
        *state.borrow_mut() = Iter::Reversed { object: object.clone(), index: index - 1 };
        self.get_item(object, &Value::Int(index)).map(Some)
    }

    /// `item in iterator`: advances the iterator (or generator) up to the first equal item.
    pub fn iterator_contains(&mut self, iterator: &Value, item: &Value) -> Result<bool, Value> {
        while let Some(x) = self.next_item(iterator)? {
            if ops::identical_or_equal(&x, item) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// One step of `enumerate`: the next `(count, item)`, counting on.
    fn enumerate_step(
        &mut self,
        iterator: &Value,
        inner: &Value,
        count: Value,
    ) -> Result<Option<Value>, Value> {
        let Some(item) = self.next_item(inner)? else { return Ok(None) };
        if let Some(Object::Iterator(state)) = iterator.object()
            && let Iter::Enumerate { count, .. } = &mut *state.borrow_mut()
        {
            *count = crate::runtime::ops::count_after(count);
        }
        Ok(Some(Value::pair(count, item)))
    }
}

/// A call made by a built-in iterator's step: a StopIteration it raises ends the iteration
/// (CPython's consumers take it from any `__next__` as the end), other errors propagate.
fn stop_ends(result: Result<Value, Value>) -> Result<Option<Value>, Value> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if crate::runtime::exception::is_kind(&e, crate::runtime::exception::ExcKind::StopIteration) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
