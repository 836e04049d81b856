//! The file-system built-ins under `os` (and through it `shutil`, `tempfile` and `pathlib`,
//! which are written in Python): `_stat`, `_fs_pair`, `_mkdir`, `_readlink`, `_chmod`, `_utime`,
//! `_access`, the numbered files of `os.open`, and `_os_info` (process id, terminal size,
//! random bytes). Each asks the host (`vm/host_fs.rs`) and raises CPython's `OSError`
//! subclasses with its messages; whole-file reads and writes are in `files.rs`.

use super::files::{new_os_error, os_error, path_arg};
use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// Argument `index` as an i64, or a `TypeError` naming what was given.
fn int_arg(args: &CallArgs, index: usize) -> Result<i64, Value> {
    let v = args.positional.get(index).ok_or_else(|| type_error("missing argument"))?;
    let n = v.as_int().ok_or_else(|| {
        type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))
    })?;
    n.as_i64()
        .ok_or_else(|| new_exception(ExcKind::OverflowError, "Python int too large to convert to C long"))
}

/// The path at argument `index`.
fn path_at(vm: &mut Vm, args: &CallArgs, index: usize) -> Result<String, Value> {
    path_arg(vm, args.positional.get(index))
}

/// `_stat(path, follow_symlinks)` or `_stat(fd)`: (mode, ino, dev, nlink, uid, gid, size, atime_ns,
/// mtime_ns, ctime_ns), which `os.stat_result` dresses.
pub fn stat(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let st = if let Some(Value::Int(fd)) = args.positional.first() {
        let fd = i32::try_from(*fd).unwrap_or(-1);
        vm.host
            .stat_fd(fd)
            .map_err(|(code, text)| new_os_error(vm, vec![Value::Int(i64::from(code)), Value::str(text)]))?
    } else {
        let path = path_at(vm, &args, 0)?;
        let follow = args.positional.get(1).is_none_or(Value::truthy);
        vm.host.stat(&path, follow).map_err(|e| os_error(vm, e, &path))?
    };
    let int = |n: i64| Value::Int(n);
    let [atime, mtime, ctime] = st.times_ns;
    Ok(Value::tuple(vec![
        int(i64::from(st.mode)),
        int(st.ino as i64),
        int(st.dev as i64),
        int(st.nlink as i64),
        int(i64::from(st.uid)),
        int(i64::from(st.gid)),
        int(st.size as i64),
        int(atime),
        int(mtime),
        int(ctime),
    ]))
}

/// `_fs_pair(action, src, dst)`: `rename`, `symlink` or `link`; an error names both paths
/// (`[Errno 2] No such file or directory: 'a' -> 'b'`), as CPython's does.
pub fn fs_pair(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let action = args.positional.first().map(Value::to_str).unwrap_or_default();
    let src = path_at(vm, &args, 1)?;
    let dst = path_at(vm, &args, 2)?;
    vm.host.change_fs_pair(&action, &src, &dst).map_err(|(code, text)| {
        let args = vec![
            Value::Int(i64::from(code)),
            Value::str(text),
            Value::str(&src),
            Value::None,
            Value::str(&dst),
        ];
        new_os_error(vm, args)
    })?;
    Ok(Value::None)
}

/// `_mkdir(path, mode)`.
pub fn mkdir(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_at(vm, &args, 0)?;
    let mode = u32::try_from(int_arg(&args, 1)? & 0o7777).unwrap_or(0o777);
    vm.host.make_dir(&path, mode).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}

/// `_readlink(path)`.
pub fn readlink(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_at(vm, &args, 0)?;
    let target = vm.host.read_link(&path).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::str(target))
}

/// `_chmod(path, mode)`.
pub fn chmod(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_at(vm, &args, 0)?;
    let mode = int_arg(&args, 1)?;
    let mode = u32::try_from(mode).map_err(|_| value_error("mode out of range"))?;
    vm.host.chmod(&path, mode).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}

/// `_utime(path, atime_ns, mtime_ns)`, or `_utime(path)` for now.
pub fn utime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_at(vm, &args, 0)?;
    let times = if args.positional.len() > 1 { Some((int_arg(&args, 1)?, int_arg(&args, 2)?)) } else { None };
    vm.host.set_times(&path, times).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}

/// `_access(path, mode)`.
pub fn access(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let path = path_at(vm, &args, 0)?;
    let mode = int_arg(&args, 1)?;
    Ok(Value::bool(vm.host.access(&path, (mode & 7) as u32)))
}

/// `_fd(action, ...)`: `open` (path, flags, mode) -> fd, `read` (fd, size) -> bytes,
/// `write` (fd, data) -> count, `close` (fd).
pub fn fd(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let action = args.positional.first().map(Value::to_str).unwrap_or_default();
    if action == "open" {
        let path = path_at(vm, &args, 1)?;
        let flags = int_arg(&args, 2)?;
        let mode = u32::try_from(int_arg(&args, 3)?).map_err(|_| value_error("mode out of range"))?;
        let fd = vm.host.open_fd(&path, flags, mode).map_err(|e| os_error(vm, e, &path))?;
        return Ok(Value::Int(i64::from(fd)));
    }
    let fd = i32::try_from(int_arg(&args, 1)?).unwrap_or(-1);
    let result = match action.as_str() {
        "read" => {
            let size = int_arg(&args, 2)?;
            let size = usize::try_from(size).map_err(|_| value_error("negative length"))?;
            vm.host.read_fd(fd, size).map(|b| Value::obj(Object::Bytes(b)))
        }
        "write" => {
            let data = args.positional.get(2).and_then(Value::bytes_like).ok_or_else(|| {
                let given = args.positional.get(2).map_or("NoneType", Value::type_name);
                type_error(format!("a bytes-like object is required, not '{given}'"))
            })?;
            vm.host.write_fd(fd, &data).map(|n| Value::Int(n as i64))
        }
        _ => vm.host.close_fd(fd).map(|()| Value::None),
    };
    result.map_err(|(code, text)| new_os_error(vm, vec![Value::Int(i64::from(code)), Value::str(text)]))
}

/// `_os_info(what, ...)`: `pid` -> the process id; `terminal` -> (columns, lines) or None;
/// `urandom`, n -> n random bytes.
pub fn os_info(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let what = args.positional.first().map(Value::to_str).unwrap_or_default();
    Ok(match what.as_str() {
        "pid" => Value::Int(i64::from(vm.host.process_id())),
        "terminal" => match vm.host.terminal_size() {
            Some((columns, lines)) => {
                Value::pair(Value::Int(i64::from(columns)), Value::Int(i64::from(lines)))
            }
            None => Value::None,
        },
        _ => {
            let count = int_arg(&args, 1)?;
            let count = usize::try_from(count).map_err(|_| value_error("negative argument not allowed"))?;
            Value::obj(Object::Bytes(vm.host.random_bytes(count)))
        }
    })
}
