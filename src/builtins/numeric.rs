//! Numeric built-ins: `divmod`, `pow`, `round`, `hex`, `oct`, `bin`.

use crate::bytecode::opcode::BinaryOp;
use crate::runtime::class::base_value;
use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::int::Int;
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// `a.method(b)`, then `b.reflected(a)`, for an instance operand; `None` when neither
/// answers (no method, or NotImplemented).
fn special_pair(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    method: &'static str,
    reflected: &'static str,
) -> Result<Option<Value>, Value> {
    for (receiver, other, name) in [(a, b, method), (b, a, reflected)] {
        if let Some(Object::Instance(_)) = receiver.object()
            && let Some(result) = vm.call_special(receiver, name, vec![other.clone()])
        {
            let result = result?;
            if !matches!(result.object(), Some(Object::NotImplemented)) {
                return Ok(Some(result));
            }
        }
    }
    Ok(None)
}

pub fn divmod(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [a, b] = args.positional.as_slice() else {
        return Err(type_error(format!("divmod expected 2 arguments, got {}", args.positional.len())));
    };
    if let Some(result) = special_pair(vm, a, b, "__divmod__", "__rdivmod__")? {
        return Ok(result);
    }
    // Instances of subclasses of int and float: their numbers.
    let (a, b) = (base_value(a).unwrap_or(a), base_value(b).unwrap_or(b));
    let is_float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    let divisor_is_zero =
        matches!(b, Value::Float(x) if x.get() == 0.0) || b.as_int().is_some_and(|i| i.is_zero());
    if is_float && divisor_is_zero {
        return Err(new_exception(ExcKind::ZeroDivisionError, "float divmod()"));
    }
    if !is_float && b.as_int().is_some_and(|i| i.is_zero()) {
        return Err(new_exception(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
    }
    let numeric = |v: &Value| matches!(v, Value::Float(_)) || v.as_int().is_some();
    if !numeric(a) || !numeric(b) {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    }
    let q = ops::binary_op(BinaryOp::FloorDivide, a, b)?;
    let r = ops::binary_op(BinaryOp::Remainder, a, b)?;
    Ok(Value::pair(q, r))
}

pub fn pow(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let mut positional = args.positional.clone();
    for (key, value) in &args.keywords {
        let at = match key.as_str() {
            "base" => 0,
            "exp" => 1,
            "mod" => 2,
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for pow()"))),
        };
        if positional.len() <= at {
            positional.resize(at + 1, Value::None);
        }
        positional[at] = value.clone();
    }
    if let [base, exp, Value::None] = positional.as_slice() {
        positional = vec![base.clone(), exp.clone()];
    }
    match positional.as_slice() {
        [base, exp]
            if matches!(base.object(), Some(Object::Instance(_)))
                || matches!(exp.object(), Some(Object::Instance(_))) =>
        {
            vm.binary_special(BinaryOp::Power, false, base, exp)
        }
        [base, exp, modulus] if matches!(base.object(), Some(Object::Instance(_))) => {
            match vm.call_special(base, "__pow__", vec![exp.clone(), modulus.clone()]) {
                Some(result) => result,
                None => Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    base.type_name(),
                    exp.type_name(),
                    modulus.type_name()
                ))),
            }
        }
        [base, exp] => ops::binary_op(BinaryOp::Power, base, exp),
        [base, exp, modulus] => {
            let (Some(b), Some(e), Some(m)) = (base.as_int(), exp.as_int(), modulus.as_int()) else {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            };
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let m_big = m.to_bigint();
            let (base_big, exponent) = if e.is_negative() {
                // pow(b, -e, m) is pow(inverse of b mod m, e, m).
                let inverse = modular_inverse(&b.to_bigint(), &m_big)
                    .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                (inverse, -e.to_bigint())
            } else {
                (b.to_bigint(), e.to_bigint())
            };
            let r = base_big.modpow(&exponent, &m_big);
            // Python's result takes the sign of the modulus.
            let r =
                if r != num_bigint::BigInt::from(0) && (r < num_bigint::BigInt::from(0)) != m.is_negative() {
                    r + &m_big
                } else {
                    r
                };
            Ok(Value::from_int(Int::from(r)))
        }
        other => Err(type_error(format!("pow expected 2 or 3 arguments, got {}", other.len()))),
    }
}

/// The inverse of `a` modulo `m`, if they are coprime (extended Euclid).
fn modular_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let m_abs = if *m < num_bigint::BigInt::from(0) { -m.clone() } else { m.clone() };
    let a = a.mod_floor(&m_abs);
    let gcd = a.extended_gcd(&m_abs);
    if gcd.gcd != num_bigint::BigInt::from(1) {
        return None;
    }
    Some(gcd.x.mod_floor(&m_abs))
}

/// Round half to even, as Python's `round` does.
fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r }
}

pub fn round(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let mut positional = args.positional.clone();
    for (key, value) in &args.keywords {
        match key.as_str() {
            "number" if positional.is_empty() => positional.push(value.clone()),
            "ndigits" => {
                if positional.is_empty() {
                    return Err(type_error("round() missing required argument 'number' (pos 1)"));
                }
                positional.truncate(1);
                positional.push(value.clone());
            }
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for round()"))),
        }
    }
    // An instance rounds itself (`__round__()` or `__round__(ndigits)`).
    if let Some(number @ Value::Obj(_)) = positional.first()
        && let Some(Object::Instance(i)) = number.object()
        && i.base.is_none()
    {
        let rest: Vec<Value> =
            positional[1..].iter().filter(|v| !matches!(v, Value::None)).cloned().collect();
        return match vm.call_special(number, "__round__", rest) {
            Some(result) => result,
            None => Err(type_error(format!("type {} doesn't define __round__ method", number.type_name()))),
        };
    }
    let positional = match positional.as_slice() {
        [v, d] if matches!(d.object(), Some(Object::Instance(_))) => vec![v.clone(), vm.index_of(d)?],
        _ => positional,
    };
    // An instance of a subclass of int or float (not rounding itself): its number.
    let positional: Vec<Value> = match positional.split_first() {
        Some((v, rest)) => {
            std::iter::once(base_value(v).unwrap_or(v).clone()).chain(rest.iter().cloned()).collect()
        }
        None => positional,
    };
    let (value, digits) = match positional.as_slice() {
        [v] => (v, None),
        [v, Value::None] => (v, None),
        [v, d] if d.as_int().is_none() && (v.as_int().is_some() || matches!(v, Value::Float(_))) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                d.type_name()
            )));
        }
        [v, d] => (v, d.as_int().and_then(|i| i.as_i64())),
        other => {
            return Err(type_error(format!("round() takes at most 2 arguments ({} given)", other.len())));
        }
    };
    match (value, digits) {
        (Value::Float(x), None) => {
            if x.get().is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if x.get().is_infinite() {
                return Err(new_exception(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            super::math::to_integer(round_half_even(x.get()))
        }
        (Value::Float(x), Some(d)) => {
            // Correct rounding through the exact decimal text, as CPython's dtoa-based round.
            if !x.get().is_finite() {
                return Ok(Value::Float(*x));
            }
            let d = d.clamp(-308, 308);
            if d >= 0 {
                let text = format!("{:.*}", d as usize, x.get());
                Ok(Value::raw_float(text.parse().unwrap_or(x.get())))
            } else {
                let scale = 10f64.powi((-d) as i32);
                Ok(Value::raw_float(round_half_even(x.get() / scale) * scale))
            }
        }
        (v, d) => match v.as_int() {
            Some(i) => match d {
                None => Ok(Value::from_int(i)),
                Some(d) if d >= 0 => Ok(Value::from_int(i)),
                Some(d) => {
                    let scale = Int::Small(10)
                        .pow((-d) as u64)
                        .map_err(|_| value_error("round() digits too large"))?;
                    let half = scale.floor_div(&Int::Small(2)).map_err(|_| value_error("bad scale"))?;
                    let q = i.add(&half).floor_div(&scale).map_err(|_| value_error("bad scale"))?;
                    let mut rounded = q.mul(&scale);
                    // Ties go to even.
                    let remainder = i.modulo(&scale).map_err(|_| value_error("bad scale"))?;
                    if remainder == half
                        && q.modulo(&Int::Small(2)).map_err(|_| value_error("bad scale"))? != Int::Small(0)
                    {
                        rounded = rounded.sub(&scale);
                    }
                    Ok(Value::from_int(rounded))
                }
            },
            None => Err(type_error(format!("type {} doesn't define __round__ method", v.type_name()))),
        },
    }
}

fn radix(args: &CallArgs, name: &str, base: u32, prefix: &str) -> BuiltinResult {
    let [v] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let Some(i) = v.as_int() else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
    };
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(Value::str(format!("{sign}{prefix}{}", i.abs().to_bigint().to_str_radix(base))))
}

/// The arguments with instances that have `__index__` replaced by the ints they give.
fn indexed(vm: &mut Vm, mut args: CallArgs) -> Result<CallArgs, Value> {
    for v in &mut args.positional {
        *v = vm.index_of(v)?;
    }
    Ok(args)
}

pub fn hex(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    radix(&indexed(vm, args)?, "hex", 16, "0x")
}

pub fn oct(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    radix(&indexed(vm, args)?, "oct", 8, "0o")
}

pub fn bin(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    radix(&indexed(vm, args)?, "bin", 2, "0b")
}

/// `int(x)` or `float(x)` of an instance of a Python class: its `__int__` (or `__index__`,
/// or `__trunc__`) for int, its `__float__` (or `__index__`) for float, with CPython's checks
/// of what they return; `None` when the class has none of them.
pub fn from_instance(vm: &mut Vm, name: &str, v: &Value) -> Option<BuiltinResult> {
    let Some(crate::runtime::value::Object::Instance(i)) = v.object() else { return None };
    let has = |method: &str| crate::runtime::class::lookup(&i.class(), method).is_some();
    let method = match name {
        "int" => ["__int__", "__index__", "__trunc__"].into_iter().find(|m| has(m))?,
        _ => ["__float__", "__index__"].into_iter().find(|m| has(m))?,
    };
    let result = match vm.call_special(v, method, Vec::new())? {
        Ok(result) => result,
        Err(e) => return Some(Err(e)),
    };
    let class_name = v.type_name();
    Some(match (name, method) {
        ("float", "__float__") => match result {
            Value::Float(_) => Ok(result),
            _ => Err(type_error(format!(
                "{class_name}.__float__ returned non-float (type {})",
                result.type_name()
            ))),
        },
        _ if result.as_int().is_none() => {
            Err(type_error(format!("{method} returned non-int (type {})", result.type_name())))
        }
        ("float", _) => super::construct_float(&result),
        _ => Ok(Value::from_int(result.as_int().unwrap_or(Int::Small(0)))),
    })
}

/// `complex(real=0, imag=0)`: from numbers (either may be complex), a string, or an
/// instance's `__complex__` (or `__float__`/`__index__`).
pub fn complex(vm: &mut Vm, args: &CallArgs) -> BuiltinResult {
    use crate::runtime::complex;
    let given = args.positional.len() + args.keywords.len();
    if given > 2 {
        return Err(type_error(format!("complex() takes at most 2 arguments ({given} given)")));
    }
    let mut slots = [args.positional.first().cloned(), args.positional.get(1).cloned()];
    for (key, v) in &args.keywords {
        match key.as_str() {
            "real" => slots[0] = Some(v.clone()),
            "imag" => slots[1] = Some(v.clone()),
            _ => return Err(type_error(format!("complex() got an unexpected keyword argument '{key}'"))),
        }
    }
    let [real, imag] = slots;
    if let Some(text) = real.as_ref().and_then(Value::as_str) {
        if imag.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = complex::parse(text)?;
        return Ok(complex::value(re, im));
    }
    // Each argument's value, and whether it was complex.
    let mut part = |v: Option<Value>, which: &str| -> Result<((f64, f64), bool), Value> {
        let Some(v) = v else { return Ok(((0.0, 0.0), false)) };
        if let Some(parts) = complex::parts(&v) {
            return Ok((parts, complex::is_complex(&v)));
        }
        if which == "second" && v.as_str().is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
        if let Some(Object::Instance(i)) = v.object()
            && which == "first"
            && crate::runtime::class::lookup(&i.class(), "__complex__").is_some()
        {
            let made = vm.call_special(&v, "__complex__", Vec::new()).unwrap_or(Ok(Value::None))?;
            return match made.object() {
                Some(Object::Complex(re, im)) => Ok(((*re, *im), true)),
                _ => Err(type_error(format!("__complex__ returned non-complex (type {})", made.type_name()))),
            };
        }
        match from_instance(vm, "float", &v) {
            Some(result) => result.map(|f| ((complex::parts(&f).unwrap_or((0.0, 0.0)).0, 0.0), false)),
            None if which == "first" => Err(type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                v.type_name()
            ))),
            None => Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                v.type_name()
            ))),
        }
    };
    let ((a, a_complex), (b, b_complex)) = (part(real, "first")?, part(imag, "second")?);
    // real + imag * 1j; the parts mix only where an argument is complex (so -0.0 survives).
    let re = if b_complex { a.0 - b.1 } else { a.0 };
    let im = if a_complex { a.1 + b.0 } else { b.0 };
    Ok(complex::value(re, im))
}
