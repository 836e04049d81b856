//! Async generators' steps and hooks. Each `__anext__()`, `asend(v)`, `athrow(e)` or
//! `aclose()` makes an awaitable step (`AsyncGenStep`); awaiting it (the SEND of an `await`),
//! or calling its `send`/`throw` (a task driving it), resumes the async generator's frame
//! through `generator.rs` with `Resume::AsyncGen`. The hooks of `sys.set_asyncgen_hooks`
//! are taken when a generator is first stepped: `firstiter` is called then, and `finalizer`
//! instead of closing the generator when it is freed unfinished (asyncio schedules
//! `aclose()` with it).

use super::Vm;
use super::generator::{Input, Resume, method_call, thrown};
use crate::runtime::exception::{ExcKind, exception_with_args, new_exception, type_error};
use crate::runtime::function::CallArgs;
use crate::runtime::generator::{AsyncGenAction, StepState, as_generator, as_step, new_step};
use crate::runtime::value::{Object, Value};

impl Vm {
    /// Resume the async generator of `step` with what the step does first, then with
    /// `input` (the values sent into the await). `called`: by the step's `send`/`throw`
    /// methods rather than by an await.
    pub(super) fn resume_step(&mut self, step: &Value, input: Input, called: bool) -> Result<(), Value> {
        let Some(cell) = as_step(step) else { return Err(type_error("not an async generator step")) };
        let mut s = cell.borrow_mut();
        let closing = matches!(s.action, AsyncGenAction::Close);
        let input = match (s.state, input) {
            (StepState::Closed, _) => {
                let msg = match s.action {
                    AsyncGenAction::Send(_) => "cannot reuse already awaited __anext__()/asend()",
                    _ => "cannot reuse already awaited aclose()/athrow()",
                };
                return Err(new_exception(ExcKind::RuntimeError, msg));
            }
            (StepState::Init, input) => {
                s.state = StepState::Iterating;
                match (&s.action, input) {
                    (_, Input::Throw(exc)) => Input::Throw(exc),
                    (AsyncGenAction::Send(v), _) => Input::Send(v.clone()),
                    (AsyncGenAction::Throw(exc), _) => Input::Throw(exc.clone()),
                    (AsyncGenAction::Close, _) => {
                        Input::Throw(exception_with_args(ExcKind::GeneratorExit, Vec::new()))
                    }
                }
            }
            (StepState::Iterating, input) => input,
        };
        let agen = s.agen.clone();
        drop(s);
        self.resume(&agen, input, Resume::AsyncGen { step: step.clone(), closing, called })
    }

    /// `agen.__anext__()`, `asend(v)`, `athrow(e)`, `aclose()`: the awaitable step.
    pub(super) fn async_generator_step(
        &mut self,
        agen: &Value,
        name: &str,
        args: CallArgs,
    ) -> Result<Value, Value> {
        let mut positional = args.positional;
        let n = positional.len();
        if !args.keywords.is_empty() {
            return Err(type_error(format!("async_generator.{name}() takes no keyword arguments")));
        }
        let action = match name {
            "__anext__" if n == 0 => AsyncGenAction::Send(Value::None),
            "asend" if n == 1 => AsyncGenAction::Send(positional.remove(0)),
            "aclose" if n == 0 => AsyncGenAction::Close,
            "athrow" if (1..=3).contains(&n) => {
                let value = positional.get(1).cloned().unwrap_or(Value::None);
                AsyncGenAction::Throw(thrown(&positional[0], value)?)
            }
            "__anext__" | "aclose" => {
                return Err(type_error(format!("async_generator.{name}() takes no arguments ({n} given)")));
            }
            "asend" => {
                return Err(type_error(format!(
                    "async_generator.asend() takes exactly one argument ({n} given)"
                )));
            }
            "athrow" => return Err(type_error(format!("athrow expected at least 1 argument, got {n}"))),
            _ => {
                return Err(new_exception(
                    ExcKind::AttributeError,
                    &format!("'async_generator' object has no attribute '{name}'"),
                ));
            }
        };
        self.new_async_step(agen, action)
    }

    /// A step of `agen`; the first one takes the async generator hooks.
    pub(super) fn new_async_step(&mut self, agen: &Value, action: AsyncGenAction) -> Result<Value, Value> {
        if let Some(cell) = as_generator(agen)
            && cell.borrow().finalizer.is_none()
        {
            cell.borrow_mut().finalizer = Some(self.asyncgen_finalizer.clone());
            let firstiter = self.asyncgen_firstiter.clone();
            if !matches!(firstiter, Value::None) {
                self.call_value(
                    &firstiter,
                    CallArgs { positional: vec![agen.clone()], keywords: Vec::new() },
                )?;
            }
        }
        Ok(new_step(agen.clone(), action))
    }

    /// `step.close()`, or `send`/`throw` called from Rust code (only bytecode drives a step).
    pub fn async_step_method(&mut self, step: &Value, name: &str) -> Result<Value, Value> {
        match name {
            "close" => {
                close_step(step);
                Ok(Value::None)
            }
            "__await__" => Ok(step.clone()),
            _ => Err(type_error(format!("pyglass cannot call {}.{name}() from here", step.type_name()))),
        }
    }

    /// A call from bytecode of a step's `send` or `throw` (`resumes_step` said so).
    pub(super) fn call_step(&mut self, step: &Value, name: &str, args: CallArgs) -> Result<(), Value> {
        let (input, _) = method_call(name, args)?;
        self.resume_step(step, input, true)
    }

    /// Hand the async generator `agen`, freed unfinished, to the finalizer hook it took; `false`
    /// if it took none (it is then closed as a generator is).
    pub(super) fn finalize_async_generator(&mut self, agen: &Value) -> bool {
        let Some(cell) = as_generator(agen) else { return false };
        // Handed over once only: the hook may let it go again.
        let finalizer = cell.borrow_mut().finalizer.replace(Value::None);
        let Some(finalizer) = finalizer.filter(|f| !matches!(f, Value::None)) else { return false };
        let args = CallArgs { positional: vec![agen.clone()], keywords: Vec::new() };
        if let Err(exc) = self.call_value(&finalizer, args) {
            self.report_ignored(&agen.repr(), &exc);
        }
        true
    }
}

/// Is this call a step's `send` or `throw`, which `call_step` runs?
pub fn resumes_step(callable: &Value) -> Option<(&Value, &str)> {
    match callable.object() {
        Some(Object::BoundMethod { receiver, name })
            if as_step(receiver).is_some() && matches!(&**name, "send" | "throw") =>
        {
            Some((receiver, &**name))
        }
        _ => None,
    }
}

/// An awaited async generator step is over: awaiting it again is an error.
pub(super) fn close_step(step: &Value) {
    if let Some(cell) = as_step(step) {
        cell.borrow_mut().state = StepState::Closed;
    }
}
