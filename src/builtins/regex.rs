//! The matching engine under the `re` module (which is written in Python, in `src/stdlib`):
//! patterns compiled by the `regex` crate (CPython's syntax for the common cases; no
//! backreferences or lookaround), cached, and matches reported as code-point spans.

use std::cell::RefCell;
use std::collections::HashMap;

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
    static CACHE: RefCell<HashMap<(String, i64), regex::Regex>> = RefCell::new(HashMap::new());
}

/// The compiled form of `pattern` with `flags`, or the error message.
fn compiled(pattern: &str, flags: i64) -> Result<regex::Regex, String> {
    if let Some(r) = CACHE.with(|c| c.borrow().get(&(pattern.to_string(), flags)).cloned()) {
        return Ok(r);
    }
    // Python's `(?P=name)` backreferences have no equivalent here.
    if pattern.contains("(?P=") {
        return Err("backreferences are not supported by pyglass's re".into());
    }
    // (`re.ASCII`, and every bytes pattern: `\w`, `\d`, `\s` and `\b` of ASCII only.)
    let source = if flags & ASCII != 0 { ascii_classes(pattern) } else { pattern.to_string() };
    let regex = regex::RegexBuilder::new(&source)
        .case_insensitive(flags & IGNORECASE != 0)
        .multi_line(flags & MULTILINE != 0)
        .dot_matches_new_line(flags & DOTALL != 0)
        .ignore_whitespace(flags & VERBOSE != 0)
        .build()
        .map_err(|e| match e {
            regex::Error::Syntax(text) => {
                text.lines().last().unwrap_or("bad pattern").trim_start_matches("error: ").to_string()
            }
            other => other.to_string(),
        })?;
    CACHE.with(|c| c.borrow_mut().insert((pattern.to_string(), flags), regex.clone()));
    Ok(regex)
}

fn text_arg(args: &CallArgs, i: usize) -> Result<String, Value> {
    match args.positional.get(i) {
        Some(v) if v.as_str().is_some() => Ok(v.to_str()),
        Some(v) => Err(type_error(format!("expected string or bytes-like object, got '{}'", v.type_name()))),
        None => Err(type_error("missing argument")),
    }
}

fn int_arg(args: &CallArgs, i: usize, default: i64) -> i64 {
    args.positional.get(i).and_then(|v| v.as_int()).and_then(|i| i.as_i64()).unwrap_or(default)
}

/// `_re_check(pattern, flags)`: None, or the message of why the pattern is invalid.
pub fn check(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    Ok(match compiled(&pattern, int_arg(&args, 1, 0)) {
        Ok(_) => Value::None,
        Err(message) => Value::str(message),
    })
}

/// `_re_groups(pattern, flags)`: (number of groups, {name: index}).
pub fn groups(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let regex = compiled(&pattern, int_arg(&args, 1, 0)).map_err(type_error)?;
    let mut names = DictMap::default();
    for (i, name) in regex.capture_names().enumerate() {
        if let Some(name) = name {
            names.insert(Key(Value::str(name)), Value::Int(i as i64));
        }
    }
    Ok(Value::pair(
        Value::Int(regex.captures_len() as i64 - 1),
        Value::obj(crate::runtime::value::Object::Dict(std::rc::Rc::new(RefCell::new(names)))),
    ))
}

/// Code-point offsets of the byte offsets of `text`.
struct Offsets {
    byte_to_char: Vec<usize>,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        let mut byte_to_char = vec![0; text.len() + 1];
        let mut count = 0;
        for (b, _) in text.char_indices() {
            byte_to_char[b] = count;
            count += 1;
        }
        byte_to_char[text.len()] = count;
        // Fill positions inside multi-byte characters (never match boundaries).
        for b in 1..byte_to_char.len() {
            if byte_to_char[b] == 0 && b > 0 {
                byte_to_char[b] = byte_to_char[b - 1];
            }
        }
        Offsets { byte_to_char }
    }

    fn char_of(&self, byte: usize) -> i64 {
        self.byte_to_char[byte] as i64
    }
}

fn byte_of(text: &str, char_index: i64) -> usize {
    if char_index <= 0 {
        return 0;
    }
    text.char_indices().nth(char_index as usize).map_or(text.len(), |(b, _)| b)
}

/// The spans of a match's groups, `shift` added: `[(start, end) or None, ...]`, group 0 first.
fn spans(captures: &regex::Captures, offsets: &Offsets, shift: i64) -> Value {
    Value::list(
        captures
            .iter()
            .map(|m| match m {
                Some(m) => Value::pair(
                    Value::Int(offsets.char_of(m.start()) + shift),
                    Value::Int(offsets.char_of(m.end()) + shift),
                ),
                None => Value::None,
            })
            .collect(),
    )
}

/// `_re_match(pattern, flags, string, pos, endpos, mode)`: the group spans of the first match
/// (mode 0: anywhere, 1: starting at `pos`, 2: spanning `pos..endpos`), or None.
pub fn find(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let flags = int_arg(&args, 1, 0);
    let regex = compiled(&pattern, flags).map_err(type_error)?;
    let text = text_arg(&args, 2)?;
    let length = text.chars().count() as i64;
    let pos = int_arg(&args, 3, 0).clamp(0, length);
    let endpos = int_arg(&args, 4, length).clamp(pos, length);
    let haystack = &text[..byte_of(&text, endpos)];
    let start_byte = byte_of(&text, pos);
    if int_arg(&args, 5, 0) == 0 {
        let found = regex.captures_at(haystack, start_byte);
        return Ok(found.map_or(Value::None, |c| spans(&c, &Offsets::new(&text), 0)));
    }
    // Anchored: an anchored copy of the pattern, run on the text from `pos`.
    let anchored = match int_arg(&args, 5, 0) {
        2 => format!(r"\A(?:{pattern})\z"),
        _ => format!(r"\A(?:{pattern})"),
    };
    let anchored = compiled(&anchored, flags).map_err(type_error)?;
    let tail = &haystack[start_byte..];
    Ok(anchored.captures(tail).map_or(Value::None, |c| spans(&c, &Offsets::new(tail), pos)))
}

/// `_re_all(pattern, flags, string, pos, endpos)`: the group spans of every non-overlapping
/// match, in order.
pub fn find_all(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let pattern = text_arg(&args, 0)?;
    let regex = compiled(&pattern, int_arg(&args, 1, 0)).map_err(type_error)?;
    let text = text_arg(&args, 2)?;
    let length = text.chars().count() as i64;
    let pos = int_arg(&args, 3, 0).clamp(0, length);
    let endpos = int_arg(&args, 4, length).clamp(pos, length);
    let haystack = &text[..byte_of(&text, endpos)];
    let offsets = Offsets::new(&text);
    let mut found = Vec::new();
    let mut at = byte_of(&text, pos);
    while at <= haystack.len() {
        let Some(captures) = regex.captures_at(haystack, at) else { break };
        let whole = captures.get(0).map_or(at..at, |m| m.range());
        found.push(spans(&captures, &offsets, 0));
        at = if whole.is_empty() {
            // An empty match: go on after the next character.
            haystack[whole.end..].chars().next().map_or(haystack.len() + 1, |c| whole.end + c.len_utf8())
        } else {
            whole.end
        };
    }
    Ok(Value::list(found))
}

/// `pattern` with the classes `\w`, `\d`, `\s` (and their negations) spelled out as
/// their ASCII sets and `\b`, `\B` made ASCII word boundaries, as `re.ASCII` reads them.
fn ascii_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    // Inside `[...]`; `fresh`: right after its `[` or `[^`, where `]` is a literal.
    let (mut in_class, mut fresh) = (false, false);
    while let Some(c) = chars.next() {
        let was_fresh = std::mem::take(&mut fresh);
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push(c);
                    break;
                };
                let spelled = match (next, in_class) {
                    ('w', false) => "[0-9A-Za-z_]",
                    ('W', false) => "[^0-9A-Za-z_]",
                    ('d', false) => "[0-9]",
                    ('D', false) => "[^0-9]",
                    ('s', false) => "[ \\t\\n\\r\\f\\v]",
                    ('S', false) => "[^ \\t\\n\\r\\f\\v]",
                    ('b', false) => "(?-u:\\b)",
                    ('B', false) => "(?-u:\\B)",
                    ('w', true) => "0-9A-Za-z_",
                    ('d', true) => "0-9",
                    ('s', true) => " \\t\\n\\r\\f\\v",
                    _ => {
                        out.push(c);
                        out.push(next);
                        continue;
                    }
                };
                out.push_str(spelled);
            }
            '[' if !in_class => {
                in_class = true;
                fresh = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
            }
            ']' if in_class && !was_fresh => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ascii_classes;

    #[test]
    fn ascii_classes_are_spelled_out_in_and_out_of_sets() {
        assert_eq!(ascii_classes(r"\w+\s"), r"[0-9A-Za-z_]+[ \t\n\r\f\v]");
        assert_eq!(ascii_classes(r"[\d.]\D"), r"[0-9.][^0-9]");
        assert_eq!(ascii_classes(r"[]\w]\b"), r"[]0-9A-Za-z_](?-u:\b)");
        assert_eq!(ascii_classes(r"\\w\."), r"\\w\.");
    }
}
