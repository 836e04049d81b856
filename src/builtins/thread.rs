//! The `_thread` module: starting green threads, their idents, locks, and what the
//! scheduler knows of each thread (`_states`, pyglass's own). `threading` and `queue` are
//! written in Python on top of it (`src/stdlib/`), as CPython's are on its `_thread`.

use std::cell::RefCell;
use std::rc::Rc;

use super::params::Signature;
use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::lock::Lock;
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;
use crate::vm::threads::{State, Wait};

/// `_thread.TIMEOUT_MAX`, as CPython's on Linux.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// The methods of `_thread.lock` and `_thread.RLock`.
pub const LOCK_METHODS: &[&str] = &[
    "acquire",
    "acquire_lock",
    "release",
    "release_lock",
    "locked",
    "locked_lock",
    "__enter__",
    "__exit__",
    "_is_owned",
];

pub fn new_lock(reentrant: bool) -> Value {
    Value::obj(Object::Lock(Box::new(Lock::new(reentrant))))
}

/// A call of a lock's method `name`.
pub fn call_method(vm: &mut Vm, receiver: &Value, lock: &Lock, name: &str, args: CallArgs) -> BuiltinResult {
    match name {
        "acquire" | "acquire_lock" | "__enter__" => {
            let bound = match name {
                "__enter__" => vec![None, None],
                _ => ACQUIRE.bind(args)?,
            };
            let blocking = bound[0].as_ref().is_none_or(Value::truthy);
            let timeout = match &bound[1] {
                Some(t) => super::time::duration_seconds(t)?,
                None => -1.0,
            };
            acquire(vm, receiver, lock, blocking, timeout)
        }
        "release" | "release_lock" | "__exit__" => {
            if name != "__exit__" {
                super::arity::check(lock.type_name(), name, &args)?;
            }
            release(vm, receiver, lock)?;
            Ok(Value::None)
        }
        "locked" | "locked_lock" => {
            super::arity::check(lock.type_name(), name, &args)?;
            Ok(Value::bool(lock.is_locked()))
        }
        "_is_owned" => Ok(Value::bool(lock.owner.get() == Some(vm.threads.current_ident()))),
        _ => Err(type_error(format!("'{}' object has no attribute '{name}'", lock.type_name()))),
    }
}

const ACQUIRE: Signature =
    Signature { name: "acquire", positional: &["blocking", "timeout"], required: 0, keyword_only: &[] };

/// `lock.acquire(blocking, timeout)`: True once taken, False if not (non-blocking, or the
/// timeout passed). Waiting parks the thread until the lock is handed to it.
fn acquire(vm: &mut Vm, receiver: &Value, lock: &Lock, blocking: bool, timeout: f64) -> BuiltinResult {
    if !blocking && timeout != -1.0 {
        return Err(value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(new_exception(ExcKind::OverflowError, "timeout value is too large"));
    }
    let me = vm.threads.current_ident();
    if lock.try_take(me) {
        return Ok(Value::bool(true));
    }
    if !blocking || timeout == 0.0 {
        return Ok(Value::bool(false));
    }
    let deadline = (timeout >= 0.0).then(|| vm.host.monotonic_ns() + (timeout * 1e9) as u128);
    vm.block_on(Wait::Lock(receiver.clone()), deadline)
}

fn release(vm: &mut Vm, receiver: &Value, lock: &Lock) -> Result<(), Value> {
    let me = vm.threads.current_ident();
    if lock.reentrant {
        if lock.owner.get() != Some(me) {
            return Err(new_exception(ExcKind::RuntimeError, "cannot release un-acquired lock"));
        }
        if lock.count.get() > 1 {
            lock.count.set(lock.count.get() - 1);
            return Ok(());
        }
    } else if !lock.is_locked() {
        return Err(new_exception(ExcKind::RuntimeError, "release unlocked lock"));
    }
    vm.release_lock(receiver, lock);
    Ok(())
}

/// The repr: `<unlocked _thread.lock object at 0x...>`, an RLock's with owner and count.
pub fn repr(lock: &Lock, address: usize) -> String {
    let state = if lock.is_locked() { "locked" } else { "unlocked" };
    if lock.reentrant {
        let owner = lock.owner.get().unwrap_or(0);
        return format!(
            "<{state} _thread.RLock object owner={owner} count={} at {address:#x}>",
            lock.count.get()
        );
    }
    format!("<{state} _thread.lock object at {address:#x}>")
}

fn allocate_lock(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    super::arity::check("_thread", "allocate_lock", &args)?;
    Ok(new_lock(false))
}

fn rlock(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(type_error("RLock() takes no arguments"));
    }
    Ok(new_lock(true))
}

fn get_ident(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    super::arity::check("_thread", "get_ident", &args)?;
    Ok(Value::Int(vm.threads.current_ident() as i64))
}

/// Threads alive other than the main thread (`_thread._count`).
fn count(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(Value::Int(vm.threads.alive().filter(|t| t.ident != crate::vm::threads::MAIN_IDENT).count() as i64))
}

/// `start_new_thread(function, args, kwargs=None)`: the new thread's ident. It runs when the
/// scheduler next switches.
fn start_new_thread(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let n = args.positional.len();
    if !args.keywords.is_empty() {
        return Err(type_error("start_new_thread() takes no keyword arguments"));
    }
    if !(2..=3).contains(&n) {
        return Err(type_error(format!("start_new_thread expected at least 2 arguments, got {n}")));
    }
    let function = args.positional[0].clone();
    let Some(Object::Tuple(call_args)) = args.positional[1].object() else {
        return Err(type_error("2nd arg must be a tuple"));
    };
    let mut keywords = Vec::new();
    match args.positional.get(2).map(|k| (k, k.object())) {
        None | Some((Value::None, _)) => {}
        Some((_, Some(Object::Dict(d)))) => {
            for (k, v) in d.borrow().iter() {
                keywords.push((k.0.to_str(), v.clone()));
            }
        }
        Some(_) => return Err(type_error("optional 3rd arg must be a dictionary")),
    }
    let call = CallArgs { positional: call_args.to_vec(), keywords };
    let frame = vm.frame_for_call(&function, call)?;
    let ident = vm.start_thread(frame, String::new(), false, function);
    Ok(Value::Int(ident as i64))
}

/// `_set_name(ident, name, daemon)`: what `threading` calls its thread (for reports).
fn set_name(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [ident, name, daemon] = args.positional.as_slice() else {
        return Err(type_error("_set_name(ident, name, daemon)"));
    };
    let ident = ident_of(ident)?;
    if let Some(thread) = vm.threads.all.iter_mut().find(|t| t.ident == ident) {
        thread.name = name.to_str();
        thread.daemon = daemon.truthy();
    }
    Ok(Value::None)
}

fn ident_of(v: &Value) -> Result<u64, Value> {
    v.as_int()
        .and_then(|i| i.as_i64())
        .map(|i| i as u64)
        .ok_or_else(|| type_error("a thread ident must be an int"))
}

/// `_join(ident, timeout=-1)`: wait for a thread to end; False if the timeout passed first.
fn join(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let ident = ident_of(args.positional.first().unwrap_or(&Value::None))?;
    let timeout = match args.positional.get(1) {
        None | Some(Value::None) => -1.0,
        Some(t) => super::time::duration_seconds(t)?,
    };
    let deadline = (timeout >= 0.0).then(|| vm.host.monotonic_ns() + (timeout * 1e9) as u128);
    vm.join_thread(ident, deadline)
}

fn is_alive(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let ident = ident_of(args.positional.first().unwrap_or(&Value::None))?;
    let alive = vm.threads.by_ident(ident).is_some_and(|t| !matches!(t.state, State::Finished));
    Ok(Value::bool(alive))
}

/// `_waiting_for(obj)`: the object the running thread's next wait is on (a Condition,
/// Event, Queue...), named in thread states and deadlock reports. The outermost says it:
/// an Event's wait is on the Event, not on the Condition inside it.
fn waiting_for(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    if matches!(vm.threads.waiting_for, Value::None) {
        vm.threads.waiting_for = args.positional.first().cloned().unwrap_or(Value::None);
    }
    Ok(Value::None)
}

/// `_states()`: a dict per thread (name, ident, state, what it waits on, instructions run,
/// switches, seconds blocked, when its sleep or timeout ends), as the scheduler sees them now.
fn states(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    let mut out = Vec::new();
    for thread in &vm.threads.all {
        let waiting = match &thread.state {
            State::Blocked(b) => match (&b.wait, &b.what) {
                (_, what) if !matches!(what, Value::None) => what.clone(),
                (Wait::Lock(l), _) => l.clone(),
                (Wait::Sleep, _) => Value::str("sleep"),
                (Wait::Join(ident), _) => Value::str(format!("join {ident}")),
            },
            _ => Value::None,
        };
        // When a sleep or timeout ends, on `time.monotonic()`'s clock.
        let wakes_at = match &thread.state {
            State::Blocked(b) => b.deadline.map_or(Value::None, |ns| Value::raw_float(ns as f64 / 1e9)),
            _ => Value::None,
        };
        let entries = [
            ("name", Value::str(&thread.name)),
            ("ident", Value::Int(thread.ident as i64)),
            ("state", Value::str(thread.state.name())),
            ("waiting_for", waiting),
            ("instructions", Value::Int(thread.instructions as i64)),
            ("switches", Value::Int(thread.switches as i64)),
            ("blocked_seconds", Value::raw_float(thread.blocked_ns as f64 / 1e9)),
            ("wakes_at", wakes_at),
        ];
        let dict: DictMap = entries.into_iter().map(|(k, v)| (Key(Value::str(k)), v)).collect();
        out.push(Value::obj(Object::Dict(Rc::new(RefCell::new(dict)))));
    }
    Ok(Value::list(out))
}

fn stack_size(_: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(Value::Int(0))
}

/// The module object.
pub fn module() -> Value {
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("__name__", Value::str("_thread"));
    set(
        "__doc__",
        Value::str(
            "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.",
        ),
    );
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("RLock", rlock),
        ("get_ident", get_ident),
        ("get_native_id", get_ident),
        ("_count", count),
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("stack_size", stack_size),
        ("_set_name", set_name),
        ("_join", join),
        ("_is_alive", is_alive),
        ("_waiting_for", waiting_for),
        ("_states", states),
    ];
    for &(name, func) in functions {
        set(name, Value::obj(Object::Builtin(Builtin { name, func })));
    }
    set("LockType", Value::obj(Object::Type("lock")));
    set("error", Value::obj(Object::Type("RuntimeError")));
    set("TIMEOUT_MAX", Value::raw_float(TIMEOUT_MAX));
    Value::obj(Object::Module { name: "_thread".into(), dict: Rc::new(RefCell::new(dict)) })
}
