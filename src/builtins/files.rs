//! The file primitives under `open()` and the `io` module (which is written in Python): whole
//! files read and written through the host, with CPython's `OSError` subclasses.

use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

fn path_of(args: &CallArgs) -> Result<String, Value> {
    match args.positional.first() {
        Some(v) if v.as_str().is_some() => Ok(v.to_str()),
        Some(v) => {
            Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", v.type_name())))
        }
        None => Err(type_error("missing path")),
    }
}

/// `OSError(errno, strerror, filename)`, which becomes FileNotFoundError etc. by its errno.
pub(super) fn os_error(vm: &mut Vm, (code, text): (i32, String), path: &str) -> Value {
    let args = vec![Value::Int(i64::from(code)), Value::str(text), Value::str(path)];
    match super::construct(vm, "OSError", CallArgs { positional: args, keywords: Vec::new() }) {
        Ok(e) | Err(e) => e,
    }
}

/// `_read_file(path, binary)`: the whole file, as str (UTF-8) or bytes.
pub fn read_file(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_of(&args)?;
    let binary = args.positional.get(1).is_some_and(Value::truthy);
    let bytes = vm.host.read_file(&path).map_err(|e| os_error(vm, e, &path))?;
    if binary {
        return Ok(Value::obj(Object::Bytes(bytes)));
    }
    let text = super::codecs::decode(&bytes, "utf-8", "strict")?;
    // Universal newlines, as text mode reads them.
    Ok(Value::str(text.replace("\r\n", "\n").replace('\r', "\n")))
}

/// `_write_file(path, data, append)`: str (written as UTF-8) or bytes.
pub fn write_file(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_of(&args)?;
    let append = args.positional.get(2).is_some_and(Value::truthy);
    let bytes = match args.positional.get(1).map(|v| (v.as_str(), v.object())) {
        Some((Some(text), _)) => text.as_bytes().to_vec(),
        Some((None, Some(Object::Bytes(b)))) => b.clone(),
        _ => return Err(type_error("write() argument must be str or bytes")),
    };
    vm.host.write_file(&path, &bytes, append).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}

/// `open(...)`: `io.open`, importing `io` on first use.
pub fn open(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let io = vm.import_module("io")?;
    let open = vm.get_attr(&io, "open")?;
    vm.call_value(&open, args)
}

/// `_file_kind(path)`: "file", "dir", "other" or None (for `os.path.exists` and friends).
pub fn file_kind(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_of(&args)?;
    Ok(vm.host.file_kind(&path).map_or(Value::None, Value::str))
}

/// `_list_dir(path)`: the names in a directory.
pub fn list_dir(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_of(&args)?;
    let names = vm.host.list_dir(&path).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// `_getcwd()`.
pub fn getcwd(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(Value::str(vm.host.current_dir()))
}

/// `_exit_now(status)` (`os._exit`): the process ends at once, without `finally` blocks or
/// exit handlers. (What the program wrote is flushed first: CPython would lose what its
/// buffers held, which helps no one.)
pub fn exit_now(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let status = match args.positional.first().and_then(Value::as_int) {
        Some(n) => n.as_i64().map_or(-1, |n| n as i32),
        None => return Err(type_error("_exit() takes exactly one integer argument")),
    };
    vm.host.flush();
    crate::vm::host::exit_abruptly(status)
}

/// `_environ()`: the environment as a list of `(name, value)` pairs.
pub fn environ(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    let pairs = vm.host.environment();
    Ok(Value::list(pairs.into_iter().map(|(k, v)| Value::pair(Value::str(k), Value::str(v))).collect()))
}

/// `_change_fs(action, path)`: `remove`, `mkdir`, `rmdir` or `chdir`.
pub fn change_fs(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let action = args.positional.first().map(Value::to_str).unwrap_or_default();
    let rest =
        CallArgs { positional: args.positional.iter().skip(1).cloned().collect(), keywords: Vec::new() };
    let path = path_of(&rest)?;
    vm.host.change_fs(&action, &path).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}
