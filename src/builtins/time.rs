//! The `time` module: clocks (`time`, `monotonic`, `perf_counter`, `process_time` and their
//! `_ns` forms) and `sleep`, each read or done through the `Host` (never the OS directly), so
//! a run can be recorded and replayed. Calendar functions (`gmtime`, `strftime`, ...) are in
//! `time_calendar.rs`.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use crate::runtime::exception::{ExcKind, exception_with_args, new_exception, type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::int::Int;
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

/// The arguments of `time.name(...)`, checked against a count of `min..=max`, with the
/// messages of CPython's C functions.
pub fn arguments<'a>(args: &'a CallArgs, name: &str, min: usize, max: usize) -> Result<&'a [Value], Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("time.{name}() takes no keyword arguments")));
    }
    let n = args.positional.len();
    if (min..=max).contains(&n) {
        return Ok(&args.positional);
    }
    Err(type_error(match (min, max) {
        (0, 0) => format!("time.{name}() takes no arguments ({n} given)"),
        (1, 1) => format!("time.{name}() takes exactly one argument ({n} given)"),
        (_, _) if n > max => format!("{name} expected at most {max} argument{}, got {n}", plural(max)),
        _ => format!("{name} expected at least {min} argument{}, got {n}", plural(min)),
    }))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn nanoseconds(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(small) => Value::Int(small),
        Err(_) => Value::from_int(Int::from(num_bigint::BigInt::from(n))),
    }
}

/// Seconds as a float from nanoseconds, as CPython's `_PyTime_AsSecondsDouble` rounds them.
fn seconds(ns: i128) -> Value {
    if ns % 1_000_000_000 == 0 {
        Value::raw_float((ns / 1_000_000_000) as f64)
    } else {
        Value::raw_float(ns as f64 / 1e9)
    }
}

macro_rules! clock {
    ($float:ident, $ns:ident, $read:expr) => {
        fn $float(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
            arguments(&args, stringify!($float), 0, 0)?;
            let read: fn(&mut Vm) -> i128 = $read;
            Ok(seconds(read(vm)))
        }

        fn $ns(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
            arguments(&args, stringify!($ns), 0, 0)?;
            let read: fn(&mut Vm) -> i128 = $read;
            Ok(nanoseconds(read(vm)))
        }
    };
}

clock!(time, time_ns, |vm| vm.host.wall_clock_ns());
clock!(monotonic, monotonic_ns, |vm| vm.host.monotonic_ns() as i128);
// CPython's perf_counter is its monotonic clock too.
clock!(perf_counter, perf_counter_ns, |vm| vm.host.monotonic_ns() as i128);
clock!(process_time, process_time_ns, |vm| vm.host.process_time_ns() as i128);

fn sleep(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let secs = duration_seconds(&arguments(&args, "sleep", 1, 1)?[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    // With other threads alive, only this thread sleeps; the others run meanwhile.
    if vm.threads.others_alive() {
        let deadline = vm.host.monotonic_ns() + (secs * 1e9) as u128;
        return vm.block_on(crate::vm::threads::Wait::Sleep, Some(deadline));
    }
    vm.host.sleep(Duration::from_secs_f64(secs));
    // Ctrl-C ends the sleep with KeyboardInterrupt, as in CPython.
    if vm.host.take_interrupt() {
        return Err(exception_with_args(ExcKind::KeyboardInterrupt, Vec::new()));
    }
    Ok(Value::None)
}

/// A duration in seconds (`time.sleep`'s, a lock's timeout), checked as CPython's
/// `_PyTime_FromSecondsObject` checks it (the sign is left to the caller).
pub fn duration_seconds(value: &Value) -> Result<f64, Value> {
    let secs = match value {
        Value::Float(x) => x.get(),
        other => match other.as_int() {
            Some(n) => n.as_i64().map_or(f64::INFINITY, |n| n as f64),
            None => {
                let name = other.type_name();
                return Err(type_error(format!("'{name}' object cannot be interpreted as an integer")));
            }
        },
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    // CPython's limit: the nanoseconds must fit in a signed 64-bit int.
    if secs.abs() * 1e9 >= 9.223_372_036_854_775e18 {
        let message = match value {
            Value::Float(_) => "timestamp out of range for platform time_t",
            _ => "timestamp too large to convert to C _PyTime_t",
        };
        return Err(new_exception(ExcKind::OverflowError, message));
    }
    Ok(secs)
}

/// The module object.
pub fn module() -> Value {
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("__name__", Value::str("time"));
    set("__doc__", Value::str("This module provides various functions to manipulate time values."));
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
    ];
    set("struct_time", super::struct_seq::new_class(&super::struct_seq::STRUCT_TIME));
    for &(name, func) in functions.iter().chain(super::time_calendar::FUNCTIONS) {
        set(name, Value::obj(Object::Builtin(Builtin { name, func })));
    }
    Value::obj(Object::Module { name: "time".into(), dict: Rc::new(RefCell::new(dict)) })
}
