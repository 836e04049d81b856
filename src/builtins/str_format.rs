//! `str.format` and `%` formatting, on top of the format-spec mini-language in `format.rs`.

use super::format::format_value;
use crate::runtime::exception::{
    ExcKind, exception_with_args, index_error, new_exception, type_error, value_error,
};
use crate::runtime::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};

/// How values become text: `text` with `'s'` for `str()`, `'r'` for `repr()`, `'a'` for
/// `ascii()`, and `format(value, spec)`. The VM is one that runs the special methods of Python
/// classes (`__str__`, `__repr__`, `__format__`); `Plain` knows only the built-in types.
pub trait Render {
    fn text(&mut self, value: &Value, conversion: char) -> Result<String, Value>;
    fn format(&mut self, value: &Value, spec: &str) -> Result<String, Value>;
}

pub type Text<'a> = &'a mut dyn Render;

/// The built-in conversions, for values that are not instances of Python classes.
pub struct Plain;

impl Render for Plain {
    fn text(&mut self, value: &Value, conversion: char) -> Result<String, Value> {
        Ok(match conversion {
            's' => value.to_str(),
            'r' => value.repr(),
            _ => super::ascii(&value.repr()),
        })
    }

    fn format(&mut self, value: &Value, spec: &str) -> Result<String, Value> {
        format_value(value, spec)
    }
}

/// Apply `!r`, `!s` or `!a`.
fn convert(value: Value, conversion: Option<char>, text: Text) -> Result<Value, Value> {
    match conversion {
        None => Ok(value),
        Some(c @ ('r' | 's' | 'a')) => Ok(Value::str(text.text(&value, c)?)),
        Some(c) => Err(value_error(format!("Unknown conversion specifier {c}"))),
    }
}

struct Fields<'a> {
    args: &'a CallArgs,
    next_auto: usize,
    manual: Option<bool>,
}

impl Fields<'_> {
    /// The value a field name refers to: `0`, `name`, `0.attr`, `name[key]`, or auto-numbered.
    fn lookup(&mut self, field: &str) -> Result<Value, Value> {
        let head_end = field.find(['.', '[']).unwrap_or(field.len());
        let (head, mut rest) = field.split_at(head_end);
        let mut value = if head.is_empty() {
            if self.manual == Some(true) {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            self.manual = Some(false);
            let i = self.next_auto;
            self.next_auto += 1;
            self.positional(i)?
        } else if let Ok(i) = head.parse::<usize>() {
            if self.manual == Some(false) {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.manual = Some(true);
            self.positional(i)?
        } else {
            self.args
                .keywords
                .iter()
                .find(|(k, _)| k == head)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| exception_with_args(ExcKind::KeyError, vec![Value::str(head)]))?
        };
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                value = super::methods::get_attribute(&value, &after[..end])?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let end = after.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key = &after[..end];
                let index = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = ops::get_item(&value, &index)?;
                rest = &after[end + 1..];
            } else {
                return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(value)
    }

    fn positional(&self, i: usize) -> Result<Value, Value> {
        self.args.positional.get(i).cloned().ok_or_else(|| {
            index_error(format!("Replacement index {i} out of range for positional args tuple"))
        })
    }
}

/// The names of the replacement fields of a format string, nested ones included, in order
/// (`"{a.b} {0[1]:{w}}"` gives `a`, `0`, `w`).
pub fn field_names(template: &str) -> Vec<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut names = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => i += 2,
            '}' if chars.get(i + 1) == Some(&'}') => i += 2,
            '{' => {
                let start = i + 1;
                let mut end = start;
                while end < chars.len() && !matches!(chars[end], '.' | '[' | '!' | ':' | '}' | '{') {
                    end += 1;
                }
                names.push(chars[start..end].iter().collect());
                i = end;
            }
            _ => i += 1,
        }
    }
    names
}

/// `template.format(*args, **kwargs)`.
pub fn format_method(template: &str, args: &CallArgs, text: Text) -> Result<String, Value> {
    let mut fields = Fields { args, next_auto: 0, manual: None };
    expand(template, &mut fields, 0, text)
}

fn expand(template: &str, fields: &mut Fields, depth: usize, text: Text) -> Result<String, Value> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' && chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        // A replacement field: find its matching '}' (format specs may nest one level).
        let mut level = 1;
        let mut j = i + 1;
        while j < chars.len() && level > 0 {
            match chars[j] {
                '{' => level += 1,
                '}' => level -= 1,
                _ => {}
            }
            j += 1;
        }
        if level > 0 {
            return Err(value_error("expected '}' before end of string"));
        }
        let body: String = chars[i + 1..j - 1].iter().collect();
        let (head, spec) = match body.find(':') {
            Some(k) if !body[..k].contains('[') || body[..k].contains(']') => (&body[..k], &body[k + 1..]),
            _ => (body.as_str(), ""),
        };
        let (name, conversion) = match head.split_once('!') {
            Some((n, conv)) => {
                let mut it = conv.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => (n, Some(c)),
                    _ => return Err(value_error("expected ':' after conversion specifier")),
                }
            }
            None => (head, None),
        };
        let value = convert(fields.lookup(name)?, conversion, text)?;
        let spec = if spec.contains('{') { expand(spec, fields, depth + 1, text)? } else { spec.to_string() };
        out.push_str(&text.format(&value, &spec)?);
        i = j;
    }
    Ok(out)
}

/// `template % values` (printf-style formatting); a bytes template also takes `%b`.
pub fn percent_format(
    template: &str,
    values: &Value,
    text: Text,
    bytes_template: bool,
) -> Result<String, Value> {
    let mapping = matches!(values.object(), Some(Object::Dict(_)));
    // (An instance of a tuple subclass, a named tuple say, gives its items as a tuple does.)
    let items: Vec<Value> = match crate::runtime::class::base_value(values).unwrap_or(values).object() {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![values.clone()],
    };
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut next = 0;
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut value: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            // The key runs to the parenthesis that closes the opening one: `%(f(x))s` has key `f(x)`.
            let mut depth = 0usize;
            let end = chars[i..]
                .iter()
                .position(|&c| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map(|k| i + k)
                .ok_or_else(|| value_error("incomplete format key"))?;
            let key: String = chars[i + 1..end].iter().collect();
            if !mapping {
                return Err(type_error("format requires a mapping"));
            }
            used_mapping = true;
            // A bytes template (read as latin-1) looks its keys up as bytes.
            let key = if bytes_template {
                Value::obj(Object::Bytes(key.chars().map(|c| c as u32 as u8).collect()))
            } else {
                Value::str(key)
            };
            value = Some(ops::get_item(values, &key)?);
            i = end + 1;
        }
        let mut flags = String::new();
        while let Some(&c @ ('-' | '+' | ' ' | '#' | '0')) = chars.get(i) {
            flags.push(c);
            i += 1;
        }
        let take_number = |i: &mut usize, next: &mut usize| -> Result<Option<usize>, Value> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                let v = items
                    .get(*next)
                    .cloned()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                *next += 1;
                let n = v.as_int().ok_or_else(|| type_error("* wants int"))?;
                return Ok(n.as_i64().map(|n| n.max(0) as usize));
            }
            let start = *i;
            while chars.get(*i).is_some_and(char::is_ascii_digit) {
                *i += 1;
            }
            Ok(chars[start..*i].iter().collect::<String>().parse().ok())
        };
        let width = take_number(&mut i, &mut next)?;
        let precision = if chars.get(i) == Some(&'.') {
            i += 1;
            Some(take_number(&mut i, &mut next)?.unwrap_or(0))
        } else {
            None
        };
        // One C length modifier (`%ld`, `%hd`, `%Lf`) is read and ignored, as CPython does.
        if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&kind) = chars.get(i) else { return Err(value_error("incomplete format")) };
        i += 1;
        if kind == '%' {
            out.push('%');
            continue;
        }
        if !("diouxXeEfFgGcrsa".contains(kind) || (bytes_template && kind == 'b')) {
            let at = i - 1;
            return Err(value_error(format!(
                "unsupported format character '{kind}' (0x{:x}) at index {at}",
                kind as u32
            )));
        }
        let value = match value {
            Some(v) => v,
            None if mapping && items.len() == 1 && !matches!(kind, 's' | 'r') => items[0].clone(),
            None => {
                let v = items
                    .get(next)
                    .cloned()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                next += 1;
                v
            }
        };
        // Numeric conversions of an instance of a built-in subclass (an `IntEnum` member) use
        // its built-in value.
        let value = match crate::runtime::class::base_value(&value) {
            Some(base) if !matches!(kind, 's' | 'r' | 'a') => base.clone(),
            _ => value,
        };
        out.push_str(&format_one(kind, &flags, width, precision, value, text)?);
    }
    if !mapping && !used_mapping && next < items.len() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn format_one(
    kind: char,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    value: Value,
    text: Text,
) -> Result<String, Value> {
    let align = if flags.contains('-') { "<" } else { "" };
    let sign = if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let zero = if flags.contains('0') && !flags.contains('-') { "0" } else { "" };
    let alternate = if flags.contains('#') { "#" } else { "" };
    let width_text = width.map(|w| w.to_string()).unwrap_or_default();
    let numeric = |value: &Value, kind: char| -> Result<Value, Value> {
        match value {
            Value::Float(_) if matches!(kind, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') => {
                if matches!(kind, 'x' | 'X' | 'o') {
                    return Err(type_error(format!("%{kind} format: an integer is required, not float")));
                }
                super::construct_int(value)
            }
            Value::Float(_) => Ok(value.clone()),
            _ if value.as_int().is_some() => Ok(value.clone()),
            _ => Err(type_error(match kind {
                'x' | 'X' | 'o' => {
                    format!("%{kind} format: an integer is required, not {}", value.type_name())
                }
                'd' | 'i' | 'u' => {
                    format!("%{kind} format: a real number is required, not {}", value.type_name())
                }
                _ => format!("must be real number, not {}", value.type_name()),
            })),
        }
    };
    match kind {
        's' | 'r' | 'a' | 'b' => {
            let rendered = text.text(&value, kind)?;
            let rendered: String = match precision {
                Some(p) => rendered.chars().take(p).collect(),
                None => rendered,
            };
            let spec = format!("{}{width_text}", if align.is_empty() { ">" } else { "<" });
            format_value(&Value::str(rendered), &spec)
        }
        'c' => {
            let c = match value.as_int().and_then(|i| i.as_i64()) {
                Some(n) => char::from_u32(n as u32)
                    .map(String::from)
                    .ok_or_else(|| new_exception(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?,
                None => value
                    .as_str()
                    .filter(|c| c.chars().count() == 1)
                    .map(str::to_string)
                    .ok_or_else(|| type_error("%c requires int or char"))?,
            };
            let spec = format!("{}{width_text}", if align.is_empty() { ">" } else { "<" });
            format_value(&Value::str(c), &spec)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let v = numeric(&value, kind)?;
            let t = match kind {
                'x' => "x",
                'X' => "X",
                'o' => "o",
                _ => "d",
            };
            if let Some(digits_wanted) = precision {
                return Ok(int_with_precision(&v, t, flags, width, digits_wanted));
            }
            let spec = format!("{align}{sign}{alternate}{zero}{width_text}{t}");
            format_value(&v, &spec)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let v = numeric(&value, kind)?;
            let v = match v {
                Value::Float(_) => v,
                other => super::construct_float(&other)?,
            };
            let spec = format!("{align}{sign}{alternate}{zero}{width_text}.{}{kind}", precision.unwrap_or(6));
            format_value(&v, &spec)
        }
        other => Err(value_error(format!("unsupported format character '{other}' (0x{:x})", other as u32))),
    }
}

/// An integer for `%.Nd` (or `x`, `X`, `o`): at least `digits_wanted` digits, then the sign,
/// the `#` prefix and the padding to `width` (zeros after the sign with the `0` flag).
fn int_with_precision(
    v: &Value,
    kind: &str,
    flags: &str,
    width: Option<usize>,
    digits_wanted: usize,
) -> String {
    let n = v.as_int().map(|i| i.to_bigint()).unwrap_or_default();
    let magnitude = n.magnitude();
    let mut digits = match kind {
        "x" => format!("{magnitude:x}"),
        "X" => format!("{magnitude:X}"),
        "o" => format!("{magnitude:o}"),
        _ => magnitude.to_string(),
    };
    if digits.len() < digits_wanted {
        digits = "0".repeat(digits_wanted - digits.len()) + &digits;
    }
    let mut prefix = String::from(match (n.sign() == num_bigint::Sign::Minus, flags) {
        (true, _) => "-",
        (false, f) if f.contains('+') => "+",
        (false, f) if f.contains(' ') => " ",
        _ => "",
    });
    if flags.contains('#') {
        prefix.push_str(match kind {
            "x" => "0x",
            "X" => "0X",
            "o" => "0o",
            _ => "",
        });
    }
    let pad = width.unwrap_or(0).saturating_sub(prefix.len() + digits.len());
    if flags.contains('-') {
        format!("{prefix}{digits}{}", " ".repeat(pad))
    } else if flags.contains('0') {
        format!("{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{prefix}{digits}", " ".repeat(pad))
    }
}
