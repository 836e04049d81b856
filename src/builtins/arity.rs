//! Argument counts of the methods of lists, dicts, sets and tuples, checked before a call
//! with the messages CPython's calling conventions give (`METH_NOARGS`, `METH_O`,
//! Argument Clinic's positional ranges, `METH_VARARGS`).

use crate::runtime::exception::type_error;
use crate::runtime::function::CallArgs;
use crate::runtime::value::Value;

enum Arity {
    /// `list.copy()`: "takes no arguments".
    NoArgs,
    /// `list.append(x)`: "takes exactly one argument".
    One,
    /// `list.insert(i, x)`: "insert expected 2 arguments", "pop expected at most 1 argument".
    Range(usize, usize),
    /// `dict.update([other], **kwargs)`: at most one positional argument, any keywords.
    RangeWithKeywords(usize, usize),
    /// `set.union(*others)`: any number of positional arguments.
    Many,
    /// `list.sort(*, key=None, reverse=False)`.
    KeywordsOnly(&'static [&'static str]),
}

fn arity(type_name: &str, method: &str) -> Option<Arity> {
    use Arity::*;
    Some(match (type_name, method) {
        ("list", "append" | "extend" | "remove" | "count") => One,
        ("list", "insert") => Range(2, 2),
        ("list", "pop") => Range(0, 1),
        ("list" | "tuple", "index") => Range(1, 3),
        ("list", "reverse" | "copy" | "clear") => NoArgs,
        ("list", "sort") => KeywordsOnly(&["key", "reverse"]),
        ("dict", "get" | "pop" | "setdefault" | "fromkeys") => Range(1, 2),
        ("dict", "keys" | "values" | "items" | "popitem" | "copy" | "clear") => NoArgs,
        ("dict", "update") => RangeWithKeywords(0, 1),
        ("set", "add" | "remove" | "discard") => One,
        ("set", "pop" | "clear") => NoArgs,
        ("set" | "frozenset", "copy") => NoArgs,
        ("set" | "frozenset", "union" | "intersection" | "difference") => Many,
        ("set", "update") => Many,
        ("set" | "frozenset", "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint") => One,
        ("tuple", "count") => One,
        ("set", "difference_update" | "intersection_update") => Many,
        ("set", "symmetric_difference_update") => One,
        ("bytearray", "append" | "extend" | "remove") => One,
        ("bytearray", "insert") => Range(2, 2),
        ("bytearray", "pop") => Range(0, 1),
        ("bytearray", "reverse" | "copy" | "clear") => NoArgs,
        _ => return None,
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Check the arguments of `type_name.method(...)`; methods not listed are not checked.
pub fn check(type_name: &str, method: &str, args: &CallArgs) -> Result<(), Value> {
    let Some(arity) = arity(type_name, method) else { return Ok(()) };
    let given = args.positional.len();
    let no_keywords = || format!("{type_name}.{method}() takes no keyword arguments");
    let message = match arity {
        Arity::KeywordsOnly(allowed) => return check_keywords_only(method, allowed, args),
        Arity::Many if !args.keywords.is_empty() => format!("{method}() takes no keyword arguments"),
        Arity::Many => return Ok(()),
        Arity::RangeWithKeywords(min, max) => match range_error(method, min, max, given) {
            Some(message) => message,
            None => return Ok(()),
        },
        _ if !args.keywords.is_empty() => no_keywords(),
        Arity::NoArgs if given > 0 => format!("{type_name}.{method}() takes no arguments ({given} given)"),
        Arity::One if given != 1 => {
            format!("{type_name}.{method}() takes exactly one argument ({given} given)")
        }
        Arity::Range(min, max) => match range_error(method, min, max, given) {
            Some(message) => message,
            None => return Ok(()),
        },
        _ => return Ok(()),
    };
    Err(type_error(message))
}

/// Argument Clinic's message for a positional count outside `min..=max`.
fn range_error(method: &str, min: usize, max: usize, given: usize) -> Option<String> {
    let (bound, limit) = if given < min {
        (if min == max { "" } else { "at least " }, min)
    } else if given > max {
        (if min == max { "" } else { "at most " }, max)
    } else {
        return None;
    };
    Some(format!("{method} expected {bound}{limit} argument{}, got {given}", plural(limit)))
}

/// Methods taking only the keyword arguments `allowed` (`list.sort`).
fn check_keywords_only(method: &str, allowed: &[&str], args: &CallArgs) -> Result<(), Value> {
    let total = args.positional.len() + args.keywords.len();
    if total > allowed.len() {
        return Err(type_error(format!(
            "{method}() takes at most {} arguments ({total} given)",
            allowed.len()
        )));
    }
    if !args.positional.is_empty() {
        return Err(type_error(format!("{method}() takes no positional arguments")));
    }
    match args.keywords.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(type_error(format!("'{k}' is an invalid keyword argument for {method}()"))),
        None => Ok(()),
    }
}
