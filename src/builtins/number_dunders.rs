//! Special methods of ints, bools and floats (`(17).__add__(3)`, `(2.5).__floor__()`, ...),
//! run through the same operations the operator syntax uses. As in CPython, a binary
//! method given an operand of a type it does not handle returns `NotImplemented`.

use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::class::base_value;
use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// Binary arithmetic methods and the operator each one runs; `__r*__` forms swap operands.
const ARITHMETIC: &[(&str, BinaryOp)] = &[
    ("add", BinaryOp::Add),
    ("sub", BinaryOp::Subtract),
    ("mul", BinaryOp::Multiply),
    ("truediv", BinaryOp::TrueDivide),
    ("floordiv", BinaryOp::FloorDivide),
    ("mod", BinaryOp::Remainder),
    ("pow", BinaryOp::Power),
    ("and", BinaryOp::And),
    ("or", BinaryOp::Or),
    ("xor", BinaryOp::Xor),
    ("lshift", BinaryOp::Lshift),
    ("rshift", BinaryOp::Rshift),
];

const COMPARISONS: &[(&str, CompareOp)] = &[
    ("lt", CompareOp::Lt),
    ("le", CompareOp::Le),
    ("eq", CompareOp::Eq),
    ("ne", CompareOp::Ne),
    ("gt", CompareOp::Gt),
    ("ge", CompareOp::Ge),
];

/// Methods that take no argument, shared by ints and floats.
const UNARY: &[&str] = &["neg", "pos", "abs", "bool", "int", "float", "trunc", "floor", "ceil"];

/// What a numeric special method does.
enum Dunder {
    Binary { op: BinaryOp, reflected: bool },
    Divmod { reflected: bool },
    Compare(CompareOp),
    Unary(&'static str),
    Round,
}

/// The special method `name` of `receiver`, if it is a number that has one.
fn lookup(receiver: &Value, name: &str) -> Option<Dunder> {
    let is_float = matches!(receiver, Value::Float(_));
    if !is_float && receiver.as_int().is_none() {
        return None;
    }
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    if inner == "round" {
        return Some(Dunder::Round);
    }
    // Floats have no bitwise operators, `__invert__` or `__index__`.
    let int_only = |op: BinaryOp| {
        matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)
            || matches!(op, BinaryOp::Lshift | BinaryOp::Rshift)
    };
    let (base, reflected) = match inner.strip_prefix('r') {
        Some(rest) if rest != "ound" && (ARITHMETIC.iter().any(|(n, _)| *n == rest) || rest == "divmod") => {
            (rest, true)
        }
        _ => (inner, false),
    };
    if base == "divmod" {
        return Some(Dunder::Divmod { reflected });
    }
    if let Some((_, op)) = ARITHMETIC.iter().find(|(n, _)| *n == base) {
        return (!is_float || !int_only(*op)).then_some(Dunder::Binary { op: *op, reflected });
    }
    if let Some((_, op)) = COMPARISONS.iter().find(|(n, _)| *n == inner) {
        return Some(Dunder::Compare(*op));
    }
    let unary = UNARY.iter().find(|n| **n == inner).copied();
    let int_unary = ["invert", "index"].into_iter().find(|n| *n == inner && !is_float);
    unary.or(int_unary).map(Dunder::Unary)
}

/// Whether `receiver.name` is a numeric special method (for attribute lookup).
pub fn has(receiver: &Value, name: &str) -> bool {
    lookup(receiver, name).is_some()
}

/// Whether a number method can take `other` as its operand: ints take ints (and bools),
/// floats take ints and floats. (`(2).__lt__(2.5)` is `NotImplemented`: CPython leaves
/// mixed operations to the float's reflected method.)
fn accepts(receiver: &Value, other: &Value) -> bool {
    other.as_int().is_some() || (matches!(receiver, Value::Float(_)) && matches!(other, Value::Float(_)))
}

fn not_implemented() -> Value {
    Value::obj(Object::NotImplemented)
}

/// The single operand of a binary special method, with CPython's count error (the number
/// inside an instance of a subclass of int or float).
fn one_operand(args: &CallArgs) -> Result<&Value, Value> {
    match args.positional.as_slice() {
        [one] => Ok(base_value(one).unwrap_or(one)),
        other => Err(type_error(format!("expected 1 argument, got {}", other.len()))),
    }
}

/// A number of type `type_name` (`int.__add__` looks its methods up on one).
pub fn sample(type_name: &str) -> Option<Value> {
    match type_name {
        "int" => Some(Value::Int(0)),
        "bool" => Some(Value::bool(false)),
        "float" => Some(Value::raw_float(0.0)),
        _ => None,
    }
}

/// Call the numeric special method `name` (one `has` accepts) on `receiver`.
pub fn call(vm: &mut Vm, receiver: &Value, name: &str, args: CallArgs) -> BuiltinResult {
    let Some(dunder) = lookup(receiver, name) else {
        return Err(type_error(format!("'{}' object has no method '{name}'", receiver.type_name())));
    };
    if !args.keywords.is_empty() {
        return Err(type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match dunder {
        Dunder::Binary { op: BinaryOp::Power, reflected } => power(vm, receiver, reflected, args),
        Dunder::Binary { op, reflected } => one_operand(&args).and_then(|other| {
            if !accepts(receiver, other) {
                return Ok(not_implemented());
            }
            let (a, b) = if reflected { (other, receiver) } else { (receiver, other) };
            ops::binary_op(op, a, b)
        }),
        Dunder::Divmod { reflected } => one_operand(&args).and_then(|other| {
            if !accepts(receiver, other) {
                return Ok(not_implemented());
            }
            let (a, b) = if reflected { (other, receiver) } else { (receiver, other) };
            let pair = vec![a.clone(), b.clone()];
            super::numeric::divmod(vm, CallArgs { positional: pair, keywords: Vec::new() })
        }),
        Dunder::Compare(op) => one_operand(&args).and_then(|other| {
            if !accepts(receiver, other) {
                return Ok(not_implemented());
            }
            ops::compare(op, receiver, other)
        }),
        Dunder::Unary(inner) => match args.positional.len() {
            0 => unary(receiver, inner),
            n => Err(type_error(format!("expected 0 arguments, got {n}"))),
        },
        Dunder::Round => {
            if args.positional.len() > 1 {
                let n = args.positional.len();
                return Err(type_error(format!("__round__ expected at most 1 argument, got {n}")));
            }
            let mut positional = vec![receiver.clone()];
            positional.extend(args.positional);
            super::numeric::round(vm, CallArgs { positional, keywords: Vec::new() })
        }
    }
}

/// `__pow__(other, modulo=None)` and `__rpow__(other, modulo=None)`.
fn power(vm: &mut Vm, receiver: &Value, reflected: bool, args: CallArgs) -> BuiltinResult {
    // CPython's messages here start with a space: the wrapper's name is left empty.
    let (other, modulo) = match args.positional.as_slice() {
        [] => return Err(type_error(" expected at least 1 argument, got 0")),
        [other] => (base_value(other).unwrap_or(other), None),
        [other, modulo] => {
            (base_value(other).unwrap_or(other), Some(modulo).filter(|m| !matches!(m, Value::None)))
        }
        more => return Err(type_error(format!(" expected at most 2 arguments, got {}", more.len()))),
    };
    if !accepts(receiver, other) {
        return Ok(not_implemented());
    }
    let (a, b) = if reflected { (other, receiver) } else { (receiver, other) };
    let mut positional = vec![a.clone(), b.clone()];
    positional.extend(modulo.cloned());
    super::numeric::pow(vm, CallArgs { positional, keywords: Vec::new() })
}

/// The argument-less special methods: `__neg__`, `__abs__`, `__floor__`, ...
fn unary(receiver: &Value, inner: &str) -> BuiltinResult {
    let to_int = |x: f64| super::construct_int(&Value::raw_float(x));
    match (inner, receiver) {
        ("neg", Value::Float(x)) => Ok(Value::raw_float(-x.get())),
        ("neg", _) => Ok(receiver.as_int().map(|i| Value::from_int(i.neg())).unwrap_or(Value::None)),
        ("pos", Value::Float(x)) => Ok(Value::Float(*x)),
        ("abs", Value::Float(x)) => Ok(Value::raw_float(x.get().abs())),
        ("abs", _) => Ok(receiver.as_int().map(|i| Value::from_int(i.abs())).unwrap_or(Value::None)),
        ("bool", _) => Ok(Value::bool(receiver.truthy())),
        ("float", _) => super::construct_float(receiver),
        ("floor", Value::Float(x)) => to_int(x.get().floor()),
        ("ceil", Value::Float(x)) => to_int(x.get().ceil()),
        ("int" | "trunc", Value::Float(x)) => to_int(x.get()),
        ("invert", _) => Ok(receiver.as_int().map(|i| Value::from_int(i.invert())).unwrap_or(Value::None)),
        // `pos`, `int`, `index`, `trunc`, `floor` and `ceil` of an int: the int itself
        // (a bool becomes a plain int).
        _ => Ok(receiver.as_int().map(Value::from_int).unwrap_or(Value::None)),
    }
}
