//! The process primitives under the `subprocess` module (which is written in Python): a thin
//! layer turning Python values into the host's child-process calls (`vm/host_process.rs`) and
//! OS errors into CPython's `OSError` subclasses. Children are named by small integer handles.

use super::files::os_error;
use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::ops::sequence_items;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;
use crate::vm::host_process::{Outcome, ProcessSpec, Stream};

fn arg(args: &CallArgs, index: usize) -> &Value {
    args.positional.get(index).unwrap_or(&Value::None)
}

fn handle(args: &CallArgs) -> Result<usize, Value> {
    arg(args, 0)
        .as_int()
        .and_then(|n| n.as_i64())
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| type_error("bad process handle"))
}

fn strings(value: &Value) -> Result<Vec<String>, Value> {
    let items = sequence_items(value).ok_or_else(|| type_error("expected a list of str"))?;
    items.iter().map(|v| v.as_str().map(str::to_string).ok_or_else(|| type_error("expected str"))).collect()
}

/// The stream codes of `_proc_spawn`: 0 the parent's, 1 a pipe, 2 /dev/null, 3 stdout.
fn stream(value: &Value) -> Stream {
    match value.as_int().and_then(|n| n.as_i64()) {
        Some(1) => Stream::Pipe,
        Some(2) => Stream::Null,
        Some(3) => Stream::ToStdout,
        _ => Stream::Parent,
    }
}

fn timeout(value: &Value) -> Result<Option<f64>, Value> {
    match value {
        Value::None => Ok(None),
        v => super::time::duration_seconds(v).map(Some),
    }
}

fn bytes(data: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(data))
}

/// `_proc_spawn(argv, cwd, env_pairs, stdin, stdout, stderr)`: `(handle, pid)`.
pub fn spawn(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let argv = strings(arg(&args, 0))?;
    let cwd = arg(&args, 1).as_str().map(str::to_string);
    let env = match arg(&args, 2) {
        Value::None => None,
        pairs => Some(
            sequence_items(pairs)
                .unwrap_or_default()
                .iter()
                .map(|pair| match strings(pair)?.as_slice() {
                    [k, v] => Ok((k.clone(), v.clone())),
                    _ => Err(type_error("expected (name, value) pairs")),
                })
                .collect::<Result<Vec<_>, Value>>()?,
        ),
    };
    let spec = ProcessSpec {
        argv,
        cwd,
        env,
        stdin: stream(arg(&args, 3)),
        stdout: stream(arg(&args, 4)),
        stderr: stream(arg(&args, 5)),
    };
    let (handle, pid) = vm.host.spawn(&spec).map_err(|e| {
        // CPython names the directory when it is `cwd` that is missing, else the program.
        let name = match &spec.cwd {
            Some(cwd) if vm.host.file_kind(cwd) != Some("dir") => cwd.clone(),
            _ => spec.argv.first().cloned().unwrap_or_default(),
        };
        os_error(vm, e, &name)
    })?;
    Ok(Value::pair(Value::Int(handle as i64), Value::Int(i64::from(pid))))
}

/// `_proc_write(handle, data)`: to the child's stdin pipe.
pub fn write(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let h = handle(&args)?;
    let data = arg(&args, 1).bytes_like().ok_or_else(|| type_error("a bytes-like object is required"))?;
    vm.host.child_write(h, &data).map_err(|e| os_error(vm, e, ""))?;
    Ok(Value::None)
}

/// `_proc_close_stdin(handle)`.
pub fn close_stdin(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let h = handle(&args)?;
    vm.host.child_close_stdin(h).map_err(|e| os_error(vm, e, ""))?;
    Ok(Value::None)
}

/// `_proc_read(handle, stderr)`: the rest of the child's stdout (or stderr) pipe.
pub fn read(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let h = handle(&args)?;
    let data = vm.host.child_read(h, arg(&args, 1).truthy()).map_err(|e| os_error(vm, e, ""))?;
    Ok(bytes(data))
}

fn code(code: Option<i32>) -> Value {
    code.map_or(Value::None, |c| Value::Int(i64::from(c)))
}

/// `_proc_poll(handle)`: the return code, or None while the child runs.
pub fn poll(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let h = handle(&args)?;
    let c = vm.host.child_poll(h).map_err(|e| os_error(vm, e, ""))?;
    Ok(code(c))
}

/// `_proc_wait(handle, timeout)`: the return code, or None when the time ran out.
pub fn wait(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let h = handle(&args)?;
    let t = timeout(arg(&args, 1))?;
    let c = vm.host.child_wait(h, t).map_err(|e| os_error(vm, e, ""))?;
    Ok(code(c))
}

/// `_proc_communicate(handle, input, timeout)`: `(returncode, stdout, stderr)`, or None when
/// the time ran out.
pub fn communicate(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let h = handle(&args)?;
    let input = match arg(&args, 1) {
        Value::None => None,
        v => Some(v.bytes_like().ok_or_else(|| type_error("a bytes-like object is required"))?),
    };
    let t = timeout(arg(&args, 2))?;
    match vm.host.communicate(h, input, t).map_err(|e| os_error(vm, e, ""))? {
        Outcome::TimedOut => Ok(Value::None),
        Outcome::Done { code, out, err } => {
            Ok(Value::tuple(vec![Value::Int(i64::from(code)), bytes(out), bytes(err)]))
        }
    }
}

/// `_proc_kill(handle)`.
pub fn kill(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let h = handle(&args)?;
    vm.host.child_kill(h).map_err(|e| os_error(vm, e, ""))?;
    Ok(Value::None)
}

/// `_proc_release(handle)`: forget an ended child.
pub fn release(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    vm.host.child_release(handle(&args)?);
    Ok(Value::None)
}
