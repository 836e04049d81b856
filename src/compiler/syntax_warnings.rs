//! The SyntaxWarnings CPython's compiler gives for code that compiles but cannot be what was
//! meant (`compile.c`'s `check_compare`, `check_caller`, `check_subscripter`, `check_index`
//! and the `assert` of a tuple): `x is 1`, `(1, 2)(3)`, `5[0]`, `"ab"["x"]`,
//! `assert (x, "message")`. CPython checks the tree after constant folding, so `-1` and
//! `(1, 2)` count as constants here too.

use crate::ast::{CmpOp, Expr, ExprKind};
use crate::bytecode::code::ConstValue;

/// The type of `e` when it is a constant once folded (`1`, `-1.5`, `(1, "a")`, `2 * 3`).
fn constant_type(e: &Expr) -> Option<&'static str> {
    Some(match super::fold::folded(e)? {
        ConstValue::None => "NoneType",
        ConstValue::Bool(_) => "bool",
        ConstValue::Ellipsis => "ellipsis",
        ConstValue::Int(_) => "int",
        ConstValue::Float(_) => "float",
        ConstValue::Complex { .. } => "complex",
        ConstValue::Str(_) => "str",
        ConstValue::Bytes(_) => "bytes",
        ConstValue::Tuple(_) => "tuple",
        ConstValue::FrozenSet(_) => "frozenset",
        ConstValue::Code(_) => return None,
    })
}

/// CPython's `infer_type`: the type an expression's value has whatever it evaluates to.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    constant_type(e).or(match &e.kind {
        ExprKind::Tuple { .. } => Some("tuple"),
        ExprKind::List { .. } | ExprKind::ListComp { .. } => Some("list"),
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => Some("dict"),
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => Some("set"),
        ExprKind::GeneratorExp { .. } => Some("generator"),
        ExprKind::Lambda { .. } => Some("function"),
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => Some("str"),
        ExprKind::Slice { .. } => Some("slice"),
        _ => None,
    })
}

/// `x is 1`, `x is not "a"`: a comparison by identity with a literal.
pub fn compare(left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<String> {
    // None, True, False and Ellipsis are singletons: `is` is right for them.
    let literal = |e: &Expr| constant_type(e).is_some_and(|t| !matches!(t, "NoneType" | "bool" | "ellipsis"));
    let mut before = left;
    for (op, right) in ops.iter().zip(comparators) {
        let (name, meant) = match op {
            CmpOp::Is => ("is", "=="),
            CmpOp::IsNot => ("is not", "!="),
            _ => {
                before = right;
                continue;
            }
        };
        if literal(before) || literal(right) {
            return Some(format!("\"{name}\" with a literal. Did you mean \"{meant}\"?"));
        }
        before = right;
    }
    None
}

/// `(1, 2)(3)`, `"a"()`: a call of a value that cannot be callable.
pub fn caller(func: &Expr) -> Option<String> {
    let display = matches!(
        func.kind,
        ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::Dict { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. }
    );
    let name = if display { inferred_type(func) } else { constant_type(func) }?;
    Some(format!("'{name}' object is not callable; perhaps you missed a comma?"))
}

/// `5[0]`, `{1}[0]`, `"ab"["x"]`, `[1, 2]["a"]`: the warnings of a subscript being read, in
/// CPython's order (the subscripted value, then the index).
pub fn subscript(value: &Expr, slice: &Expr) -> Vec<String> {
    let mut warnings = Vec::new();
    let unsubscriptable = match &value.kind {
        ExprKind::Set { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Lambda { .. } => true,
        _ => constant_type(value)
            .is_some_and(|t| matches!(t, "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex")),
    };
    if unsubscriptable && let Some(name) = inferred_type(value) {
        warnings.push(format!("'{name}' object is not subscriptable; perhaps you missed a comma?"));
    }
    if let Some(index) = inferred_type(slice).filter(|t| !matches!(*t, "int" | "bool" | "slice")) {
        let sequence = match &value.kind {
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => inferred_type(value),
            _ => constant_type(value).filter(|t| matches!(*t, "str" | "bytes" | "tuple")),
        };
        if let Some(sequence) = sequence {
            warnings.push(format!(
                "{sequence} indices must be integers or slices, not {index}; perhaps you missed a comma?"
            ));
        }
    }
    warnings
}

/// `assert (x, "message")`: a non-empty tuple is always true.
pub fn assert_test(test: &Expr) -> Option<String> {
    matches!(&test.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty())
        .then(|| "assertion is always true, perhaps remove parentheses?".to_string())
}

/// The keywords that may follow a number in valid code (`1 if x else 2`), and so only warn
/// when written right after it (`1if x else 2`): the C tokenizer's `verify_end_of_number`.
const AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

/// The tokenizer's SyntaxWarnings: a number run into one of those keywords (`0x1for`,
/// `1else`) is an "invalid decimal literal" (hexadecimal, octal, binary, imaginary), by
/// line, in source order. A byte scan first, so that ordinary source is not tokenized twice.
pub fn number_keyword_warnings(text: &str) -> Vec<(u32, String)> {
    let bytes = text.as_bytes();
    let suspicious = (0..bytes.len()).any(|i| {
        matches!(bytes[i], b'0'..=b'9' | b'.' | b'j' | b'J')
            && AFTER_NUMBER.iter().any(|k| bytes[i + 1..].starts_with(k.as_bytes()))
    });
    if !suspicious {
        return Vec::new();
    }
    let tokens = crate::lexer::tokenize(text).tokens;
    let mut warnings = Vec::new();
    for pair in tokens.windows(2) {
        let (number, next) = (&pair[0], &pair[1]);
        if number.kind != crate::lexer::TokenKind::Number
            || next.kind != crate::lexer::TokenKind::Name
            || next.start_byte != number.end_byte
            || !AFTER_NUMBER.iter().any(|k| next.text(text).starts_with(k))
        {
            continue;
        }
        let literal = number.text(text).to_ascii_lowercase();
        let kind = match literal.get(..2) {
            Some("0x") => "hexadecimal",
            Some("0o") => "octal",
            Some("0b") => "binary",
            _ if literal.ends_with('j') => "imaginary",
            _ => "decimal",
        };
        warnings.push((number.start.line, format!("invalid {kind} literal")));
    }
    warnings
}
