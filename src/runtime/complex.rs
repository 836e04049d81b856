//! The `complex` type: arithmetic as CPython's `complexobject.c` computes it (Smith's
//! division, integer powers by repeated squaring, other powers through polar form), its repr,
//! its hash and the parsing of `complex("1+2j")`.

use super::exception::{ExcKind, new_exception, type_error, value_error};
use super::ops::OpResult;
use super::value::{Object, Value};
use crate::ast::float_repr::repr_float;
use crate::bytecode::opcode::BinaryOp;

pub fn value(re: f64, im: f64) -> Value {
    Value::obj(Object::Complex(re, im))
}

/// A number as a complex: its real and imaginary parts (None for non-numbers).
pub fn parts(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Float(x) => Some((x.get(), 0.0)),
        Value::Obj(o) if matches!(**o, Object::Complex(..)) => match **o {
            Object::Complex(re, im) => Some((re, im)),
            _ => None,
        },
        _ => v.as_int().map(|i| (super::ops::int_to_float(&i), 0.0)),
    }
}

pub fn is_complex(v: &Value) -> bool {
    matches!(v.object(), Some(Object::Complex(..)))
}

type Parts = (f64, f64);

fn product(a: Parts, b: Parts) -> Parts {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b`, or None when `b` is zero.
fn quotient(a: Parts, b: Parts) -> Option<Parts> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` by polar form; None for zero to a negative or complex power.
fn power(a: Parts, b: Parts) -> Option<Parts> {
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        return if b.1 != 0.0 || b.0 < 0.0 { None } else { Some((0.0, 0.0)) };
    }
    let magnitude = a.0.hypot(a.1);
    let mut length = magnitude.powf(b.0);
    let angle = a.1.atan2(a.0);
    let mut phase = angle * b.0;
    if b.1 != 0.0 {
        length /= (angle * b.1).exp();
        phase += b.1 * magnitude.ln();
    }
    Some((length * phase.cos(), length * phase.sin()))
}

/// `a ** n` for a small integer `n`, by repeated squaring (as CPython's `c_powi`).
fn int_power(a: Parts, n: i64) -> Option<Parts> {
    if n.abs() > 100 {
        return power(a, (n as f64, 0.0));
    }
    let mut result = (1.0, 0.0);
    let (mut base, mut rest) = (a, n.unsigned_abs());
    while rest > 0 {
        if rest & 1 == 1 {
            result = product(result, base);
        }
        base = product(base, base);
        rest >>= 1;
    }
    if n < 0 { quotient((1.0, 0.0), result) } else { Some(result) }
}

/// `a ** b` with CPython's errors.
pub fn pow(a: Parts, b: Parts) -> OpResult {
    let small_int = b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0;
    let result = if small_int { int_power(a, b.0 as i64) } else { power(a, b) };
    let Some((re, im)) = result else {
        return Err(new_exception(ExcKind::ZeroDivisionError, "0.0 to a negative or complex power"));
    };
    if (re.is_infinite() || im.is_infinite()) && a.0.is_finite() && a.1.is_finite() {
        return Err(new_exception(ExcKind::OverflowError, "complex exponentiation"));
    }
    Ok(value(re, im))
}

/// `a op b` when either operand is complex and both are numbers.
pub fn binary(op: BinaryOp, a: &Value, b: &Value) -> Option<OpResult> {
    if !is_complex(a) && !is_complex(b) {
        return None;
    }
    let (x, y) = (parts(a)?, parts(b)?);
    Some(match op {
        BinaryOp::Add => Ok(value(x.0 + y.0, x.1 + y.1)),
        BinaryOp::Subtract => Ok(value(x.0 - y.0, x.1 - y.1)),
        BinaryOp::Multiply => {
            let (re, im) = product(x, y);
            Ok(value(re, im))
        }
        BinaryOp::TrueDivide => match quotient(x, y) {
            Some((re, im)) => Ok(value(re, im)),
            None => Err(new_exception(ExcKind::ZeroDivisionError, "complex division by zero")),
        },
        BinaryOp::Power => pow(x, y),
        _ => Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    })
}

/// A part as complex's repr shows it: the float's repr without a `.0` suffix.
pub fn part(x: f64) -> String {
    let text = repr_float(x);
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// `repr(complex(re, im))`: `1.5j`, `(1-2j)`, `(-0+1j)`.
pub fn repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let sign = if im.is_sign_negative() && !im.is_nan() { "" } else { "+" };
    format!("({}{sign}{}j)", part(re), part(im))
}

/// `hash(complex)`: the parts' float hashes combined as CPython combines them.
pub fn hash(re: f64, im: f64) -> i64 {
    let (hr, hi) =
        (super::ops::hash_value(&Value::raw_float(re)), super::ops::hash_value(&Value::raw_float(im)));
    let combined =
        (hr.unwrap_or(0) as u64).wrapping_add(1_000_003u64.wrapping_mul(hi.unwrap_or(0) as u64)) as i64;
    if combined == -1 { -2 } else { combined }
}

/// `abs(complex)`, which may overflow.
pub fn abs(re: f64, im: f64) -> OpResult {
    let result = re.hypot(im);
    if result.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(new_exception(ExcKind::OverflowError, "absolute value too large"));
    }
    Ok(Value::raw_float(result))
}

/// `complex(text)`: `1`, `2.5j`, `1+2j`, `-j`, `(3-4j)`, with surrounding whitespace.
pub fn parse(text: &str) -> Result<Parts, Value> {
    let malformed = || value_error("complex() arg is a malformed string");
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')').ok_or_else(malformed)?.trim();
    }
    let float = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ if t.bytes().any(|c| c.is_ascii_whitespace()) => None,
            _ => {
                let lower = t.to_ascii_lowercase();
                let unsigned = lower.trim_start_matches(['+', '-']);
                if matches!(unsigned, "inf" | "infinity" | "nan") {
                    return lower.parse::<f64>().ok();
                }
                if unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                    t.replace('_', "").parse::<f64>().ok()
                } else {
                    None
                }
            }
        }
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        // A real number alone (but not an empty string or a bare sign).
        return match s {
            "" | "+" | "-" => Err(malformed()),
            _ => float(s).map(|re| (re, 0.0)).ok_or_else(malformed),
        };
    };
    // Split `body` at the sign that starts the imaginary part (not one after an exponent `e`).
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => {
            // The real part must be a number, not a bare sign.
            let real = &body[..i];
            if matches!(real, "" | "+" | "-") {
                return Err(malformed());
            }
            let re = float(real).ok_or_else(malformed)?;
            let im = float(&body[i..]).ok_or_else(malformed)?;
            Ok((re, im))
        }
        None => float(body).map(|im| (0.0, im)).ok_or_else(malformed),
    }
}
