//! Built-in exceptions constructed with CPython's per-class arguments and attributes
//! (`OSError(errno, strerror, filename)`, `UnicodeDecodeError(...)`, `NameError(name=)`,
//! `StopIteration.value`, ...), and the special `str()` forms some of them have.

use super::exception::{ExcKind, Exception, exception_with_args, type_error};
use super::syntax_exc;
use super::value::{Object, Value};
use ExcKind::*;

/// `kind(*positional, **keywords)`.
pub fn construct(
    kind: ExcKind,
    positional: Vec<Value>,
    keywords: Vec<(String, Value)>,
) -> Result<Value, Value> {
    check_keywords(kind, &keywords)?;
    if kind.is_subclass_of(BaseExceptionGroup) {
        return super::exception_group::construct(kind, positional);
    }
    let (kind, args, mut attrs) = if kind.is_subclass_of(OSError) {
        os_error_fields(kind, positional)
    } else if matches!(kind, UnicodeDecodeError | UnicodeEncodeError) {
        let attrs = unicode_error_fields(kind, &positional)?;
        (kind, positional, attrs)
    } else if syntax_exc::is_syntax_error(kind) {
        let attrs = syntax_exc::fields(&positional)?;
        (kind, positional, attrs)
    } else {
        let attrs = match kind {
            StopIteration => vec![("value", positional.first().cloned().unwrap_or(Value::None))],
            SystemExit => vec![("code", exit_code(&positional))],
            _ => Vec::new(),
        };
        (kind, positional, attrs)
    };
    attrs.extend(keywords.iter().map(|(k, v)| (k.as_str(), v.clone())));
    let exc = exception_with_args(kind, args);
    if let Some(Object::Exception(e)) = exc.object() {
        let mut e = e.borrow_mut();
        for (name, value) in attrs {
            e.set_attr(name, value);
        }
    }
    Ok(exc)
}

/// The keyword arguments a class accepts, and the class name its error messages use.
fn keyword_names(kind: ExcKind) -> (&'static str, &'static [&'static str]) {
    if kind.is_subclass_of(NameError) {
        ("NameError", &["name"])
    } else if kind.is_subclass_of(AttributeError) {
        ("AttributeError", &["name", "obj"])
    } else if kind.is_subclass_of(ImportError) {
        ("ImportError", &["name", "path"])
    } else {
        (kind.name(), &[])
    }
}

fn check_keywords(kind: ExcKind, keywords: &[(String, Value)]) -> Result<(), Value> {
    let (family, allowed) = keyword_names(kind);
    match keywords.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        None => Ok(()),
        Some(_) if allowed.is_empty() => {
            Err(type_error(format!("{}() takes no keyword arguments", kind.name())))
        }
        Some((k, _)) => Err(type_error(format!("'{k}' is an invalid keyword argument for {family}()"))),
    }
}

/// `SystemExit.code`: no argument is `None`, one is itself, more are the tuple.
fn exit_code(args: &[Value]) -> Value {
    match args {
        [] => Value::None,
        [one] => one.clone(),
        many => Value::tuple(many.to_vec()),
    }
}

/// The subclass `OSError(errno, ...)` really constructs, as CPython maps errno values.
fn os_error_subclass(errno: &Value) -> Option<ExcKind> {
    Some(match errno.as_int()?.as_i64()? {
        1 | 13 => PermissionError,
        2 => FileNotFoundError,
        3 => ProcessLookupError,
        4 => InterruptedError,
        10 => ChildProcessError,
        11 | 114 | 115 => BlockingIOError,
        17 => FileExistsError,
        20 => NotADirectoryError,
        21 => IsADirectoryError,
        32 | 108 => BrokenPipeError,
        103 => ConnectionAbortedError,
        104 => ConnectionResetError,
        110 => TimeoutError,
        111 => ConnectionRefusedError,
        _ => return None,
    })
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: with 2 to 5 arguments
/// the fields are set, and a filename drops everything after `strerror` from `args`.
fn os_error_fields(kind: ExcKind, mut args: Vec<Value>) -> (ExcKind, Vec<Value>, Vec<(&'static str, Value)>) {
    if !(2..=5).contains(&args.len()) {
        return (kind, args, Vec::new());
    }
    let kind = if kind == OSError { os_error_subclass(&args[0]).unwrap_or(kind) } else { kind };
    let mut attrs = vec![("errno", args[0].clone()), ("strerror", args[1].clone())];
    let given = |i: usize| args.get(i).filter(|v| !matches!(v, Value::None)).cloned();
    if let Some(filename) = given(2) {
        attrs.push(("filename", filename));
        if let Some(filename2) = given(4) {
            attrs.push(("filename2", filename2));
        }
        args.truncate(2);
    }
    (kind, args, attrs)
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` (and the encode form, whose
/// object is a str), checked as CPython checks them.
fn unicode_error_fields(kind: ExcKind, args: &[Value]) -> Result<Vec<(&'static str, Value)>, Value> {
    let [encoding, object, start, end, reason] = args else {
        return Err(type_error(format!("function takes exactly 5 arguments ({} given)", args.len())));
    };
    let must_be_str = |i: usize, v: &Value| match v.as_str() {
        Some(_) => Ok(()),
        None => Err(type_error(format!("argument {i} must be str, not {}", v.type_name()))),
    };
    must_be_str(1, encoding)?;
    match (kind, object.object()) {
        (UnicodeDecodeError, Some(Object::Bytes(_))) => {}
        (UnicodeDecodeError, _) => {
            return Err(type_error(format!("a bytes-like object is required, not '{}'", object.type_name())));
        }
        _ => must_be_str(2, object)?,
    }
    for v in [start, end] {
        if v.as_int().is_none() {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )));
        }
    }
    must_be_str(5, reason)?;
    Ok(vec![
        ("encoding", encoding.clone()),
        ("object", object.clone()),
        ("start", start.clone()),
        ("end", end.clone()),
        ("reason", reason.clone()),
    ])
}

/// A `UnicodeEncodeError` as `str.encode` raises it: `text[start:end]` cannot be encoded.
pub fn unicode_encode_error(encoding: &str, text: &str, start: usize, end: usize, reason: &str) -> Value {
    let args = vec![
        Value::str(encoding),
        Value::str(text),
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    construct(UnicodeEncodeError, args, Vec::new()).unwrap_or_else(|e| e)
}

/// A `UnicodeDecodeError` as `bytes.decode` raises it: `bytes[start:end]` cannot be decoded.
pub fn unicode_decode_error(encoding: &str, bytes: &[u8], start: usize, end: usize, reason: &str) -> Value {
    let args = vec![
        Value::str(encoding),
        Value::obj(Object::Bytes(bytes.to_vec())),
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    construct(UnicodeDecodeError, args, Vec::new()).unwrap_or_else(|e| e)
}

/// An attribute of an exception: those set at construction or by assignment, then the
/// attributes every exception or its class has.
pub fn attribute(e: &Exception, name: &str) -> Option<Value> {
    if let Some(v) = e.attr(name) {
        return Some(v.clone());
    }
    let none_for = |kind: ExcKind, names: &[&str]| e.kind.is_subclass_of(kind) && names.contains(&name);
    Some(match name {
        "args" => Value::tuple(e.args.clone()),
        "__cause__" => e.cause.clone().unwrap_or(Value::None),
        "__context__" => e.context.clone().unwrap_or(Value::None),
        "__suppress_context__" => Value::bool(e.suppress_context),
        "__traceback__" => Value::None,
        "code" if e.kind == SystemExit => exit_code(&e.args),
        "value" if e.kind == StopIteration => e.args.first().cloned().unwrap_or(Value::None),
        "msg" if e.kind.is_subclass_of(ImportError) => match e.args.as_slice() {
            [one] => one.clone(),
            _ => Value::None,
        },
        _ if none_for(NameError, &["name"])
            || none_for(AttributeError, &["name", "obj"])
            || none_for(ImportError, &["name", "path"])
            || none_for(OSError, &["errno", "strerror", "filename", "filename2"])
            || (syntax_exc::is_syntax_error(e.kind) && syntax_exc::is_field(name)) =>
        {
            Value::None
        }
        _ => return None,
    })
}

/// The `str()` of exceptions whose text is built from their fields, if `e` is one.
pub fn special_str(e: &Exception) -> Option<String> {
    if e.kind.is_subclass_of(BaseExceptionGroup) {
        let count = match e.attr("exceptions").and_then(Value::object) {
            Some(Object::Tuple(items)) => items.len(),
            _ => 0,
        };
        return Some(super::exception_group::group_str(e.attr("message")?, count));
    }
    if e.kind.is_subclass_of(OSError) {
        let errno = e.attr("errno")?.to_str();
        let strerror = e.attr("strerror")?.to_str();
        return Some(match (e.attr("filename"), e.attr("filename2")) {
            (Some(f), Some(f2)) => format!("[Errno {errno}] {strerror}: {} -> {}", f.repr(), f2.repr()),
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", f.repr()),
            _ => format!("[Errno {errno}] {strerror}"),
        });
    }
    if matches!(e.kind, UnicodeDecodeError | UnicodeEncodeError) {
        return unicode_error_str(e);
    }
    if syntax_exc::is_syntax_error(e.kind) {
        return Some(syntax_exc::message(e));
    }
    None
}

/// `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`, and the other forms.
fn unicode_error_str(e: &Exception) -> Option<String> {
    let encoding = e.attr("encoding")?.to_str();
    let reason = e.attr("reason")?.to_str();
    let start = e.attr("start")?.as_int()?.as_i64()?;
    let end = e.attr("end")?.as_int()?.as_i64()?;
    let object = e.attr("object")?;
    let single = end == start + 1;
    if e.kind == UnicodeDecodeError {
        let byte = match object.object() {
            Some(Object::Bytes(b)) => usize::try_from(start).ok().and_then(|i| b.get(i)).copied(),
            _ => None,
        };
        return Some(match byte {
            Some(b) if single => {
                format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
        });
    }
    let c = usize::try_from(start).ok().and_then(|i| object.as_str()?.chars().nth(i));
    Some(match c.map(u32::from) {
        Some(code) if single => {
            let escaped = match code {
                0..=0xff => format!("\\x{code:02x}"),
                0x100..=0xffff => format!("\\u{code:04x}"),
                _ => format!("\\U{code:08x}"),
            };
            format!("'{encoding}' codec can't encode character '{escaped}' in position {start}: {reason}")
        }
        _ => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
    })
}
