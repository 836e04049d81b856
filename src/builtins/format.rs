//! `format(value, spec)`: Python's format specification mini-language
//! (`[[fill]align][sign][#][0][width][,|_][.precision][type]`) for ints, floats and strs.

use crate::ast::float_repr::repr_float;
use crate::runtime::exception::value_error;
use crate::runtime::value::Value;

struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    alternate: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(spec: &str) -> Option<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        kind: None,
    };
    let is_align = |c: &char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(&chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        i = 2;
    } else if chars.first().is_some_and(is_align) {
        s.align = chars.first().copied();
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = c;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        if s.align.is_none() {
            s.fill = '0';
            s.align = Some('=');
        }
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while chars.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        chars[start..*i].iter().collect::<String>().parse::<usize>().ok()
    };
    s.width = digits(&mut i).unwrap_or(0);
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision = Some(digits(&mut i)?);
    }
    if let Some(&c) = chars.get(i) {
        s.kind = Some(c);
        i += 1;
    }
    (i == chars.len()).then_some(s)
}

fn group(digits: &str, sep: char) -> String {
    group_by(digits, sep, 3)
}

fn group_by(digits: &str, sep: char, size: usize) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(size) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(body: String, sign: &str, spec: &Spec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let fill: String = std::iter::repeat_n(spec.fill, spec.width - len).collect();
    match spec.align.unwrap_or(default_align) {
        '<' => format!("{sign}{body}{fill}"),
        '^' => {
            let half = (spec.width - len) / 2;
            let (left, right) = fill.split_at(fill.char_indices().nth(half).map_or(fill.len(), |(i, _)| i));
            format!("{left}{sign}{body}{right}")
        }
        '=' => format!("{sign}{fill}{body}"),
        _ => format!("{fill}{sign}{body}"),
    }
}

/// The `g` presentation: `precision` significant digits, fixed or scientific by the decimal
/// exponent, trailing zeros removed (kept with `#`). With no type (`keep_point`) a fixed
/// result keeps at least one digit after the point.
fn general(x: f64, precision: usize, alternate: bool, keep_point: bool, upper: bool) -> String {
    if !x.is_finite() {
        let text = if x.is_nan() { "nan" } else { "inf" };
        return if upper { text.to_uppercase() } else { text.to_string() };
    }
    let p = precision.max(1);
    let scientific = format!("{:.*e}", p - 1, x);
    let exponent: i32 = scientific.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    let trim = |t: String| -> String {
        if alternate || !t.contains('.') {
            return t;
        }
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    if -4 <= exponent && (exponent as i64) < p as i64 {
        let decimals = (p as i32 - 1 - exponent).max(0) as usize;
        let mut text = trim(format!("{:.*}", decimals, x));
        if keep_point && !text.contains('.') {
            text.push_str(".0");
        }
        text
    } else {
        let (mantissa, _) = scientific.split_once('e').unwrap_or((&scientific, "0"));
        let mantissa = trim(mantissa.to_string());
        let e = if upper { 'E' } else { 'e' };
        format!("{mantissa}{e}{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs())
    }
}

/// `format(value, spec)` for the built-in types.
pub fn format_value(value: &Value, spec: &str) -> Result<String, Value> {
    if spec.is_empty() {
        return Ok(value.to_str());
    }
    let formattable = matches!(value, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        || value.as_str().is_some()
        || value.as_int().is_some();
    if !formattable {
        return Err(crate::runtime::exception::type_error(format!(
            "unsupported format string passed to {}.__format__",
            value.type_name()
        )));
    }
    let invalid = || {
        value_error(format!("Invalid format specifier '{spec}' for object of type '{}'", value.type_name()))
    };
    let s = parse_spec(spec).ok_or_else(invalid)?;
    let sign_of = |negative: bool| match (negative, s.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    if let Some(text) = value.as_str() {
        if !matches!(s.kind, None | Some('s')) {
            return Err(value_error(format!(
                "Unknown format code '{}' for object of type 'str'",
                s.kind.unwrap_or('s')
            )));
        }
        let body: String = match s.precision {
            Some(p) => text.chars().take(p).collect(),
            None => text.to_string(),
        };
        return Ok(pad(body, "", &s, '<'));
    }
    if let (Some(i), false) =
        (value.as_int(), matches!(s.kind, Some('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%')))
    {
        let magnitude = i.abs().to_bigint();
        let (body, prefix) = match s.kind {
            None | Some('d' | 'n') => (magnitude.to_string(), ""),
            Some('x') => (magnitude.to_str_radix(16), "0x"),
            Some('X') => (magnitude.to_str_radix(16).to_uppercase(), "0X"),
            Some('o') => (magnitude.to_str_radix(8), "0o"),
            Some('b') => (magnitude.to_str_radix(2), "0b"),
            Some('c') => {
                let c = i.as_i64().and_then(|n| u32::try_from(n).ok()).and_then(char::from_u32);
                let c = c.ok_or_else(|| value_error("%c arg not in range(0x110000)"))?;
                return Ok(pad(c.to_string(), "", &s, '<'));
            }
            Some(c) => {
                return Err(value_error(format!("Unknown format code '{c}' for object of type 'int'")));
            }
        };
        let body = match s.grouping {
            // Hex, octal and binary digits group in fours.
            Some(sep) if matches!(s.kind, Some('x' | 'X' | 'o' | 'b')) => group_by(&body, sep, 4),
            Some(sep) => group(&body, sep),
            None => body,
        };
        let sign = format!("{}{}", sign_of(i.is_negative()), if s.alternate { prefix } else { "" });
        return Ok(pad(body, &sign, &s, '>'));
    }
    let x = match value {
        Value::Float(x) => *x,
        _ => match value.as_int().and_then(|i| i.as_i64()) {
            Some(i) => i as f64,
            None => return Err(invalid()),
        },
    };
    let negative = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let body = match s.kind {
        Some('f' | 'F') => format!("{:.*}", s.precision.unwrap_or(6), a),
        Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
        Some(c @ ('e' | 'E')) => {
            let text = format!("{:.*e}", s.precision.unwrap_or(6), a);
            let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
            let exponent: i32 = exponent.parse().unwrap_or(0);
            let e = if c == 'e' { 'e' } else { 'E' };
            format!("{mantissa}{e}{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs())
        }
        None if s.precision.is_none() => repr_float(a),
        Some(c @ ('g' | 'G')) => general(a, s.precision.unwrap_or(6), s.alternate, false, c == 'G'),
        None => general(a, s.precision.unwrap_or(6), s.alternate, true, false),
        Some('n') => general(a, s.precision.unwrap_or(6), s.alternate, false, false),
        Some(c) => return Err(value_error(format!("Unknown format code '{c}' for object of type 'float'"))),
    };
    let body = match (s.grouping, body.split_once('.')) {
        (Some(sep), Some((int_part, frac))) => format!("{}.{frac}", group(int_part, sep)),
        (Some(sep), None) => group(&body, sep),
        _ => body,
    };
    Ok(pad(body, sign_of(negative), &s, '>'))
}
