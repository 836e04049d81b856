//! `SyntaxError` (and `IndentationError`, `TabError`) as exception objects: the fields that
//! `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))` sets, the
//! `str()` form `msg (file.py, line 3)`, and conversion from and to the front-end's
//! `crate::syntax_error::SyntaxError`, so an import can raise what the compiler reported and
//! the traceback can print it as CPython does.

use super::exception::{ExcKind, Exception, exception_with_args, type_error};
use super::value::{Object, Value};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// The location fields, in the order of the details tuple.
const FIELDS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

/// Is `kind` SyntaxError or one of its subclasses?
pub fn is_syntax_error(kind: ExcKind) -> bool {
    kind.is_subclass_of(ExcKind::SyntaxError)
}

/// The attributes `SyntaxError(*args)` sets: `msg` from the first argument, and the location
/// fields from a second argument, which must be a tuple of 4 to 6 items.
pub fn fields(args: &[Value]) -> Result<Vec<(&'static str, Value)>, Value> {
    let mut attrs = Vec::new();
    if let Some(msg) = args.first() {
        attrs.push(("msg", msg.clone()));
    }
    if let [_, details] = args {
        let Some(Object::Tuple(items)) = details.object() else {
            return Err(type_error("SyntaxError: second argument must be a tuple"));
        };
        match items.len() {
            0..=3 => {
                return Err(type_error(format!(
                    "function takes at least 4 arguments ({} given)",
                    items.len()
                )));
            }
            7.. => {
                return Err(type_error(format!(
                    "function takes at most 6 arguments ({} given)",
                    items.len()
                )));
            }
            _ => attrs.extend(FIELDS.iter().copied().zip(items.iter().cloned())),
        }
    }
    Ok(attrs)
}

/// Is `name` an attribute every SyntaxError has (None until set)?
pub fn is_field(name: &str) -> bool {
    name == "msg" || name == "print_file_and_line" || FIELDS.contains(&name)
}

/// `str(e)`: `msg (file.py, line 3)`, with the file's base name.
pub fn message(e: &Exception) -> String {
    let msg = e.attr("msg").map_or_else(|| "None".to_string(), Value::to_str);
    let filename = e.attr("filename").and_then(Value::as_str).map(|f| f.rsplit('/').next().unwrap_or(f));
    let lineno = e.attr("lineno").and_then(Value::as_int).and_then(|i| i.as_i64());
    match (filename, lineno) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }
}

/// The exception object for a syntax error the compiler reported.
pub fn from_error(error: &SyntaxError) -> Value {
    let kind = match error.kind {
        SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
        SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
        SyntaxErrorKind::TabError => ExcKind::TabError,
        SyntaxErrorKind::RecursionError => {
            return exception_with_args(ExcKind::RecursionError, vec![Value::str(error.msg.as_str())]);
        }
    };
    let number = |n: u32| Value::Int(i64::from(n));
    // CPython's `text` keeps the line's newline.
    let text = error.text.as_ref().map_or(Value::None, |t| Value::str(format!("{t}\n")));
    let details = Value::tuple(vec![
        Value::str(error.filename.as_str()),
        number(error.lineno),
        number(error.offset),
        text,
        number(error.end_lineno),
        number(error.end_offset),
    ]);
    let args = vec![Value::str(error.msg.as_str()), details];
    let attrs = fields(&args).unwrap_or_default();
    let exc = exception_with_args(kind, args);
    if let Some(Object::Exception(e)) = exc.object() {
        let mut e = e.borrow_mut();
        for (name, value) in attrs {
            e.set_attr(name, value);
        }
    }
    exc
}

/// The front-end's form of a SyntaxError exception that has a location, for printing.
pub fn to_error(e: &Exception) -> Option<SyntaxError> {
    let kind = match e.kind {
        ExcKind::SyntaxError => SyntaxErrorKind::SyntaxError,
        ExcKind::IndentationError => SyntaxErrorKind::IndentationError,
        ExcKind::TabError => SyntaxErrorKind::TabError,
        _ => return None,
    };
    let number = |name: &str| {
        e.attr(name).and_then(Value::as_int).and_then(|i| i.as_i64()).and_then(|n| u32::try_from(n).ok())
    };
    let lineno = number("lineno")?;
    let offset = number("offset").unwrap_or(0);
    Some(SyntaxError {
        kind,
        msg: e.attr("msg").map_or_else(String::new, Value::to_str),
        filename: e.attr("filename").map_or_else(|| "<string>".to_string(), Value::to_str),
        lineno,
        offset,
        end_lineno: number("end_lineno").unwrap_or(lineno),
        end_offset: number("end_offset").unwrap_or(offset),
        text: e.attr("text").and_then(Value::as_str).map(|t| t.trim_end_matches(['\n', '\r']).to_string()),
    })
}
