//! Methods of `str`, with Python's arguments (`sep`, `maxsplit`, `start`/`end`, tuples of
//! prefixes, ...) and indices counted in code points.

use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

pub const NAMES: &[&str] = &[
    "upper",
    "lower",
    "casefold",
    "swapcase",
    "capitalize",
    "title",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "splitlines",
    "join",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "partition",
    "rpartition",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isidentifier",
    "isascii",
    "encode",
    "format",
    "format_map",
    "removeprefix",
    "removesuffix",
    "expandtabs",
    "isprintable",
    "maketrans",
    "translate",
];

fn arg<'a>(args: &'a CallArgs, i: usize, keyword: &str) -> Option<&'a Value> {
    args.positional.get(i).or_else(|| args.keywords.iter().find(|(k, _)| k == keyword).map(|(_, v)| v))
}

pub(super) fn opt_str<'a>(
    args: &'a CallArgs,
    i: usize,
    keyword: &str,
    method: &str,
) -> Result<Option<&'a str>, Value> {
    match arg(args, i, keyword) {
        None | Some(Value::None) => Ok(None),
        Some(v) => v.as_str().map(Some).ok_or_else(|| {
            type_error(format!("{method}() argument {} must be str or None, not {}", i + 1, v.type_name()))
        }),
    }
}

fn need_str<'a>(args: &'a CallArgs, i: usize, method: &str) -> Result<&'a str, Value> {
    match args.positional.get(i) {
        Some(v) => v.as_str().ok_or_else(|| {
            type_error(format!("{method}() argument {} must be str, not {}", i + 1, v.type_name()))
        }),
        None => Err(type_error(format!(
            "{method}() takes at least {} argument ({} given)",
            i + 1,
            args.positional.len()
        ))),
    }
}

fn opt_int(args: &CallArgs, i: usize, keyword: &str) -> Result<Option<i64>, Value> {
    match arg(args, i, keyword) {
        None | Some(Value::None) => Ok(None),
        Some(v) => v.as_int().map(|n| Some(n.as_i64().unwrap_or(i64::MAX))).ok_or_else(|| {
            type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))
        }),
    }
}

/// Resolve Python `start`/`end` slice bounds over `len` code points.
fn bounds(args: &CallArgs, first: usize, len: usize) -> Result<(usize, usize), Value> {
    let clamp = |v: Option<i64>, default: usize| match v {
        None => default,
        Some(i) if i < 0 => (i + len as i64).max(0) as usize,
        Some(i) => (i as usize).min(len),
    };
    let start = clamp(opt_int(args, first, "start")?, 0);
    let end = clamp(opt_int(args, first + 1, "end")?, len);
    Ok((start, end))
}

fn s(text: impl Into<String>) -> BuiltinResult {
    Ok(Value::str(text))
}

fn list_of(parts: Vec<String>) -> BuiltinResult {
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// Find `needle` in `hay` (code points) within [start, end): the code-point index.
fn find_in<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    let positions = start..=end - needle.len();
    let matches = |i: &usize| hay[*i..*i + needle.len()] == *needle;
    if reverse { positions.rev().find(matches) } else { positions.into_iter().find(matches) }
}

/// `find`, `rfind`, `index`, `rindex` or `count` (`name`) of `needle` in `hay`, as chars,
/// or as bytes when the text is ASCII.
fn search<T: PartialEq>(name: &str, hay: &[T], needle: &[T], args: &CallArgs) -> Result<Value, Value> {
    let (start, end) = bounds(args, 1, hay.len())?;
    if name == "count" {
        if start > end {
            return Ok(Value::Int(0));
        }
        if needle.is_empty() {
            return Ok(Value::Int((end - start + 1) as i64));
        }
        let mut n = 0;
        let mut i = start;
        while let Some(at) = find_in(hay, needle, i, end, false) {
            n += 1;
            i = at + needle.len();
        }
        return Ok(Value::Int(n));
    }
    let reverse = name.starts_with('r');
    match find_in(hay, needle, start, end, reverse) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if name.ends_with("index") => Err(value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn split_whitespace(text: &str, maxsplit: Option<i64>, reverse: bool) -> Vec<String> {
    let Some(max) = maxsplit.filter(|m| *m >= 0).map(|m| m as usize) else {
        return text.split_whitespace().map(str::to_string).collect();
    };
    let mut out = Vec::new();
    if reverse {
        // The leftmost remainder keeps its leading whitespace, as in CPython.
        let mut rest = text.trim_end();
        for _ in 0..max {
            if rest.is_empty() {
                break;
            }
            let cut = rest.rfind(char::is_whitespace);
            let word_start = cut.map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
            out.push(rest[word_start..].to_string());
            rest = rest[..cut.unwrap_or(0)].trim_end();
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
        out.reverse();
    } else {
        let mut rest = text.trim_start();
        for _ in 0..max {
            if rest.is_empty() {
                break;
            }
            let cut = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(rest[..cut].to_string());
            rest = rest[cut..].trim_start();
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

fn pad(text: &str, width: usize, fill: char, align: char) -> String {
    let len = text.chars().count();
    if len >= width {
        return text.to_string();
    }
    let total = width - len;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        // As CPython's str.center: the odd extra space goes left when the width is odd.
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let fill_str = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    format!("{}{text}{}", fill_str(left), fill_str(right))
}

fn fill_char(args: &CallArgs, method: &str) -> Result<char, Value> {
    match args.positional.get(1) {
        None => Ok(' '),
        Some(v) => {
            let text = v.as_str().ok_or_else(|| {
                type_error(format!("{method}() argument 2 must be str, not {}", v.type_name()))
            })?;
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

/// The titlecase of one character: its uppercase, except for the characters Unicode gives a
/// separate titlecase (`ǆ` → `ǅ`, `ß` → `Ss`), listed in a table generated from CPython.
fn titlecase(c: char) -> String {
    match special_case(&super::case_tables::TITLECASE, c) {
        Some(title) => title.to_string(),
        None => c.to_uppercase().collect(),
    }
}

/// The full case folding of `text` (`ß` → `ss`), for `str.casefold()`.
fn casefold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match special_case(&super::case_tables::CASEFOLD, c) {
            Some(folded) => out.push_str(folded),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The entry for `c` in a generated table of case mappings.
fn special_case(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&(c as u32), |&(code, _)| code).ok().map(|i| table[i].1)
}

/// Unicode decimal digits (numeric type decimal, as Unicode 14.0 has them).
pub(crate) fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && super::unicodedata::is_decimal(c))
}

fn predicate(text: &str, test: impl Fn(char) -> bool) -> BuiltinResult {
    Ok(Value::bool(!text.is_empty() && text.chars().all(test)))
}

/// Call `str.NAME` on `text`.
pub fn call(vm: &mut Vm, text: &str, name: &str, args: &CallArgs) -> BuiltinResult {
    let chars = || text.chars().collect::<Vec<char>>();
    match name {
        "upper" => s(text.to_uppercase()),
        "lower" => s(text.to_lowercase()),
        "casefold" => s(casefold(text)),
        "swapcase" => s(text
            .chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect::<String>()),
        "capitalize" => {
            let mut it = text.chars();
            s(match it.next() {
                Some(first) => titlecase(first) + &it.flat_map(char::to_lowercase).collect::<String>(),
                None => String::new(),
            })
        }
        "title" => {
            let mut out = String::new();
            let mut previous_cased = false;
            for c in text.chars() {
                if previous_cased {
                    out.extend(c.to_lowercase());
                } else {
                    out.push_str(&titlecase(c));
                }
                previous_cased = c.is_alphabetic();
            }
            s(out)
        }
        "strip" | "lstrip" | "rstrip" => {
            let set: Option<Vec<char>> = match arg(args, 0, "chars") {
                None | Some(Value::None) => None,
                Some(v) => Some(
                    v.as_str()
                        .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?
                        .chars()
                        .collect(),
                ),
            };
            let pred = |c: char| set.as_ref().map_or(c.is_whitespace(), |set| set.contains(&c));
            s(match name {
                "strip" => text.trim_matches(pred),
                "lstrip" => text.trim_start_matches(pred),
                _ => text.trim_end_matches(pred),
            })
        }
        "split" | "rsplit" => {
            let maxsplit = opt_int(args, 1, "maxsplit")?;
            let reverse = name == "rsplit";
            match opt_str(args, 0, "sep", name)? {
                None => list_of(split_whitespace(text, maxsplit, reverse)),
                Some("") => Err(value_error("empty separator")),
                Some(sep) => {
                    let parts: Vec<String> = match (maxsplit.filter(|m| *m >= 0), reverse) {
                        (None, _) => text.split(sep).map(str::to_string).collect(),
                        (Some(m), false) => text.splitn(m as usize + 1, sep).map(str::to_string).collect(),
                        (Some(m), true) => {
                            let mut p: Vec<String> =
                                text.rsplitn(m as usize + 1, sep).map(str::to_string).collect();
                            p.reverse();
                            p
                        }
                    };
                    list_of(parts)
                }
            }
        }
        "splitlines" => {
            let keepends = arg(args, 0, "keepends").is_some_and(Value::truthy);
            let mut out = Vec::new();
            let mut line = String::new();
            let mut it = text.chars().peekable();
            while let Some(c) = it.next() {
                let is_break = matches!(
                    c,
                    '\n' | '\r'
                        | '\x0b'
                        | '\x0c'
                        | '\x1c'
                        | '\x1d'
                        | '\x1e'
                        | '\u{85}'
                        | '\u{2028}'
                        | '\u{2029}'
                );
                if !is_break {
                    line.push(c);
                    continue;
                }
                let mut ending = c.to_string();
                if c == '\r' && it.peek() == Some(&'\n') {
                    it.next();
                    ending.push('\n');
                }
                if keepends {
                    line.push_str(&ending);
                }
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                out.push(line);
            }
            list_of(out)
        }
        "join" => {
            let iterable = args
                .positional
                .first()
                .ok_or_else(|| type_error("str.join() takes exactly one argument (0 given)"))?;
            // A list or tuple is read in place, not copied.
            match iterable.object() {
                Some(Object::List(items)) => s(join(text, &items.borrow())?),
                Some(Object::Tuple(items)) => s(join(text, items)?),
                _ => {
                    let items = vm.collect(iterable).map_err(|e| {
                        if crate::runtime::ops::iterate(iterable).is_err() {
                            type_error("can only join an iterable")
                        } else {
                            e
                        }
                    })?;
                    s(join(text, &items)?)
                }
            }
        }
        "replace" => {
            let old = need_str(args, 0, name)?;
            let new = need_str(args, 1, name)?;
            match opt_int(args, 2, "count")? {
                Some(n) if n >= 0 => s(text.replacen(old, new, n as usize)),
                _ => s(text.replace(old, new)),
            }
        }
        "startswith" | "endswith" => {
            let hay = chars();
            let (start, end) = bounds(args, 1, hay.len())?;
            let prefixes: Vec<String> = match args.positional.first() {
                Some(v) => match v.object() {
                    Some(Object::Tuple(t)) => t.iter().map(Value::to_str).collect(),
                    Some(Object::Str(p)) => vec![p.to_string()],
                    _ => {
                        return Err(type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {}",
                            v.type_name()
                        )));
                    }
                },
                None => return Err(type_error(format!("{name}() takes at least 1 argument (0 given)"))),
            };
            if start > end {
                return Ok(Value::bool(false));
            }
            let window: String = hay[start..end].iter().collect();
            let found = prefixes.iter().any(|p| {
                if name == "startswith" {
                    window.starts_with(p.as_str())
                } else {
                    window.ends_with(p.as_str())
                }
            });
            Ok(Value::bool(found))
        }
        // ASCII text (the usual case): char positions are byte positions, so the bytes are
        // searched where they are, without copying the text out as chars (4 bytes each).
        "find" | "rfind" | "index" | "rindex" | "count" if text.is_ascii() => {
            search(name, text.as_bytes(), need_str(args, 0, name)?.as_bytes(), args)
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let needle: Vec<char> = need_str(args, 0, name)?.chars().collect();
            search(name, &chars(), &needle, args)
        }
        "partition" | "rpartition" => {
            let sep = need_str(args, 0, name)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let found = if name == "partition" { text.find(sep) } else { text.rfind(sep) };
            let parts = match found {
                Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
                None if name == "partition" => [text, "", ""],
                None => ["", "", text],
            };
            Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
        }
        "center" | "ljust" | "rjust" => {
            let width = opt_int(args, 0, "width")?
                .ok_or_else(|| type_error(format!("{name}() takes at least 1 argument (0 given)")))?;
            let fill = fill_char(args, name)?;
            let align = match name {
                "ljust" => '<',
                "rjust" => '>',
                _ => '^',
            };
            let width = width.max(0) as usize;
            crate::runtime::memory::check(width, 1)?;
            s(pad(text, width, fill, align))
        }
        "zfill" => {
            let width = opt_int(args, 0, "width")?.unwrap_or(0).max(0) as usize;
            crate::runtime::memory::check(width, 1)?;
            let len = text.chars().count();
            if len >= width {
                return s(text);
            }
            let (sign, digits) = match text.chars().next() {
                Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
                _ => (String::new(), text),
            };
            s(format!("{sign}{}{digits}", "0".repeat(width - len)))
        }
        "isdecimal" => predicate(text, is_decimal),
        "isdigit" => predicate(text, super::unicodedata::is_digit),
        "isnumeric" => predicate(text, super::unicodedata::is_numeric),
        "isalpha" => predicate(text, char::is_alphabetic),
        "isalnum" => predicate(text, char::is_alphanumeric),
        "isspace" => predicate(text, char::is_whitespace),
        "isascii" => Ok(Value::bool(text.is_ascii())),
        // A static method: the receiver, if any, is not used.
        "maketrans" => super::str_translate::maketrans(args),
        "translate" => super::str_translate::translate(text, args),
        "isprintable" => Ok(Value::bool(text.chars().all(crate::ast::repr::is_printable_char))),
        "isupper" | "islower" => {
            let cased: Vec<char> = text.chars().filter(|c| c.is_uppercase() || c.is_lowercase()).collect();
            let want_upper = name == "isupper";
            Ok(Value::bool(
                !cased.is_empty()
                    && cased.iter().all(|c| if want_upper { c.is_uppercase() } else { c.is_lowercase() }),
            ))
        }
        "istitle" => {
            let mut previous_cased = false;
            let mut any = false;
            for c in text.chars() {
                if c.is_uppercase() {
                    if previous_cased {
                        return Ok(Value::bool(false));
                    }
                    previous_cased = true;
                    any = true;
                } else if c.is_lowercase() {
                    if !previous_cased {
                        return Ok(Value::bool(false));
                    }
                    any = true;
                } else {
                    previous_cased = false;
                }
            }
            Ok(Value::bool(any))
        }
        "isidentifier" => {
            let mut it = text.chars();
            Ok(Value::bool(
                it.next().is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
                    && it.all(unicode_ident::is_xid_continue),
            ))
        }
        "encode" => {
            let encoding = opt_str(args, 0, "encoding", name)?.unwrap_or("utf-8");
            let errors = opt_str(args, 1, "errors", name)?.unwrap_or("strict");
            Ok(Value::obj(Object::Bytes(super::codecs::encode(text, encoding, errors)?)))
        }
        "format" => s(super::str_format::format_method(text, args, vm)?),
        "format_map" => {
            let [mapping] = args.positional.as_slice() else {
                let n = args.positional.len();
                return Err(type_error(format!("str.format_map() takes exactly one argument ({n} given)")));
            };
            // Each field is looked up in the mapping once (a `__missing__` may supply it).
            let mut keywords: Vec<(String, Value)> = Vec::new();
            for field in super::str_format::field_names(text) {
                if field.is_empty() || field.parse::<usize>().is_ok() {
                    return Err(value_error("Format string contains positional fields"));
                }
                if !keywords.iter().any(|(k, _)| *k == field) {
                    let value = vm.get_item(mapping, &Value::str(field.as_str()))?;
                    keywords.push((field, value));
                }
            }
            s(super::str_format::format_method(text, &CallArgs { positional: Vec::new(), keywords }, vm)?)
        }
        "removeprefix" => s(text.strip_prefix(need_str(args, 0, name)?).unwrap_or(text)),
        "removesuffix" => s(text.strip_suffix(need_str(args, 0, name)?).unwrap_or(text)),
        "expandtabs" => {
            let size = opt_int(args, 0, "tabsize")?.unwrap_or(8).max(0) as usize;
            let mut out = String::new();
            let mut column = 0;
            for c in text.chars() {
                match c {
                    '\t' if size > 0 => {
                        let n = size - column % size;
                        out.push_str(&" ".repeat(n));
                        column += n;
                    }
                    '\t' => {}
                    '\n' | '\r' => {
                        out.push(c);
                        column = 0;
                    }
                    _ => {
                        out.push(c);
                        column += 1;
                    }
                }
            }
            s(out)
        }
        _ => Err(new_exception(ExcKind::AttributeError, &format!("'str' object has no attribute '{name}'"))),
    }
}

/// `sep.join(items)`: measured first, so the result is one allocation of the exact size and
/// nothing else is (no vector of parts: a program joining a big list is at its peak here).
fn join(sep: &str, items: &[Value]) -> Result<String, Value> {
    let part_len =
        |i: usize, item: &Value| match crate::runtime::class::base_value(item).unwrap_or(item).as_str() {
            Some(p) => Ok(p.len()),
            None => Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                item.type_name()
            ))),
        };
    let mut size = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        size += part_len(i, item)?;
    }
    let mut joined = String::with_capacity(size);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            joined.push_str(sep);
        }
        joined.push_str(crate::runtime::class::base_value(item).unwrap_or(item).as_str().unwrap_or_default());
    }
    Ok(joined)
}
