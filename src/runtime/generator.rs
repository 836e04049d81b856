//! Generator objects: the suspended frame of a generator function (or generator expression)
//! and the state around it; coroutines (`async def`) and async generators are generator
//! objects of another kind. Running one is the VM's job (`vm/generator.rs`): resuming pushes
//! the frame on the VM's frame stack, and YIELD_VALUE puts it back here.

use std::cell::RefCell;
use std::rc::Rc;

use super::value::{Object, Value};
use crate::bytecode::code::CodeObject;
use crate::bytecode::opcode::Op;
use crate::vm::frame::Frame;

/// Where a generator is in its life (CPython's `gi_frame_state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made by the call, not started: only `None` may be sent in.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is on the VM's frame stack.
    Running,
    /// Returned or raised; it yields nothing more.
    Finished,
}

/// What a generator object is, from the flags of its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    /// Made by calling an `async def` function without `yield`.
    Coroutine,
    /// Made by calling an `async def` function with `yield`.
    AsyncGenerator,
}

impl GenKind {
    pub fn of(code: &CodeObject) -> GenKind {
        if code.flags.async_generator {
            GenKind::AsyncGenerator
        } else if code.flags.coroutine {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        }
    }

    /// The type's name: `generator`, `coroutine` or `async_generator`.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }

    /// The kind in words, as error messages say it (`async generator`).
    pub fn description(self) -> &'static str {
        match self {
            GenKind::AsyncGenerator => "async generator",
            other => other.name(),
        }
    }
}

pub struct Generator {
    pub kind: GenKind,
    pub code: Rc<CodeObject>,
    /// The frame while it is suspended (or not started); `None` while it runs and once finished.
    pub frame: Option<Frame>,
    pub state: GenState,
    /// The exception its frame was handling when it yielded (`sys.exc_info()` inside it),
    /// kept apart from the caller's while it is suspended.
    pub handled: Value,
    /// How many `except` blocks its frame is inside (PUSH_EXC_INFO less POP_EXCEPT): when it
    /// yields inside one, the exception handled then is its own, even if it is the very
    /// object its resumer handles too (a `throw` from inside an `except`).
    pub handlers: u32,
    /// An async generator's finalizer hook, taken when it is first stepped (None if there
    /// was none then); `None` (no hook taken) until then.
    pub finalizer: Option<Value>,
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator object {} ({:?})>", self.code.qualname, self.state)
    }
}

/// A new generator object around `frame`, positioned just after RETURN_GENERATOR.
pub fn new_generator(frame: Frame) -> Value {
    let generator = Generator {
        kind: GenKind::of(&frame.code),
        code: frame.code.clone(),
        frame: Some(frame),
        state: GenState::Created,
        handled: Value::None,
        handlers: 0,
        finalizer: None,
    };
    Value::obj(Object::Generator(Box::new(RefCell::new(generator))))
}

/// The generator inside `value`, if it is one.
pub fn as_generator(value: &Value) -> Option<&RefCell<Generator>> {
    match value.object() {
        Some(Object::Generator(g)) => Some(g),
        _ => None,
    }
}

/// The kind of generator object `value` is, if it is one.
pub fn kind_of(value: &Value) -> Option<GenKind> {
    as_generator(value).map(|g| g.borrow().kind)
}

/// `<generator object f at 0x7f...>` (or `coroutine`, `async_generator`): CPython's repr,
/// the address being the object's.
pub fn repr(value: &Value) -> String {
    let Some(g) = as_generator(value) else { return String::new() };
    let address = g as *const RefCell<Generator> as usize;
    let g = g.borrow();
    format!("<{} object {} at {address:#x}>", g.kind.name(), g.code.qualname)
}

impl Generator {
    /// The iterator this generator delegates to while suspended in `yield from`
    /// (`gi_yieldfrom`): its frame stopped at the YIELD_VALUE just after a SEND, with the
    /// iterator on top of its stack.
    pub fn delegate(&self) -> Option<Value> {
        let frame = self.frame.as_ref()?;
        let at = frame.pc.checked_sub(2)?;
        let code = &frame.code.instructions;
        let in_yield_from = code.get(at)?.op == Op::Send && code.get(at + 1)?.op == Op::YieldValue;
        if in_yield_from { frame.stack.last().cloned() } else { None }
    }
}

/// The methods of a generator, run by the VM (`vm/generator.rs`).
pub const METHODS: &[&str] = &["send", "throw", "close", "__next__"];

/// The methods of a coroutine, resumed as a generator's.
pub const COROUTINE_METHODS: &[&str] = &["send", "throw", "close"];

/// The methods of an async generator; each makes an awaitable `AsyncGenStep`.
pub const ASYNC_GENERATOR_METHODS: &[&str] = &["__anext__", "asend", "athrow", "aclose"];

/// Is `name` a method of generator objects of `kind` that resumes them?
pub fn resumes(kind: GenKind, name: &str) -> bool {
    match kind {
        GenKind::Generator => METHODS.contains(&name),
        GenKind::Coroutine => COROUTINE_METHODS.contains(&name),
        GenKind::AsyncGenerator => false,
    }
}

/// Attribute `name` of a generator (coroutine, async generator), if it has one.
pub fn attribute(value: &Value, name: &str) -> Option<Value> {
    let g = as_generator(value)?.borrow();
    // `gi_`, `cr_` or `ag_` attributes, as the kind has them.
    let prefix = match g.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    let own_attribute = name.strip_prefix(prefix);
    let method = match g.kind {
        GenKind::Generator => METHODS.contains(&name) || name == "__iter__",
        GenKind::Coroutine => COROUTINE_METHODS.contains(&name) || name == "__await__",
        GenKind::AsyncGenerator => ASYNC_GENERATOR_METHODS.contains(&name) || name == "__aiter__",
    };
    Some(match (name, own_attribute) {
        ("__name__", _) => Value::str(g.code.name.as_str()),
        ("__qualname__", _) => Value::str(g.code.qualname.as_str()),
        (_, Some("running")) => Value::bool(g.state == GenState::Running),
        (_, Some("suspended")) => Value::bool(g.state == GenState::Suspended),
        (_, Some("code")) => Value::obj(Object::Code(g.code.clone())),
        ("gi_yieldfrom" | "cr_await" | "ag_await", _) => g.delegate().unwrap_or(Value::None),
        _ if method => Value::obj(Object::BoundMethod { receiver: value.clone(), name: name.into() }),
        _ => return None,
    })
}

/// The methods of an async generator step.
pub const STEP_METHODS: &[&str] = &["send", "throw", "close", "__await__"];

/// The awaitable an async generator's `__anext__()`, `asend(v)`, `athrow(e)` or `aclose()`
/// returns (CPython's `async_generator_asend` and `async_generator_athrow`). Awaiting it
/// runs the async generator's frame to its next `yield` (the await's result), passing the
/// values of the awaits inside it through to the event loop.
pub struct AsyncGenStep {
    pub agen: Value,
    pub action: AsyncGenAction,
    pub state: StepState,
    /// `anext(agen, default)`: the await's result when the generator is exhausted.
    pub default: Option<Value>,
}

/// What an `AsyncGenStep` does to its async generator when first resumed.
#[derive(Clone)]
pub enum AsyncGenAction {
    /// `__anext__()` (None) or `asend(value)`.
    Send(Value),
    /// `athrow(exc)`.
    Throw(Value),
    /// `aclose()`: GeneratorExit is thrown in, and the generator must not yield again.
    Close,
}

/// Where an `AsyncGenStep` is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Not awaited yet.
    Init,
    /// Being awaited: the async generator's frame is running or awaiting inside.
    Iterating,
    /// Done: awaiting it again is an error.
    Closed,
}

impl std::fmt::Debug for AsyncGenStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} ({:?})>", self.type_name(), self.state)
    }
}

impl AsyncGenStep {
    pub fn type_name(&self) -> &'static str {
        match self.action {
            AsyncGenAction::Send(_) => "async_generator_asend",
            _ => "async_generator_athrow",
        }
    }
}

/// A new awaitable step of the async generator `agen`.
pub fn new_step(agen: Value, action: AsyncGenAction) -> Value {
    let step = AsyncGenStep { agen, action, state: StepState::Init, default: None };
    Value::obj(Object::AsyncGenStep(Box::new(RefCell::new(step))))
}

/// The async generator step inside `value`, if it is one.
pub fn as_step(value: &Value) -> Option<&RefCell<AsyncGenStep>> {
    match value.object() {
        Some(Object::AsyncGenStep(s)) => Some(s),
        _ => None,
    }
}

thread_local! {
    /// Suspended generators freed inside a `try` block (and unfinished async generators that
    /// took a finalizer hook). CPython closes a generator as it is
    /// freed, running its `finally` and `except GeneratorExit` code; the VM closes these at
    /// its next call or frame change (`Vm::close_unreachable`).
    static UNCLOSED: RefCell<Vec<Generator>> = const { RefCell::new(Vec::new()) };
}

/// Set while `UNCLOSED` may hold generators: the run loop asks at every frame change, so the
/// question must cost one load, not a thread-local access.
static ANY_UNCLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Something freed waits for the VM (an instance for its `__del__`: `super::finalize`).
pub fn note_pending() {
    ANY_UNCLOSED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Are there freed generators waiting to be closed?
#[inline]
pub fn has_unclosed() -> bool {
    ANY_UNCLOSED.load(std::sync::atomic::Ordering::Relaxed)
}

/// The freed generators waiting to be closed, alive again.
pub fn take_unclosed() -> Vec<Value> {
    ANY_UNCLOSED.store(false, std::sync::atomic::Ordering::Relaxed);
    let pending = UNCLOSED.try_with(|q| std::mem::take(&mut *q.borrow_mut())).unwrap_or_default();
    pending.into_iter().map(|g| Value::obj(Object::Generator(Box::new(RefCell::new(g))))).collect()
}

thread_local! {
    /// The qualified names of coroutines freed before they were started, for the VM's
    /// "coroutine ... was never awaited" warning (`Vm::close_unreachable`).
    static NEVER_AWAITED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The coroutines freed unawaited since the last call, by qualified name.
pub fn take_never_awaited() -> Vec<String> {
    NEVER_AWAITED.try_with(|q| std::mem::take(&mut *q.borrow_mut())).unwrap_or_default()
}

impl Drop for Generator {
    fn drop(&mut self) {
        if self.kind == GenKind::Coroutine && self.state == GenState::Created && self.frame.is_some() {
            let _ = NEVER_AWAITED.try_with(|q| q.borrow_mut().push(self.code.qualname.clone()));
            ANY_UNCLOSED.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let Some(frame) = &self.frame else { return };
        let index = frame.current_index() as u32;
        let in_try = frame.code.exception_table.iter().any(|e| e.start <= index && index < e.end);
        // An unfinished async generator with a finalizer hook goes to the hook.
        let finalized = self.finalizer.as_ref().is_some_and(|f| !matches!(f, Value::None));
        if !finalized && (self.state != GenState::Suspended || !in_try) {
            // A chain of generators each reading the next can be as deep as a nested list.
            super::drop::free(self.frame.take());
            return;
        }
        let generator = Generator {
            kind: self.kind,
            code: self.code.clone(),
            frame: self.frame.take(),
            state: self.state,
            handled: std::mem::replace(&mut self.handled, Value::None),
            handlers: self.handlers,
            finalizer: self.finalizer.take(),
        };
        // During thread teardown there is no VM left to close it: it is simply dropped.
        let _ = UNCLOSED.try_with(|q| q.borrow_mut().push(generator));
        ANY_UNCLOSED.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
