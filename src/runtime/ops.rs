//! Operators on built-in values: arithmetic (`BINARY_OP`), comparisons, equality and hashing,
//! subscripts, `len`, `in`, and iteration, with CPython's results and error messages.

use crate::runtime::value::Slice;
use std::cell::RefCell;

use num_traits::ToPrimitive;

use super::exception::{ExcKind, index_error, new_exception, type_error, value_error};
use super::int::{Int, IntError};
use super::value::{Iter, Key, Object, Prehashed, Value, ViewKind};
use crate::bytecode::opcode::{BinaryOp, CompareOp, Op};

pub type OpResult = Result<Value, Value>;

fn int_error(e: IntError) -> Value {
    match e {
        IntError::ZeroDivision(msg) => new_exception(ExcKind::ZeroDivisionError, msg),
        IntError::Value(msg) => value_error(msg),
        IntError::Overflow(msg) => new_exception(ExcKind::OverflowError, msg),
        IntError::Memory => super::memory::memory_error(),
    }
}

/// The float value of an int or float operand.
fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(x) => Some(x.get()),
        _ => v.as_int().map(|i| int_to_float(&i)),
    }
}

/// An int as the nearest float (infinite past the float range).
pub fn int_to_float(i: &Int) -> f64 {
    match i {
        Int::Small(n) => *n as f64,
        Int::Big(b) => b.to_f64().unwrap_or(if b.sign() == num_bigint::Sign::Minus {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }),
    }
}

fn unsupported(op: &str, a: &Value, b: &Value) -> Value {
    // CPython names the power operator with the builtin that shares its slot.
    let op = if op == "**" { "** or pow()" } else { op };
    type_error(format!("unsupported operand type(s) for {op}: '{}' and '{}'", a.type_name(), b.type_name()))
}

/// Python's float `%`: the result has the sign of the divisor.
fn float_mod(a: f64, b: f64) -> f64 {
    let r = a % b;
    if r != 0.0 && ((r < 0.0) != (b < 0.0)) {
        r + b
    } else if r == 0.0 {
        0.0f64.copysign(b)
    } else {
        r
    }
}

/// Python's float `//`, computed as CPython's `_float_div_mod` does (so `inf // 1` is nan).
fn float_floor_div(x: f64, y: f64) -> f64 {
    let modulo = x % y;
    let mut div = (x - modulo) / y;
    if modulo != 0.0 && ((y < 0.0) != (modulo < 0.0)) {
        div -= 1.0;
    }
    if div == 0.0 {
        return 0.0f64.copysign(x / y);
    }
    let floor = div.floor();
    if div - floor > 0.5 { floor + 1.0 } else { floor }
}

fn int_binary(op: BinaryOp, a: Int, b: Int) -> OpResult {
    use BinaryOp::*;
    let result = match op {
        Add => a.add(&b),
        Subtract => a.sub(&b),
        Multiply => a.mul(&b),
        FloorDivide => a.floor_div(&b).map_err(int_error)?,
        Remainder => a.modulo(&b).map_err(int_error)?,
        TrueDivide => return a.true_div(&b).map(Value::raw_float).map_err(int_error),
        Power => {
            if b.is_negative() {
                let (x, y) = (
                    as_float(&Value::from_int(a)).unwrap_or(0.0),
                    as_float(&Value::from_int(b)).unwrap_or(0.0),
                );
                if x == 0.0 {
                    return Err(new_exception(
                        ExcKind::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(Value::float(x.powf(y)));
            }
            // An exponent past u64 only matters for bases 0, 1 and -1: its parity is kept.
            let exponent = match &b {
                Int::Small(n) => *n as u64,
                Int::Big(big) => u64::MAX - u64::from(!big.bit(0)),
            };
            a.pow(exponent).map_err(int_error)?
        }
        And => a.bit_and(&b),
        Or => a.bit_or(&b),
        Xor => a.bit_xor(&b),
        Lshift => a.shl(&b).map_err(int_error)?,
        Rshift => a.shr(&b).map_err(int_error)?,
        MatrixMultiply => return Err(unsupported("@", &Value::from_int(a), &Value::from_int(b))),
    };
    Ok(Value::from_int(result))
}

fn float_binary(op: BinaryOp, x: f64, y: f64) -> Option<OpResult> {
    use BinaryOp::*;
    let zero = |msg: &str| Some(Err(new_exception(ExcKind::ZeroDivisionError, msg)));
    Some(Ok(Value::float(match op {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        TrueDivide => {
            if y == 0.0 {
                return zero("float division by zero");
            }
            x / y
        }
        FloorDivide => {
            if y == 0.0 {
                return zero("float floor division by zero");
            }
            float_floor_div(x, y)
        }
        Remainder => {
            if y == 0.0 {
                return zero("float modulo");
            }
            float_mod(x, y)
        }
        Power => {
            // A negative number to a fractional power is complex (-inf to any power is
            // C's pow, as CPython takes infinities first).
            if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
                return Some(super::complex::pow((x, 0.0), (y, 0.0)));
            }
            // 0.0 ** -inf is inf, as C's pow gives it.
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return zero("0.0 cannot be raised to a negative power");
            }
            let result = x.powf(y);
            if result.is_infinite() && x.is_finite() && y.is_finite() {
                // CPython reports the C library's ERANGE: errno 34 and its strerror text.
                let args = vec![Value::Int(34), Value::str("Numerical result out of range")];
                return Some(Err(super::exception::exception_with_args(ExcKind::OverflowError, args)));
            }
            result
        }
        _ => return None,
    })))
}

/// `a op b` when both are small ints or floats and the result needs no error check: the
/// VM's fast path, tried before anything else. `None` means "take the general path".
#[inline]
pub fn fast_binary(op: BinaryOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            let r = match op {
                BinaryOp::Add => x.checked_add(y),
                BinaryOp::Subtract => x.checked_sub(y),
                BinaryOp::Multiply => x.checked_mul(y),
                // Non-negative operands: truncation and flooring agree.
                BinaryOp::FloorDivide if x >= 0 && y > 0 => Some(x / y),
                BinaryOp::Remainder if x >= 0 && y > 0 => Some(x % y),
                BinaryOp::And => Some(x & y),
                BinaryOp::Or => Some(x | y),
                BinaryOp::Xor => Some(x ^ y),
                // Exact in a double, so the quotient is correctly rounded as CPython's.
                BinaryOp::TrueDivide
                    if y != 0 && x.unsigned_abs() < 1 << 53 && y.unsigned_abs() < 1 << 53 =>
                {
                    return Some(Value::raw_float(x as f64 / y as f64));
                }
                _ => None,
            };
            r.map(Value::Int)
        }
        (Value::Float(x), Value::Float(y)) => fast_float(op, x.get(), y.get()),
        // An int converts to the nearest double, rounding half to even, as CPython's.
        (Value::Float(x), Value::Int(y)) => fast_float(op, x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => fast_float(op, *x as f64, y.get()),
        _ => None,
    }
}

#[inline]
fn fast_float(op: BinaryOp, x: f64, y: f64) -> Option<Value> {
    let r = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::TrueDivide if y != 0.0 => x / y,
        // A positive base and a finite exponent: no complex result, no division by zero;
        // an overflow takes the general path, which raises.
        BinaryOp::Power if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if r.is_infinite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Value::float(r))
}

/// `-v`, `+v` or `~v` (`op` says which) for the built-in numbers.
pub fn unary(op: Op, v: &Value) -> Result<Value, Value> {
    let symbol = match op {
        Op::UnaryNegative => "-",
        Op::UnaryPositive => "+",
        _ => "~",
    };
    if let (Some(Object::Complex(re, im)), Op::UnaryNegative | Op::UnaryPositive) = (v.object(), op) {
        let sign = if op == Op::UnaryNegative { -1.0 } else { 1.0 };
        return Ok(super::complex::value(sign * re, sign * im));
    }
    match (op, v) {
        (Op::UnaryNegative, Value::Float(x)) => Ok(Value::float(-x.get())),
        (Op::UnaryPositive, Value::Float(x)) => Ok(Value::Float(*x)),
        _ => match v.as_int() {
            Some(i) => Ok(Value::from_int(match op {
                Op::UnaryNegative => i.neg(),
                Op::UnaryPositive => i,
                _ => i.invert(),
            })),
            None => Err(type_error(format!("bad operand type for unary {symbol}: '{}'", v.type_name()))),
        },
    }
}

/// `a op b` for the built-in types.
pub fn binary_op(op: BinaryOp, a: &Value, b: &Value) -> OpResult {
    binary_op_named(op, a, b, op.symbol())
}

/// `a op= b` for the built-in types that have no in-place form of `op`: `a op b`, whose
/// refusal names the augmented operator.
pub fn inplace_binary_op(op: BinaryOp, a: &Value, b: &Value) -> OpResult {
    binary_op_named(op, a, b, &format!("{}=", op.symbol()))
}

fn binary_op_named(op: BinaryOp, a: &Value, b: &Value, symbol: &str) -> OpResult {
    if let Some(r) = fast_binary(op, a, b) {
        return Ok(r);
    }
    if op == BinaryOp::Add
        && let Some(r) = concat(a, b)
    {
        return Ok(r);
    }
    if op == BinaryOp::Add
        && let (Some(x), Some(y)) = (a.as_str(), b.as_str())
    {
        let mut joined = String::with_capacity(x.len() + y.len());
        joined.push_str(x);
        joined.push_str(y);
        return Ok(Value::str(joined));
    }
    if let (&Value::Bool(x), &Value::Bool(y)) = (a, b) {
        let (x, y) = (x.get(), y.get());
        match op {
            BinaryOp::And => return Ok(Value::bool(x & y)),
            BinaryOp::Or => return Ok(Value::bool(x | y)),
            BinaryOp::Xor => return Ok(Value::bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        return int_binary(op, x, y);
    }
    if op == BinaryOp::Multiply {
        let is_sequence = |v: &Value| {
            matches!(
                v.object(),
                Some(
                    Object::Str(_)
                        | Object::List(_)
                        | Object::Tuple(_)
                        | Object::Bytes(_)
                        | Object::ByteArray(_)
                )
            )
        };
        // A count past the machine's index size (CPython's ssize_t) is refused as such.
        let huge = |v: &Value| v.as_int().is_some_and(|n| n.as_i64().is_none());
        if (is_sequence(a) && huge(b)) || (is_sequence(b) && huge(a)) {
            return Err(new_exception(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        // An immutable sequence repeated once is itself, as in CPython (`s * 1 is s`).
        let immutable =
            |v: &Value| matches!(v.object(), Some(Object::Str(_) | Object::Tuple(_) | Object::Bytes(_)));
        let once = |v: &Value| matches!(v, Value::Int(1));
        if immutable(a) && once(b) {
            return Ok(a.clone());
        }
        if immutable(b) && once(a) {
            return Ok(b.clone());
        }
        if (is_sequence(a) && b.as_int().is_none()) || (is_sequence(b) && a.as_int().is_none()) {
            let other = if is_sequence(a) { b } else { a };
            if !is_sequence(other) || is_sequence(a) && is_sequence(b) {
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other.type_name()
                )));
            }
        }
    }
    if let Some(result) = super::complex::binary(op, a, b) {
        return result;
    }
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            // An int operand past the float range is refused, not taken as infinity.
            let int_overflows = |v: &Value, f: f64| f.is_infinite() && !matches!(v, Value::Float(_));
            if int_overflows(a, x) || int_overflows(b, y) {
                return Err(new_exception(ExcKind::OverflowError, "int too large to convert to float"));
            }
            return float_binary(op, x, y).unwrap_or_else(|| Err(unsupported(symbol, a, b)));
        }
        // `(1,) + 1.5` is refused by the tuple, in its own words.
        return sequence_binary(op, a, b).unwrap_or_else(|| Err(unsupported(symbol, a, b)));
    }
    if let Some(result) = super::set_ops::set_binary(op, a, b) {
        return result;
    }
    sequence_binary(op, a, b).unwrap_or_else(|| Err(unsupported(symbol, a, b)))
}

/// `bytes` made into the type of `like` (bytes or bytearray), as the result of an operation on it.
pub fn same_bytes_type(like: &Value, bytes: Vec<u8>) -> Value {
    match like.object() {
        Some(Object::ByteArray(_)) => Value::obj(Object::ByteArray(RefCell::new(bytes))),
        _ => Value::obj(Object::Bytes(bytes)),
    }
}

/// `items * count`: OverflowError for a count past an index, MemoryError for a result past
/// the machine's memory (as CPython); `None` when `count` is not an int.
fn repeat<T: Clone>(items: &[T], count: &Value) -> Option<Result<Vec<T>, Value>> {
    let Some(n) = count.as_int()?.as_i64() else {
        return Some(Err(new_exception(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )));
    };
    let n = n.max(0) as usize;
    let total = items.len().saturating_mul(n);
    if let Err(e) = super::memory::check(total, std::mem::size_of::<T>()) {
        return Some(Err(e));
    }
    Some(Ok(items.iter().cloned().cycle().take(total).collect()))
}

/// `a + b` for two lists or two tuples (tried before the other operand types: it is common
/// in loops, `rest = items[:i] + items[i + 1:]`), with the items copied into one allocation.
fn concat(a: &Value, b: &Value) -> Option<Value> {
    let joined = |x: &[Value], y: &[Value]| {
        let mut items = Vec::with_capacity(x.len() + y.len());
        items.extend_from_slice(x);
        items.extend_from_slice(y);
        items
    };
    match (a.object()?, b.object()?) {
        (Object::List(x), Object::List(y)) => Some(Value::list(joined(&x.borrow(), &y.borrow()))),
        (Object::Tuple(x), Object::Tuple(y)) => Some(Value::tuple(joined(x, y))),
        _ => None,
    }
}

fn sequence_binary(op: BinaryOp, a: &Value, b: &Value) -> Option<OpResult> {
    let (ao, bo) = (a.object(), b.object());
    match (op, ao, bo) {
        (BinaryOp::Add, Some(Object::Bytes(x)), Some(Object::Bytes(y))) => {
            Some(Ok(Value::obj(Object::Bytes(x.iter().chain(y).copied().collect()))))
        }
        (BinaryOp::Add, Some(Object::Bytes(_) | Object::ByteArray(_)), _) if b.bytes_like().is_some() => {
            let joined = [a.bytes_like().unwrap_or_default(), b.bytes_like().unwrap_or_default()].concat();
            Some(Ok(same_bytes_type(a, joined)))
        }
        (BinaryOp::Multiply, Some(Object::Bytes(_) | Object::ByteArray(_)), _) if b.as_int().is_some() => {
            repeat(&a.bytes_like().unwrap_or_default(), b).map(|r| r.map(|bytes| same_bytes_type(a, bytes)))
        }
        (BinaryOp::Multiply, _, Some(Object::Bytes(_) | Object::ByteArray(_))) if a.as_int().is_some() => {
            sequence_binary(op, b, a)
        }
        (BinaryOp::Multiply, Some(Object::ByteArray(x)), _) if b.as_int().is_some() => {
            repeat(&x.borrow(), b).map(|r| r.map(|bytes| Value::obj(Object::ByteArray(RefCell::new(bytes)))))
        }
        (BinaryOp::Add, Some(Object::Bytes(_) | Object::ByteArray(_)), _) if b.bytes_like().is_some() => {
            let mut bytes = a.bytes_like().unwrap_or_default();
            bytes.extend(b.bytes_like().unwrap_or_default());
            Some(Ok(match ao {
                Some(Object::ByteArray(_)) => Value::obj(Object::ByteArray(RefCell::new(bytes))),
                _ => Value::obj(Object::Bytes(bytes)),
            }))
        }
        (BinaryOp::Or, Some(Object::Dict(x)), Some(Object::Dict(y))) => {
            let mut merged = x.borrow().clone();
            merged.extend(y.borrow().iter().map(|(k, v)| (k.clone(), v.clone())));
            Some(Ok(Value::obj(Object::Dict(std::rc::Rc::new(RefCell::new(merged))))))
        }
        (BinaryOp::Add, Some(Object::Bytes(_) | Object::ByteArray(_)), _) => Some(Err(cannot_concat(a, b))),
        (BinaryOp::Add, Some(Object::Str(_)), _) => {
            Some(Err(type_error(format!("can only concatenate str (not \"{}\") to str", b.type_name()))))
        }
        (BinaryOp::Add, Some(Object::Tuple(_)), _) => {
            Some(Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.type_name()))))
        }
        (BinaryOp::Add, Some(Object::List(_)), _) => {
            Some(Err(type_error(format!("can only concatenate list (not \"{}\") to list", b.type_name()))))
        }
        // Repeated as UTF-8 bytes, with no copy of the text as chars (4 bytes each).
        (BinaryOp::Multiply, Some(Object::Str(s)), _) if b.as_int().is_some() => {
            let Some(n) = b.as_int()?.as_i64() else {
                return Some(Err(new_exception(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )));
            };
            let n = n.max(0) as usize;
            Some(match s.len().checked_mul(n).filter(|&len| len <= isize::MAX as usize) {
                Some(len) => super::memory::check(len, 1).map(|()| Value::str(s.repeat(n))),
                None => Err(new_exception(ExcKind::OverflowError, "repeated string is too long")),
            })
        }
        (BinaryOp::Multiply, _, Some(Object::Str(_))) if a.as_int().is_some() => sequence_binary(op, b, a),
        (BinaryOp::Multiply, Some(Object::List(l)), _) if b.as_int().is_some() => {
            repeat(&l.borrow(), b).map(|r| r.map(Value::list))
        }
        (BinaryOp::Multiply, Some(Object::Tuple(t)), _) if b.as_int().is_some() => {
            repeat(t, b).map(|r| r.map(Value::tuple))
        }
        (
            BinaryOp::Multiply,
            _,
            Some(Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_)),
        ) if a.as_int().is_some() => sequence_binary(op, b, a),
        _ => None,
    }
}

/// Compare an int with a float exactly, as CPython does (no rounding of the int).
fn compare_int_float(i: &Int, x: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Less } else { Greater });
    }
    let floor = x.floor();
    let floor_int = Int::from(num_bigint::BigInt::from(floor as i128));
    let floor_int = if floor.abs() < 1e38 {
        floor_int
    } else {
        // Beyond i128: the float's exact integer value.
        let text = format!("{floor:.0}");
        Int::from(text.parse::<num_bigint::BigInt>().unwrap_or_default())
    };
    match i.cmp(&floor_int) {
        Equal if x != floor => Some(Less),
        other => Some(other),
    }
}

/// Equality as containers test it (CPython's `PyObject_RichCompareBool`): identity first, so
/// a NaN equals itself when it is the same object.
pub fn identical_or_equal(a: &Value, b: &Value) -> bool {
    is_same(a, b) || values_equal(a, b)
}

/// How deep containers are compared (CPython's recursion limit: comparing containers nested
/// deeper raises RecursionError there), and whether a comparison went past it.
const COMPARISON_DEPTH: u32 = 1000;
thread_local! {
    static NESTING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static TOO_DEEP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Compare one level deeper with `compare`; past `COMPARISON_DEPTH`, `too_deep` instead (and
/// the comparison is marked, for `take_too_deep`), not a Rust stack overflow.
fn one_level_deeper<T>(too_deep: T, compare: impl FnOnce() -> T) -> T {
    let depth = NESTING.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let result = if depth > COMPARISON_DEPTH {
        TOO_DEEP.with(|t| t.set(true));
        too_deep
    } else {
        compare()
    };
    NESTING.with(|n| n.set(n.get() - 1));
    result
}

/// Run `work`, which may compare values (a comparison operator, a containment test, a
/// built-in such as `list.index`), and raise CPython's RecursionError if a comparison in it
/// went past `COMPARISON_DEPTH`: the comparisons themselves answer false there, as they have
/// no error path.
pub fn raising_too_deep<T>(work: impl FnOnce() -> Result<T, Value>) -> Result<T, Value> {
    TOO_DEEP.with(|t| t.set(false));
    let result = work();
    if TOO_DEEP.with(|t| t.replace(false)) {
        return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded in comparison"));
    }
    result
}

/// `a == b` for the built-in types (identity-free structural equality).
pub fn values_equal(a: &Value, b: &Value) -> bool {
    if let Some(base) = super::class::base_value(a) {
        return super::class::base_value(b)
            .map_or_else(|| values_equal(base, b), |other| values_equal(base, other));
    }
    if let Some(base) = super::class::base_value(b) {
        return values_equal(a, base);
    }
    // Fast paths for the common cases (dict keys are mostly strs and small ints).
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return x == y,
        (Value::Obj(x), Value::Obj(y)) => {
            // Identity implies equality for every heap type here (floats are inline), but a
            // complex number with a NaN part.
            if std::rc::Rc::ptr_eq(x, y) && !matches!(**x, Object::Complex(..)) {
                return true;
            }
            if let (Object::Str(p), Object::Str(q)) = (&**x, &**y) {
                return p == q;
            }
        }
        _ => {}
    }
    if super::complex::is_complex(a) || super::complex::is_complex(b) {
        return super::complex::parts(a).zip(super::complex::parts(b)).is_some_and(|(x, y)| x == y);
    }
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Float(x), other) | (other, Value::Float(x)) => {
            other.as_int().is_some_and(|i| compare_int_float(&i, x.get()) == Some(std::cmp::Ordering::Equal))
        }
        _ => {
            if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
                return x == y;
            }
            match (a.object(), b.object()) {
                (Some(Object::MemoryView(_)), _) | (_, Some(Object::MemoryView(_))) => {
                    super::memoryview::equal(a, b).unwrap_or(false)
                }
                (Some(Object::Str(x)), Some(Object::Str(y))) => x == y,
                (Some(Object::Bytes(x)), Some(Object::Bytes(y))) => x == y,
                (
                    Some(Object::Bytes(_) | Object::ByteArray(_)),
                    Some(Object::Bytes(_) | Object::ByteArray(_)),
                ) => a.bytes_like() == b.bytes_like(),
                (Some(Object::List(x)), Some(Object::List(y))) => {
                    let (x, y) = (x.borrow(), y.borrow());
                    x.len() == y.len()
                        && one_level_deeper(false, || {
                            x.iter().zip(y.iter()).all(|(p, q)| identical_or_equal(p, q))
                        })
                }
                (Some(Object::Tuple(x)), Some(Object::Tuple(y))) => {
                    x.len() == y.len()
                        && one_level_deeper(false, || {
                            x.iter().zip(y.iter()).all(|(p, q)| identical_or_equal(p, q))
                        })
                }
                (Some(Object::Dict(x)), Some(Object::Dict(y))) => {
                    let (x, y) = (x.borrow(), y.borrow());
                    x.len() == y.len()
                        && one_level_deeper(false, || {
                            x.iter().all(|(k, v)| y.get(k).is_some_and(|w| identical_or_equal(v, w)))
                        })
                }
                (Some(Object::Range(x)), Some(Object::Range(y))) => x.same_items(y),
                (Some(Object::Slice(_)), Some(Object::Slice(_))) => {
                    // Slices compare as the tuples `(start, stop, step)`.
                    let (x, y) = (slice_parts(a).unwrap_or_default(), slice_parts(b).unwrap_or_default());
                    x.iter().zip(&y).all(|(p, q)| identical_or_equal(p, q))
                }
                (Some(Object::Type(x)), Some(Object::Type(y))) => x == y,
                (Some(_), Some(_)) if is_set_like(a) && is_set_like(b) => super::set_ops::set_equal(a, b),
                // Bound methods: the same object bound to the same function (CPython's
                // `meth_richcompare`; functions compare by identity).
                (
                    Some(Object::Method { func: f, receiver: r }),
                    Some(Object::Method { func: g, receiver: s }),
                ) => is_same(r, s) && is_same(f, g),
                (Some(_), Some(_)) => is_same(a, b),
                _ => false,
            }
        }
    }
}

/// `(start, stop, step)` of a slice.
fn slice_parts(v: &Value) -> Option<Vec<Value>> {
    let Slice { start, stop, step } = v.as_slice()?;
    Some(vec![start.clone(), stop.clone(), step.clone()])
}

/// Sets, frozensets and the keys and items views of dicts compare with each other as sets.
fn is_set_like(v: &Value) -> bool {
    matches!(v.object(), Some(Object::Set(_) | Object::FrozenSet(_))) || super::set_ops::is_set_view(v)
}

/// `a is b`.
pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        // Small ints are cached in CPython (-5..=256); others compare by value here.
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.get().to_bits() == y.get().to_bits(),
        (Value::Obj(x), Value::Obj(y)) => {
            std::rc::Rc::ptr_eq(x, y)
                || (!matches!(**x, Object::Instance(_) | Object::Class(_)) && same_made_on_demand(x, y))
        }
        _ => false,
    }
}

/// Whether two distinct objects stand for one object of CPython's that pyglass makes on
/// demand: a type (a singleton in CPython), `...`, `NotImplemented`, a namespace dict, a
/// built-in type's method (`object.__init__`). Out of line, and not asked about instances
/// or classes (each is one object): `x is not y` of two instances and the class tests of
/// `isinstance`, the common cases, are answered without a call.
#[inline(never)]
fn same_made_on_demand(x: &Object, y: &Object) -> bool {
    match (x, y) {
        (Object::Type(p), Object::Type(q)) => p == q,
        (Object::Ellipsis, Object::Ellipsis) | (Object::NotImplemented, Object::NotImplemented) => true,
        (Object::Dict(p), Object::Dict(q)) => std::rc::Rc::ptr_eq(p, q),
        (Object::BoundMethod { receiver: r, name: m }, Object::BoundMethod { receiver: s, name: n }) => {
            m == n
                && matches!((r.object(), s.object()), (Some(Object::Type(a)), Some(Object::Type(b))) if a == b)
        }
        _ => false,
    }
}

/// `hash(x)` for hashable built-in values (CPython's numeric hash for ints and floats).
/// CPython's `_Py_HashDouble` for a non-NaN float: the value reduced modulo `2**61 - 1`
/// (so `hash(x) == hash(n)` whenever `x == n`), `±314159` for infinities.
fn float_hash(v: f64) -> i64 {
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    let (mut m, mut e) = libm::frexp(v);
    let sign: i64 = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 { -2 } else { h }
}

/// A tuple's hash. Nested tuples are hashed on an explicit stack, not by recursion, so a tuple
/// nested 100,000 deep hashes (as in CPython) instead of overflowing the stack.
fn tuple_hash(items: &[Value]) -> Result<i64, Value> {
    // CPython 3.11's `tuplehash` (after xxHash): each item's hash mixed in as a lane.
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let finish = |acc: u64, len: usize| -> i64 {
        let acc = acc.wrapping_add(len as u64 ^ (PRIME_5 ^ 3_527_539));
        if acc == u64::MAX { 1_546_275_796 } else { acc as i64 }
    };
    // Per tuple being hashed: its items, the next one to hash, and the hash so far.
    let mut stack: Vec<(&[Value], usize, u64)> = vec![(items, 0, PRIME_5)];
    // The hash of the item just finished, to fold into the tuple on top of the stack.
    let mut finished: Option<i64> = None;
    while let Some(top) = stack.last_mut() {
        if let Some(lane) = finished.take() {
            let acc = top.2.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
            top.2 = acc.rotate_left(31).wrapping_mul(PRIME_1);
        }
        let items: &[Value] = top.0;
        let Some(item) = items.get(top.1) else {
            finished = Some(finish(top.2, items.len()));
            stack.pop();
            continue;
        };
        top.1 += 1;
        match item.object() {
            Some(Object::Tuple(inner)) => stack.push((inner, 0, PRIME_5)),
            _ => finished = Some(hash_value(item)?),
        }
    }
    Ok(finished.unwrap_or_else(|| finish(PRIME_5, 0)))
}

/// Below this magnitude an int hashes as itself (CPython's modulus, 2**61 - 1).
const HASH_MODULUS: i128 = (1 << 61) - 1;

/// The TypeError for `a + b` where `a` is bytes-like and `b` is not.
pub fn cannot_concat(a: &Value, b: &Value) -> Value {
    type_error(format!("can't concat {} to {}", b.type_name(), a.type_name()))
}

/// Whether `v` is a list, bytearray, dict or set: unhashable, and so are their subclasses.
fn mutable_builtin(v: &Value) -> bool {
    matches!(v.object(), Some(Object::List(_) | Object::ByteArray(_) | Object::Dict(_) | Object::Set(_)))
}

/// Small ints, the commonest keys of dicts and sets, hash as themselves: answered inline,
/// without the call and register saves of the general function (~30 instructions a hash).
#[inline]
pub fn hash_value(v: &Value) -> Result<i64, Value> {
    if let Value::Int(i) = *v
        && i.unsigned_abs() < HASH_MODULUS as u64
    {
        return Ok(if i == -1 { -2 } else { i });
    }
    hash_general(v)
}

fn hash_general(v: &Value) -> Result<i64, Value> {
    // A subclass of a built-in type hashes as its value (a `namedtuple` as its tuple).
    // (An unhashable value's subclass is named in the error.)
    if let Some(base) = super::class::base_value(v) {
        return hash_value(base).map_err(|e| match mutable_builtin(base) {
            true => type_error(format!("unhashable type: '{}'", v.type_name())),
            false => e,
        });
    }
    if let Some(Object::Instance(i)) = v.object() {
        if i.hash.get() != super::attrs::NO_HASH {
            return Ok(i.hash.get());
        }
        if matches!(super::class::lookup(&i.class(), "__hash__"), Some(Value::None)) {
            return Err(type_error(format!("unhashable type: '{}'", v.type_name())));
        }
    }
    // CPython: sign(n) * (|n| mod (2**61 - 1)), and -1 becomes -2.
    let int_hash = |i: Int| -> i64 {
        let magnitude = i.to_bigint().magnitude() % num_bigint::BigUint::from(HASH_MODULUS as u64);
        let r = magnitude.to_i64().unwrap_or(0);
        let h = if i.is_negative() { -r } else { r };
        if h == -1 { -2 } else { h }
    };
    if let Value::Obj(o) = v
        && let Object::Str(s) = &**o
    {
        return Ok(fnv(s.as_bytes()));
    }
    match v {
        Value::None => Ok(0x7f_ff_ff_ff),
        Value::Bool(b) => Ok(i64::from(b.get())),
        Value::Float(x) if x.get().is_nan() => Ok(x.get().to_bits() as i64),
        Value::Float(x) => Ok(float_hash(x.get())),
        _ => {
            if let Some(i) = v.as_int() {
                return Ok(int_hash(i));
            }
            match v.object() {
                Some(Object::Str(s)) => Ok(fnv(s.as_bytes())),
                Some(Object::Complex(re, im)) => Ok(super::complex::hash(*re, *im)),
                Some(Object::Bytes(b)) => Ok(fnv(b)),
                Some(Object::Tuple(items)) => tuple_hash(items),
                Some(Object::FrozenSet(s)) => {
                    // Order-independent, like CPython's frozenset hash (not its exact value).
                    let mut h: i64 = 0x1f2e3d;
                    for item in s.items() {
                        h ^= hash_value(item)?.wrapping_mul(0x9e3779b97f4a7c15u64 as i64);
                    }
                    Ok(h)
                }
                Some(Object::Slice(_) | Object::DictView { kind: ViewKind::Keys | ViewKind::Items, .. }) => {
                    Err(type_error(format!("unhashable type: '{}'", v.type_name())))
                }
                _ if mutable_builtin(v) => Err(type_error(format!("unhashable type: '{}'", v.type_name()))),
                Some(Object::Range(r)) => hash_value(&Value::tuple(r.hash_key())),
                Some(Object::MemoryView(m)) => hash_value(&super::memoryview::hash(m)?),
                // Built-in type objects are made on demand: they hash by name, as `is_same` compares.
                Some(Object::Type(name)) => Ok(fnv(name.as_bytes())),
                Some(_) => Ok(match v {
                    Value::Obj(o) => std::rc::Rc::as_ptr(o) as i64,
                    _ => 0,
                }),
                None => Ok(0),
            }
        }
    }
}

/// The hash a Python `__hash__` result gives (CPython's `slot_tp_hash`): the int itself when
/// it fits in 64 bits, else the int's own hash; -1 becomes -2.
pub fn hash_from_dunder(result: Int) -> Result<i64, Value> {
    let h = match result.as_i64() {
        Some(h) => h,
        None => hash_value(&Value::from_int(result))?,
    };
    Ok(if h == -1 { -2 } else { h })
}

/// The hash of a str (as `hash_value` gives it).
pub fn str_hash(text: &str) -> i64 {
    fnv(text.as_bytes())
}

/// A fixed-seed string hash, so dict and set order never varies between runs.
fn fnv(bytes: &[u8]) -> i64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3)) as i64
}

fn ordering_error(op: CompareOp, a: &Value, b: &Value) -> Value {
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

/// `a < b` and friends, as an ordering of two built-in values.
fn order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        return Some(x.cmp(&y));
    }
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => return x.get().partial_cmp(&y.get()),
        (Value::Float(x), other) if other.as_int().is_some() => {
            return other
                .as_int()
                .and_then(|i| compare_int_float(&i, x.get()))
                .map(std::cmp::Ordering::reverse);
        }
        (other, Value::Float(y)) if other.as_int().is_some() => {
            return other.as_int().and_then(|i| compare_int_float(&i, y.get()));
        }
        _ => {}
    }
    match (a.object(), b.object()) {
        (Some(Object::Str(x)), Some(Object::Str(y))) => Some(x.cmp(y)),
        (Some(Object::Bytes(x)), Some(Object::Bytes(y))) => Some(x.cmp(y)),
        (Some(Object::Bytes(_) | Object::ByteArray(_)), Some(Object::Bytes(_) | Object::ByteArray(_))) => {
            Some(a.bytes_like().cmp(&b.bytes_like()))
        }
        (Some(Object::List(x)), Some(Object::List(y))) => order_items(&x.borrow(), &y.borrow()),
        (Some(Object::Tuple(x)), Some(Object::Tuple(y))) => order_items(x, y),
        _ => None,
    }
}

/// Set comparisons are subset tests, not orderings.
fn set_compare(op: CompareOp, a: &Value, b: &Value) -> Option<bool> {
    use super::set_ops::is_subset;
    let (sub, sup) = (is_subset(a, b)?, is_subset(b, a)?);
    Some(match op {
        CompareOp::Lt => sub && !sup,
        CompareOp::Le => sub,
        CompareOp::Gt => sup && !sub,
        CompareOp::Ge => sup,
        CompareOp::Eq => sub && sup,
        CompareOp::Ne => !(sub && sup),
    })
}

fn order_items(x: &[Value], y: &[Value]) -> Option<std::cmp::Ordering> {
    for (p, q) in x.iter().zip(y) {
        if !identical_or_equal(p, q) {
            return order(p, q);
        }
    }
    Some(x.len().cmp(&y.len()))
}

/// An ordering of two lists or two tuples: by the first items that differ, else by length.
/// Items are fetched one at a time, as CPython does, since comparing may run Python code.
fn compare_sequences(op: CompareOp, a: &Value, b: &Value) -> Option<OpResult> {
    let item = |v: &Value, i: usize| match v.object() {
        Some(Object::List(l)) => l.borrow().get(i).cloned(),
        Some(Object::Tuple(t)) => t.get(i).cloned(),
        _ => None,
    };
    let length = |v: &Value| match v.object() {
        Some(Object::List(l)) => l.borrow().len(),
        Some(Object::Tuple(t)) => t.len(),
        _ => 0,
    };
    match (a.object()?, b.object()?) {
        (Object::List(_), Object::List(_)) | (Object::Tuple(_), Object::Tuple(_)) => {}
        // Slices order as their (start, stop, step) tuples.
        (Object::Slice(_), Object::Slice(_)) => {
            let (x, y) = (Value::tuple(slice_parts(a)?), Value::tuple(slice_parts(b)?));
            return compare_sequences(op, &x, &y);
        }
        _ => return None,
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (item(a, i), item(b, i)) {
        if !identical_or_equal(&x, &y) {
            return Some(one_level_deeper(Ok(Value::bool(false)), || compare(op, &x, &y)));
        }
        i += 1;
    }
    Some(compare(op, &Value::Int(length(a) as i64), &Value::Int(length(b) as i64)))
}

/// `a op b` for two small ints, two floats (IEEE comparisons are Python's for floats) or two
/// strs; `None` for anything else.
#[inline]
pub fn fast_compare(op: CompareOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(apply(op, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(apply(op, &x.get(), &y.get())),
        (Value::Obj(x), Value::Obj(y)) => compare_strs(op, x, y),
        _ => None,
    }
}

/// `fast_compare` of two strs (by their bytes: UTF-8 orders as code points do), out of line
/// so that the callers' int and float cases stay small. `w.kind == kind` went through the
/// general comparison (recursion guard, instance and sequence checks, base values).
#[inline(never)]
fn compare_strs(op: CompareOp, x: &Object, y: &Object) -> Option<bool> {
    // The same str (a name compared with itself, as `w.kind == kind` often is): no memcmp.
    if std::ptr::eq(x, y) && matches!(x, Object::Str(_)) {
        return Some(matches!(op, CompareOp::Eq | CompareOp::Le | CompareOp::Ge));
    }
    match (x, y) {
        (Object::Str(p), Object::Str(q)) => Some(apply(op, p.as_str(), q.as_str())),
        _ => None,
    }
}

/// `x op y` for values Rust orders as Python does.
#[inline(always)]
fn apply<T: PartialOrd>(op: CompareOp, x: T, y: T) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// `a op b` for a comparison operator.
pub fn compare(op: CompareOp, a: &Value, b: &Value) -> OpResult {
    use std::cmp::Ordering::*;
    if let Some(result) = fast_compare(op, a, b) {
        return Ok(Value::bool(result));
    }
    if let Some(result) = set_compare(op, a, b) {
        return Ok(Value::bool(result));
    }
    // Sequences compare by their first differing items (whose errors name the item types).
    if !matches!(op, CompareOp::Eq | CompareOp::Ne)
        && let Some(result) = compare_sequences(op, a, b)
    {
        return result;
    }
    let result = match op {
        CompareOp::Eq => values_equal(a, b),
        CompareOp::Ne => !values_equal(a, b),
        _ => {
            // Numbers are unordered only with a NaN among them, which compares false.
            let numbers = as_float(a).is_some() && as_float(b).is_some();
            match order(a, b) {
                None if numbers => false,
                None => return Err(ordering_error(op, a, b)),
                Some(o) => match op {
                    CompareOp::Lt => o == Less,
                    CompareOp::Le => o != Greater,
                    CompareOp::Gt => o == Greater,
                    _ => o != Less,
                },
            }
        }
    };
    Ok(Value::bool(result))
}

/// `len(x)`.
pub fn len(v: &Value) -> Result<usize, Value> {
    match v.object() {
        Some(Object::Str(s)) => Ok(s.char_count()),
        Some(Object::Bytes(b)) => Ok(b.len()),
        Some(Object::ByteArray(b)) => Ok(b.borrow().len()),
        Some(Object::List(l)) => Ok(l.borrow().len()),
        Some(Object::Tuple(t)) => Ok(t.len()),
        Some(Object::Dict(d)) => Ok(d.borrow().len()),
        Some(Object::Set(s)) => Ok(s.borrow().len()),
        Some(Object::FrozenSet(s)) => Ok(s.len()),
        Some(Object::DictView { dict, .. }) => Ok(dict.borrow().len()),
        Some(Object::Range(r)) => r.len_ssize(),
        Some(Object::MemoryView(m)) => m.check().map(|()| m.len),
        _ => Err(type_error(format!("object of type '{}' has no len()", v.type_name()))),
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> Result<bool, Value> {
    match container.object() {
        Some(Object::Str(s)) => match item.as_str() {
            Some(sub) => Ok(s.contains(sub)),
            None => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Some(Object::List(l)) => Ok(l.borrow().iter().any(|x| identical_or_equal(x, item))),
        Some(Object::Tuple(t)) => Ok(t.iter().any(|x| identical_or_equal(x, item))),
        Some(Object::Dict(d)) => {
            hash_value(item)?;
            Ok(d.borrow().contains_key(&Key(item.clone())))
        }
        Some(Object::Bytes(_) | Object::ByteArray(_)) => match (item.bytes_like(), item.as_int()) {
            (Some(needle), _) => {
                let b = container.bytes_like().unwrap_or_default();
                Ok(needle.is_empty() || b.windows(needle.len()).any(|w| w == needle.as_slice()))
            }
            (_, Some(n)) => match n.as_i64().filter(|n| (0..256).contains(n)) {
                Some(n) => Ok(container.bytes_like().unwrap_or_default().contains(&(n as u8))),
                None => Err(value_error("byte must be in range(0, 256)")),
            },
            _ => Err(type_error(format!("a bytes-like object is required, not '{}'", item.type_name()))),
        },
        Some(Object::Set(set)) => set.borrow().contains(item),
        Some(Object::FrozenSet(set)) => set.contains(item),
        Some(Object::DictView { dict, kind }) => view_contains(&dict.borrow(), *kind, item),
        Some(Object::Range(r)) => Ok(r.contains(item)),
        Some(Object::MemoryView(m)) => Ok(m.items()?.iter().any(|x| identical_or_equal(x, item))),
        _ => Err(type_error(format!("argument of type '{}' is not iterable", container.type_name()))),
    }
}

/// `item in view`: a key lookup, a scan of the values, or a key lookup and a value comparison.
fn view_contains(map: &super::value::DictMap, kind: ViewKind, item: &Value) -> Result<bool, Value> {
    match kind {
        ViewKind::Keys => {
            hash_value(item)?;
            Ok(map.contains_key(&Key(item.clone())))
        }
        ViewKind::Values => Ok(map.values().any(|v| identical_or_equal(v, item))),
        ViewKind::Items => {
            let Some(Object::Tuple(pair)) = item.object() else { return Ok(false) };
            let [key, value] = &pair[..] else { return Ok(false) };
            hash_value(key)?;
            Ok(map.get(&Key(key.clone())).is_some_and(|v| identical_or_equal(v, value)))
        }
    }
}

/// A sequence index, normalised for negative values; `what` names the type in errors.
pub fn sequence_index(index: &Value, len: usize, what: &str) -> Result<usize, Value> {
    let Some(i) = index.as_int() else {
        // (CPython's str says so without slices, and quotes the type.)
        return Err(type_error(match what {
            "string" => format!("string indices must be integers, not '{}'", index.type_name()),
            _ => format!("{what} indices must be integers or slices, not {}", index.type_name()),
        }));
    };
    let Some(i) = i.as_i64() else {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    };
    let resolved = if i < 0 { i + len as i64 } else { i };
    if resolved < 0 || resolved >= len as i64 {
        // (CPython's bytes does not name itself here.)
        return Err(index_error(match what {
            "byte" => "index out of range".to_string(),
            _ => format!("{what} index out of range"),
        }));
    }
    Ok(resolved as usize)
}

/// The indices a slice selects from a sequence of `len` items (CPython's `PySlice_GetIndices`).
pub fn slice_indices(start: &Value, stop: &Value, step: &Value, len: usize) -> Result<Vec<usize>, Value> {
    Ok(slice_positions(start, stop, step, len)?.collect())
}

/// `slice_indices` as an iterator: nothing is allocated (a slice of a long sequence would
/// otherwise first list every index it selects, 8 bytes each).
pub fn slice_positions(
    start: &Value,
    stop: &Value,
    step: &Value,
    len: usize,
) -> Result<impl Iterator<Item = usize>, Value> {
    Ok(slice_span(start, stop, step, len)?.positions())
}

/// A slice of a sequence of `len` items: its bounds clamped to the sequence, its step and
/// how many indices it selects (CPython's `PySlice_Unpack` and `PySlice_AdjustIndices`).
pub struct SliceSpan {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceSpan {
    /// The indices selected, as a range, when they follow one another (step 1).
    pub fn range(&self) -> Option<std::ops::Range<usize>> {
        let start = usize::try_from(self.start).ok()?;
        (self.step == 1).then_some(start..start + self.count)
    }

    /// The indices selected, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + use<> {
        let (first, step) = (i128::from(self.start), i128::from(self.step));
        (0..self.count).map(move |k| (first + k as i128 * step) as usize)
    }
}

pub fn slice_span(start: &Value, stop: &Value, step: &Value, len: usize) -> Result<SliceSpan, Value> {
    let get = |v: &Value| -> Result<Option<i64>, Value> {
        match v {
            Value::None => Ok(None),
            _ => v.as_int().map(|i| Some(i.as_i64().unwrap_or(i64::MAX))).ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    };
    let len = len as i64;
    let step = get(step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(lo),
        Some(i) => i.min(hi),
    };
    let (start, stop) = if step > 0 {
        (clamp(get(start)?, 0, 0, len), clamp(get(stop)?, len, 0, len))
    } else {
        (clamp(get(start)?, len - 1, -1, len - 1), clamp(get(stop)?, -1, -1, len - 1))
    };
    // How many indices: worked in i128, where no step or bound overflows.
    let (first, last, by) = (i128::from(start), i128::from(stop), i128::from(step));
    let span = if by > 0 { last - first } else { first - last };
    let count = if span > 0 { ((span - 1) / by.abs() + 1) as usize } else { 0 };
    Ok(SliceSpan { start, stop, step, count })
}

/// The items of `items` a slice selects (those in a row copied at once).
pub fn slice_items(items: &[Value], start: &Value, stop: &Value, step: &Value) -> Result<Vec<Value>, Value> {
    let span = slice_span(start, stop, step, items.len())?;
    if let Some(range) = span.range() {
        return Ok(items[range].to_vec());
    }
    Ok(span.positions().map(|i| items[i].clone()).collect())
}

/// The items of a list or tuple, copied at once (`None` for anything else, which must be
/// iterated).
pub fn sequence_items(v: &Value) -> Option<Vec<Value>> {
    match v.object()? {
        Object::List(items) => Some(items.borrow().clone()),
        Object::Tuple(items) => Some(items.to_vec()),
        _ => None,
    }
}

/// `container[index]`.
pub fn get_item(container: &Value, index: &Value) -> OpResult {
    if let Some(Slice { start, stop, step }) = index.as_slice() {
        return match container.object() {
            // ASCII text (the usual case): char positions are byte positions, and the text
            // is not copied out as chars (4 bytes each) first.
            Some(Object::Str(s)) if s.is_ascii() => {
                let bytes = s.as_bytes();
                let picked = slice_positions(start, stop, step, bytes.len())?;
                Ok(Value::str(picked.map(|i| char::from(bytes[i])).collect::<String>()))
            }
            Some(Object::Str(s)) => {
                let chars: Vec<char> = s.chars().collect();
                let picked = slice_positions(start, stop, step, chars.len())?;
                Ok(Value::str(picked.map(|i| chars[i]).collect::<String>()))
            }
            Some(Object::List(l)) => {
                let l = l.borrow();
                Ok(Value::list(slice_items(&l, start, stop, step)?))
            }
            Some(Object::Tuple(t)) => Ok(Value::tuple(slice_items(t, start, stop, step)?)),
            Some(Object::Bytes(b)) => Ok(Value::obj(Object::Bytes(
                slice_indices(start, stop, step, b.len())?.into_iter().map(|i| b[i]).collect(),
            ))),
            Some(Object::ByteArray(b)) => {
                let b = b.borrow();
                let picked = slice_indices(start, stop, step, b.len())?.into_iter().map(|i| b[i]).collect();
                Ok(Value::obj(Object::ByteArray(RefCell::new(picked))))
            }
            Some(Object::Range(r)) => Ok(Value::obj(Object::Range(Box::new(r.slice(start, stop, step)?)))),
            Some(Object::MemoryView(m)) => m.get_item(index),
            // A slice is a key like any other to a mapping, and slices are unhashable.
            Some(Object::Dict(_)) => Err(type_error("unhashable type: 'slice'")),
            _ => Err(type_error(format!("'{}' object is not subscriptable", container.type_name()))),
        };
    }
    match container.object() {
        Some(Object::Str(s)) => {
            let i = sequence_index(index, s.char_count(), "string")?;
            Ok(Value::str(s.char_at(i).map(String::from).unwrap_or_default()))
        }
        Some(Object::List(l)) => {
            let l = l.borrow();
            Ok(l[sequence_index(index, l.len(), "list")?].clone())
        }
        Some(Object::Tuple(t)) => Ok(t[sequence_index(index, t.len(), "tuple")?].clone()),
        Some(Object::Bytes(b)) => Ok(Value::Int(i64::from(b[sequence_index(index, b.len(), "byte")?]))),
        Some(Object::ByteArray(b)) => super::bytearray::get_item(b, index),
        Some(Object::Range(r)) => r.get(index).map(Value::from_int),
        Some(Object::MemoryView(m)) => m.get_item(index),
        Some(Object::Dict(d)) => {
            // Hashed once: the hash checks that the key is hashable, then finds it.
            let key = Key(index.clone());
            d.borrow()
                .get(&Prehashed { key: &key, hash: hash_value(index)? })
                .cloned()
                .ok_or_else(|| super::exception::exception_with_args(ExcKind::KeyError, vec![index.clone()]))
        }
        _ => Err(type_error(format!("'{}' object is not subscriptable", container.type_name()))),
    }
}

/// `container[index] = value`.
pub fn set_item(container: &Value, index: &Value, value: Value) -> Result<(), Value> {
    match container.object() {
        Some(Object::List(l)) if matches!(index.object(), Some(Object::Slice(_))) => {
            let Some(Slice { start, stop, step }) = index.as_slice() else { return Ok(()) };
            let simple = matches!(step, Value::None) || step.as_int().is_some_and(|n| n.as_i64() == Some(1));
            let refusal =
                if simple { "can only assign an iterable" } else { "must assign iterable to extended slice" };
            // (A list or tuple's items copied at once; `l[i:j] = l` copies `l` first, too.)
            let items = match sequence_items(&value) {
                Some(items) => items,
                None => collect_builtin(&value).map_err(|_| type_error(refusal))?,
            };
            assign_slice(l, start, stop, step, items)
        }
        Some(Object::ByteArray(b)) => super::bytearray::set_item(b, index, &value),
        Some(Object::MemoryView(m)) => m.set_item(index, &value),
        Some(Object::List(l)) => {
            let len = l.borrow().len();
            let i = sequence_index(index, len, "list assignment")?;
            l.borrow_mut()[i] = value;
            Ok(())
        }
        Some(Object::Dict(d)) => {
            hash_value(index)?;
            d.borrow_mut().insert(Key(index.clone()), value);
            Ok(())
        }
        _ => Err(type_error(format!("'{}' object does not support item assignment", container.type_name()))),
    }
}

/// `list[start:stop:step] = items`.
pub fn assign_slice(
    list: &RefCell<Vec<Value>>,
    start: &Value,
    stop: &Value,
    step: &Value,
    items: Vec<Value>,
) -> Result<(), Value> {
    let len = list.borrow().len();
    match slice_target(start, stop, step, len, items.len())? {
        // As many items as they replace (the usual case): put in place, with no move of
        // the items after them.
        SliceTarget::Range(range) if range.len() == items.len() => {
            for (slot, item) in list.borrow_mut()[range].iter_mut().zip(items) {
                *slot = item;
            }
        }
        SliceTarget::Range(range) => {
            list.borrow_mut().splice(range, items);
        }
        SliceTarget::Positions(positions) => {
            let mut list = list.borrow_mut();
            for (i, item) in positions.into_iter().zip(items) {
                list[i] = item;
            }
        }
    }
    Ok(())
}

/// Where `sequence[slice] = items` puts `count` new items in a sequence of `len`.
pub enum SliceTarget {
    /// A plain slice: the items replace this range (the length may change).
    Range(std::ops::Range<usize>),
    /// An extended slice: one item goes to each of these positions.
    Positions(Vec<usize>),
}

pub fn slice_target(
    start: &Value,
    stop: &Value,
    step: &Value,
    len: usize,
    count: usize,
) -> Result<SliceTarget, Value> {
    let step_value = step.as_int().and_then(|i| i.as_i64()).unwrap_or(1);
    if matches!(step, Value::None) || step_value == 1 {
        // From the start, clamped to the sequence, to the stop or the start if that is
        // after it (CPython's `list_ass_slice`).
        let span = slice_span(start, stop, &Value::None, len)?;
        let (from, to) = (span.start as usize, span.stop.max(span.start) as usize);
        return Ok(SliceTarget::Range(from..to));
    }
    let picked = slice_indices(start, stop, step, len)?;
    if picked.len() != count {
        return Err(value_error(format!(
            "attempt to assign sequence of size {count} to extended slice of size {}",
            picked.len()
        )));
    }
    Ok(SliceTarget::Positions(picked))
}

/// `del container[index]`.
pub fn del_item(container: &Value, index: &Value) -> Result<(), Value> {
    match container.object() {
        Some(Object::List(l)) if matches!(index.object(), Some(Object::Slice(_))) => {
            let Some(Slice { start, stop, step }) = index.as_slice() else { return Ok(()) };
            let len = l.borrow().len();
            let mut picked = slice_indices(start, stop, step, len)?;
            picked.sort_unstable();
            let mut list = l.borrow_mut();
            for i in picked.into_iter().rev() {
                list.remove(i);
            }
            Ok(())
        }
        Some(Object::List(l)) => {
            let len = l.borrow().len();
            let i = sequence_index(index, len, "list assignment")?;
            l.borrow_mut().remove(i);
            Ok(())
        }
        Some(Object::ByteArray(b)) => super::bytearray::del_item(b, index),
        Some(Object::MemoryView(m)) => {
            m.check()?;
            Err(type_error("cannot delete memory"))
        }
        Some(Object::Dict(d)) => {
            hash_value(index)?;
            d.borrow_mut()
                .shift_remove(&Key(index.clone()))
                .map(|_| ())
                .ok_or_else(|| super::exception::exception_with_args(ExcKind::KeyError, vec![index.clone()]))
        }
        // CPython words it by whether the type has sequence methods at all.
        _ if len(container).is_ok() => {
            Err(type_error(format!("'{}' object doesn't support item deletion", container.type_name())))
        }
        _ => Err(type_error(format!("'{}' object does not support item deletion", container.type_name()))),
    }
}

/// All items of a built-in iterable (no Python callbacks involved).
pub fn collect_builtin(v: &Value) -> Result<Vec<Value>, Value> {
    let it = iterate(v)?;
    let mut items = Vec::new();
    while let Some(item) = next(&it)? {
        items.push(item);
    }
    Ok(items)
}

/// The state of an iterator over a list, tuple or range (what most `for` loops iterate);
/// `None` for anything else.
#[inline(always)]
pub fn sequence_iter(v: &Value) -> Option<Iter> {
    Some(match v.object()? {
        Object::List(_) => Iter::Sequence { items: v.clone(), index: 0, kind: "list_iterator" },
        Object::Tuple(_) => Iter::Sequence { items: v.clone(), index: 0, kind: "tuple_iterator" },
        Object::Range(r) => r.iter(),
        _ => return None,
    })
}

/// `iter(x)`.
pub fn iterate(v: &Value) -> OpResult {
    if let Some(state) = sequence_iter(v) {
        return Ok(Value::obj(Object::Iterator(Box::new(RefCell::new(state)))));
    }
    let state = match v.object() {
        Some(Object::Iterator(_)) => return Ok(v.clone()),
        Some(Object::Generator(g)) if g.borrow().kind == super::generator::GenKind::Generator => {
            return Ok(v.clone());
        }
        Some(Object::Str(_)) => Iter::Str { text: v.clone(), offset: 0 },
        Some(Object::Bytes(_)) => Iter::Sequence { items: v.clone(), index: 0, kind: "bytes_iterator" },
        Some(Object::ByteArray(_)) => {
            Iter::Sequence { items: v.clone(), index: 0, kind: "bytearray_iterator" }
        }
        Some(Object::MemoryView(m)) => {
            Iter::Sequence { items: Value::tuple(m.items()?), index: 0, kind: "memory_iterator" }
        }
        Some(Object::Dict(d)) => dict_iter(d, ViewKind::Keys),
        Some(Object::DictView { dict, kind }) => dict_iter(dict, *kind),
        Some(Object::Set(s)) => Iter::Sequence {
            items: Value::tuple(s.borrow().items().cloned().collect()),
            index: 0,
            kind: "set_iterator",
        },
        Some(Object::FrozenSet(s)) => Iter::Sequence {
            items: Value::tuple(s.items().cloned().collect()),
            index: 0,
            kind: "set_iterator",
        },
        _ => return Err(type_error(format!("'{}' object is not iterable", v.type_name()))),
    };
    Ok(Value::obj(Object::Iterator(Box::new(RefCell::new(state)))))
}

fn dict_iter(dict: &std::rc::Rc<RefCell<super::value::DictMap>>, kind: ViewKind) -> Iter {
    Iter::Dict { dict: dict.clone(), index: 0, size: dict.borrow().len(), kind }
}

/// The next item of an iterator from `iterate`, or `None` when it is exhausted.
/// `container[index]` for a list or tuple and an in-range int index (negative counting from
/// the end): the run loop's fast path; `None` for anything else, including errors.
#[inline]
pub fn index_sequence(container: &Value, index: &Value) -> Option<Value> {
    let Value::Int(i) = *index else { return None };
    let at = |len: usize| -> Option<usize> {
        let i = if i < 0 { i.checked_add(len as i64)? } else { i };
        usize::try_from(i).ok().filter(|&i| i < len)
    };
    match container.object()? {
        Object::List(l) => {
            let l = l.borrow();
            l.get(at(l.len())?).cloned()
        }
        Object::Tuple(t) => t.get(at(t.len())?).cloned(),
        _ => None,
    }
}

/// `list[index] = value` for a list and an in-range int index (negative counting from the
/// end): the run loop's fast path; anything else gives the value back.
#[inline]
pub fn store_in_list(container: &Value, index: &Value, value: Value) -> Result<(), Value> {
    let (&Value::Int(i), Some(Object::List(l))) = (index, container.object()) else { return Err(value) };
    let Ok(mut items) = l.try_borrow_mut() else { return Err(value) };
    let len = items.len();
    let at = if i < 0 { i.checked_add(len as i64) } else { Some(i) };
    match at.and_then(|i| usize::try_from(i).ok()).and_then(|i| items.get_mut(i)) {
        Some(slot) => {
            let old = std::mem::replace(slot, value);
            // The old item is freed after the list is released.
            drop(items);
            drop(old);
            Ok(())
        }
        None => Err(value),
    }
}

/// `list.append(item)` for a list: the run loop's fast path; anything else gives the item
/// back.
#[inline]
pub fn append_to_list(list: &Value, item: Value) -> Result<(), Value> {
    match list.object() {
        Some(Object::List(l)) if let Ok(mut items) = l.try_borrow_mut() => {
            items.push(item);
            Ok(())
        }
        _ => Err(item),
    }
}

/// The next item of an iterator over a list, tuple or int range (what most `for` loops
/// iterate), or `None` for any other iterator: the run loop's fast path, which cannot fail.
#[inline]
pub fn next_in_sequence(iterator: &Value) -> Option<Option<Value>> {
    let Some(Object::Iterator(state)) = iterator.object() else { return None };
    let mut state = state.try_borrow_mut().ok()?;
    match &mut *state {
        Iter::Sequence { items, index, .. } => {
            let item = match items.object() {
                Some(Object::List(l)) => l.borrow().get(*index).cloned(),
                Some(Object::Tuple(t)) => t.get(*index).cloned(),
                _ => return None,
            };
            *index += 1;
            Some(item)
        }
        Iter::Range { next, stop, step } if *step > 0 => {
            if *next < *stop {
                let item = Value::Int(*next);
                *next = next.checked_add(*step).unwrap_or(*stop);
                Some(Some(item))
            } else {
                Some(None)
            }
        }
        _ => None,
    }
}

/// The count after `count` (an int) in `enumerate`.
pub fn count_after(count: &Value) -> Value {
    match count {
        Value::Int(n) if *n < i64::MAX => Value::Int(n + 1),
        other => binary_op(BinaryOp::Add, other, &Value::Int(1)).unwrap_or(Value::None),
    }
}

pub fn next(iterator: &Value) -> Result<Option<Value>, Value> {
    let Some(Object::Iterator(state)) = iterator.object() else {
        return Err(type_error(format!("'{}' object is not an iterator", iterator.type_name())));
    };
    let mut state = state.borrow_mut();
    let item = match &mut *state {
        Iter::Dict { dict, index, size, kind } => {
            let dict = dict.borrow();
            if dict.len() != *size {
                *size = dict.len();
                return Err(new_exception(ExcKind::RuntimeError, "dictionary changed size during iteration"));
            }
            let item = kind.entry(&dict, *index);
            *index += 1;
            item
        }
        Iter::Sequence { items, index, .. } => {
            let item = match items.object() {
                Some(Object::List(l)) => l.borrow().get(*index).cloned(),
                Some(Object::Tuple(t)) => t.get(*index).cloned(),
                Some(Object::Bytes(b)) => b.get(*index).map(|&x| Value::Int(i64::from(x))),
                Some(Object::ByteArray(b)) => b.borrow().get(*index).map(|&x| Value::Int(i64::from(x))),
                _ => None,
            };
            *index += 1;
            item
        }
        Iter::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let item = Value::Int(*next);
                // Stepping past an end near the limits of i64 finishes the range.
                *next = next.checked_add(*step).unwrap_or(*stop);
                Some(item)
            } else {
                None
            }
        }
        Iter::LongRange { next, remaining, step } => {
            if remaining.is_zero() {
                None
            } else {
                let item = Value::from_int(next.clone());
                *next = next.add(step);
                *remaining = remaining.sub(&Int::Small(1));
                Some(item)
            }
        }
        Iter::Str { text, offset } => {
            let c = text.as_str().and_then(|s| s[*offset..].chars().next());
            if let Some(c) = c {
                *offset += c.len_utf8();
            }
            c.map(|c| Value::str(c.to_string()))
        }
        Iter::Enumerate { inner, count } => {
            let inner = inner.clone();
            let n = count.clone();
            drop(state);
            let item = next(&inner)?.map(|v| Value::pair(n, v));
            if let (Some(_), Some(Object::Iterator(s))) = (&item, iterator.object())
                && let Iter::Enumerate { count, .. } = &mut *s.borrow_mut()
            {
                *count = count_after(count);
            }
            return Ok(item);
        }
        Iter::Zip { inners, strict } => {
            let (inners, strict) = (inners.clone(), *strict);
            drop(state);
            return zip_step(&inners, strict, &mut next);
        }
        Iter::Map { .. }
        | Iter::Filter { .. }
        | Iter::GetItem { .. }
        | Iter::Reversed { .. }
        | Iter::Call { .. } => {
            return Err(type_error("map and filter iterators are advanced by the VM"));
        }
        Iter::Done => None,
    };
    if item.is_none() {
        *state = Iter::Done;
    }
    Ok(item)
}

/// One step of a `zip` whose iterators `advance` moves on: the next tuple, or `None` at the
/// end. With `strict`, iterators of unequal lengths raise CPython's ValueError.
pub fn zip_step(
    inners: &[Value],
    strict: bool,
    advance: &mut dyn FnMut(&Value) -> Result<Option<Value>, Value>,
) -> Result<Option<Value>, Value> {
    if inners.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(inners.len());
    for (i, inner) in inners.iter().enumerate() {
        match advance(inner)? {
            Some(v) => items.push(v),
            None if strict => return zip_strict_end(inners, i, advance),
            None => return Ok(None),
        }
    }
    Ok(Some(Value::tuple(items)))
}

/// Iterator `exhausted` of a strict zip ended: all must end together. As in CPython, when the
/// first one ended, each later one is advanced once to see whether it is longer.
fn zip_strict_end(
    inners: &[Value],
    exhausted: usize,
    advance: &mut dyn FnMut(&Value) -> Result<Option<Value>, Value>,
) -> Result<Option<Value>, Value> {
    let length_error = |i: usize, what: &str| {
        let plural = if i == 1 { " " } else { "s 1-" };
        value_error(format!("zip() argument {} is {what} than argument{plural}{i}", i + 1))
    };
    if exhausted > 0 {
        return Err(length_error(exhausted, "shorter"));
    }
    for (i, inner) in inners.iter().enumerate().skip(1) {
        if advance(inner)?.is_some() {
            return Err(length_error(i, "longer"));
        }
    }
    Ok(None)
}
