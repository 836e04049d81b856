//! The `math` module: CPython 3.11's functions and constants, with its error conventions
//! (`ValueError: math domain error`, `OverflowError: math range error`, integer results for
//! `floor`/`ceil`/`trunc`, exact integer `factorial`/`gcd`/`comb`/`perm`/`isqrt`, and
//! correctly rounded `fsum`). Functions not in Rust's standard library come from `libm`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::int::Int;
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

fn domain_error() -> Value {
    value_error("math domain error")
}

fn range_error() -> Value {
    new_exception(ExcKind::OverflowError, "math range error")
}

/// A real argument as a float, as CPython's `PyFloat_AsDouble` takes it.
pub(crate) fn real(v: &Value) -> Result<f64, Value> {
    match v {
        Value::Float(x) => Ok(x.get()),
        Value::Bool(b) => Ok(f64::from(u8::from(b.get()))),
        Value::Int(i) => Ok(*i as f64),
        _ => match v.as_int() {
            Some(Int::Big(b)) => b
                .to_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| new_exception(ExcKind::OverflowError, "int too large to convert to float")),
            Some(Int::Small(i)) => Ok(i as f64),
            None => Err(type_error(format!("must be real number, not {}", v.type_name()))),
        },
    }
}

/// The arguments with instances replaced by the floats their `__float__` (or `__index__`)
/// gives, as CPython's `PyFloat_AsDouble` converts them.
fn floats(vm: &mut Vm, mut args: CallArgs) -> Result<CallArgs, Value> {
    for v in args.positional.iter_mut().chain(args.keywords.iter_mut().map(|(_, v)| v)) {
        if let Some(result) = super::numeric::from_instance(vm, "float", v) {
            *v = result?;
        }
    }
    Ok(args)
}

/// The arguments with instances replaced by the ints their `__index__` gives.
fn indexes(vm: &mut Vm, mut args: CallArgs) -> Result<CallArgs, Value> {
    for v in args.positional.iter_mut() {
        if let Some(Object::Instance(i)) = v.object()
            && crate::runtime::class::lookup(&i.class(), "__index__").is_some()
            && let Some(result) = vm.call_special(v, "__index__", Vec::new())
        {
            let result = result?;
            if result.as_int().is_none() {
                return Err(type_error(format!("__index__ returned non-int (type {})", result.type_name())));
            }
            *v = result;
        }
    }
    Ok(args)
}

/// An integer argument (`factorial`, `gcd`, ...).
fn integer(v: &Value, _function: &str) -> Result<BigInt, Value> {
    match v.as_int() {
        Some(i) => Ok(i.to_bigint()),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
    }
}

fn arguments<'a>(args: &'a CallArgs, name: &str, min: usize, max: usize) -> Result<&'a [Value], Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("math.{name}() takes no keyword arguments")));
    }
    let n = args.positional.len();
    if n < min || n > max {
        let message = if min == max {
            match min {
                1 => format!("math.{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} arguments, got {n}")
        };
        return Err(type_error(message));
    }
    Ok(&args.positional)
}

/// The result of a float function: NaN from a non-NaN argument is a domain error, an
/// infinity from a finite argument is a range error, as CPython's `math_1` decides.
fn checked(x: f64, r: f64, can_overflow: bool) -> BuiltinResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(Value::raw_float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
            let args = floats(vm, args)?;
            let a = arguments(&args, stringify!($name), 1, 1)?;
            let x = real(&a[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        }
    };
}

unary!(sqrt, f64::sqrt, false);
unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
// The inverse hyperbolic functions are libm's (the fdlibm formulas the C library under CPython
// uses), which round as CPython's do where Rust's own differ in the last place.
unary!(asinh, libm::asinh, false);
unary!(acosh, libm::acosh, false);
unary!(atanh, |x| if x.abs() >= 1.0 { f64::NAN } else { libm::atanh(x) }, false);
unary!(fabs, f64::abs, false);
unary!(cbrt, f64::cbrt, false);
unary!(erf, libm::erf, false);
unary!(erfc, libm::erfc, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);

fn log1p(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let x = real(&arguments(&args, "log1p", 1, 1)?[0])?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    Ok(Value::raw_float(x.ln_1p()))
}

fn gamma(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let x = real(&arguments(&args, "gamma", 1, 1)?[0])?;
    if x.is_nan() {
        return Ok(Value::raw_float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain_error());
    }
    checked(x, super::math_gamma::gamma(x), true)
}

fn lgamma(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let x = real(&arguments(&args, "lgamma", 1, 1)?[0])?;
    if x <= 0.0 && x == x.floor() && x.is_finite() {
        return Err(domain_error());
    }
    if x.is_infinite() {
        return Ok(Value::raw_float(f64::INFINITY));
    }
    checked(x, super::math_gamma::lgamma(x), true)
}

/// A big positive int as `m * 2**e` with `m` in [0.5, 1), as CPython's `_PyLong_Frexp`.
fn frexp_big(b: &BigInt) -> (f64, f64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let top = (b >> shift).to_f64().unwrap_or(f64::MAX);
    (top / 2f64.powi((bits - shift) as i32), bits as f64)
}

/// `log` of any positive int or float by `float_log` (big ints through their mantissa and
/// exponent, as CPython's `loghelper`, so they never overflow).
fn log_with(v: &Value, float_log: fn(f64) -> f64, log_of_two: f64) -> Result<f64, Value> {
    if let Some(Int::Big(b)) = v.as_int() {
        if !b.is_positive() {
            return Err(domain_error());
        }
        let (m, e) = frexp_big(&b);
        return Ok(float_log(m) + e * log_of_two);
    }
    let x = real(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(float_log(x))
}

fn ln(v: &Value) -> Result<f64, Value> {
    log_with(v, f64::ln, std::f64::consts::LN_2)
}

fn log(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "log", 1, 2)?;
    let num = ln(&a[0])?;
    match a.get(1) {
        None => Ok(Value::raw_float(num)),
        Some(base) => {
            let den = ln(base)?;
            if den == 0.0 {
                return Err(new_exception(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::raw_float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    Ok(Value::raw_float(log_with(&arguments(&args, "log2", 1, 1)?[0], f64::log2, 1.0)?))
}

fn log10(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let v = &arguments(&args, "log10", 1, 1)?[0];
    Ok(Value::raw_float(log_with(v, f64::log10, std::f64::consts::LOG10_2)?))
}

fn pow(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "pow", 2, 2)?;
    let (x, y) = (real(&a[0])?, real(&a[1])?);
    // C99 special cases, as CPython applies them.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain_error());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        return Err(domain_error());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::raw_float(r))
}

fn atan2(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "atan2", 2, 2)?;
    Ok(Value::raw_float(real(&a[0])?.atan2(real(&a[1])?)))
}

fn fmod(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "fmod", 2, 2)?;
    let (x, y) = (real(&a[0])?, real(&a[1])?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain_error());
    }
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::raw_float(x));
    }
    Ok(Value::raw_float(x % y))
}

fn remainder(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "remainder", 2, 2)?;
    let (x, y) = (real(&a[0])?, real(&a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::raw_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    Ok(Value::raw_float(libm::remainder(x, y)))
}

fn copysign(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "copysign", 2, 2)?;
    Ok(Value::raw_float(real(&a[0])?.copysign(real(&a[1])?)))
}

fn hypot(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let mut values = Vec::with_capacity(args.positional.len());
    for v in &args.positional {
        values.push(real(v)?);
    }
    Ok(Value::raw_float(vector_norm(&values)))
}

/// The Euclidean norm, with infinities winning over NaNs as CPython's `vector_norm`.
fn vector_norm(values: &[f64]) -> f64 {
    if values.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if values.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    values.iter().fold(0.0f64, |acc, &x| acc.hypot(x))
}

fn dist(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "dist", 2, 2)?;
    let coordinates = |v: &Value| -> Result<Vec<f64>, Value> {
        match v.object() {
            Some(Object::Tuple(items)) => items.iter().map(real).collect(),
            Some(Object::List(items)) => items.borrow().iter().map(real).collect(),
            _ => Err(type_error("dist(): argument must be a sequence")),
        }
    };
    let (p, q) = (coordinates(&a[0])?, coordinates(&a[1])?);
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let differences: Vec<f64> = p.iter().zip(&q).map(|(x, y)| x - y).collect();
    Ok(Value::raw_float(vector_norm(&differences)))
}

/// `floor`, `ceil`, `trunc`: an int from a float (errors for infinities and NaN).
/// An integral float as an int, exactly (`math.floor`, `int(x)`, `round(x)`).
pub(crate) fn to_integer(x: f64) -> BuiltinResult {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(new_exception(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    let big: BigInt = num_traits::FromPrimitive::from_f64(x).unwrap_or_default();
    Ok(Value::from_int(Int::from(big)))
}

macro_rules! rounding {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
            let v = &arguments(&args, stringify!($name), 1, 1)?[0];
            // An instance rounds itself (`__floor__`, ...), or is converted to a float.
            if let Some(Object::Instance(i)) = v.object() {
                let method = concat!("__", stringify!($name), "__");
                if crate::runtime::class::lookup(&i.class(), method).is_some()
                    && let Some(result) = vm.call_special(v, method, Vec::new())
                {
                    return result;
                }
                if stringify!($name) == "trunc" {
                    return Err(type_error(format!(
                        "type {} doesn't define __trunc__ method",
                        v.type_name()
                    )));
                }
            }
            let converted = floats(vm, CallArgs { positional: vec![v.clone()], keywords: Vec::new() })?;
            let v = &converted.positional[0];
            if v.as_int().is_some() && !matches!(v, Value::Bool(_)) {
                return Ok(v.clone());
            }
            if let Value::Bool(b) = v {
                return Ok(Value::Int(i64::from(b.get())));
            }
            let f: fn(f64) -> f64 = $f;
            to_integer(f(real(v)?))
        }
    };
}

rounding!(floor, f64::floor);
rounding!(ceil, f64::ceil);
rounding!(trunc, f64::trunc);

fn modf(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let x = real(&arguments(&args, "modf", 1, 1)?[0])?;
    if x.is_infinite() {
        return Ok(Value::pair(Value::raw_float(0.0f64.copysign(x)), Value::raw_float(x)));
    }
    let whole = x.trunc();
    Ok(Value::pair(Value::raw_float((x - whole).copysign(x)), Value::raw_float(whole)))
}

fn frexp(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let x = real(&arguments(&args, "frexp", 1, 1)?[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::pair(Value::raw_float(x), Value::Int(0)));
    }
    let (m, e) = libm::frexp(x);
    Ok(Value::pair(Value::raw_float(m), Value::Int(i64::from(e))))
}

fn ldexp(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "ldexp", 2, 2)?;
    let x = real(&a[0])?;
    let Some(e) = a[1].as_int() else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    let e = e.as_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = libm::ldexp(x, e.clamp(-100_000, 100_000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::raw_float(r))
}

fn predicate(args: &CallArgs, name: &str, test: fn(f64) -> bool) -> BuiltinResult {
    Ok(Value::bool(test(real(&arguments(args, name, 1, 1)?[0])?)))
}

fn isfinite(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    predicate(&args, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    predicate(&args, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    predicate(&args, "isnan", f64::is_nan)
}

fn isclose(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let [a, b] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.positional.len()
        )));
    };
    let (a, b) = (real(a)?, real(b)?);
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    for (k, v) in &args.keywords {
        match k.as_str() {
            "rel_tol" => rel_tol = real(v)?,
            "abs_tol" => abs_tol = real(v)?,
            other => {
                return Err(type_error(format!("isclose() got an unexpected keyword argument '{other}'")));
            }
        }
    }
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

fn factorial(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = indexes(vm, args)?;
    let v = &arguments(&args, "factorial", 1, 1)?[0];
    let n = integer(v, "factorial")?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        new_exception(ExcKind::OverflowError, "factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut product = BigInt::one();
    for i in 2..=n {
        product *= i;
    }
    Ok(Value::from_int(Int::from(product)))
}

fn gcd(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = indexes(vm, args)?;
    let mut g = BigInt::zero();
    for v in &args.positional {
        g = g.gcd(&integer(v, "gcd")?);
    }
    Ok(Value::from_int(Int::from(g)))
}

fn lcm(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = indexes(vm, args)?;
    let mut l = BigInt::one();
    for v in &args.positional {
        let n = integer(v, "lcm")?;
        if n.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&n);
    }
    Ok(Value::from_int(Int::from(l.abs())))
}

fn isqrt(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = indexes(vm, args)?;
    let n = integer(&arguments(&args, "isqrt", 1, 1)?[0], "isqrt")?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_int(Int::from(n.sqrt())))
}

/// `n! / (n-k)!` (and divided by `k!` for `comb`).
fn falling(n: &BigInt, k: &BigInt) -> BigInt {
    let mut product = BigInt::one();
    let mut i = BigInt::zero();
    while &i < k {
        product *= n - &i;
        i += 1;
    }
    product
}

fn comb_or_perm(args: &CallArgs, name: &str) -> Result<(BigInt, BigInt), Value> {
    let a = arguments(args, name, 1, 2)?;
    let n = integer(&a[0], name)?;
    let k = match a.get(1) {
        Some(Value::None) | None if name == "perm" => n.clone(),
        Some(v) => integer(v, name)?,
        None => return Err(type_error(format!("comb expected 2 arguments, got {}", a.len()))),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = indexes(vm, args)?;
    let (n, k) = comb_or_perm(&args, "comb")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let mut denominator = BigInt::one();
    let mut i = BigInt::one();
    while i <= k {
        denominator *= &i;
        i += 1;
    }
    Ok(Value::from_int(Int::from(falling(&n, &k) / denominator)))
}

fn perm(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = indexes(vm, args)?;
    let (n, k) = comb_or_perm(&args, "perm")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_int(Int::from(falling(&n, &k))))
}

/// `fsum`: the correctly rounded sum (Shewchuk's exact partials, as CPython's `msum`).
fn fsum(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let items = vm.collect(&arguments(&args, "fsum", 1, 1)?[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in &items {
        let mut x = match super::numeric::from_instance(vm, "float", item) {
            Some(converted) => real(&converted?)?,
            None => real(item)?,
        };
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        if x.is_infinite() {
            return Err(new_exception(ExcKind::OverflowError, "intermediate overflow in fsum"));
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::raw_float(special));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-way cases: round towards the remaining partials' sign.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::raw_float(hi))
}

fn prod(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some(iterable) = args.positional.first() else {
        return Err(type_error("prod() missing required argument 'iterable' (pos 1)"));
    };
    let mut product =
        args.keywords.iter().find(|(k, _)| k == "start").map_or(Value::Int(1), |(_, v)| v.clone());
    for item in vm.collect(iterable)? {
        product =
            crate::runtime::ops::binary_op(crate::bytecode::opcode::BinaryOp::Multiply, &product, &item)?;
    }
    Ok(product)
}

fn nextafter(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let a = arguments(&args, "nextafter", 2, 2)?;
    Ok(Value::raw_float(libm::nextafter(real(&a[0])?, real(&a[1])?)))
}

fn ulp(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let args = floats(vm, args)?;
    let x = real(&arguments(&args, "ulp", 1, 1)?[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::raw_float(x));
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(Value::raw_float(x - libm::nextafter(x, 0.0)));
    }
    Ok(Value::raw_float(next - x))
}

/// The module object.
pub fn module() -> Value {
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("__name__", Value::str("math"));
    set(
        "__doc__",
        Value::str("This module provides access to the mathematical functions\ndefined by the C standard."),
    );
    set("pi", Value::raw_float(std::f64::consts::PI));
    set("e", Value::raw_float(std::f64::consts::E));
    set("tau", Value::raw_float(std::f64::consts::TAU));
    set("inf", Value::raw_float(f64::INFINITY));
    set("nan", Value::raw_float(f64::NAN));
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for &(name, func) in functions {
        set(name, Value::obj(Object::Builtin(Builtin { name, func })));
    }
    Value::obj(Object::Module { name: "math".into(), dict: Rc::new(RefCell::new(dict)) })
}
