//! Constant folding, as CPython 3.11's AST optimizer (`Python/ast_opt.c`) does it before
//! compiling: `-1`, `2 ** 10`, `not 0`, `"ab" * 3`, `(1, (2, 3))` and `"abc"[1]` become one
//! constant, and a list or set display of constants that is only iterated or searched
//! (`for x in [1, 2]`, `x in {1, 2}`) becomes a tuple or frozenset constant. The results show in
//! `co_consts` and in identity (`(1, 2) is (1, 2)` in one code object), and the run skips the
//! instructions.
//!
//! The arithmetic is the runtime's own (`runtime::ops`), so a folded value is exactly what
//! the instruction would compute. An operation that raises is left for the run, where it
//! raises with a traceback, and CPython's size limits keep a constant from growing large
//! (`"x" * 10**6` or `2 ** 1000` stay instructions).

use crate::ast::{Expr, ExprKind, Operator, UnaryOp};
use crate::bytecode::code::ConstValue;
use crate::bytecode::opcode::{BinaryOp, Op};
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};
use crate::vm::const_value;

/// Largest int a folded multiplication, power or shift may give, in bits.
const MAX_INT_BITS: u64 = 128;
/// Largest tuple a folded repetition may give, in items.
const MAX_COLLECTION_SIZE: usize = 256;
/// Largest str or bytes a folded repetition may give.
const MAX_STR_SIZE: usize = 4096;

/// The constant `e` folds to, if it does.
pub(super) fn folded(e: &Expr) -> Option<ConstValue> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(super::codegen::constant_of(value)),
        ExprKind::UnaryOp { op, operand } => {
            let value = value_of(&folded(operand)?)?;
            let result = match op {
                UnaryOp::Not => Value::bool(!value.truthy()),
                UnaryOp::USub => ops::unary(Op::UnaryNegative, &value).ok()?,
                UnaryOp::UAdd => ops::unary(Op::UnaryPositive, &value).ok()?,
                UnaryOp::Invert => ops::unary(Op::UnaryInvert, &value).ok()?,
            };
            constant_of_value(&result)
        }
        ExprKind::BinOp { left, op, right } => {
            // The right operand first: `x + 1 + 2 + ...` fails at once instead of walking down
            // the left spine at every level.
            let right = value_of(&folded(right)?)?;
            let left = value_of(&folded(left)?)?;
            constant_of_value(&binary(*op, &left, &right)?)
        }
        ExprKind::Tuple { elts, .. } => {
            elts.iter().map(folded).collect::<Option<Vec<_>>>().map(ConstValue::Tuple)
        }
        ExprKind::Subscript { value, slice, .. } => {
            let container = value_of(&folded(value)?)?;
            let index = value_of(&folded(slice)?)?;
            constant_of_value(&ops::get_item(&container, &index).ok()?)
        }
        _ => None,
    }
}

/// The constant an iterated or searched display folds to (CPython's `fold_iter`): a list of
/// constants as a tuple, a set of constants as a frozenset; else what `folded` gives.
pub(super) fn folded_iterable(e: &Expr) -> Option<ConstValue> {
    let items = |elts: &[Expr]| elts.iter().map(folded).collect::<Option<Vec<_>>>();
    match &e.kind {
        ExprKind::List { elts, .. } => items(elts).map(ConstValue::Tuple),
        ExprKind::Set { elts } => items(elts).map(ConstValue::FrozenSet),
        _ => folded(e),
    }
}

/// Whether `e` is worth trying to fold: a node `folded` may turn into a constant.
pub(super) fn may_fold(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::UnaryOp { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Subscript { .. }
    )
}

/// `left op right`, unless CPython's optimizer would leave it to the run: it raises, it is
/// `@`, it formats a str or bytes with `%`, or its result would pass the size limits.
fn binary(op: Operator, left: &Value, right: &Value) -> Option<Value> {
    let op = match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult if small_product(left, right) && small_product(right, left) => BinaryOp::Multiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod if !matches!(left.object(), Some(Object::Str(_) | Object::Bytes(_))) => {
            BinaryOp::Remainder
        }
        Operator::Pow if small_power(left, right) => BinaryOp::Power,
        Operator::LShift if small_shift(left, right) => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
        Operator::Mult | Operator::Mod | Operator::Pow | Operator::LShift | Operator::MatMult => return None,
    };
    ops::binary_op(op, left, right).ok()
}

/// Bits of a nonzero int (`None` for zero and for what is not an int).
fn nonzero_bits(v: &Value) -> Option<u64> {
    v.as_int().filter(|i| !i.is_zero()).map(|i| i.to_bigint().bits())
}

/// CPython's `safe_multiply`, one way round: `n * seq` within the size limits, and an int
/// product within `MAX_INT_BITS`.
fn small_product(n: &Value, other: &Value) -> bool {
    if let (Some(a), Some(b)) = (nonzero_bits(n), nonzero_bits(other)) {
        return a + b <= MAX_INT_BITS;
    }
    let Some(count) = n.as_int() else { return true };
    let (size, limit) = match other.object() {
        Some(Object::Tuple(t)) => (t.len(), MAX_COLLECTION_SIZE),
        Some(Object::Str(s)) => (s.chars().count(), MAX_STR_SIZE),
        Some(Object::Bytes(b)) => (b.len(), MAX_STR_SIZE),
        _ => return true,
    };
    size == 0 || count.as_i64().is_some_and(|n| n >= 0 && (n as u64) <= (limit / size) as u64)
}

/// CPython's `safe_power`: an int to a positive int power within `MAX_INT_BITS`.
fn small_power(base: &Value, exponent: &Value) -> bool {
    let (Some(bits), Some(e)) = (nonzero_bits(base), exponent.as_int()) else { return true };
    match e.as_i64() {
        Some(e) if e <= 0 => true,
        Some(e) => bits <= MAX_INT_BITS / e as u64,
        None => false,
    }
}

/// CPython's `safe_lshift`: a shift of a nonzero int by a count within `MAX_INT_BITS`.
fn small_shift(value: &Value, count: &Value) -> bool {
    let (Some(bits), Some(c)) = (nonzero_bits(value), count.as_int()) else { return true };
    if c.is_zero() {
        return true;
    }
    c.as_i64().is_some_and(|c| c > 0 && c as u64 <= MAX_INT_BITS && bits <= MAX_INT_BITS - c as u64)
}

/// The runtime value of a constant, unless it is one folding leaves alone (`foldable`).
fn value_of(c: &ConstValue) -> Option<Value> {
    foldable(c).then(|| const_value(c))
}

/// Whether folding may compute with `c`: not a str with a lone surrogate (the runtime's text
/// has no way to carry it through), nor a code object or frozenset, nor a tuple holding one.
fn foldable(c: &ConstValue) -> bool {
    match c {
        ConstValue::Str(s) => s.as_str().is_some(),
        ConstValue::Code(_) | ConstValue::FrozenSet(_) => false,
        ConstValue::Tuple(items) => items.iter().all(foldable),
        _ => true,
    }
}

/// The constant for a folded result, if it is of a type a constant can be.
fn constant_of_value(v: &Value) -> Option<ConstValue> {
    Some(match v {
        Value::None => ConstValue::None,
        Value::Bool(b) => ConstValue::Bool(b.get()),
        Value::Int(_) => ConstValue::Int(v.as_int()?),
        Value::Float(x) => ConstValue::Float(x.get()),
        Value::Obj(o) => match &**o {
            Object::BigInt(_) => ConstValue::Int(v.as_int()?),
            Object::Str(s) => ConstValue::Str(s.as_str().into()),
            Object::Bytes(b) => ConstValue::Bytes(b.clone()),
            Object::Complex(real, imag) => ConstValue::Complex { real: *real, imag: *imag },
            Object::Tuple(items) => {
                ConstValue::Tuple(items.iter().map(constant_of_value).collect::<Option<Vec<_>>>()?)
            }
            _ => return None,
        },
    })
}
