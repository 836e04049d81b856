//! The matching engine under the `re` module (which is written in Python, in `src/stdlib`):
//! patterns respelled by `regex_translate`, compiled by the `regex` crate's engine
//! (`regex_automata::meta`: CPython's syntax for the common cases; no backreferences or
//! lookaround), cached, and matches reported as code-point spans (`regex_subject`).
//!
//! A compiled pattern is shared from the cache, never cloned: a clone starts with empty
//! matching caches (the lazy DFA's states), which made every call rebuild them. A search
//! runs on the subject in place from the byte of `pos` (anchored there for `match` and
//! `fullmatch`), so it costs what it scans, not the length of the subject.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, PatternID};

use super::regex_subject::{Subject, subject};
use super::regex_translate::translate;
use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Value};
use crate::vm::Vm;

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;
const ASCII: i64 = 256;

thread_local! {
    /// Compiled patterns by (pattern, flags), as CPython's `re` caches them.
    static CACHE: RefCell<HashMap<(String, i64), Rc<Regex>>> = RefCell::new(HashMap::new());
}

/// The compiled form of `pattern` with `flags`, or the error message.
fn compiled(pattern: &str, flags: i64) -> Result<Rc<Regex>, String> {
    let key = (pattern.to_string(), flags);
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
    }
    // Python's `(?P=name)` backreferences have no equivalent here.
    if pattern.contains("(?P=") {
        return Err("backreferences are not supported by pyglass's re".into());
    }
    let source = translate(pattern, flags & ASCII != 0, flags & VERBOSE != 0);
    let regex = Regex::builder()
        .syntax(
            syntax::Config::new()
                .case_insensitive(flags & IGNORECASE != 0)
                .multi_line(flags & MULTILINE != 0)
                .dot_matches_new_line(flags & DOTALL != 0)
                .ignore_whitespace(flags & VERBOSE != 0),
        )
        .build(&source)
        .map_err(|e| match e.syntax_error() {
            Some(syntax) => {
                let text = syntax.to_string();
                text.lines().last().unwrap_or("bad pattern").trim_start_matches("error: ").to_string()
            }
            None => e.to_string(),
        })?;
    let regex = Rc::new(regex);
    CACHE.with(|c| c.borrow_mut().insert(key, regex.clone()));
    Ok(regex)
}

/// The pattern `fullmatch` runs: `pattern` that must end where the subject does.
fn whole(pattern: &str, flags: i64) -> Result<Rc<Regex>, String> {
    // (A newline ends a comment the pattern may close with, under re.VERBOSE.)
    let end = if flags & VERBOSE != 0 { "\n" } else { "" };
    compiled(&format!(r"(?:{pattern}{end})\z"), flags)
}

fn text_arg(args: &CallArgs, i: usize) -> Result<&str, Value> {
    match args.positional.get(i) {
        Some(v) => v.as_str().ok_or_else(|| {
            type_error(format!("expected string or bytes-like object, got '{}'", v.type_name()))
        }),
        None => Err(type_error("missing argument")),
    }
}

fn int_arg(args: &CallArgs, i: usize, default: i64) -> i64 {
    args.positional.get(i).and_then(|v| v.as_int()).and_then(|i| i.as_i64()).unwrap_or(default)
}

/// `_re_check(pattern, flags, is_bytes)`: None, or why the pattern is invalid: `(message,
/// position)`, the position None for what CPython accepts and the engine cannot run.
pub fn check(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let flags = int_arg(&args, 1, 0);
    let text = !args.positional.get(2).is_some_and(Value::truthy);
    if let Err(e) = super::regex_check::check(pattern, text, flags & VERBOSE != 0) {
        let position = e.position.map_or(Value::None, |p| Value::Int(p as i64));
        return Ok(Value::pair(Value::str(e.message), position));
    }
    Ok(match compiled(pattern, flags) {
        Ok(_) => Value::None,
        Err(message) => Value::pair(Value::str(message), Value::None),
    })
}

/// `_re_groups(pattern, flags)`: (number of groups, {name: index}).
pub fn groups(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let regex = compiled(pattern, int_arg(&args, 1, 0)).map_err(type_error)?;
    let mut names = DictMap::default();
    for (i, name) in regex.group_info().pattern_names(PatternID::ZERO).enumerate() {
        if let Some(name) = name {
            names.insert(Key(Value::str(name)), Value::Int(i as i64));
        }
    }
    Ok(Value::pair(
        Value::Int(regex.captures_len() as i64 - 1),
        Value::obj(crate::runtime::value::Object::Dict(Rc::new(RefCell::new(names)))),
    ))
}

/// The subject of a search with its bounds: the text up to `endpos` (which `$` and `\Z` see as
/// its end, as CPython does) and the byte where the search starts.
struct Bounds<'a> {
    haystack: &'a str,
    start: usize,
    /// `pos` and `endpos` as CPython's match objects report them (clamped to the text).
    pos: usize,
    endpos: usize,
}

/// The text and bounds of `_re_match` and `_re_all`'s `(string, pos, endpos)` at `first`;
/// None when `endpos` comes before `pos` (nothing matches there).
fn bounds<'a>(args: &'a CallArgs, first: usize) -> Result<(Option<Bounds<'a>>, Rc<Subject>), Value> {
    let value = args.positional.get(first).ok_or_else(|| type_error("missing argument"))?;
    let (text, index) = subject(value).ok_or_else(|| {
        type_error(format!("expected string or bytes-like object, got '{}'", value.type_name()))
    })?;
    let length = index.len() as i64;
    let pos = int_arg(args, first + 1, 0).clamp(0, length) as usize;
    let endpos = int_arg(args, first + 2, length).clamp(0, length) as usize;
    if endpos < pos {
        return Ok((None, index));
    }
    let haystack = &text[..index.byte_of(text, endpos)];
    let start = index.byte_of(text, pos);
    Ok((Some(Bounds { haystack, start, pos, endpos }), index))
}

/// The spans of a match's groups: `[(start, end) or None, ...]`, group 0 first.
fn spans(captures: &Captures, text: &str, index: &Subject) -> Value {
    Value::list(
        (0..captures.group_len())
            .map(|i| match captures.get_group(i) {
                Some(span) => Value::pair(
                    Value::Int(index.char_of(text, span.start) as i64),
                    Value::Int(index.char_of(text, span.end) as i64),
                ),
                None => Value::None,
            })
            .collect(),
    )
}

/// `(pos, endpos, found)`, what `_re_match` and `_re_all` return.
fn reported(bounds: &Bounds, found: Value) -> Value {
    Value::tuple(vec![Value::Int(bounds.pos as i64), Value::Int(bounds.endpos as i64), found])
}

/// `_re_match(pattern, flags, string, pos, endpos, mode)`: `(pos, endpos, spans)` for the
/// first match (mode 0: anywhere, 1: starting at `pos`, 2: spanning `pos..endpos`), or None.
/// `endpos` may be None (the end of the string).
pub fn find(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let flags = int_arg(&args, 1, 0);
    let mode = int_arg(&args, 5, 0);
    let regex =
        if mode == 2 { whole(pattern, flags) } else { compiled(pattern, flags) }.map_err(type_error)?;
    let (Some(bounds), index) = bounds(&args, 2)? else { return Ok(Value::None) };
    let anchored = if mode == 0 { Anchored::No } else { Anchored::Yes };
    let input = Input::new(bounds.haystack).range(bounds.start..).anchored(anchored);
    let mut captures = regex.create_captures();
    regex.search_captures(&input, &mut captures);
    if !captures.is_match() {
        return Ok(Value::None);
    }
    Ok(reported(&bounds, spans(&captures, bounds.haystack, &index)))
}

/// `_re_all(pattern, flags, string, pos, endpos)`: `(pos, endpos, [spans, ...])`, the group
/// spans of every non-overlapping match, in order.
pub fn find_all(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let regex = compiled(pattern, int_arg(&args, 1, 0)).map_err(type_error)?;
    let (Some(bounds), index) = bounds(&args, 2)? else {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(0), Value::list(Vec::new())]));
    };
    let haystack = bounds.haystack;
    let mut captures = regex.create_captures();
    let mut found = Vec::new();
    let mut at = bounds.start;
    while at <= haystack.len() {
        regex.search_captures(&Input::new(haystack).range(at..), &mut captures);
        let Some(whole) = captures.get_match().map(|m| m.range()) else { break };
        found.push(spans(&captures, haystack, &index));
        at = if whole.is_empty() {
            // An empty match: go on after the next character.
            haystack[whole.end..].chars().next().map_or(haystack.len() + 1, |c| whole.end + c.len_utf8())
        } else {
            whole.end
        };
    }
    Ok(reported(&bounds, Value::list(found)))
}

/// `_re_slice(string, start, end)`: `string[start:end]` for a str and a span of a match in it,
/// found from the subject's index (a slice of non-ASCII text decodes it from its start).
pub fn slice(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let value = args.positional.first().ok_or_else(|| type_error("missing argument"))?;
    let (text, index) = subject(value).ok_or_else(|| type_error("expected str"))?;
    let end = index.byte_of(text, int_arg(&args, 2, 0).max(0) as usize);
    let start = index.byte_of(text, int_arg(&args, 1, 0).max(0) as usize).min(end);
    Ok(Value::str(&text[start..end]))
}
