//! The `sys` module: `argv`, `exit`, `stdout`, `stderr`, `maxsize`, the recursion limit, the
//! async generator hooks, and the import system's `modules` and `path` (the very dict and
//! list the VM imports with).

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::exception::{ExcKind, exception_with_args, type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Stream, Value};
use crate::vm::Vm;

/// A new `sys` module for the program `vm` runs.
pub fn module(vm: &Vm) -> Value {
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("__name__", Value::str("sys"));
    set("argv", Value::list(vm.argv.iter().map(|a| Value::str(a.as_str())).collect()));
    set("modules", Value::obj(Object::Dict(vm.modules.clone())));
    set("path", vm.sys_path.clone());
    // `sys.__stdout__` and `sys.__stderr__` keep the process's streams when the program
    // replaces `sys.stdout` or `sys.stderr`.
    for (name, original, stream) in
        [("stdout", "__stdout__", Stream::Stdout), ("stderr", "__stderr__", Stream::Stderr)]
    {
        let stream = Value::obj(Object::Stream(stream));
        set(name, stream.clone());
        set(original, stream);
    }
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10FFFF));
    // The language pyglass implements: Python 3.11 (scripts test these for features).
    set("version", Value::str(format!("3.11.7 (pyglass {}) [Rust]", env!("CARGO_PKG_VERSION"))));
    set("version_info", super::sys_info::version_info());
    set("float_info", super::sys_info::float_info());
    set("int_info", super::sys_info::int_info());
    set("hash_info", super::sys_info::hash_info());
    set("implementation", super::sys_info::implementation());
    set("hexversion", Value::Int(0x030B07F0));
    set(
        "platform",
        Value::str(if std::env::consts::OS == "macos" { "darwin" } else { std::env::consts::OS }),
    );
    set("byteorder", Value::str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set(
        "executable",
        Value::str(std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()),
    );
    set("dont_write_bytecode", Value::bool(false));
    set("warnoptions", Value::list(Vec::new()));
    let functions: [(&'static str, BuiltinFn); 17] = [
        ("intern", intern),
        ("getsizeof", super::sizeof::getsizeof),
        ("_getframe", super::frames::getframe),
        ("exit", exit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("_format_exception", format_exception),
        ("_format_tb", format_tb),
        ("_stdin_readline", stdin_readline),
        ("_stdin_isatty", |vm, _| Ok(Value::bool(vm.host.stdin_is_terminal()))),
        ("__getattr__", sys_getattr),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("set_asyncgen_hooks", set_asyncgen_hooks),
        ("get_asyncgen_hooks", get_asyncgen_hooks),
    ];
    for (name, func) in functions {
        set(name, Value::obj(Object::Builtin(Builtin { name, func })));
    }
    // `sys.__excepthook__` is the very object `sys.excepthook` starts as.
    let hook = Value::obj(Object::Builtin(Builtin { name: "excepthook", func: excepthook }));
    set("excepthook", hook.clone());
    set("__excepthook__", hook);
    Value::obj(Object::Module { name: "sys".into(), dict: Rc::new(RefCell::new(dict)) })
}

/// `sys.excepthook(type, value, traceback)`: print the exception's report to stderr, as
/// an uncaught exception's (`sys.__excepthook__` is the same function).
fn excepthook(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [_, value, _] = args.positional.as_slice() else {
        return Err(type_error(format!("excepthook expected 3 arguments, got {}", args.positional.len())));
    };
    if !matches!(value.object(), Some(Object::Exception(_))) {
        vm.write_report(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            value.type_name()
        ));
        return Ok(Value::None);
    }
    let report = vm.uncaught_report(value);
    vm.write_report(&report);
    Ok(Value::None)
}

/// `sys.exc_info()`: the type, value and traceback of the exception being handled.
fn exc_info(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(type_error("sys.exc_info() takes no arguments"));
    }
    Ok(match &vm.handled {
        Value::None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        exc => {
            let traceback = match exc.object() {
                Some(Object::Exception(e)) => super::tracebacks::traceback_of(e),
                _ => Value::None,
            };
            Value::tuple(vec![crate::vm::classes::class_of(exc), exc.clone(), traceback])
        }
    })
}

/// `sys.intern(s)`: the one str object of `s`'s text that every interned copy of it is, and
/// that the names in code objects are (the VM interns them in the same table).
fn intern(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [s] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "sys.intern() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    if !args.keywords.is_empty() {
        return Err(type_error("sys.intern() takes no keyword arguments"));
    }
    match s.object() {
        Some(Object::Str(text)) => {
            Ok(vm.prepared.interned.entry(text.to_string()).or_insert_with(|| s.clone()).clone())
        }
        _ if crate::vm::classes::is_instance(s, &Value::obj(Object::Type("str"))) => {
            Err(type_error(format!("can't intern {}", s.type_name())))
        }
        // (CPython's argument checks name None itself, not its type.)
        _ => {
            let kind = if matches!(s, Value::None) { "None" } else { s.type_name() };
            Err(type_error(format!("intern() argument must be str, not {kind}")))
        }
    }
}

/// `sys.exception()`: the exception being handled, or `None`.
fn exception(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(type_error("sys.exception() takes no arguments"));
    }
    Ok(vm.handled.clone())
}

/// `sys._stdin_readline()`: the next line of standard input, with its newline; '' at its end.
fn stdin_readline(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(Value::str(vm.host.read_line().unwrap_or_default().as_str()))
}

/// The module's `__getattr__` (PEP 562): `sys.stdin` and `sys.__stdin__` are made on first
/// use (`io._Stdin`, so that a script that never reads its input does not import `io`).
fn sys_getattr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let name = args.positional.first().map(Value::to_str).unwrap_or_default();
    if name != "stdin" && name != "__stdin__" {
        return Err(crate::runtime::exception::new_exception(
            ExcKind::AttributeError,
            &format!("module 'sys' has no attribute '{name}'"),
        ));
    }
    let io = vm.import_module("io")?;
    let class = vm.get_attr(&io, "_Stdin")?;
    let stdin = vm.call_value(&class, CallArgs::default())?;
    let sys = vm.import_module("sys")?;
    for name in ["stdin", "__stdin__"] {
        vm.set_attr(&sys, Key(Value::str(name)), Some(stdin.clone()))?;
    }
    Ok(stdin)
}

/// `sys._format_tb(tb)`: each frame of the traceback object `tb`, outermost first, as a
/// report prints it (for the `traceback` module).
fn format_tb(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [tb] = args.positional.as_slice() else {
        return Err(type_error("_format_tb(tb)"));
    };
    let entries = super::tracebacks::entries_of(tb)?;
    let formatted = entries.iter().rev().map(|entry| {
        let mut out = String::new();
        crate::vm::traceback::write_entry(entry, &mut out);
        Value::str(out.as_str())
    });
    Ok(Value::list(formatted.collect()))
}

/// `sys._format_exception(exc, chain, stack)`: the report the interpreter prints for `exc`
/// (for the `traceback` module): with its chained exceptions when `chain`, and only its
/// last line (`Name: message`) unless `stack`.
fn format_exception(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [exc, chain, stack] = args.positional.as_slice() else {
        return Err(type_error("_format_exception(exc, chain, stack)"));
    };
    Ok(Value::str(crate::vm::traceback::format_report(exc, chain.truthy(), stack.truthy()).as_str()))
}

/// `sys.exit([code])`: raises SystemExit.
/// `sys.exit(status=None)`: raises SystemExit, with no arguments for `None` (as CPython).
fn exit(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    if args.positional.len() > 1 {
        let given = args.positional.len();
        return Err(type_error(format!("exit expected at most 1 argument, got {given}")));
    }
    let status: Vec<Value> = args.positional.into_iter().filter(|v| !matches!(v, Value::None)).collect();
    Err(exception_with_args(ExcKind::SystemExit, status))
}

/// The `exit()` and `quit()` builtins (site's `Quitter`): SystemExit with the code as its
/// one argument, `None` included.
pub(crate) fn quit(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let code = match (args.positional.as_slice(), args.keywords.as_slice()) {
        ([], []) => Value::None,
        ([code], []) => code.clone(),
        ([], [(key, code)]) if key == "code" => code.clone(),
        _ => {
            let given = args.positional.len() + args.keywords.len();
            return Err(type_error(format!(
                "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                given + 1
            )));
        }
    };
    Err(exception_with_args(ExcKind::SystemExit, vec![code]))
}

fn getrecursionlimit(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some(limit) = args.positional.first().and_then(|v| v.as_int()).and_then(|i| i.as_i64()) else {
        return Err(type_error("'int' object required"));
    };
    if limit < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = limit as usize;
    Ok(Value::None)
}

/// `sys.getswitchinterval()`: the scheduler's interval in instructions, as seconds
/// (`threads::INSTRUCTIONS_PER_SECOND` of them a second: the default reads 0.005, as CPython's).
fn getswitchinterval(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(Value::raw_float(vm.threads.interval as f64 / crate::vm::threads::INSTRUCTIONS_PER_SECOND))
}

/// `sys.setswitchinterval(seconds)`: sets the interval in instructions (at least one).
fn setswitchinterval(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some(value) = args.positional.first() else {
        return Err(type_error("setswitchinterval() takes exactly one argument (0 given)"));
    };
    let seconds = match value {
        Value::Float(x) => x.get(),
        other => match other.as_int().and_then(|i| i.as_i64()) {
            Some(n) => n as f64,
            None => return Err(type_error(format!("must be real number, not {}", other.type_name()))),
        },
    };
    if seconds <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    let instructions = (seconds * crate::vm::threads::INSTRUCTIONS_PER_SECOND).round().max(1.0);
    vm.threads.interval = instructions.min(u64::MAX as f64) as u64;
    Ok(Value::None)
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument not given keeps its
/// hook; each must be callable or None.
fn set_asyncgen_hooks(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    const NAMES: [&str; 2] = ["firstiter", "finalizer"];
    if args.positional.len() > 2 {
        return Err(type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.positional.len()
        )));
    }
    let mut given: [Option<Value>; 2] = [args.positional.first().cloned(), args.positional.get(1).cloned()];
    for (key, value) in args.keywords {
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return Err(type_error(format!(
                "set_asyncgen_hooks() got an unexpected keyword argument '{key}'"
            )));
        };
        given[i] = Some(value);
    }
    for (name, hook) in NAMES.iter().zip(&given) {
        if let Some(hook) = hook
            && !matches!(hook, Value::None)
            && !crate::builtins::is_callable(hook)
        {
            return Err(type_error(format!("callable {name} expected, got {}", hook.type_name())));
        }
    }
    let [firstiter, finalizer] = given;
    if let Some(hook) = firstiter {
        vm.asyncgen_firstiter = hook;
    }
    if let Some(hook) = finalizer {
        vm.asyncgen_finalizer = hook;
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
fn get_asyncgen_hooks(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(Value::pair(vm.asyncgen_firstiter.clone(), vm.asyncgen_finalizer.clone()))
}
