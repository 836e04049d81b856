//! `format(value, spec)`: Python's format specification mini-language
//! (`[[fill]align][sign][#][0][width][,|_][.precision][type]`) for ints, floats and strs.

use crate::ast::float_repr::repr_float;
use crate::runtime::exception::{ExcKind, new_exception, value_error};
use crate::runtime::value::Value;

#[derive(Clone, Copy)]
struct Spec {
    fill: char,
    align: char,
    /// `+`, `-` or ` ` when given.
    sign: Option<char>,
    /// `z`: negative zero is formatted as zero.
    no_negative_zero: bool,
    alternate: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: char,
}

/// Parse a format spec as CPython's `parse_internal_render_format_spec`, with the type's
/// default presentation type and alignment.
fn parse_spec(spec: &str, type_name: &str, default_kind: char, default_align: char) -> Result<Spec, Value> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_negative_zero: false,
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        kind: default_kind,
    };
    let is_align = |c: &char| matches!(c, '<' | '>' | '^' | '=');
    let mut fill_given = false;
    let mut align_given = true;
    if chars.len() >= 2 && is_align(&chars[1]) {
        (s.fill, s.align, fill_given) = (chars[0], chars[1], true);
        i = 2;
    } else if let Some(&c) = chars.first().filter(|c| is_align(c)) {
        s.align = c;
        i = 1;
    } else {
        align_given = false;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    let flag = |c: char, i: &mut usize| {
        let found = chars.get(*i) == Some(&c);
        *i += usize::from(found);
        found
    };
    s.no_negative_zero = flag('z', &mut i);
    s.alternate = flag('#', &mut i);
    // A `0` before the width pads with zeros (after the sign, for right-aligned types).
    if !fill_given && flag('0', &mut i) {
        s.fill = '0';
        if !align_given && default_align == '>' {
            s.align = '=';
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while chars.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        let text: String = chars[start..*i].iter().collect();
        (*i > start).then(|| {
            text.parse::<usize>().map_err(|_| value_error("Too many decimal digits in format string"))
        })
    };
    s.width = digits(&mut i).transpose()?.unwrap_or(0);
    crate::runtime::memory::check(s.width, 1)?;
    let both = || value_error("Cannot specify both ',' and '_'.");
    if flag(',', &mut i) {
        s.grouping = Some(',');
    }
    if flag('_', &mut i) {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
    }
    if s.grouping == Some('_') && chars.get(i) == Some(&',') {
        return Err(both());
    }
    if flag('.', &mut i) {
        let precision = digits(&mut i).ok_or_else(|| value_error("Format specifier missing precision"))?;
        s.precision = Some(precision?);
    }
    match &chars[i..] {
        [] => {}
        [c] => s.kind = *c,
        _ => {
            return Err(value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
    }
    if let Some(sep) = s.grouping {
        let allowed = match s.kind {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            // Underscores group hex, octal and binary digits (in fours).
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !allowed {
            return Err(value_error(format!("Cannot specify '{sep}' with {}.", quoted_kind(s.kind))));
        }
    }
    Ok(s)
}

/// A presentation type as CPython's messages show it: `'x'`, or `'\x..'` if unprintable.
fn quoted_kind(c: char) -> String {
    if ('!'..='\x7f').contains(&c) { format!("'{c}'") } else { format!("'\\x{:x}'", c as u32) }
}

fn unknown_code(kind: char, type_name: &str) -> Value {
    value_error(format!("Unknown format code {} for object of type '{type_name}'", quoted_kind(kind)))
}

/// Digits with a separator every `size` of them. When zero padding (`0` fill with `=`
/// alignment), the zeros are grouped too, until the digits fill `min_width`; like
/// CPython's, the result can exceed it by one to avoid a leading separator.
fn group(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let mut pending = digits.chars().rev();
    let mut remaining = digits.chars().count();
    let mut min_width = min_width as i64;
    let mut out = Vec::new();
    loop {
        let take = size.min(remaining.max(min_width.max(1) as usize));
        if !out.is_empty() {
            out.push(sep);
        }
        let chars = take.min(remaining);
        out.extend(pending.by_ref().take(chars));
        out.extend(std::iter::repeat_n('0', take - chars));
        remaining -= chars;
        min_width -= size as i64;
        if remaining == 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    out.into_iter().rev().collect()
}

/// Group the integer part of `body` (its first `split` bytes) for `spec`, zero padded if
/// asked; `outside` counts the characters the padding must leave room for (sign, prefix).
fn group_integer_part(body: &str, split: usize, spec: &Spec, size: usize, outside: usize) -> String {
    let Some(sep) = spec.grouping else { return body.to_string() };
    let (digits, rest) = body.split_at(split);
    let zero_padded = spec.fill == '0' && spec.align == '=';
    let min_width = if zero_padded { spec.width.saturating_sub(outside + rest.chars().count()) } else { 0 };
    format!("{}{rest}", group(digits, sep, size, min_width))
}

fn pad(body: String, sign: &str, spec: &Spec) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let fill: String = std::iter::repeat_n(spec.fill, spec.width - len).collect();
    match spec.align {
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
        if alternate {
            // `#` keeps trailing zeros and the decimal point.
            return if t.contains('.') { t } else { t + "." };
        }
        if !t.contains('.') {
            return t;
        }
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    // With no presentation type, CPython switches to exponents one digit earlier.
    let limit = if keep_point { p as i64 - 1 } else { p as i64 };
    if -4 <= exponent && i64::from(exponent) < limit {
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
    let type_name = value.type_name();
    if let Some(text) = value.as_str() {
        return format_str(text, &parse_spec(spec, type_name, 's', '<')?);
    }
    if let Value::Float(x) = value {
        return format_float(x.get(), &parse_spec(spec, type_name, '\0', '>')?);
    }
    if let Some(crate::runtime::value::Object::Complex(re, im)) = value.object() {
        return format_complex(*re, *im, &parse_spec(spec, type_name, '\0', '>')?);
    }
    let Some(i) = value.as_int() else {
        return Err(crate::runtime::exception::type_error(format!(
            "unsupported format string passed to {type_name}.__format__"
        )));
    };
    let s = parse_spec(spec, type_name, 'd', '>')?;
    match s.kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int(&i, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => match super::construct_float(value)? {
            Value::Float(x) => format_float(x.get(), &s),
            other => Err(unknown_code(s.kind, other.type_name())),
        },
        other => Err(unknown_code(other, type_name)),
    }
}

/// A str's `__format__`: only fill, alignment, width and precision apply.
fn format_str(text: &str, s: &Spec) -> Result<String, Value> {
    if s.kind != 's' {
        return Err(unknown_code(s.kind, "str"));
    }
    let refuse = |what: &str| Err(value_error(format!("{what} not allowed in string format specifier")));
    match s.sign {
        Some(' ') => return refuse("Space"),
        Some(_) => return refuse("Sign"),
        None => {}
    }
    if s.no_negative_zero {
        return refuse("Negative zero coercion (z)");
    }
    if s.alternate {
        return refuse("Alternate form (#)");
    }
    if s.align == '=' {
        return refuse("'=' alignment");
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(body, "", s))
}

fn sign_text(negative: bool, s: &Spec) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// An int in one of the integer presentations (`d`, `x`, `c`, ...).
fn format_int(i: &crate::runtime::int::Int, s: &Spec) -> Result<String, Value> {
    if s.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if s.no_negative_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let magnitude = i.abs().to_bigint();
    let (body, prefix) = match s.kind {
        'x' => (magnitude.to_str_radix(16), "0x"),
        'X' => (magnitude.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (magnitude.to_str_radix(8), "0o"),
        'b' => (magnitude.to_str_radix(2), "0b"),
        'c' => return format_char(i, s),
        _ => (magnitude.to_string(), ""),
    };
    let sign = format!("{}{}", sign_text(i.is_negative(), s), if s.alternate { prefix } else { "" });
    // Hex, octal and binary digits group in fours.
    let size = if matches!(s.kind, 'x' | 'X' | 'o' | 'b') { 4 } else { 3 };
    let body = group_integer_part(&body, body.len(), s, size, sign.chars().count());
    Ok(pad(body, &sign, s))
}

/// The `c` presentation: the character with the int's code point.
fn format_char(i: &crate::runtime::int::Int, s: &Spec) -> Result<String, Value> {
    if s.sign.is_some() {
        return Err(value_error("Sign not allowed with integer format specifier 'c'"));
    }
    if s.alternate {
        return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let overflow = |msg: &str| new_exception(ExcKind::OverflowError, msg);
    let n = i.as_i64().ok_or_else(|| overflow("Python int too large to convert to C long"))?;
    let c = u32::try_from(n).ok().and_then(char::from_u32);
    let c = c.ok_or_else(|| overflow("%c arg not in range(0x110000)"))?;
    Ok(pad(c.to_string(), "", s))
}

/// A float in one of the float presentations (or none: `repr`-like).
fn format_float(x: f64, s: &Spec) -> Result<String, Value> {
    if !matches!(s.kind, 'f' | 'F' | '%' | 'e' | 'E' | 'g' | 'G' | 'n' | '\0') {
        return Err(unknown_code(s.kind, "float"));
    }
    let body = if x.is_finite() { finite_float_body(x.abs(), s) } else { non_finite_body(x, s) };
    // `z`: a value that rounds to zero loses its minus sign.
    let rounds_to_zero = x.is_finite() && !body.chars().any(|c| ('1'..='9').contains(&c));
    let negative = x.is_sign_negative() && !x.is_nan() && !(s.no_negative_zero && rounds_to_zero);
    let sign = sign_text(negative, s);
    let body = if x.is_finite() {
        let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
        group_integer_part(&body, split, s, 3, sign.len())
    } else {
        body
    };
    Ok(pad(body, sign, s))
}

/// A complex number's `__format__`: each part in a float presentation, the imaginary one
/// signed, then `j`; with no type, the parts as `repr` shows them (in parentheses when the
/// real part shows), and the whole padded as one.
fn format_complex(re: f64, im: f64, s: &Spec) -> Result<String, Value> {
    if s.fill == '0' && s.align == '=' {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == '=' {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if !matches!(s.kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '\0') {
        return Err(unknown_code(s.kind, "complex"));
    }
    let bare = s.kind == '\0';
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part = |x: f64, sign: Option<char>| -> Result<String, Value> {
        if bare && s.precision.is_none() {
            let text = crate::runtime::complex::part(x);
            let plus = sign == Some('+') && !text.starts_with('-');
            return Ok(if plus { format!("+{text}") } else { text });
        }
        let kind = if bare { 'g' } else { s.kind };
        let spec = Spec { fill: ' ', align: '>', sign, width: 0, kind, ..*s };
        format_float(x, &spec)
    };
    let imaginary = part(im, if skip_re { s.sign } else { Some('+') })?;
    let body = match (skip_re, bare) {
        (true, _) => format!("{imaginary}j"),
        (false, true) => format!("({}{imaginary}j)", part(re, s.sign)?),
        (false, false) => format!("{}{imaginary}j", part(re, s.sign)?),
    };
    Ok(pad(body, "", s))
}

/// `inf` or `nan` (upper case for `F`, `E` and `G`), with `%` if asked.
fn non_finite_body(x: f64, s: &Spec) -> String {
    let text = if x.is_nan() { "nan" } else { "inf" };
    let text = if matches!(s.kind, 'F' | 'E' | 'G') { text.to_uppercase() } else { text.to_string() };
    if s.kind == '%' { text + "%" } else { text }
}

/// The digits of a finite, non-negative float.
fn finite_float_body(a: f64, s: &Spec) -> String {
    let precision = s.precision.unwrap_or(6);
    // `#` keeps the decimal point even with no digits after it.
    let point = if s.alternate && precision == 0 { "." } else { "" };
    match s.kind {
        'f' | 'F' => format!("{a:.precision$}{point}"),
        '%' => format!("{:.precision$}{point}%", a * 100.0),
        c @ ('e' | 'E') => {
            let text = format!("{a:.precision$e}");
            let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
            let exponent: i32 = exponent.parse().unwrap_or(0);
            let sign = if exponent < 0 { '-' } else { '+' };
            format!("{mantissa}{point}{c}{sign}{:02}", exponent.abs())
        }
        '\0' if s.precision.is_none() => {
            let text = repr_float(a);
            match text.split_once('e') {
                Some((mantissa, exponent)) if s.alternate && !mantissa.contains('.') => {
                    format!("{mantissa}.e{exponent}")
                }
                _ => text,
            }
        }
        c @ ('g' | 'G') => general(a, precision, s.alternate, false, c == 'G'),
        '\0' => general(a, precision, s.alternate, true, false),
        _ => general(a, precision, s.alternate, false, false),
    }
}
