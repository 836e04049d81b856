//! Expressions back to source text, as CPython's compiler writes an annotation under
//! `from __future__ import annotations` (its `ast_unparse.c`): minimal parentheses by
//! operator precedence, constants by their repr.

use super::Constant;
use super::nodes::{Arg, Arguments, BoolOp, CmpOp, Comprehension, Expr, ExprKind, Operator, UnaryOp};
use super::repr::repr_constant;

// Precedence levels, lowest first (CPython's `_Precedence`).
const TUPLE: u8 = 1;
const TEST: u8 = 3;
const OR: u8 = 4;
const AND: u8 = 5;
const NOT: u8 = 6;
const CMP: u8 = 7;
const BOR: u8 = 8;
const BXOR: u8 = 9;
const BAND: u8 = 10;
const SHIFT: u8 = 11;
const ARITH: u8 = 12;
const TERM: u8 = 13;
const FACTOR: u8 = 14;
const POWER: u8 = 15;
const AWAIT: u8 = 16;
const ATOM: u8 = 17;

/// The source text of `e`.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    write(e, TEST, &mut out);
    out
}

fn operator(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => ("+", ARITH),
        Operator::Sub => ("-", ARITH),
        Operator::Mult => ("*", TERM),
        Operator::MatMult => ("@", TERM),
        Operator::Div => ("/", TERM),
        Operator::Mod => ("%", TERM),
        Operator::FloorDiv => ("//", TERM),
        Operator::Pow => ("**", POWER),
        Operator::LShift => ("<<", SHIFT),
        Operator::RShift => (">>", SHIFT),
        Operator::BitOr => ("|", BOR),
        Operator::BitXor => ("^", BXOR),
        Operator::BitAnd => ("&", BAND),
    }
}

fn comparison(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn items(exprs: &[Expr], out: &mut String) {
    for (i, e) in exprs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(e, TEST, out);
    }
}

fn comprehensions(generators: &[Comprehension], out: &mut String) {
    for g in generators {
        out.push_str(if g.is_async != 0 { " async for " } else { " for " });
        write(&g.target, TUPLE, out);
        out.push_str(" in ");
        write(&g.iter, TEST + 1, out);
        for condition in &g.ifs {
            out.push_str(" if ");
            write(condition, TEST + 1, out);
        }
    }
}

/// A lambda's parameters with their defaults, `/` and `*` (CPython's `append_ast_args`),
/// after a space if there are any.
fn parameters(args: &Arguments, out: &mut String) {
    let mut parts = Vec::new();
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let first_default = positional.len().saturating_sub(args.defaults.len());
    for (i, arg) in positional.iter().enumerate() {
        let mut part = arg.arg.to_string();
        if i >= first_default {
            part.push('=');
            write(&args.defaults[i - first_default], TEST, &mut part);
        }
        parts.push(part);
        if i + 1 == args.posonlyargs.len() {
            parts.push("/".to_string());
        }
    }
    match &args.vararg {
        Some(vararg) => parts.push(format!("*{}", vararg.arg)),
        None if !args.kwonlyargs.is_empty() => parts.push("*".to_string()),
        None => {}
    }
    for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        let mut part = arg.arg.to_string();
        if let Some(default) = default {
            part.push('=');
            write(default, TEST, &mut part);
        }
        parts.push(part);
    }
    if let Some(kwarg) = &args.kwarg {
        parts.push(format!("**{}", kwarg.arg));
    }
    if !parts.is_empty() {
        out.push(' ');
        out.push_str(&parts.join(", "));
    }
}

fn write(e: &Expr, level: u8, out: &mut String) {
    let open = |own: u8, out: &mut String| {
        if level > own {
            out.push('(');
        }
    };
    let close = |own: u8, out: &mut String| {
        if level > own {
            out.push(')');
        }
    };
    match &e.kind {
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::Constant { value, kind } => match value {
            Constant::Ellipsis => out.push_str("..."),
            // A `u"..."` literal keeps its prefix, as `ast.unparse` writes it.
            Constant::Str(_) if kind.as_deref() == Some("u") => {
                out.push('u');
                repr_constant(value, out);
            }
            Constant::Float(x) if x.is_infinite() => out.push_str(if *x > 0.0 { "1e309" } else { "-1e309" }),
            other => repr_constant(other, out),
        },
        ExprKind::Attribute { value, attr, .. } => {
            write(value, ATOM, out);
            // `1 .real`: a space keeps the dot from joining the number.
            if matches!(&value.kind, ExprKind::Constant { value: Constant::Int(_), .. }) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            write(value, ATOM, out);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    items(elts, out);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write(slice, TUPLE, out),
            }
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(lower) = lower {
                write(lower, TEST, out);
            }
            out.push(':');
            if let Some(upper) = upper {
                write(upper, TEST, out);
            }
            if let Some(step) = step {
                out.push(':');
                write(step, TEST, out);
            }
        }
        ExprKind::Tuple { elts, .. } => {
            let parens = elts.is_empty() || level > TUPLE;
            if parens {
                out.push('(');
            }
            items(elts, out);
            if elts.len() == 1 {
                out.push(',');
            }
            if parens {
                out.push(')');
            }
        }
        ExprKind::List { elts, .. } => {
            out.push('[');
            items(elts, out);
            out.push(']');
        }
        ExprKind::Set { elts } => {
            out.push('{');
            items(elts, out);
            out.push('}');
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write(k, TEST, out);
                        out.push_str(": ");
                        write(v, TEST, out);
                    }
                    None => {
                        out.push_str("**");
                        write(v, BOR, out);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::BinOp { left, op, right } => {
            let (symbol, own) = operator(*op);
            open(own, out);
            // `**` groups to the right, the others to the left.
            let (l, r) = if own == POWER { (own + 1, own) } else { (own, own + 1) };
            write(left, l, out);
            out.push(' ');
            out.push_str(symbol);
            out.push(' ');
            write(right, r, out);
            close(own, out);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (symbol, own) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            open(own, out);
            out.push_str(symbol);
            write(operand, own, out);
            close(own, out);
        }
        ExprKind::BoolOp { op, values } => {
            let (symbol, own) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            open(own, out);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(symbol);
                }
                write(v, own + 1, out);
            }
            close(own, out);
        }
        ExprKind::Compare { left, ops, comparators } => {
            open(CMP, out);
            write(left, CMP + 1, out);
            for (op, right) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(comparison(*op));
                out.push(' ');
                write(right, CMP + 1, out);
            }
            close(CMP, out);
        }
        ExprKind::Call { func, args, keywords } => {
            write(func, ATOM, out);
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(a, TEST, out);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(&k.value, TEST, out);
            }
            out.push(')');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write(value, BOR, out);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(TEST, out);
            write(body, TEST + 1, out);
            out.push_str(" if ");
            write(test, TEST + 1, out);
            out.push_str(" else ");
            write(orelse, TEST, out);
            close(TEST, out);
        }
        ExprKind::Lambda { args, body } => {
            open(TEST, out);
            out.push_str("lambda");
            parameters(args, out);
            out.push_str(": ");
            write(body, TEST, out);
            close(TEST, out);
        }
        ExprKind::NamedExpr { target, value } => {
            out.push('(');
            write(target, ATOM, out);
            out.push_str(" := ");
            write(value, ATOM, out);
            out.push(')');
        }
        ExprKind::Await { value } => {
            open(AWAIT, out);
            out.push_str("await ");
            write(value, ATOM, out);
            close(AWAIT, out);
        }
        ExprKind::Yield { value } => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                write(v, TUPLE, out);
            }
            out.push(')');
        }
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            write(value, TEST, out);
            out.push(')');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            write(elt, TEST, out);
            comprehensions(generators, out);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            write(elt, TEST, out);
            comprehensions(generators, out);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            write(elt, TEST, out);
            comprehensions(generators, out);
            out.push(')');
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push('{');
            write(key, TEST, out);
            out.push_str(": ");
            write(value, TEST, out);
            comprehensions(generators, out);
            out.push('}');
        }
        ExprKind::JoinedStr { values } => {
            let mut body = String::new();
            fstring_body(values, &mut body);
            out.push('f');
            out.push_str(&super::repr::repr_str(&body));
        }
        ExprKind::FormattedValue { .. } => {
            let mut body = String::new();
            fstring_body(std::slice::from_ref(e), &mut body);
            out.push('f');
            out.push_str(&super::repr::repr_str(&body));
        }
    }
}

/// The text between an f-string's quotes: literal parts with braces doubled, and each
/// replacement field.
fn fstring_body(values: &[Expr], out: &mut String) {
    for v in values {
        match &v.kind {
            ExprKind::Constant { value: Constant::Str(s), .. } => {
                out.push_str(&s.as_str().unwrap_or_default().replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let mut inner = String::new();
                write(value, TEST + 1, &mut inner);
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if *conversion > 0 {
                    out.push('!');
                    out.push(char::from_u32(*conversion as u32).unwrap_or('r'));
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    if let ExprKind::JoinedStr { values } = &spec.kind {
                        fstring_body(values, out);
                    }
                }
                out.push('}');
            }
            _ => {}
        }
    }
}
