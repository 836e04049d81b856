//! Built-in functions and types (`print`, `len`, `range`, `int`, ...): the `builtins` module.
//! String formatting lives in `format`, methods of built-in types in `methods`.

pub(crate) mod arity;
mod bytes_methods;
mod bytes_new;
mod bytes_translate;
mod case_tables;
mod class_builtins;
mod codecs;
mod combinatoric;
mod dir_table;
pub mod direct_methods;
mod evaluation;
mod files;
mod float_hex;
pub mod format;
mod frames;
mod fs;
pub mod hashlib;
mod iteration;
pub mod math;
mod math_gamma;
pub mod methods;
mod mt19937;
mod number_dunders;
mod numeric;
mod params;
mod process;
pub mod random;
mod random_dist;
mod random_seq;
mod regex;
mod regex_backtrack;
mod regex_check;
mod regex_subject;
mod regex_translate;
mod sizeof;
mod source_bytes;
pub mod str_format;
pub mod str_methods;
mod str_translate;
mod struct_seq;
pub mod sys;
mod sys_info;
pub mod thread;
pub mod time;
mod time_calendar;
mod time_parse;
pub mod tracebacks;
pub mod type_classmethods;
pub mod types_native;
pub mod unicodedata;
mod unicodedata_tables;
pub mod weakrefs;

use crate::runtime::value::Slice;
use std::cell::RefCell;

use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::int::Int;
use crate::runtime::ops;
use crate::runtime::value::{DictMap, Key, Object, Stream, Value};
use crate::vm::{Vm, special_is_instance};

/// The builtins namespace.
pub fn table() -> DictMap {
    let mut map = DictMap::default();
    let functions: [(&'static str, BuiltinFn); 81] = [
        ("eval", evaluation::eval),
        ("exec", evaluation::exec),
        ("compile", evaluation::compile),
        ("sorted", iteration::sorted),
        ("any", iteration::any),
        ("all", iteration::all),
        ("divmod", numeric::divmod),
        ("pow", numeric::pow),
        ("round", numeric::round),
        ("hex", numeric::hex),
        ("oct", numeric::oct),
        ("bin", numeric::bin),
        ("callable", callable),
        ("hash", hash),
        ("id", id),
        ("issubclass", issubclass),
        ("input", input),
        ("format", format_builtin),
        ("setattr", setattr),
        ("delattr", delattr),
        ("ascii", ascii_builtin),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("open", files::open),
        ("_read_file", files::read_file),
        ("_write_file", files::write_file),
        ("_file_kind", files::file_kind),
        ("_list_dir", files::list_dir),
        ("_getcwd", files::getcwd),
        ("_environ", files::environ),
        ("_exit_now", files::exit_now),
        ("_change_fs", files::change_fs),
        ("_stat", fs::stat),
        ("_fs_pair", fs::fs_pair),
        ("_mkdir", fs::mkdir),
        ("_readlink", fs::readlink),
        ("_chmod", fs::chmod),
        ("_utime", fs::utime),
        ("_access", fs::access),
        ("_fd", fs::fd),
        ("_os_info", fs::os_info),
        ("_proc_spawn", process::spawn),
        ("_proc_write", process::write),
        ("_proc_close_stdin", process::close_stdin),
        ("_proc_read", process::read),
        ("_proc_poll", process::poll),
        ("_proc_wait", process::wait),
        ("_proc_communicate", process::communicate),
        ("_proc_kill", process::kill),
        ("_proc_release", process::release),
        ("_c_type", class_builtins::c_type),
        ("_permutations_step", combinatoric::permutations_step),
        ("_combinations_step", combinatoric::combinations_step),
        ("_re_check", regex::check),
        ("_re_groups", regex::groups),
        ("_re_match", regex::find),
        ("_re_all", regex::find_all),
        ("_re_slice", regex::slice),
        ("_strptime_fields", time_parse::strptime_fields),
        ("dir", dir),
        ("getattr", getattr),
        ("hasattr", hasattr),
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("isinstance", isinstance),
        ("iter", iter),
        ("next", next),
        ("aiter", iteration::aiter),
        ("anext", iteration::anext),
        ("ord", ord),
        ("chr", chr),
        ("exit", sys::quit),
        ("__import__", |vm, args| vm.import_builtin(args)),
        ("__build_class__", |vm, args| vm.build_class(args)),
        ("quit", sys::quit),
    ];
    for (name, func) in functions {
        map.insert(Key(Value::str(name)), Value::obj(Object::Builtin(Builtin { name, func })));
    }
    for name in [
        "int",
        "float",
        "str",
        "bool",
        "list",
        "tuple",
        "dict",
        "set",
        "frozenset",
        "range",
        "type",
        "slice",
        "object",
        "bytes",
        "bytearray",
        "memoryview",
        "map",
        "filter",
        "zip",
        "enumerate",
        "reversed",
        "complex",
        "property",
        "staticmethod",
        "classmethod",
        "super",
    ] {
        map.insert(Key(Value::str(name)), Value::obj(Object::Type(name)));
    }
    map.insert(Key(Value::str("Ellipsis")), Value::obj(Object::Ellipsis));
    map.insert(Key(Value::str("__debug__")), Value::bool(true));
    // The module's own name: what a class body made by `exec` with a fresh globals dict
    // finds for its `__module__` (`__name__` falls back on the builtins, as in CPython).
    map.insert(Key(Value::str("__name__")), Value::str("builtins"));
    map.insert(Key(Value::str("NotImplemented")), Value::obj(Object::NotImplemented));
    for kind in ExcKind::ALL {
        map.insert(Key(Value::str(kind.name())), Value::obj(Object::Type(kind.name())));
    }
    for alias in ["EnvironmentError", "IOError"] {
        map.insert(Key(Value::str(alias)), Value::obj(Object::Type("OSError")));
    }
    map
}

fn no_keywords(name: &str, args: &CallArgs) -> Result<(), Value> {
    if let Some((key, _)) = args.keywords.first() {
        return Err(type_error(format!("{name}() got an unexpected keyword argument '{key}'")));
    }
    Ok(())
}

fn exactly_one(name: &str, args: &CallArgs) -> Result<Value, Value> {
    no_keywords(name, args)?;
    match args.positional.as_slice() {
        [one] => Ok(one.clone()),
        other => Err(type_error(format!("{name}() takes exactly one argument ({} given)", other.len()))),
    }
}

fn print(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut to_stderr = false;
    let mut target = None;
    let mut file_given = false;
    let mut flush = false;
    for (key, value) in &args.keywords {
        let text = if matches!(value, Value::None) { None } else { Some(value.to_str()) };
        match key.as_str() {
            "sep" | "end" if !matches!(value, Value::None) && value.as_str().is_none() => {
                return Err(type_error(format!("{key} must be None or a string, not {}", value.type_name())));
            }
            "sep" => sep = text.unwrap_or_else(|| " ".into()),
            "end" => end = text.unwrap_or_else(|| "\n".into()),
            "flush" => flush = value.truthy(),
            "file" => match value.object() {
                Some(Object::Stream(stream)) => {
                    file_given = true;
                    to_stderr = *stream == crate::runtime::value::Stream::Stderr;
                }
                None if matches!(value, Value::None) => {}
                // Any object with a `write` method (an `io.StringIO`, an open file).
                _ => target = Some(value.clone()),
            },
            other => return Err(type_error(format!("'{other}' is an invalid keyword argument for print()"))),
        }
    }
    // Without a file, print writes to `sys.stdout`: the process's unless the program replaced
    // it (`contextlib.redirect_stdout`), nowhere if it is None.
    if !file_given && target.is_none() {
        match vm.sys_attribute("stdout") {
            Some(Value::None) => return Ok(Value::None),
            Some(out) if !matches!(out.object(), Some(Object::Stream(_))) => target = Some(out),
            _ => {}
        }
    }
    if let Some(target) = target {
        // As CPython: one `write` per item, separator and end.
        let write = vm.get_attr(&target, "write")?;
        let put = |vm: &mut Vm, text: String| {
            vm.call_value(&write, CallArgs { positional: vec![Value::str(text)], keywords: Vec::new() })
        };
        for (i, v) in args.positional.iter().enumerate() {
            if i > 0 {
                put(vm, sep.clone())?;
            }
            let text = vm.to_str(v)?;
            put(vm, text)?;
        }
        put(vm, end)?;
        if flush {
            let flush = vm.get_attr(&target, "flush")?;
            vm.call_value(&flush, CallArgs::default())?;
        }
        return Ok(Value::None);
    }
    let mut line = Vec::with_capacity(args.positional.len());
    for v in &args.positional {
        line.push(vm.to_str(v)?);
    }
    let text = format!("{}{end}", line.join(&sep));
    vm.write_output(if to_stderr { Stream::Stderr } else { Stream::Stdout }, &text)?;
    if flush {
        vm.flush_output()?;
    }
    Ok(Value::None)
}

fn callable(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("callable", &args)?;
    Ok(Value::bool(is_callable(&v)))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    matches!(
        v.object(),
        Some(
            Object::Function(_)
                | Object::Builtin(_)
                | Object::BoundMethod { .. }
                | Object::Type(_)
                | Object::Class(_)
                | Object::Method { .. }
                | Object::StaticMethod(_)
        )
    ) || matches!(v.object(), Some(Object::Instance(i)) if crate::runtime::class::lookup(&i.class(), "__call__").is_some())
}

fn hash(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("hash", &args)?;
    if let Some(Object::Instance(i)) = v.object()
        && let Some(method) = crate::runtime::class::lookup(&i.class(), "__hash__")
    {
        // `__hash__ = None` (set by classes that define `__eq__` alone) makes instances unhashable.
        if matches!(method, Value::None) {
            return Err(type_error(format!("unhashable type: '{}'", v.type_name())));
        }
        let result =
            vm.call_value(&method, CallArgs { positional: vec![v.clone()], keywords: Vec::new() })?;
        return match result.as_int() {
            Some(i) => Ok(Value::Int(crate::runtime::ops::hash_from_dunder(i)?)),
            None => Err(type_error("__hash__ method should return an integer")),
        };
    }
    Ok(Value::Int(vm.python_hash(&v)?))
}

/// `id(x)`: an identity that stays fixed while the object lives.
fn id(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("id", &args)?;
    Ok(Value::Int(match &v {
        Value::Obj(o) => std::rc::Rc::as_ptr(o) as i64,
        other => ops::hash_value(other).unwrap_or(0),
    }))
}

fn issubclass(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [class, bases] = args.positional.as_slice() else {
        return Err(type_error(format!("issubclass expected 2 arguments, got {}", args.positional.len())));
    };
    if let Some(result) = metaclass_check(vm, bases, "__subclasscheck__", class) {
        return result;
    }
    let is_class = |v: &Value| matches!(v.object(), Some(Object::Type(_) | Object::Class(_)));
    if !is_class(class) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let candidates: Vec<Value> = match bases.object() {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![bases.clone()],
    };
    for c in candidates {
        if !is_class(&c) {
            return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        let answer = match check_hook(vm, "__subclasscheck__", &c, class)? {
            Some(answer) => answer,
            None => crate::runtime::class::is_subclass(class, &c),
        };
        if answer {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

/// The answer of a class's `__instancecheck__` or `__subclasscheck__` about `subject`, `None`
/// when the class has none (CPython asks it even about real subclasses). The ABCs of `abc`
/// and `collections.abc` define them as class methods, standing in for the metaclass methods
/// CPython looks up on `type(class)` (with metaclasses, the lookup moves there).
fn check_hook(vm: &mut Vm, hook: &str, class: &Value, subject: &Value) -> Result<Option<bool>, Value> {
    thread_local! {
        // The hook names as keys, made once: isinstance() is hot, and most classes have no hook.
        static HOOKS: [Key; 2] = [Key(Value::str("__instancecheck__")), Key(Value::str("__subclasscheck__"))];
    }
    let defined = HOOKS.with(|keys| {
        let key = if hook == "__instancecheck__" { &keys[0] } else { &keys[1] };
        // Only class methods: a plain function of that name is a metaclass's own method,
        // which applies to its instances (classes), not to this class's instances.
        crate::runtime::class::lineage(class).any(|c| {
            crate::runtime::class::as_class(c).is_some_and(|c| {
                matches!(c.dict.borrow().get(key).and_then(Value::object), Some(Object::ClassMethod(_)))
            })
        })
    });
    if !matches!(class.object(), Some(Object::Class(_))) || !defined {
        return Ok(None);
    }
    let method = vm.get_attr(class, hook)?;
    let answer =
        vm.call_value(&method, CallArgs { positional: vec![subject.clone()], keywords: Vec::new() })?;
    vm.truthy(&answer).map(Some)
}

fn input(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    if let Some(prompt) = args.positional.first() {
        vm.write_output(Stream::Stdout, &prompt.to_str())?;
    }
    match vm.host.read_line() {
        Some(line) => Ok(Value::str(line.strip_suffix('\n').unwrap_or(&line).to_string())),
        None => Err(new_exception(ExcKind::EOFError, "EOF when reading a line")),
    }
}

fn ascii_builtin(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    Ok(Value::str(ascii(&exactly_one("ascii", &args)?.repr())))
}

/// `globals()`: the namespace of the calling frame's module.
fn globals(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    match vm.frames.last() {
        Some(frame) => Ok(Value::obj(Object::Dict(frame.globals.clone()))),
        None => Ok(Value::None),
    }
}

/// `locals()`: a snapshot of the calling frame's local variables (the namespace itself in a
/// module or class body).
fn locals(vm: &mut Vm, _: CallArgs) -> BuiltinResult {
    Ok(vm.frames.last().map_or(Value::None, |frame| frames::locals_of(frame)))
}

/// `vars()` is `locals()`; `vars(x)` is `x.__dict__` (modules and functions have one).
fn vars(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    no_keywords("vars", &args)?;
    match args.positional.as_slice() {
        [] => locals(vm, args),
        [object] => match object.object() {
            Some(Object::Module { dict, .. }) => Ok(Value::obj(Object::Dict(dict.clone()))),
            Some(Object::Function(_)) => methods::get_attribute(object, "__dict__"),
            Some(Object::Instance(_) | Object::Class(_) | Object::Type(_)) => vm.get_attr(object, "__dict__"),
            _ => Err(type_error("vars() argument must have __dict__ attribute")),
        },
        other => Err(type_error(format!("vars expected at most 1 argument, got {}", other.len()))),
    }
}

/// `dir()`: the names of the current scope; `dir(x)`: the attributes of `x`, sorted (for
/// built-in types, the lists CPython 3.11 gives, from a generated table); an instance whose
/// class defines `__dir__` answers for itself.
pub(crate) fn dir(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    no_keywords("dir", &args)?;
    let names: Vec<String> = match args.positional.as_slice() {
        [] => match locals(vm, CallArgs::default())?.object() {
            Some(Object::Dict(d)) => d.borrow().keys().map(|k| k.0.to_str()).collect(),
            _ => Vec::new(),
        },
        [object] => {
            if let Some(Object::Instance(i)) = object.object()
                && crate::runtime::class::lookup(&i.class(), "__dir__").is_some()
            {
                let method = vm.get_attr(object, "__dir__")?;
                let listed = vm.call_value(&method, CallArgs::default())?;
                vm.collect(&listed)?.iter().map(Value::to_str).collect()
            } else {
                attribute_names(object)
            }
        }
        other => return Err(type_error(format!("dir expected at most 1 argument, got {}", other.len()))),
    };
    let mut names = names;
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// The attribute names `dir(object)` lists.
pub(crate) fn attribute_names(object: &Value) -> Vec<String> {
    let table = |type_name: &str| -> Vec<String> {
        dir_table::names(type_name).unwrap_or_default().iter().map(|n| n.to_string()).collect()
    };
    // The names of a class and its MRO (built-in types from the table). A class statement
    // also gives `__dict__` and `__weakref__` (unless the class has `__slots__`), and its
    // qualified name is not in its namespace.
    let class_names = |class: &Value| -> Vec<String> {
        let mut names = table("object");
        for c in crate::runtime::class::lineage(class) {
            match c.object() {
                Some(Object::Class(c)) => {
                    let dict = c.dict.borrow();
                    names.extend(dict.keys().map(|k| k.0.to_str()).filter(|k| k != "__qualname__"));
                    let has_slots = dict.contains_key(&Key(Value::str("__slots__")));
                    drop(dict);
                    // A slot is an attribute of its class (a member descriptor).
                    if has_slots {
                        names.extend(crate::runtime::class::declared_slots(c).unwrap_or_default());
                    } else {
                        names.extend(["__dict__".to_string(), "__weakref__".to_string()]);
                    }
                }
                Some(Object::Type(name)) => names.extend(table(name)),
                _ => {}
            }
        }
        names
    };
    match object.object() {
        Some(Object::Module { dict, .. }) => dict.borrow().keys().map(|k| k.0.to_str()).collect(),
        Some(Object::Function(f)) => {
            let mut names = table("function");
            names.extend(f.attributes.borrow().keys().map(|k| k.0.to_str()));
            names
        }
        Some(Object::Instance(i)) => {
            let mut names = class_names(&i.class());
            names.extend(i.attributes().into_iter().map(|(k, _)| k.0.to_str()));
            names
        }
        Some(Object::Exception(e)) if e.borrow().class.is_some() => {
            let class = e.borrow().class.clone().unwrap_or(Value::None);
            class_names(&class)
        }
        Some(Object::Class(_)) => class_names(object),
        Some(Object::Type(name)) => table(name),
        _ => table(object.type_name()),
    }
}

fn format_builtin(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let (value, spec) = match args.positional.as_slice() {
        [v] => (v, String::new()),
        [v, s] => (
            v,
            s.as_str().map(str::to_string).ok_or_else(|| type_error("format() argument 2 must be str"))?,
        ),
        other => return Err(type_error(format!("format expected at most 2 arguments, got {}", other.len()))),
    };
    Ok(Value::str(vm.format(value, &spec)?))
}

fn getattr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let (object, name, default) = match args.positional.as_slice() {
        [o, n] => (o, n, None),
        [o, n, d] => (o, n, Some(d)),
        other => {
            return Err(type_error(format!("getattr expected at least 2 arguments, got {}", other.len())));
        }
    };
    let name = attribute_name(name)?;
    match (vm.get_attr(object, name), default) {
        (Ok(v), _) => Ok(v),
        (Err(e), Some(d)) if is_attribute_error(&e) => Ok(d.clone()),
        (Err(e), _) => Err(e),
    }
}

/// The name argument of `getattr`/`hasattr`/`setattr`/`delattr`.
fn attribute_name(name: &Value) -> Result<&str, Value> {
    name.as_str()
        .ok_or_else(|| type_error(format!("attribute name must be string, not '{}'", name.type_name())))
}

/// Is `e` an AttributeError (which `getattr` with a default and `hasattr` absorb)?
fn is_attribute_error(e: &Value) -> bool {
    matches!(e.object(), Some(Object::Exception(x)) if x.borrow().kind.is_subclass_of(ExcKind::AttributeError))
}

fn setattr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [object, name, value] = args.positional.as_slice() else {
        return Err(type_error(format!("setattr expected 3 arguments, got {}", args.positional.len())));
    };
    attribute_name(name)?;
    vm.set_attr(object, Key(name.clone()), Some(value.clone()))?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [object, name] = args.positional.as_slice() else {
        return Err(type_error(format!("delattr expected 2 arguments, got {}", args.positional.len())));
    };
    attribute_name(name)?;
    vm.set_attr(object, Key(name.clone()), None)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [object, name] = args.positional.as_slice() else {
        return Err(type_error(format!("hasattr expected 2 arguments, got {}", args.positional.len())));
    };
    let name = attribute_name(name)?;
    match vm.get_attr(object, name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if is_attribute_error(&e) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

/// `int(x)` for `%d` formatting.
pub fn construct_int(v: &Value) -> BuiltinResult {
    to_int(v)
}

/// `float(x)` for `%f` formatting.
pub fn construct_float(v: &Value) -> BuiltinResult {
    to_float(v)
}

/// The latin-1 text of bytes, one char per byte.
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| char::from(c)).collect()
}

/// Conversions in `bytes % values`: `%s` and `%b` take bytes-like values (as latin-1 text).
struct BytesText;

impl str_format::Render for BytesText {
    fn text(&mut self, v: &Value, conversion: char) -> Result<String, Value> {
        match conversion {
            's' | 'b' => v.with_bytes(latin1).ok_or_else(|| {
                type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    v.type_name()
                ))
            }),
            _ => Ok(ascii(&v.repr())),
        }
    }

    fn format(&mut self, value: &Value, spec: &str) -> Result<String, Value> {
        format::format_value(value, spec)
    }
}

/// `bytes_template % values`: formatted through the latin-1 view of the bytes, where `%s`
/// and `%b` take bytes-like values.
pub fn percent_format_bytes(template: &Value, values: &Value) -> BuiltinResult {
    let t = template.with_bytes(latin1).ok_or_else(|| type_error("bytes expected"))?;
    let text = str_format::percent_format(&t, values, &mut BytesText, true)?;
    Ok(ops::same_bytes_type(template, text.chars().map(|c| c as u32 as u8).collect()))
}

/// `template % values`.
pub fn percent_format(vm: &mut Vm, template: &str, values: &Value) -> BuiltinResult {
    Ok(Value::str(str_format::percent_format(template, values, vm, false)?))
}

fn len(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("len", &args)?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn repr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("repr", &args)?;
    Ok(Value::str(vm.repr(&v)?))
}

fn abs(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("abs", &args)?;
    if let Some(result) = vm.call_special(&v, "__abs__", Vec::new()) {
        return result;
    }
    // An instance of a subclass of int, float or complex: its number.
    let v = crate::runtime::class::base_value(&v).cloned().unwrap_or(v);
    if let Some(Object::Complex(re, im)) = v.object() {
        return crate::runtime::complex::abs(*re, *im);
    }
    match v {
        Value::Float(x) => Ok(Value::raw_float(x.get().abs())),
        _ => match v.as_int() {
            Some(i) => Ok(Value::from_int(i.abs())),
            None => Err(type_error(format!("bad operand type for abs(): '{}'", v.type_name()))),
        },
    }
}

/// The items `min`/`max`/`sum` work over: one iterable argument, or the arguments themselves.
fn items_of(vm: &mut Vm, name: &str, args: &CallArgs) -> Result<Vec<Value>, Value> {
    match args.positional.as_slice() {
        [] => Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        [one] => vm.collect(one),
        many => Ok(many.to_vec()),
    }
}

fn extreme(vm: &mut Vm, args: CallArgs, name: &str, wanted: std::cmp::Ordering) -> BuiltinResult {
    let items = items_of(vm, name, &args)?;
    let key = args.keywords.iter().find(|(k, _)| k == "key").map(|(_, v)| v.clone());
    let default = args.keywords.iter().find(|(k, _)| k == "default").map(|(_, v)| v.clone());
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) if !matches!(f, Value::None) => {
                vm.call_value(f, CallArgs { positional: vec![item.clone()], keywords: Vec::new() })?
            }
            _ => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((best_key, _)) => {
                let op = if wanted == std::cmp::Ordering::Less {
                    crate::bytecode::opcode::CompareOp::Lt
                } else {
                    crate::bytecode::opcode::CompareOp::Gt
                };
                vm.compare_values(op, &k, best_key)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, item)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    extreme(vm, args, "min", std::cmp::Ordering::Less)
}

fn max(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    extreme(vm, args, "max", std::cmp::Ordering::Greater)
}

fn sum(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [iterable, rest @ ..] = args.positional.as_slice() else {
        return Err(type_error("sum() takes at least 1 positional argument (0 given)"));
    };
    let start = rest.first().or_else(|| args.keywords.iter().find(|(k, _)| k == "start").map(|(_, v)| v));
    let mut total = start.cloned().unwrap_or(Value::Int(0));
    match total.object() {
        Some(Object::Str(_)) => return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Some(Object::Bytes(_)) => {
            return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    for item in vm.collect(iterable)? {
        total = sum_add(vm, &total, &item)?;
    }
    Ok(total)
}

/// One step of `sum`: `total + item` (also for `sum` of a generator consumed in the run loop).
pub fn sum_add(vm: &mut Vm, total: &Value, item: &Value) -> BuiltinResult {
    let add = crate::bytecode::opcode::BinaryOp::Add;
    if special_is_instance(total) || special_is_instance(item) {
        vm.binary_special(add, false, total, item)
    } else {
        ops::binary_op(add, total, item)
    }
}

/// Is `value` an instance of the built-in class named `class`?
fn instance_of(value: &Value, class: &'static str) -> bool {
    if matches!(value.object(), Some(Object::Instance(_) | Object::Exception(_) | Object::Class(_))) {
        let class_value = crate::vm::classes::class_of(value);
        return crate::runtime::class::is_subclass(&class_value, &Value::obj(Object::Type(class)));
    }
    let name = value.type_name();
    if name == class || class == "object" || (class == "int" && name == "bool") {
        return true;
    }
    match (ExcKind::from_name(name), ExcKind::from_name(class)) {
        (Some(kind), Some(base)) if matches!(value.object(), Some(Object::Exception(_))) => {
            kind.is_subclass_of(base)
        }
        _ => false,
    }
}

fn isinstance(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [value, classes] = args.positional.as_slice() else {
        return Err(type_error(format!("isinstance expected 2 arguments, got {}", args.positional.len())));
    };
    // An instance of exactly the class, before any hook (CPython's first test).
    if let (Some(Object::Instance(i)), Some(Object::Class(_))) = (value.object(), classes.object())
        && crate::runtime::class::same_class(&i.class(), classes)
    {
        return Ok(Value::bool(true));
    }
    if let Some(result) = metaclass_check(vm, classes, "__instancecheck__", value) {
        return result;
    }
    Ok(Value::bool(is_instance_of(vm, value, classes)?))
}

/// `isinstance(value, C)` or `issubclass(value, C)` when `C`'s metaclass (or that of a class
/// in a tuple `C`) defines the check `hook` (`__instancecheck__`, `__subclasscheck__`);
/// `None` when no metaclass has it.
fn metaclass_check(vm: &mut Vm, classes: &Value, hook: &str, value: &Value) -> Option<BuiltinResult> {
    let classes: &[Value] = match classes.object()? {
        Object::Tuple(items) => items,
        Object::Class(_) | Object::Instance(_) => std::slice::from_ref(classes),
        _ => return None,
    };
    // The hook of a class's metaclass, or of an instance's class (`int | str`, a union).
    let method_of = |class: &Value| match class.object() {
        Some(Object::Instance(i)) => crate::runtime::class::lookup(&i.class(), hook),
        _ => crate::runtime::class::metaclass_of(class).and_then(|m| crate::runtime::class::lookup(m, hook)),
    };
    if !classes.iter().any(|c| method_of(c).is_some()) {
        return None;
    }
    let check = |vm: &mut Vm, class: &Value| -> Result<bool, Value> {
        // An instance of exactly the class needs no hook, as in CPython.
        if hook == "__instancecheck__"
            && crate::runtime::class::same_class(&crate::vm::classes::class_of(value), class)
        {
            return Ok(true);
        }
        let Some(method) = method_of(class) else {
            return match hook {
                "__instancecheck__" => is_instance_of(vm, value, class),
                _ => Ok(crate::runtime::class::is_subclass(value, class)),
            };
        };
        let args = CallArgs { positional: vec![class.clone(), value.clone()], keywords: Vec::new() };
        let result = vm.call_value(&method, args)?;
        vm.truthy(&result)
    };
    for class in classes {
        match check(vm, class) {
            Ok(true) => return Some(Ok(Value::bool(true))),
            Ok(false) => {}
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Ok(Value::bool(false)))
}

/// `isinstance(value, class)` for a class, a built-in type or a tuple of them.
pub fn is_instance_of(vm: &mut Vm, value: &Value, class: &Value) -> Result<bool, Value> {
    match class.object() {
        Some(Object::Type(name)) => Ok(instance_of(value, name) || claims_class(vm, value, class)?),
        // An instance of exactly the class needs no hook (CPython's fast path).
        Some(Object::Class(_)) if matches!(value.object(), Some(Object::Instance(i)) if crate::runtime::class::same_class(&i.class(), class)) => {
            Ok(true)
        }
        Some(Object::Class(_)) => match check_hook(vm, "__instancecheck__", class, value)? {
            Some(answer) => Ok(answer),
            None => Ok(crate::vm::classes::is_instance(value, class) || claims_class(vm, value, class)?),
        },
        // Tuples may nest: isinstance(1, (str, (bytes, int))).
        Some(Object::Tuple(items)) => {
            for item in items.iter() {
                if is_instance_of(vm, value, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// CPython's second test of `isinstance`: an instance whose class defines `__class__` (a
/// property, as a mock with a spec has) is an instance of the class that attribute names and
/// of its bases. An AttributeError from it counts as no.
fn claims_class(vm: &mut Vm, value: &Value, class: &Value) -> Result<bool, Value> {
    let Some(Object::Instance(instance)) = value.object() else { return Ok(false) };
    let own = instance.class();
    if crate::runtime::class::lookup(&own, "__class__").is_none() {
        return Ok(false);
    }
    let claimed = match vm.get_attr(value, "__class__") {
        Ok(claimed) => claimed,
        Err(e) if crate::runtime::exception::is_kind(&e, ExcKind::AttributeError) => return Ok(false),
        Err(e) => return Err(e),
    };
    let is_class = matches!(claimed.object(), Some(Object::Class(_) | Object::Type(_)));
    Ok(is_class
        && !crate::runtime::class::same_class(&claimed, &own)
        && crate::runtime::class::is_subclass(&claimed, class))
}

/// `iter(iterable)`, or `iter(func, sentinel)`: call `func` until it returns `sentinel`.
fn iter(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    if let [func, sentinel] = args.positional.as_slice() {
        no_keywords("iter", &args)?;
        if !is_callable(func) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(iteration::iterator(crate::runtime::value::Iter::Call {
            func: func.clone(),
            sentinel: sentinel.clone(),
        }));
    }
    vm.iterate(&exactly_one("iter", &args)?)
}

fn next(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let (iterator, default) = match args.positional.as_slice() {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        _ => return Err(type_error("next expected 1 or 2 arguments")),
    };
    match vm.next_item(iterator)? {
        Some(v) => Ok(v),
        None => default.cloned().ok_or_else(|| new_exception(ExcKind::StopIteration, "")),
    }
}

fn ord(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("ord", &args)?;
    if let Some(b) = v.bytes_like() {
        return match b.as_slice() {
            [byte] => Ok(Value::Int(i64::from(*byte))),
            _ => {
                Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())))
            }
        };
    }
    let Some(s) = v.as_str() else {
        return Err(type_error(format!("ord() expected string of length 1, but {} found", v.type_name())));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(i64::from(u32::from(c)))),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn chr(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let v = exactly_one("chr", &args)?;
    let code = v.as_int().and_then(|i| i.as_i64()).ok_or_else(|| {
        type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))
    })?;
    u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .map(|c| Value::str(c.to_string()))
        .ok_or_else(|| value_error("chr() arg not in range(0x110000)"))
}

/// `ascii()`'s escaping of a repr: non-ASCII characters as `\x`, `\u` or `\U` escapes.
pub fn ascii(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let code = u32::from(c);
        match code {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{code:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out
}

/// Call a built-in type: `int("3")`, `list(range(3))`, `ValueError("bad")`.
/// A set (or frozenset) of `items`, added in order as `set(iterable)` adds them.
pub fn set_of_items(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> BuiltinResult {
    let mut table = crate::runtime::set::SetTable::default();
    if items.iter().any(crate::vm::special_has_python_identity) {
        // Members equal by their Python `__eq__` collapse into one.
        let building = Value::obj(Object::Set(Box::new(RefCell::new(table))));
        for item in items {
            let item = vm.canonical_key(&building, item)?;
            if let Some(Object::Set(t)) = building.object() {
                t.borrow_mut().insert(item)?;
            }
        }
        table = match building.object() {
            Some(Object::Set(t)) => t.borrow().clone(),
            _ => crate::runtime::set::SetTable::default(),
        };
    } else {
        for item in items {
            table.insert(item)?;
        }
    }
    Ok(set_value(table, frozen))
}

pub(crate) fn set_value(table: crate::runtime::set::SetTable, frozen: bool) -> Value {
    if frozen {
        Value::obj(Object::FrozenSet(Box::new(table)))
    } else {
        Value::obj(Object::Set(Box::new(RefCell::new(table))))
    }
}

pub fn construct(vm: &mut Vm, name: &str, args: CallArgs) -> BuiltinResult {
    // `str(x)` of one value, the most common conversion, before the general dispatch.
    if name == "str"
        && args.keywords.is_empty()
        && let [v] = args.positional.as_slice()
    {
        return Ok(match v {
            Value::Int(i) => Value::str(i.to_string()),
            Value::Obj(o) if matches!(**o, Object::Str(_)) => v.clone(),
            _ => Value::str(vm.to_str(v)?),
        });
    }
    // Keywords the conversions take none of (or, for `int`, only `base`).
    if !args.keywords.is_empty() {
        match name {
            "bool" | "float" => return Err(type_error(format!("{name}() takes no keyword arguments"))),
            "int" if let Some((keyword, _)) = args.keywords.iter().find(|(k, _)| k != "base") => {
                return Err(type_error(format!("'{keyword}' is an invalid keyword argument for int()")));
            }
            _ => {}
        }
    }
    // `bool(x)` (no keywords, refused above): the truth of `x`, by its own `__bool__` or
    // `__len__` if it has them (an instance of a subclass of a built-in type too, which the
    // conversions below would first turn into its built-in value).
    if name == "bool" && args.positional.len() == 1 {
        return Ok(Value::bool(vm.truthy(&args.positional[0])?));
    }
    // `range(n)`, `range(a, b)`, `range(a, b, step)` of ints, for loops' ranges: before the
    // general dispatch too.
    if name == "range"
        && args.keywords.is_empty()
        && (1..=3).contains(&args.positional.len())
        && args.positional.iter().all(|v| matches!(v, Value::Int(_)))
    {
        return range(&args);
    }
    // `tuple(x)` and `list(x)` of anything but an instance (whose class may iterate in its
    // own way), before the general dispatch too: `tuple(items)` in generators' inner loops.
    if let ("tuple" | "list", [v]) = (name, args.positional.as_slice())
        && args.keywords.is_empty()
        && !crate::vm::special_is_instance(v)
    {
        let items = vm.collect(v)?;
        return Ok(if name == "tuple" { Value::tuple(items) } else { Value::list(items) });
    }
    if let Some(kind) = ExcKind::from_name(name) {
        return crate::runtime::exception_args::construct(kind, args.positional, args.keywords);
    }
    if name == "Random" {
        return random::construct(vm, args);
    }
    let iterator: Option<fn(&mut Vm, CallArgs) -> BuiltinResult> = match name {
        "map" => Some(iteration::map),
        "filter" => Some(iteration::filter),
        "zip" => Some(iteration::zip),
        "enumerate" => Some(iteration::enumerate),
        "reversed" => Some(iteration::reversed),
        _ => None,
    };
    if let Some(make) = iterator {
        return make(vm, args);
    }
    if let Some(result) = class_builtins::construct(vm, name, &args) {
        return result;
    }
    // Converting an instance of a subclass of a built-in type converts its built-in value
    // (unless the subclass iterates in its own way).
    let converts = matches!(
        name,
        "dict" | "list" | "tuple" | "set" | "frozenset" | "int" | "float" | "bytes" | "bytearray" | "bool"
    );
    let iterates = matches!(name, "dict" | "list" | "tuple" | "set" | "frozenset");
    fn built_in(a: &Value, iterates: bool) -> Option<&Value> {
        crate::runtime::class::base_value(a).filter(|base| {
            !iterates
                || (crate::runtime::class::lookup(&crate::vm::classes::class_of(a), "__iter__").is_none()
                    && !matches!(base.object(), Some(Object::Iterator(_))))
        })
    }
    let args = if converts && args.positional.iter().any(|a| built_in(a, iterates).is_some()) {
        let positional = args
            .positional
            .iter()
            .map(|a| built_in(a, iterates).cloned().unwrap_or_else(|| a.clone()))
            .collect();
        CallArgs { positional, keywords: args.keywords }
    } else {
        args
    };
    let first = args.positional.first().cloned();
    if let ("int" | "float", Some(v), 1) = (name, &first, args.positional.len())
        && let Some(result) = numeric::from_instance(vm, name, v)
    {
        return result;
    }
    let most = match name {
        "int" | "str" => 3,
        // Their constructors count (and word) their arguments themselves.
        "bytes" | "bytearray" | "complex" | "memoryview" => usize::MAX,
        "range" | "slice" => 3,
        "type" => 3,
        _ => 1,
    };
    if args.positional.len() > most {
        return Err(type_error(format!(
            "{name} expected at most {most} argument{}, got {}",
            if most == 1 { "" } else { "s" },
            args.positional.len()
        )));
    }
    match (name, first) {
        ("int", None) => Ok(Value::Int(0)),
        ("int", Some(v)) if args.positional.len() == 2 || args.keywords.iter().any(|(k, _)| k == "base") => {
            let base = args
                .positional
                .get(1)
                .or_else(|| args.keywords.iter().find(|(k, _)| k == "base").map(|(_, v)| v));
            let base = base.and_then(|b| b.as_int()).and_then(|b| b.as_i64()).unwrap_or(10);
            let text = text_of_number(&v)
                .ok_or_else(|| type_error("int() can't convert non-string with explicit base"))?;
            parse_int(&text, base).map(Value::from_int)
        }
        ("int", Some(v)) => to_int(&v),
        ("float", None) => Ok(Value::raw_float(0.0)),
        ("float", Some(v)) => to_float(&v),
        ("str", None) => Ok(Value::str("")),
        ("str", Some(v)) if args.positional.len() >= 2 || !args.keywords.is_empty() => {
            let mut keywords = Vec::new();
            for (key, value) in &args.keywords {
                match key.as_str() {
                    "encoding" | "errors" => keywords.push((key.clone(), value.clone())),
                    "object" => {}
                    _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for str()"))),
                }
            }
            if v.as_str().is_some() {
                return Err(type_error("decoding str is not supported"));
            }
            vm.sync_view(&v)?;
            let Some(bytes) = v.bytes_like() else {
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    v.type_name()
                )));
            };
            let positional = args.positional[1..].to_vec();
            methods::call_method(
                vm,
                &Value::obj(Object::Bytes(bytes)),
                "decode",
                CallArgs { positional, keywords },
            )
        }
        ("str", Some(v)) => Ok(Value::str(vm.to_str(&v)?)),
        ("bool", Some(v)) => Ok(Value::bool(vm.truthy(&v)?)),
        ("bool", None) => Ok(Value::bool(false)),
        ("list", None) => Ok(Value::list(Vec::new())),
        ("list", Some(v)) => Ok(Value::list(vm.collect(&v)?)),
        ("tuple", None) => Ok(Value::tuple(Vec::new())),
        ("tuple", Some(v)) => Ok(Value::tuple(vm.collect(&v)?)),
        ("dict", first) => {
            let mut map = DictMap::default();
            if let Some(source) = first {
                add_pairs(vm, &mut map, &source)?;
            }
            for (k, v) in args.keywords {
                map.insert(Key(Value::str(k)), v);
            }
            Ok(Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(map)))))
        }
        ("range", _) => {
            let mut args = args;
            for v in &mut args.positional {
                *v = vm.index_of(v)?;
            }
            range(&args)
        }
        ("set" | "frozenset", v) => {
            let frozen = name == "frozenset";
            match v.as_ref().and_then(crate::runtime::set_ops::table_of) {
                Some(source) => {
                    let mut table = crate::runtime::set::SetTable::default();
                    table.merge(&source)?;
                    Ok(set_value(table, frozen))
                }
                None => {
                    let items = match v {
                        Some(v) => vm.collect(&v)?,
                        None => Vec::new(),
                    };
                    set_of_items(vm, items, frozen)
                }
            }
        }
        ("slice", _) => {
            let mut parts = args.positional.clone();
            if parts.len() == 1 {
                parts.insert(0, Value::None);
            }
            parts.resize(3, Value::None);
            let step = parts.pop().unwrap_or(Value::None);
            let stop = parts.pop().unwrap_or(Value::None);
            let start = parts.pop().unwrap_or(Value::None);
            Ok(Value::obj(Object::Slice(Box::new(Slice { start, stop, step }))))
        }
        ("type", Some(v)) if args.positional.len() == 1 => Ok(crate::vm::classes::class_of(&v)),
        ("type", Some(_)) if args.positional.len() == 3 => vm.new_class(None, &args),
        ("type", Some(_)) => Err(type_error("type() takes 1 or 3 arguments")),
        ("object", None) => Err(type_error("pyglass cannot make plain object() instances yet")),
        // `bytes(b)` of a bytes object is that object (immutable, so CPython shares it).
        ("bytes", Some(only))
            if args.positional.len() == 1
                && args.keywords.is_empty()
                && matches!(only.object(), Some(Object::Bytes(_))) =>
        {
            Ok(only)
        }
        ("bytes", _) => Ok(Value::obj(Object::Bytes(bytes_new::contents(vm, name, &args)?))),
        ("complex", _) => numeric::complex(vm, &args),
        ("memoryview", _) => vm.new_memoryview(&args),
        ("bytearray", _) => {
            Ok(Value::obj(Object::ByteArray(RefCell::new(bytes_new::contents(vm, name, &args)?))))
        }
        // The internal types (descriptors, generators, iterators, views) have no constructor.
        _ if name.ends_with("_descriptor")
            || name.ends_with("iterator")
            || matches!(
                name,
                "method-wrapper"
                    | "builtin_function_or_method"
                    | "generator"
                    | "coroutine"
                    | "async_generator"
                    | "dict_keys"
                    | "dict_values"
                    | "dict_items"
            ) =>
        {
            Err(type_error(format!("cannot create '{name}' instances")))
        }
        _ => Err(type_error(format!("pyglass cannot call {name}() this way yet"))),
    }
}

/// Add the entries of a mapping, or of an iterable of key/value pairs, to `map`.
pub fn add_pairs(vm: &mut Vm, map: &mut DictMap, source: &Value) -> Result<(), Value> {
    if let Some(Object::Dict(d)) = source.object() {
        let pairs: Vec<(Key, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        map.extend(pairs);
        return Ok(());
    }
    // A mapping that is not a dict: its `keys()` and items by key, as PyDict_Merge does.
    if matches!(source.object(), Some(Object::Instance(i)) if i.base.is_none())
        && let Ok(keys) = vm.get_attr(source, "keys")
    {
        let keys = vm.call_value(&keys, CallArgs::default())?;
        for key in vm.collect(&keys)? {
            let value = vm.get_item(source, &key)?;
            ops::hash_value(&key)?;
            map.insert(Key(key), value);
        }
        return Ok(());
    }
    for (i, item) in vm.collect(source)?.into_iter().enumerate() {
        let pair = vm.collect(&item).map_err(|_| {
            type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
        let [key, value] = pair.as_slice() else {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        };
        ops::hash_value(key)?;
        map.insert(Key(key.clone()), value.clone());
    }
    Ok(())
}

fn range(args: &CallArgs) -> BuiltinResult {
    if !args.keywords.is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    Ok(Value::obj(Object::Range(Box::new(crate::runtime::range::Range::new(&args.positional)?))))
}

/// The text `int()` and `float()` parse: a str's, or a bytes-like object's (as ASCII).
fn text_of_number(v: &Value) -> Option<String> {
    v.as_str().map(ascii_digits).or_else(|| v.with_bytes(|b| b.iter().map(|&c| char::from(c)).collect()))
}

/// The first code point of each run of ten Unicode decimal digits (category Nd), which
/// `int()` and `float()` read as the ASCII digits.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
    0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
    0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950,
    0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// `text` with Unicode decimal digits replaced by ASCII ones.
fn ascii_digits(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            let code = c as u32;
            match DECIMAL_ZEROS.iter().find(|&&zero| (zero..zero + 10).contains(&code)) {
                Some(zero) => char::from(b'0' + (code - zero) as u8),
                None => c,
            }
        })
        .collect()
}

fn to_int(v: &Value) -> BuiltinResult {
    match v {
        Value::Float(x) if x.get().is_nan() => Err(value_error("cannot convert float NaN to integer")),
        Value::Float(x) if x.get().is_infinite() => {
            Err(new_exception(ExcKind::OverflowError, "cannot convert float infinity to integer"))
        }
        Value::Float(x) => math::to_integer(x.get().trunc()),
        _ => {
            if let Some(i) = v.as_int() {
                return Ok(Value::from_int(i));
            }
            let Some(s) = text_of_number(v) else {
                return Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    v.type_name()
                )));
            };
            let s = s.as_str();
            let cleaned = s.trim().replace('_', "");
            cleaned
                .parse::<num_bigint::BigInt>()
                .ok()
                .filter(|_| !s.trim().starts_with('_') && !s.trim().ends_with('_') && !s.contains("__"))
                .map(|b| Value::from_int(Int::from(b)))
                .ok_or_else(|| value_error(format!("invalid literal for int() with base 10: {}", v.repr())))
        }
    }
}

/// `int(text, base)`: Python's integer syntax (signs, underscores between digits, and a
/// `0x`/`0o`/`0b` prefix matching the base; base 0 takes the base from the prefix).
fn parse_int(text: &str, base: i64) -> Result<Int, Value> {
    let invalid =
        || value_error(format!("invalid literal for int() with base {base}: {}", Value::str(text).repr()));
    if base != 0 && !(2..=36).contains(&base) {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let text = ascii_digits(text);
    let trimmed = text.trim();
    let (negative, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let lower = digits.to_ascii_lowercase();
    let (mut base, mut body) = (base as u32, lower.as_str());
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = lower.strip_prefix(prefix)
            && (base == radix || base == 0)
        {
            base = radix;
            body = rest.strip_prefix('_').unwrap_or(rest);
        }
    }
    if base == 0 {
        if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
            return Err(invalid());
        }
        base = 10;
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(invalid());
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let n = num_bigint::BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(invalid)?;
    Ok(Int::from(if negative { -n } else { n }))
}

fn to_float(v: &Value) -> BuiltinResult {
    if let Value::Float(x) = v {
        return Ok(Value::Float(*x));
    }
    if let Some(i) = v.as_int() {
        return ops_float(&i);
    }
    let Some(s) = text_of_number(v) else {
        return Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            v.type_name()
        )));
    };
    let t = s.trim().to_ascii_lowercase();
    let parsed = match t.as_str() {
        "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        "nan" | "+nan" => Some(f64::NAN),
        "-nan" => Some(-f64::NAN),
        _ if t.contains('_') => {
            // Underscores only between digits, as in literals.
            let bytes = t.as_bytes();
            let ok = bytes.iter().enumerate().all(|(i, &c)| {
                c != b'_'
                    || (i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            });
            if ok { t.replace('_', "").parse::<f64>().ok() } else { None }
        }
        _ => t.parse::<f64>().ok(),
    };
    parsed
        .map(Value::float)
        .ok_or_else(|| value_error(format!("could not convert string to float: {}", v.repr())))
}

fn ops_float(i: &Int) -> BuiltinResult {
    use num_traits::ToPrimitive;
    match i.to_bigint().to_f64() {
        Some(x) if x.is_finite() => Ok(Value::raw_float(x)),
        _ => Err(new_exception(ExcKind::OverflowError, "int too large to convert to float")),
    }
}
