//! `str.maketrans` and `str.translate`: translation tables map code points (ints) to a
//! code point, a string, or `None` (delete the character).

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::exception::{ExcKind, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::ops;
use crate::runtime::value::{DictMap, Key, Object, Value};

fn code_point(c: char) -> Value {
    Value::Int(i64::from(u32::from(c)))
}

/// `str.maketrans(x[, y[, z]])`.
pub fn maketrans(args: &CallArgs) -> BuiltinResult {
    if !args.keywords.is_empty() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    let mut table = DictMap::default();
    match args.positional.as_slice() {
        [] => return Err(type_error("maketrans expected at least 1 argument, got 0")),
        [mapping] => from_dict(mapping, &mut table)?,
        [from, to, rest @ ..] if rest.len() <= 1 => {
            let from = from.as_str().ok_or_else(|| {
                type_error("first maketrans argument must be a string if there is a second argument")
            })?;
            let to = str_argument(to, 2)?;
            if from.chars().count() != to.chars().count() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in from.chars().zip(to.chars()) {
                table.insert(Key(code_point(a)), code_point(b));
            }
            if let Some(deleted) = rest.first() {
                for c in str_argument(deleted, 3)?.chars() {
                    table.insert(Key(code_point(c)), Value::None);
                }
            }
        }
        more => {
            return Err(type_error(format!("maketrans expected at most 3 arguments, got {}", more.len())));
        }
    }
    Ok(Value::obj(Object::Dict(Rc::new(RefCell::new(table)))))
}

fn str_argument(v: &Value, position: usize) -> Result<&str, Value> {
    v.as_str().ok_or_else(|| {
        type_error(format!("maketrans() argument {position} must be str, not {}", v.type_name()))
    })
}

/// The one-argument form: a dict whose one-character keys become code points.
fn from_dict(mapping: &Value, table: &mut DictMap) -> Result<(), Value> {
    let Some(Object::Dict(map)) = mapping.object() else {
        return Err(type_error("if you give only one argument to maketrans it must be a dict"));
    };
    for (key, value) in map.borrow().iter() {
        let key = match (key.0.as_str(), key.0.as_int()) {
            (Some(text), _) => {
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => code_point(c),
                    _ => return Err(value_error("string keys in translate table must be of length 1")),
                }
            }
            // Int keys (bools included) are kept as they are.
            (None, Some(_)) => key.0.clone(),
            (None, None) => return Err(type_error("keys in translate table must be strings or integers")),
        };
        table.insert(Key(key), value.clone());
    }
    Ok(())
}

/// `text.translate(table)`: each character is looked up by code point with `table[...]`;
/// a missing entry (any LookupError) keeps the character.
pub fn translate(text: &str, args: &CallArgs) -> BuiltinResult {
    let [table] = args.positional.as_slice() else {
        let n = args.positional.len() + args.keywords.len();
        return Err(type_error(format!("str.translate() takes exactly one argument ({n} given)")));
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match ops::get_item(table, &code_point(c)) {
            Ok(replacement) => push_replacement(&mut out, &replacement)?,
            Err(e) if is_lookup_error(&e) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::str(out))
}

fn is_lookup_error(e: &Value) -> bool {
    matches!(e.object(), Some(Object::Exception(x)) if x.borrow().kind.is_subclass_of(ExcKind::LookupError))
}

fn push_replacement(out: &mut String, replacement: &Value) -> Result<(), Value> {
    if let Some(text) = replacement.as_str() {
        out.push_str(text);
        return Ok(());
    }
    if matches!(replacement, Value::None) {
        return Ok(());
    }
    let Some(n) = replacement.as_int() else {
        return Err(type_error("character mapping must return integer, None or str"));
    };
    let out_of_range = || value_error("character mapping must be in range(0x110000)");
    let n = n.as_i64().filter(|n| (0..0x110000).contains(n)).ok_or_else(out_of_range)?;
    // Strings here are UTF-8, so a lone surrogate code point cannot be stored: it becomes
    // U+FFFD, as elsewhere in pyglass.
    out.push(char::from_u32(n as u32).unwrap_or('\u{fffd}'));
    Ok(())
}
