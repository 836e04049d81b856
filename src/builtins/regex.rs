//! The matching engine under the `re` module (which is written in Python, in `src/stdlib`):
//! patterns checked as CPython checks them (`regex_check`), respelled by `regex_translate`,
//! compiled by the `regex` crate's engine (`regex_automata::meta`: CPython's syntax for the
//! common cases), cached, and matches reported as code-point spans (`regex_subject`). What
//! the crate cannot run (backreferences, look-around, atomic groups, possessive and
//! conditional parts) the backtracking matcher of `regex_backtrack` runs, and it takes the
//! step after an empty match in `finditer`, where CPython tries a longer match there first.
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
use regex_automata::{Anchored, Input};

use super::regex_backtrack::{Program, on_stack};
use super::regex_subject::{Subject, subject};
use super::regex_translate::translate;
use crate::runtime::exception::{ExcKind, new_exception, type_error};
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
    /// How each (pattern, flags) is matched, likewise.
    static ENGINES: RefCell<HashMap<(String, i64), Engine>> = RefCell::new(HashMap::new());
}

/// How a pattern is matched: by the crate's automaton (with the backtracking program beside
/// it for the step after an empty match), or by the backtracking program alone.
#[derive(Clone)]
enum Engine {
    Automaton(Rc<Regex>, Rc<Program>),
    Backtrack(Rc<Program>),
}

impl Engine {
    fn program(&self) -> &Program {
        match self {
            Engine::Automaton(_, program) | Engine::Backtrack(program) => program,
        }
    }
}

/// The engine for a pattern `regex_check` accepted.
fn engine(pattern: &str, flags: i64) -> Engine {
    let key = (pattern.to_string(), flags);
    if let Some(e) = ENGINES.with(|c| c.borrow().get(&key).cloned()) {
        return e;
    }
    let program = Rc::new(Program::new(pattern, flags));
    let engine = match compiled(pattern, flags) {
        Ok(regex) if !program.needs_backtracking => Engine::Automaton(regex, program),
        _ => Engine::Backtrack(program),
    };
    ENGINES.with(|c| c.borrow_mut().insert(key, engine.clone()));
    engine
}

/// Spans in code points (`regex_backtrack`'s) as `_re_match` reports them.
fn point_spans(spans: &[Option<(usize, usize)>]) -> Value {
    Value::list(
        spans
            .iter()
            .map(|span| match span {
                Some((start, end)) => Value::pair(Value::Int(*start as i64), Value::Int(*end as i64)),
                None => Value::None,
            })
            .collect(),
    )
}

fn too_complex(message: String) -> Value {
    new_exception(ExcKind::RecursionError, &message)
}

/// The compiled form of `pattern` with `flags`, or the error message.
fn compiled(pattern: &str, flags: i64) -> Result<Rc<Regex>, String> {
    let key = (pattern.to_string(), flags);
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
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
/// position)` (the position None where CPython names none).
pub fn check(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let flags = int_arg(&args, 1, 0);
    let text = !args.positional.get(2).is_some_and(Value::truthy);
    Ok(match super::regex_check::check(pattern, text, flags & VERBOSE != 0) {
        Ok(()) => Value::None,
        Err(e) => {
            let position = e.position.map_or(Value::None, |p| Value::Int(p as i64));
            Value::pair(Value::str(e.message), position)
        }
    })
}

/// `_re_groups(pattern, flags)`: (number of groups, {name: index}).
pub fn groups(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let engine = engine(pattern, int_arg(&args, 1, 0));
    let program = engine.program();
    let mut names = DictMap::default();
    for (name, index) in &program.names {
        names.insert(Key(Value::str(name)), Value::Int(*index as i64));
    }
    Ok(Value::pair(
        Value::Int(program.groups as i64),
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
    let (Some(bounds), index) = bounds(&args, 2)? else { return Ok(Value::None) };
    let regex = match engine(pattern, flags) {
        Engine::Backtrack(program) => {
            let text: Vec<char> = bounds.haystack.chars().collect();
            let (how, program) = ((mode != 0, mode == 2, false), &*program);
            let found =
                on_stack(|limit| program.search(&text, bounds.pos, how, limit)).map_err(too_complex)?;
            return Ok(found.map_or(Value::None, |spans| reported(&bounds, point_spans(&spans))));
        }
        Engine::Automaton(_, _) if mode == 2 => whole(pattern, flags).map_err(type_error)?,
        Engine::Automaton(regex, _) => regex,
    };
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
/// spans of every non-overlapping match, in order. After an empty match the next may start
/// at the same place only if it is not empty, as in CPython.
pub fn find_all(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let flags = int_arg(&args, 1, 0);
    let (Some(bounds), index) = bounds(&args, 2)? else {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(0), Value::list(Vec::new())]));
    };
    let haystack = bounds.haystack;
    let mut found = Vec::new();
    let (regex, program) = match engine(pattern, flags) {
        Engine::Automaton(regex, program) => (regex, program),
        Engine::Backtrack(program) => {
            let (text, program): (Vec<char>, &Program) = (haystack.chars().collect(), &program);
            let matches = on_stack(|limit| {
                let mut matches = Vec::new();
                let (mut at, mut advance) = (bounds.pos, false);
                while at <= text.len() {
                    let Some(spans) = program.search(&text, at, (false, false, advance), limit)? else {
                        break;
                    };
                    let Some((start, end)) = spans[0] else { break };
                    matches.push(spans);
                    (at, advance) = (end, start == end);
                }
                Ok(matches)
            })
            .map_err(too_complex)?;
            found.extend(matches.iter().map(|spans| point_spans(spans)));
            return Ok(reported(&bounds, Value::list(found)));
        }
    };
    let mut captures = regex.create_captures();
    let mut text: Option<Vec<char>> = None;
    let mut at = bounds.start;
    while at <= haystack.len() {
        regex.search_captures(&Input::new(haystack).range(at..), &mut captures);
        let Some(whole) = captures.get_match().map(|m| m.range()) else { break };
        found.push(spans(&captures, haystack, &index));
        if !whole.is_empty() {
            at = whole.end;
            continue;
        }
        // An empty match: a longer one at the same place (another alternative, a lazy
        // repetition taking more), else go on after the next character.
        let text = text.get_or_insert_with(|| haystack.chars().collect());
        let point = index.char_of(haystack, whole.end);
        let (text, program) = (&*text, &*program);
        let longer = on_stack(|limit| program.search(text, point, (true, false, true), limit));
        match longer.map_err(too_complex)? {
            Some(spans) => {
                let end = spans[0].map_or(point, |(_, end)| end);
                found.push(point_spans(&spans));
                at = index.byte_of(haystack, end);
            }
            None => {
                at = haystack[whole.end..]
                    .chars()
                    .next()
                    .map_or(haystack.len() + 1, |c| whole.end + c.len_utf8());
            }
        }
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
