//! Running generators without recursion. Resuming a generator pushes its saved frame on the
//! VM's frame stack and the run loop carries on in it; YIELD_VALUE takes the frame back into
//! the generator object. Who resumed it (a FOR_ITER, a call of `next`/`send`/`throw`/`close`,
//! the SEND of a `yield from`, or a built-in written in Rust running a nested loop) is recorded
//! in the frame, and decides where a yielded value, a return value or an escaping exception
//! goes. Coroutines run the same way. An async generator is resumed only by awaiting one of
//! its steps (`AsyncGenStep`: `__anext__()`, `asend`, `athrow`, `aclose`): its own `yield`
//! ends the step, while values its awaits yield pass through to whoever drives the awaiting
//! coroutine. The generator object itself is in `runtime/generator.rs`.

use super::Vm;
use super::async_gen::close_step;
use super::frame::FrameData;
use crate::bytecode::opcode::Op;
use crate::runtime::exception::{ExcKind, exception_kind, exception_with_args, new_exception, type_error};
use crate::runtime::function::CallArgs;
use crate::runtime::generator::{GenKind, GenState, as_generator, as_step, kind_of};
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};

/// Who resumed a generator.
pub enum Resume {
    /// FOR_ITER: a yielded value is the loop's next item; a return ends the loop.
    ForIter,
    /// `next(g)`, `g.__next__()`, `g.send(v)` or `g.throw(e)` called from bytecode: a yielded
    /// value is the call's result; a return raises StopIteration(value) in the caller, or gives
    /// `default` (`next(g, default)`).
    Call { default: Option<Value> },
    /// The SEND of a `yield from`: a yielded value is passed on outward; a return value is
    /// the value of the `yield from` expression.
    Send,
    /// `g.close()` called from bytecode: GeneratorExit escaping, or a return, gives None; a
    /// yield is an error.
    Close,
    /// The SEND of a `yield from` in a generator being closed: the delegate is closed first,
    /// then GeneratorExit (or the error closing it raised) is raised in the delegating one.
    Closing,
    /// A built-in written in Rust (`list(g)`, `sorted(g)`): the nested run loop returns at the
    /// generator's next stop.
    Native,
    /// The SEND of an `await` on `step`, a step of the async generator resumed (or, when
    /// `called`, the step's `send`/`throw` method): its own `yield` gives the await's result
    /// (raises StopIteration with it, when called), the values of awaits inside pass
    /// through; a return raises StopAsyncIteration. When `closing` (`aclose()`),
    /// GeneratorExit or a return give None and a `yield` is an error.
    AsyncGen { step: Value, closing: bool, called: bool },
    /// A built-in consuming the generator from bytecode (`sum(g)`, `list(g)`): in the
    /// unobserved loop it takes the yielded items without the generator being suspended; a
    /// return, or an item yielded for real, gives its answer to the caller (`consume.rs`).
    Consume(Box<super::consume::Consumer>),
}

/// The link from a running generator's frame to its generator object and its resumer.
pub struct GenLink {
    pub generator: Value,
    pub resume: Resume,
    /// The exception the resumer was handling, handled again when the frame leaves.
    caller_handled: Value,
}

impl GenLink {
    /// A link holding nothing: what a suspended generator's frame keeps.
    fn empty() -> GenLink {
        GenLink { generator: Value::None, resume: Resume::Native, caller_handled: Value::None }
    }
}

/// What goes into a resumed generator.
pub enum Input {
    /// The value of the `yield` expression (None for `next`).
    Send(Value),
    /// An exception raised at the `yield`.
    Throw(Value),
    /// The arguments of `g.throw(...)`, as given: a delegate of `yield from` with a `throw`
    /// method gets them unchanged; otherwise they make the exception to raise.
    ThrowArgs(Vec<Value>),
}

/// Where a generator stopped.
pub enum Stop {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Resume `generator`: its frame is pushed and the run loop continues in it. A generator
    /// that cannot run answers at once, to the resumer (a finished one as if it returned None;
    /// one already running with a ValueError). An error returned while the generator's frame
    /// is on top (a thrown exception) is raised in that frame.
    pub(super) fn resume(&mut self, generator: &Value, input: Input, resume: Resume) -> Result<(), Value> {
        let Some(cell) = as_generator(generator) else { return Err(type_error("not a generator")) };
        let input = self.prepare_throw(generator, input)?;
        let closing =
            matches!(resume, Resume::Close | Resume::Closing | Resume::AsyncGen { closing: true, .. });
        let kind = cell.borrow().kind;
        match (cell.borrow().state, &input) {
            (GenState::Running, _) if kind == GenKind::AsyncGenerator => {
                return Err(new_exception(
                    ExcKind::RuntimeError,
                    "anext(): asynchronous generator is already running",
                ));
            }
            (GenState::Running, _) => {
                let msg = format!("{} already executing", kind.name());
                return Err(new_exception(ExcKind::ValueError, &msg));
            }
            (GenState::Finished, Input::Throw(exc)) if !closing => {
                self.thrown = true;
                return Err(exc.clone());
            }
            (GenState::Finished, _) if kind == GenKind::Coroutine && !closing => {
                return Err(new_exception(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"));
            }
            (GenState::Finished, _) => return self.deliver_return(resume, Value::None),
            (GenState::Created, Input::Send(v)) if !matches!(v, Value::None) => {
                let msg = format!("can't send non-None value to a just-started {}", kind.description());
                return Err(type_error(msg));
            }
            _ => {}
        }
        if closing && cell.borrow().state == GenState::Created {
            // Closing a generator that never started finishes it without running it.
            finish(cell);
            return self.deliver_return(resume, Value::None);
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut g = cell.borrow_mut();
        let delegate = if matches!(input, Input::Throw(_)) { g.delegate() } else { None };
        let Some(mut frame) = g.frame.take() else {
            return Err(new_exception(ExcKind::RuntimeError, "internal error: generator without a frame"));
        };
        g.state = GenState::Running;
        let own_handled = std::mem::replace(&mut g.handled, Value::None);
        drop(g);
        let caller_handled = self.handled.clone();
        if !matches!(own_handled, Value::None) {
            // As CPython: an exception thrown into a generator that was suspended inside an
            // `except` block has the exception handled there as its context.
            if let Input::Throw(exc) = &input
                && !ops::is_same(exc, &own_handled)
                && let Some(Object::Exception(e)) = exc.object()
            {
                let mut e = e.borrow_mut();
                if e.context.is_none() {
                    e.context = Some(own_handled.clone());
                }
            }
            self.handled = own_handled;
        }
        self.link(&mut frame, generator, resume, caller_handled);
        match input {
            Input::Send(v) => {
                frame.stack.push(v);
                self.frames.push(frame);
                Ok(())
            }
            // Suspended in `yield from` another generator: the exception goes to the innermost
            // one, while this one waits at its SEND for what comes out.
            Input::Throw(exc) if delegate.as_ref().and_then(as_generator).is_some() => {
                frame.pc -= 1;
                self.frames.push(frame);
                let inner = delegate.unwrap_or(Value::None);
                let resume = if is_generator_exit(&exc) { Resume::Closing } else { Resume::Send };
                self.resume(&inner, Input::Throw(exc), resume)
            }
            // Awaiting a step of an async generator: the exception goes into that generator.
            Input::Throw(exc)
                if !is_generator_exit(&exc) && delegate.as_ref().and_then(as_step).is_some() =>
            {
                frame.pc -= 1;
                self.frames.push(frame);
                self.resume_step(&delegate.unwrap_or(Value::None), Input::Throw(exc), false)
            }
            Input::Throw(exc) => {
                self.frames.push(frame);
                self.thrown = true;
                Err(exc)
            }
            // `prepare_throw` made these an exception above.
            Input::ThrowArgs(_) => {
                self.frames.push(frame);
                Err(new_exception(ExcKind::RuntimeError, "internal error: unprepared generator throw"))
            }
        }
    }

    /// `resume` for a value sent to a generator by a FOR_ITER, a SEND or a call of `next` or
    /// `send` (`resume` is not a closing one), when it can take it at once: suspended (or just
    /// created and sent None) and with no exception of its own to handle again. Anything else
    /// goes the general way. With no observer, the generator's POP_TOP or STORE_FAST of the
    /// value is done too, if it frees no object (`receive`).
    pub(super) fn resume_sent(
        &mut self,
        generator: &Value,
        value: Value,
        resume: Resume,
    ) -> Result<(), Value> {
        if let Some(cell) = as_generator(generator)
            && self.frames.len() < self.recursion_limit
        {
            let mut g = cell.borrow_mut();
            let ready = match g.state {
                GenState::Suspended => true,
                GenState::Created => matches!(value, Value::None),
                _ => false,
            };
            if ready
                && matches!(g.handled, Value::None)
                && let Some(frame) = g.frame.take()
            {
                g.state = GenState::Running;
                drop(g);
                // With no observer, the generator runs in the plain loop, which fuses.
                let fuse = self.observers.is_empty();
                let mut frame = frame;
                let caller_handled = self.handled.clone();
                self.link(&mut frame, generator, resume, caller_handled);
                receive(&mut frame, value, fuse);
                self.frames.push(frame);
                return Ok(());
            }
        }
        self.resume(generator, Input::Send(value), resume)
    }

    /// Link a resumed generator's frame to its generator, its resumer and the exception the
    /// resumer was handling. The frame keeps its link's box from one resumption to the next
    /// (`suspend` empties it); a frame resumed for the first time gets a new one.
    #[inline]
    fn link(&mut self, frame: &mut FrameData, generator: &Value, resume: Resume, caller_handled: Value) {
        // An emptied link holds only placeholders, which own nothing: they are forgotten
        // rather than dropped, which saves a call of the drop glue per resumption. The fields
        // are set one by one: a link built whole, then copied into its box, was read back in
        // wider pieces than it was written, which stalls store-to-load forwarding.
        let fill = |link: &mut GenLink| {
            std::mem::forget(std::mem::replace(&mut link.generator, generator.clone()));
            std::mem::forget(std::mem::replace(&mut link.resume, resume));
            std::mem::forget(std::mem::replace(&mut link.caller_handled, caller_handled));
        };
        if let Some(link) = frame.generator.as_deref_mut() {
            return fill(link);
        }
        let mut link = Box::new(GenLink::empty());
        fill(&mut link);
        frame.generator = Some(link);
    }

    /// YIELD_VALUE: the top frame, a generator's, goes back into its generator object. Returns
    /// who resumed it, or `None` if the frame is not a generator's.
    pub(super) fn suspend(&mut self) -> Option<Resume> {
        self.frames.last()?.generator.as_ref()?;
        let mut frame = self.frames.pop()?;
        // The link is emptied, its box left in the frame for the next resumption (`link`).
        let link = frame.generator.as_deref_mut()?;
        let GenLink { generator, resume, caller_handled } = std::mem::replace(link, GenLink::empty());
        let handled = std::mem::replace(&mut self.handled, caller_handled);
        if let Some(cell) = as_generator(&generator) {
            let mut g = cell.borrow_mut();
            // Outside its own `except` blocks, what it saw handled was its resumer's.
            g.handled = if g.handlers > 0 { handled } else { Value::None };
            // (A running generator has no frame of its own: stored under that test, the
            // frame needs no drop of an old one, which costs a call per yield.)
            if g.frame.is_none() {
                g.frame = Some(frame);
            }
            g.state = GenState::Suspended;
        }
        Some(resume)
    }

    /// A generator's frame has left for good (returned or raised): the generator is finished.
    pub(super) fn generator_left(&mut self, link: &GenLink) {
        self.handled = link.caller_handled.clone();
        if let Some(cell) = as_generator(&link.generator) {
            finish(cell);
        }
        if let Resume::AsyncGen { step, .. } = &link.resume {
            close_step(step);
        }
    }

    /// A generator yielded `value` to `resume`, now the top frame; `wrapped` if it is an
    /// async generator's own `yield` (not an await inside it passing a value out).
    pub(super) fn deliver_yield(&mut self, resume: Resume, value: Value, wrapped: bool) -> Result<(), Value> {
        let value = match resume {
            Resume::ForIter | Resume::Send | Resume::Native => value,
            Resume::AsyncGen { .. } if !wrapped => value,
            Resume::AsyncGen { step, closing, called } => {
                close_step(&step);
                if closing {
                    return Err(new_exception(
                        ExcKind::RuntimeError,
                        "async generator ignored GeneratorExit",
                    ));
                }
                if called {
                    return Err(stop_iteration(value));
                }
                // The awaited step is over: the yielded value is the await's result.
                self.send_finished(Some(value));
                return Ok(());
            }
            Resume::Closing => return Err(ignored_exit()),
            Resume::Consume(consumer) => return self.finish_yielded(*consumer, value),
            _ => call_result(&resume, Stop::Yielded(value))?,
        };
        if let Some(caller) = self.frames.last_mut() {
            caller.stack.push(value);
        }
        Ok(())
    }

    /// A generator returned `value` (or a finished one was resumed) to `resume`, now the top
    /// frame.
    pub(super) fn deliver_return(&mut self, resume: Resume, value: Value) -> Result<(), Value> {
        let result = match resume {
            Resume::Native => return Ok(()),
            Resume::Consume(consumer) => return self.finish_returned(*consumer),
            Resume::Closing => return Err(exception_with_args(ExcKind::GeneratorExit, Vec::new())),
            Resume::Call { .. } | Resume::Close => {
                let result = call_result(&resume, Stop::Returned(value))?;
                if let Some(caller) = self.frames.last_mut() {
                    caller.stack.push(result);
                }
                return Ok(());
            }
            Resume::AsyncGen { step, closing, called } => {
                close_step(&step);
                let default = as_step(&step).and_then(|s| s.borrow().default.clone());
                let result = match (closing, default) {
                    (true, _) => Value::None,
                    (false, Some(default)) => default,
                    (false, None) => {
                        return Err(exception_with_args(ExcKind::StopAsyncIteration, Vec::new()));
                    }
                };
                if called {
                    return Err(stop_iteration(result));
                }
                Some(result)
            }
            Resume::Send => Some(value),
            Resume::ForIter => None,
        };
        self.send_finished(result);
        Ok(())
    }

    /// The iterator that the top frame's FOR_ITER or SEND (its current instruction) drives
    /// is done: it goes from the stack, `result` (SEND's) takes its place, and the jump is
    /// taken.
    fn send_finished(&mut self, result: Option<Value>) {
        let Some(caller) = self.frames.last_mut() else { return };
        caller.stack.pop();
        let current = caller.code.instructions.get(caller.current_index());
        caller.pc = current.map_or(caller.pc, |i| i.arg as usize);
        caller.stack.extend(result);
    }

    /// Run `generator` to its next stop in a nested run loop (for built-ins written in Rust).
    pub fn run_generator(&mut self, generator: &Value, input: Input) -> Result<Stop, Value> {
        let base = self.frames.len();
        let started = self.resume(generator, input, Resume::Native);
        if self.frames.len() == base {
            // It did not run: it had finished, or the error is the caller's.
            return started.map(|()| Stop::Returned(Value::None));
        }
        let value = self.run(base, started.err())?;
        let finished = as_generator(generator).is_some_and(|g| g.borrow().state == GenState::Finished);
        Ok(if finished { Stop::Returned(value) } else { Stop::Yielded(value) })
    }

    /// A generator method (`send`, `throw`, `close`, `__next__`) called from Rust code.
    pub fn generator_method(
        &mut self,
        generator: &Value,
        name: &str,
        args: CallArgs,
    ) -> Result<Value, Value> {
        if matches!(name, "__iter__" | "__aiter__" | "__await__") {
            return Ok(generator.clone());
        }
        // Python code cannot reach an async generator's `close` (it has none): the VM closes
        // a freed one so, as CPython's finalizer does when no event loop hook is set.
        if kind_of(generator) == Some(GenKind::AsyncGenerator) && name != "close" {
            return self.async_generator_step(generator, name, args);
        }
        let (input, resume) = method_call(name, args)?;
        match self.run_generator(generator, input) {
            Ok(stop) => call_result(&resume, stop),
            Err(exc) if swallows(&resume, &exc) => Ok(Value::None),
            Err(exc) => Err(exc),
        }
    }

    /// A call from bytecode of a generator's method or of `next(generator[, default])`
    /// (`resumes_generator` said so): resumes it in this run loop.
    pub(super) fn call_generator(&mut self, callable: &Value, args: CallArgs) -> Result<(), Value> {
        let (generator, (input, resume)) = match callable.object() {
            Some(Object::BoundMethod { receiver, name }) => (receiver.clone(), method_call(name, args)?),
            _ => {
                let mut positional = args.positional.into_iter();
                let generator = positional.next().unwrap_or(Value::None);
                (generator, (Input::Send(Value::None), Resume::Call { default: positional.next() }))
            }
        };
        self.resume(&generator, input, resume)
    }
}

/// A value sent into a resumed generator's frame, or yielded to its resumer's: pushed for
/// the instruction after the `yield` (or after the resuming one). With `fuse` (no observer
/// watches each instruction), a POP_TOP or STORE_FAST there is done at once, without its
/// dispatch and the push and pop, unless it would free an object: that may be a generator
/// to close before the next instruction, which those instructions see to.
#[inline(always)]
pub(super) fn receive(frame: &mut FrameData, value: Value, fuse: bool) {
    if fuse && let Some(next) = frame.instruction(frame.pc) {
        match next.op {
            Op::PopTop if value.object().is_none() => {
                frame.pc += 1;
                return;
            }
            Op::StoreFast => {
                if let Some(local) = frame.locals.get_mut(next.arg as usize)
                    && local.as_ref().is_none_or(|old| old.object().is_none())
                {
                    *local = Some(value);
                    frame.pc += 1;
                    return;
                }
            }
            _ => {}
        }
    }
    frame.stack.push(value);
}

/// Is this call one that `call_generator` runs: a generator's method, or the builtin `next`
/// given a generator (and maybe a default)?
pub fn resumes_generator(callable: &Value, args: &CallArgs) -> bool {
    match callable.object() {
        Some(Object::BoundMethod { receiver, name }) => {
            kind_of(receiver).is_some_and(|kind| crate::runtime::generator::resumes(kind, name))
        }
        Some(Object::Builtin(b)) => {
            b.name == "next"
                && args.keywords.is_empty()
                && matches!(args.positional.len(), 1 | 2)
                && kind_of(&args.positional[0]) == Some(GenKind::Generator)
        }
        _ => false,
    }
}

/// Does an exception escaping a generator end the resumer's wait quietly (GeneratorExit, for
/// `close` and `aclose`)?
pub fn swallows(resume: &Resume, exc: &Value) -> bool {
    matches!(resume, Resume::Close | Resume::Closing | Resume::AsyncGen { closing: true, .. })
        && is_generator_exit(exc)
}

pub(super) fn is_generator_exit(exc: &Value) -> bool {
    exception_kind(exc).is_some_and(|k| k.is_subclass_of(ExcKind::GeneratorExit))
}

/// The error for a generator that yielded when it was asked to close.
fn ignored_exit() -> Value {
    new_exception(ExcKind::RuntimeError, "generator ignored GeneratorExit")
}

/// PEP 479: a StopIteration escaping a generator (or coroutine; or a StopAsyncIteration an
/// async generator) becomes a RuntimeError caused by it.
pub fn escaping(exc: Value, generator: &Value) -> Value {
    let kind = kind_of(generator).unwrap_or(GenKind::Generator);
    let message = match exception_kind(&exc) {
        Some(k) if k.is_subclass_of(ExcKind::StopIteration) => {
            format!("{} raised StopIteration", kind.description())
        }
        Some(k) if k.is_subclass_of(ExcKind::StopAsyncIteration) && kind == GenKind::AsyncGenerator => {
            "async generator raised StopAsyncIteration".to_string()
        }
        _ => return exc,
    };
    crate::runtime::exception::runtime_error_from(&message, exc)
}

fn finish(cell: &std::cell::RefCell<crate::runtime::generator::Generator>) {
    let mut g = cell.borrow_mut();
    g.state = GenState::Finished;
    g.frame = None;
    g.handled = Value::None;
}

/// What a call of a generator method gives when the generator stopped at `stop`.
fn call_result(resume: &Resume, stop: Stop) -> Result<Value, Value> {
    match (resume, stop) {
        (Resume::Close, Stop::Yielded(_)) => Err(ignored_exit()),
        (Resume::Close, Stop::Returned(_)) => Ok(Value::None),
        (Resume::Call { default: Some(default) }, Stop::Returned(_)) => Ok(default.clone()),
        (_, Stop::Returned(value)) => Err(stop_iteration(value)),
        (_, Stop::Yielded(value)) => Ok(value),
    }
}

/// `StopIteration(value)`, or a bare `StopIteration()` for None, as CPython raises it.
fn stop_iteration(value: Value) -> Value {
    let args = if matches!(value, Value::None) { Vec::new() } else { vec![value] };
    exception_with_args(ExcKind::StopIteration, args)
}

/// The input and resumer for a call of generator method `name`, with CPython's errors for
/// bad arguments.
pub(super) fn method_call(name: &str, args: CallArgs) -> Result<(Input, Resume), Value> {
    let mut positional = args.positional;
    let n = positional.len();
    if !args.keywords.is_empty() {
        return Err(type_error(format!("generator.{name}() takes no keyword arguments")));
    }
    let call = Resume::Call { default: None };
    match name {
        "__next__" if n == 0 => Ok((Input::Send(Value::None), call)),
        "__next__" => Err(type_error(format!("expected 0 arguments, got {n}"))),
        "send" if n == 1 => Ok((Input::Send(positional.remove(0)), call)),
        "send" => Err(type_error(format!("generator.send() takes exactly one argument ({n} given)"))),
        "close" if n == 0 => {
            Ok((Input::Throw(exception_with_args(ExcKind::GeneratorExit, Vec::new())), Resume::Close))
        }
        "close" => Err(type_error(format!("generator.close() takes no arguments ({n} given)"))),
        "throw" if (1..=3).contains(&n) => Ok((Input::ThrowArgs(positional), call)),
        "throw" if n == 0 => Err(type_error("throw expected at least 1 argument, got 0")),
        "throw" => Err(type_error(format!("throw expected at most 3 arguments, got {n}"))),
        _ => Err(new_exception(
            ExcKind::AttributeError,
            &format!("'generator' object has no attribute '{name}'"),
        )),
    }
}

/// The exception `g.throw(kind_or_instance, value)` raises.
pub(super) fn thrown(exc: &Value, value: Value) -> Result<Value, Value> {
    match exc.object() {
        Some(Object::Exception(_)) if matches!(value, Value::None) => Ok(exc.clone()),
        Some(Object::Exception(_)) => Err(type_error("instance exception may not have a separate value")),
        Some(Object::Type(name)) if ExcKind::from_name(name).is_some() => {
            let args = match value {
                Value::None => Vec::new(),
                Value::Obj(ref o) if matches!(**o, Object::Tuple(_)) => ops::collect_builtin(&value)?,
                v => vec![v],
            };
            Ok(exception_with_args(ExcKind::from_name(name).unwrap_or(ExcKind::Exception), args))
        }
        _ => Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            exc.type_name()
        ))),
    }
}

impl Vm {
    /// A throw into `generator` made ready to deliver. While it is suspended in `yield from`
    /// an iterator that is not a generator, that iterator's `throw` gets the arguments as
    /// given, and the generator goes on with what it gives: a value to yield, the result of
    /// the `yield from` (from StopIteration), or the error to raise; GeneratorExit closes the
    /// iterator instead (with its `close`, if it has one).
    fn prepare_throw(&mut self, generator: &Value, input: Input) -> Result<Input, Value> {
        if matches!(input, Input::Send(_)) {
            return Ok(input);
        }
        let Some(cell) = as_generator(generator) else { return Ok(input) };
        let delegate = match cell.borrow().state {
            // Generators and async-generator steps take the throw in the run loop.
            GenState::Suspended => cell
                .borrow()
                .delegate()
                .filter(|d| as_generator(d).is_none() && crate::runtime::generator::as_step(d).is_none()),
            _ => None,
        };
        let exc = match input {
            Input::ThrowArgs(args) => {
                let exiting = self.is_generator_exit_given(&args[0]);
                if let Some(d) = &delegate
                    && !exiting
                    && let Ok(throw) = self.get_attr(d, "throw")
                {
                    let outcome =
                        self.call_value(&throw, CallArgs { positional: args, keywords: Vec::new() });
                    return Ok(self.after_delegate_throw(cell, outcome));
                }
                let value = args.get(1).cloned().unwrap_or(Value::None);
                match args[0].object() {
                    // An exception class of Python's: instantiated as `raise` would.
                    Some(Object::Class(_))
                        if matches!(value, Value::None)
                            && super::classes::exception_class_kind(&args[0]).is_some() =>
                    {
                        self.call_exception_class(&args[0], false)?
                    }
                    _ => thrown(&args[0], value)?,
                }
            }
            Input::Throw(exc) => exc,
            send => return Ok(send),
        };
        if let Some(d) = &delegate
            && is_generator_exit(&exc)
            && let Ok(close) = self.get_attr(d, "close")
            && let Err(error) = self.call_value(&close, CallArgs::default())
        {
            return Ok(Input::Throw(error));
        }
        Ok(Input::Throw(exc))
    }

    /// Is `v` (given to `throw`) GeneratorExit, its class or an instance?
    fn is_generator_exit_given(&self, v: &Value) -> bool {
        match v.object() {
            Some(Object::Type(name)) => {
                ExcKind::from_name(name).is_some_and(|k| k.is_subclass_of(ExcKind::GeneratorExit))
            }
            Some(Object::Class(_)) => super::classes::exception_class_kind(v)
                .is_some_and(|k| k.is_subclass_of(ExcKind::GeneratorExit)),
            _ => is_generator_exit(v),
        }
    }

    /// The generator's frame set to go on after its `yield from` delegate's `throw`: to yield
    /// the value it gave (the frame steps back to its YIELD_VALUE), or to finish the
    /// `yield from` with the value of the StopIteration it raised, or to raise its error.
    fn after_delegate_throw(
        &mut self,
        cell: &std::cell::RefCell<crate::runtime::generator::Generator>,
        outcome: Result<Value, Value>,
    ) -> Input {
        let mut g = cell.borrow_mut();
        let Some(frame) = g.frame.as_mut() else { return Input::Send(Value::None) };
        match outcome {
            Ok(value) => {
                frame.pc -= 1;
                Input::Send(value)
            }
            Err(e) if exception_kind(&e).is_some_and(|k| k.is_subclass_of(ExcKind::StopIteration)) => {
                let value = match e.object() {
                    Some(Object::Exception(x)) => {
                        crate::runtime::exception_args::attribute(&x.borrow(), "value").unwrap_or(Value::None)
                    }
                    _ => Value::None,
                };
                let send_at = frame.pc - 2;
                frame.stack.pop();
                frame.pc = frame.code.instructions[send_at].arg as usize;
                Input::Send(value)
            }
            Err(e) => Input::Throw(e),
        }
    }

    /// SEND to an iterator that is not a generator: `next(it)` for None, else `it.send(value)`;
    /// a StopIteration it raises ends the `yield from` with the exception's value.
    pub(super) fn send_to_iterator(&mut self, iterator: &Value, value: Value) -> Result<Stop, Value> {
        let outcome = match (&value, iterator.object()) {
            (Value::None, Some(Object::Instance(_))) => {
                let next = self.get_attr(iterator, "__next__")?;
                self.call_value(&next, CallArgs::default())
            }
            (Value::None, _) => {
                return Ok(match self.next_item(iterator)? {
                    Some(item) => Stop::Yielded(item),
                    None => Stop::Returned(Value::None),
                });
            }
            _ => {
                let send = self.get_attr(iterator, "send")?;
                self.call_value(&send, CallArgs { positional: vec![value], keywords: Vec::new() })
            }
        };
        match outcome {
            Ok(item) => Ok(Stop::Yielded(item)),
            Err(e) if exception_kind(&e).is_some_and(|k| k.is_subclass_of(ExcKind::StopIteration)) => {
                let Some(Object::Exception(x)) = e.object() else { return Ok(Stop::Returned(Value::None)) };
                let value = crate::runtime::exception_args::attribute(&x.borrow(), "value");
                Ok(Stop::Returned(value.unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    }

    /// Close the generators freed while suspended inside a `try` block, as CPython does when
    /// it frees them; an error is reported as CPython reports one in a finalizer.
    pub fn close_unreachable(&mut self) {
        for qualname in crate::runtime::generator::take_never_awaited() {
            self.warn_runtime(&format!("coroutine '{qualname}' was never awaited"));
        }
        for generator in crate::runtime::generator::take_unclosed() {
            if self.finalize_async_generator(&generator) {
                continue;
            }
            if let Err(exc) = self.generator_method(&generator, "close", CallArgs::default()) {
                self.report_ignored(&generator.repr(), &exc);
            }
            // Closed once only, even if it ignored GeneratorExit.
            if let Some(cell) = as_generator(&generator) {
                finish(cell);
            }
        }
        for instance in crate::runtime::finalize::take_pending() {
            self.run_finalizer(&instance);
        }
        for (reference, callback) in crate::builtins::weakrefs::take_due() {
            let args = CallArgs { positional: vec![reference], keywords: Vec::new() };
            if let Err(exc) = self.call_value(&callback, args) {
                let shown = self.repr(&callback).unwrap_or_else(|_| callback.repr());
                self.report_ignored(&shown, &exc);
            }
        }
    }

    /// Close a suspended generator still referenced at exit, as CPython's finalizer does
    /// (an error is reported, not raised); it is not closed again when it is freed.
    pub(super) fn close_at_exit(&mut self, generator: &Value) {
        let Some(cell) = as_generator(generator) else { return };
        if cell.borrow().state != GenState::Suspended {
            return;
        }
        if let Err(exc) = self.generator_method(generator, "close", CallArgs::default()) {
            self.report_ignored(&generator.repr(), &exc);
        }
        finish(cell);
    }

    /// The `__del__` of a freed instance (alive again until it returns); an error is reported
    /// as CPython reports one in a finalizer, naming the method.
    pub(super) fn run_finalizer(&mut self, instance: &Value) {
        crate::runtime::finalize::finalized(instance);
        let class = super::classes::class_of(instance);
        let Some(method) = crate::runtime::class::lookup(&class, "__del__") else { return };
        let args = CallArgs { positional: vec![instance.clone()], keywords: Vec::new() };
        if let Err(exc) = self.call_value(&method, args) {
            let shown = self.repr(&method).unwrap_or_else(|_| method.repr());
            self.report_ignored(&shown, &exc);
        }
    }
}

/// PUSH_EXC_INFO (`by` 1) or POP_EXCEPT (-1) in `frame`: if it is a running generator's,
/// the generator counts the `except` blocks its frame is inside (see `Generator::handlers`).
#[inline]
pub(super) fn count_handlers(frame: &FrameData, by: i32) {
    if let Some(link) = &frame.generator
        && let Some(cell) = as_generator(&link.generator)
    {
        let mut g = cell.borrow_mut();
        g.handlers = g.handlers.saturating_add_signed(by);
    }
}
