//! `float.hex()` and `float.fromhex()`: floats written exactly in hexadecimal
//! (`0x1.8000000000000p+1` is 3.0), with CPython's rounding and error messages.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use crate::runtime::exception::{ExcKind, new_exception, value_error};
use crate::runtime::value::Value;

const MANTISSA_BITS: i128 = 52;
/// The exponent of the least significant bit of the smallest subnormal.
const MIN_LSB: i128 = -1074;
const MAX_EXPONENT: i128 = 1023;

/// `x.hex()`: a leading `1.` (or `0.` for subnormals) and 13 hex digits of mantissa.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1u64 << 52) - 1);
    let (lead, exponent) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{mantissa:013x}p{exponent:+}")
}

fn invalid() -> Value {
    value_error("invalid hexadecimal floating-point string")
}

fn too_large() -> Value {
    new_exception(ExcKind::OverflowError, "hexadecimal value too large to represent as a float")
}

/// `float.fromhex(text)`.
pub fn from_hex(text: &str) -> Result<f64, Value> {
    let text = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => finite_from_hex(body)?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// The digits of a hex float without its sign: `[0x]int[.frac][p[sign]exp]`.
fn finite_from_hex(body: &str) -> Result<f64, Value> {
    let body = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")).unwrap_or(body);
    let (digits, exponent) = match body.find(['p', 'P']) {
        Some(at) => (&body[..at], parse_exponent(&body[at + 1..])?),
        None => (body, 0),
    };
    let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_hex = |s: &str| s.chars().all(|c| c.is_ascii_hexdigit());
    if integer.len() + fraction.len() == 0 || !all_hex(integer) || !all_hex(fraction) {
        return Err(invalid());
    }
    let joined = format!("{integer}{fraction}");
    let value = BigUint::parse_bytes(joined.as_bytes(), 16).ok_or_else(invalid)?;
    round_to_float(&value, exponent - 4 * fraction.len() as i128)
}

/// A decimal exponent, saturated far beyond any float's range (CPython accepts any length).
fn parse_exponent(text: &str) -> Result<i128, Value> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let limit = 1i128 << 64;
    let magnitude = digits.bytes().fold(0i128, |n, b| (n * 10 + i128::from(b - b'0')).min(limit));
    Ok(if negative { -magnitude } else { magnitude })
}

/// `value * 2**exponent`, rounded half to even to the nearest float.
fn round_to_float(value: &BigUint, exponent: i128) -> Result<f64, Value> {
    if value.is_zero() {
        return Ok(0.0);
    }
    let bits = i128::from(value.bits());
    let top = bits - 1 + exponent;
    if top > MAX_EXPONENT {
        return Err(too_large());
    }
    // The exponent of the result's last mantissa bit: 53 bits, or fewer for subnormals.
    let lsb = (top - MANTISSA_BITS).max(MIN_LSB);
    let shift = lsb - exponent;
    let mantissa = if shift <= 0 {
        (value << (-shift) as usize).to_u64().unwrap_or(0)
    } else if shift > bits {
        // Below half the last bit: rounds to zero.
        0
    } else {
        let shift = shift as usize;
        let kept = (value >> shift).to_u64().unwrap_or(0);
        let half = BigUint::from(1u8) << (shift - 1);
        let rest = value - (BigUint::from(kept) << shift);
        let round_up = rest > half || (rest == half && kept % 2 == 1);
        kept + u64::from(round_up)
    };
    assemble(mantissa, lsb)
}

/// The float `mantissa * 2**lsb`, where `mantissa` has at most 54 bits.
fn assemble(mut mantissa: u64, mut lsb: i128) -> Result<f64, Value> {
    if mantissa >> 53 != 0 {
        // Rounding carried into a new bit: the mantissa is now exactly 2**53.
        mantissa >>= 1;
        lsb += 1;
    }
    if mantissa >> 52 == 0 {
        // Subnormal (or zero): the bits are the mantissa itself.
        return Ok(f64::from_bits(mantissa));
    }
    let biased = lsb + MANTISSA_BITS + MAX_EXPONENT;
    if biased > 2046 {
        return Err(too_large());
    }
    Ok(f64::from_bits(((biased as u64) << 52) | (mantissa & ((1u64 << 52) - 1))))
}
