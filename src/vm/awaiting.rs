//! The instructions of `await`, `async for` and `async with` that turn objects into the
//! iterators the SEND/YIELD_VALUE loop drives: coroutines and async generator steps as they
//! are, anything else through its `__await__`, `__aiter__`, `__anext__`, `__aenter__` and
//! `__aexit__` special methods, with CPython's errors. Driving them is `generator.rs`'s job.

use super::Vm;
use super::special::is_instance;
use crate::runtime::class;
use crate::runtime::exception::{ExcKind, new_exception, type_error};
use crate::runtime::generator::{AsyncGenAction, GenKind, as_generator, as_step, kind_of};
use crate::runtime::value::{Object, Value};

impl Vm {
    /// GET_AWAITABLE: the iterator that awaiting `v` drives. `context` is 0 for `await`, 1
    /// for the result of `__aenter__`, 2 for that of `__aexit__` (for the error message).
    pub(super) fn get_awaitable(&mut self, v: Value, context: u32) -> Result<Value, Value> {
        if kind_of(&v) == Some(GenKind::Coroutine) {
            let awaited = as_generator(&v).is_some_and(|g| g.borrow().delegate().is_some());
            if awaited {
                return Err(new_exception(ExcKind::RuntimeError, "coroutine is being awaited already"));
            }
            return Ok(v);
        }
        if as_step(&v).is_some() || is_iterable_coroutine(&v) {
            return Ok(v);
        }
        let not_awaitable = |v: &Value| match context {
            1 => type_error(format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                v.type_name()
            )),
            2 => type_error(format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                v.type_name()
            )),
            _ => type_error(format!("object {} can't be used in 'await' expression", v.type_name())),
        };
        if !is_instance(&v) {
            return Err(not_awaitable(&v));
        }
        let Some(result) = self.call_special(&v, "__await__", Vec::new()) else {
            return Err(not_awaitable(&v));
        };
        let iterator = result?;
        match kind_of(&iterator) {
            // A coroutine's own `__await__()` is the coroutine here (CPython wraps it), so
            // `return coro.__await__()` gives one; CPython refuses a bare coroutine.
            Some(GenKind::Coroutine | GenKind::Generator) => Ok(iterator),
            _ if is_instance(&iterator)
                && class::lookup(&super::classes::class_of(&iterator), "__next__").is_some() =>
            {
                Ok(iterator)
            }
            _ => Err(type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                iterator.type_name()
            ))),
        }
    }

    /// GET_AITER: `v.__aiter__()`.
    pub(super) fn get_aiter(&mut self, v: Value) -> Result<Value, Value> {
        if kind_of(&v) == Some(GenKind::AsyncGenerator) {
            return Ok(v);
        }
        match self.call_special(&v, "__aiter__", Vec::new()) {
            Some(result) => {
                let aiter = result?;
                if !is_async_iterator(&aiter) {
                    return Err(type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        aiter.type_name()
                    )));
                }
                Ok(aiter)
            }
            None => Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                v.type_name()
            ))),
        }
    }

    /// GET_ANEXT: the awaitable iterator of `aiter.__anext__()`.
    pub(super) fn get_anext(&mut self, aiter: &Value) -> Result<Value, Value> {
        if kind_of(aiter) == Some(GenKind::AsyncGenerator) {
            return self.new_async_step(aiter, AsyncGenAction::Send(Value::None));
        }
        let awaitable = match self.call_special(aiter, "__anext__", Vec::new()) {
            Some(result) => result?,
            None => {
                return Err(type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    aiter.type_name()
                )));
            }
        };
        let name = awaitable.type_name();
        self.get_awaitable(awaitable, 0).map_err(|_| {
            // CPython names the object __anext__ returned, whatever went wrong with it.
            type_error(format!("'async for' received an invalid object from __anext__: {name}"))
        })
    }

    /// BEFORE_ASYNC_WITH: the bound `__aexit__` of `manager` and what its `__aenter__`
    /// returned (to be awaited).
    pub(super) fn before_async_with(&mut self, manager: &Value) -> Result<(Value, Value), Value> {
        let class = super::classes::class_of(manager);
        let protocol_error = |missing: &str| {
            type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missing}",
                manager.type_name()
            ))
        };
        if !is_instance(manager) || class::lookup(&class, "__aenter__").is_none() {
            return Err(protocol_error(""));
        }
        if class::lookup(&class, "__aexit__").is_none() {
            return Err(protocol_error(" (missed __aexit__ method)"));
        }
        let exit = self.get_attr(manager, "__aexit__")?;
        let enter = self.get_attr(manager, "__aenter__")?;
        let entered = self.call_value(&enter, Default::default())?;
        Ok((exit, entered))
    }
}

impl Vm {
    /// `aiter(v)`.
    pub fn builtin_aiter(&mut self, v: &Value) -> Result<Value, Value> {
        if kind_of(v) == Some(GenKind::AsyncGenerator) {
            return Ok(v.clone());
        }
        let Some(result) = self.call_special(v, "__aiter__", Vec::new()) else {
            return Err(type_error(format!("'{}' object is not an async iterable", v.type_name())));
        };
        let aiter = result?;
        if !is_async_iterator(&aiter) {
            return Err(type_error(format!(
                "aiter() returned not an async iterator of type '{}'",
                aiter.type_name()
            )));
        }
        Ok(aiter)
    }

    /// `anext(aiter[, default])`: the awaitable of its next item (`default` instead of
    /// StopAsyncIteration, for an async generator).
    pub fn builtin_anext(&mut self, aiter: &Value, default: Option<Value>) -> Result<Value, Value> {
        if !is_async_iterator(aiter) {
            return Err(type_error(format!("'{}' object is not an async iterator", aiter.type_name())));
        }
        if kind_of(aiter) == Some(GenKind::AsyncGenerator) {
            let step = self.new_async_step(aiter, AsyncGenAction::Send(Value::None))?;
            if let Some(cell) = as_step(&step) {
                cell.borrow_mut().default = default;
            }
            return Ok(step);
        }
        if default.is_some() {
            return Err(type_error("pyglass supports anext() with a default for async generators only"));
        }
        self.call_special(aiter, "__anext__", Vec::new()).unwrap_or(Ok(Value::None))
    }
}

/// Does `v` have `__anext__` (an async generator, or an instance whose class defines it)?
fn is_async_iterator(v: &Value) -> bool {
    kind_of(v) == Some(GenKind::AsyncGenerator)
        || (is_instance(v) && class::lookup(&super::classes::class_of(v), "__anext__").is_some())
}

/// END_ASYNC_FOR: does `exc` end an `async for` loop (StopAsyncIteration)?
pub(super) fn ends_async_for(exc: &Value) -> bool {
    matches!(exc.object(), Some(Object::Exception(e)) if e.borrow().kind.is_subclass_of(ExcKind::StopAsyncIteration))
}

/// A generator of a function marked by `types.coroutine`, which `await` drives as it is.
fn is_iterable_coroutine(v: &Value) -> bool {
    kind_of(v) == Some(GenKind::Generator)
        && as_generator(v).is_some_and(|g| g.borrow().code.flags.iterable_coroutine)
}
