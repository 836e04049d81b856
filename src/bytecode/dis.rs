//! The disassembler: code objects printed in the layout of `python3 -m dis` (source line at
//! the start of each line's first instruction, `>>` on jump targets, offset, opcode name,
//! argument, and the argument's meaning in parentheses), nested code objects after their
//! parent under a `Disassembly of <code object ...>:` header.
//!
//! Offsets are instruction indices (our instructions are one unit each). Code objects have no
//! meaningful address, so the header shows their ordinal in disassembly order instead, which
//! keeps the output reproducible.

use std::fmt::Write;

use super::code::{CodeObject, ConstValue};
use super::opcode::{ArgKind, BinaryOp, CompareOp, Op};
use crate::ast::repr::{repr_bytes, repr_constant};

/// The whole disassembly of `code` and the code objects nested in it.
pub fn disassemble(code: &CodeObject) -> String {
    let mut order = Vec::new();
    collect(code, &mut order);
    let mut out = String::new();
    for (n, c) in order.iter().enumerate() {
        if n > 0 {
            let _ = writeln!(out, "\nDisassembly of {}:", code_repr(c, n));
        }
        disassemble_one(c, &order, &mut out);
    }
    out
}

/// Code objects in disassembly order: a parent, then each nested one (depth first).
fn collect<'a>(code: &'a CodeObject, out: &mut Vec<&'a CodeObject>) {
    out.push(code);
    for c in &code.consts {
        if let ConstValue::Code(inner) = c {
            collect(inner, out);
        }
    }
}

fn code_repr(code: &CodeObject, ordinal: usize) -> String {
    format!("<code object {} at #{ordinal}, file \"{}\", line {}>", code.name, code.filename, code.first_line)
}

/// `repr()` of a constant, as `dis` shows it.
pub fn const_repr(value: &ConstValue, order: &[&CodeObject]) -> String {
    let mut out = String::new();
    match value {
        ConstValue::None => out.push_str("None"),
        ConstValue::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        ConstValue::Ellipsis => out.push_str("Ellipsis"),
        ConstValue::Int(n) => out.push_str(&n.to_string()),
        ConstValue::Float(x) => repr_constant(&crate::ast::Constant::Float(*x), &mut out),
        ConstValue::Complex { real, imag } => {
            repr_constant(&crate::ast::Constant::Complex { real: *real, imag: *imag }, &mut out)
        }
        ConstValue::Str(s) => repr_constant(&crate::ast::Constant::Str(s.clone()), &mut out),
        ConstValue::Bytes(b) => repr_bytes(b, &mut out),
        ConstValue::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|i| const_repr(i, order)).collect();
            out.push('(');
            out.push_str(&parts.join(", "));
            if parts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ConstValue::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(|i| const_repr(i, order)).collect();
            out.push_str(&format!("frozenset({{{}}})", parts.join(", ")));
        }
        ConstValue::Code(c) => {
            let ordinal = order.iter().position(|o| std::ptr::eq(*o, &**c)).unwrap_or(0);
            out.push_str(&code_repr(c, ordinal));
        }
    }
    out
}

/// What an instruction's argument means, as `dis` prints it in parentheses.
fn arg_repr(code: &CodeObject, op: Op, arg: u32, order: &[&CodeObject]) -> String {
    let name = |list: &[String]| list.get(arg as usize).cloned().unwrap_or_default();
    match op.arg_kind() {
        ArgKind::None | ArgKind::Number => match op {
            Op::FormatValue => {
                let conversion = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                match (conversion, arg & 4 != 0) {
                    ("", true) => "with format".into(),
                    (c, true) => format!("{c}, with format"),
                    (c, false) => c.into(),
                }
            }
            Op::MakeFunction => ["defaults", "kwdefaults", "annotations", "closure"]
                .iter()
                .enumerate()
                .filter(|(bit, _)| arg & (1 << bit) != 0)
                .map(|(_, n)| *n)
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        },
        ArgKind::Const => code.consts.get(arg as usize).map(|c| const_repr(c, order)).unwrap_or_default(),
        ArgKind::Name => name(&code.names),
        ArgKind::Local => name(&code.varnames),
        ArgKind::Deref => code.deref_name(arg as usize).unwrap_or_default().to_string(),
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinaryOp => BinaryOp::from_arg(arg)
            .map(|(op, inplace)| format!("{}{}", op.symbol(), if inplace { "=" } else { "" }))
            .unwrap_or_default(),
        ArgKind::Compare => CompareOp::from_arg(arg).map(|c| c.symbol().to_string()).unwrap_or_default(),
    }
}

/// One instruction as `dis` shows it.
#[derive(Clone, Debug)]
pub struct Row {
    pub index: usize,
    pub line: u32,
    /// The first instruction of its source line.
    pub starts_line: bool,
    /// A jump or an exception handler goes here (`>>`).
    pub target: bool,
    pub name: &'static str,
    pub arg: Option<u32>,
    /// What the argument means (a name, a constant's repr, `to 12`), or empty.
    pub meaning: String,
}

/// The instructions of one code object (nested ones not included), for a debugger's view.
pub fn rows(code: &CodeObject) -> Vec<Row> {
    let mut order = Vec::new();
    collect(code, &mut order);
    rows_in(code, &order)
}

fn rows_in(code: &CodeObject, order: &[&CodeObject]) -> Vec<Row> {
    let targets: std::collections::HashSet<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op.arg_kind() == ArgKind::Jump)
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = None;
    let mut rows = Vec::with_capacity(code.instructions.len());
    for (index, instruction) in code.instructions.iter().enumerate() {
        let line = code.line_of(index);
        let has_arg = instruction.op.arg_kind() != ArgKind::None;
        rows.push(Row {
            index,
            line,
            starts_line: last_line != Some(line),
            target: targets.contains(&(index as u32)),
            name: instruction.op.name(),
            arg: has_arg.then_some(instruction.arg),
            meaning: if has_arg {
                arg_repr(code, instruction.op, instruction.arg, order)
            } else {
                String::new()
            },
        });
        last_line = Some(line);
    }
    rows
}

fn disassemble_one(code: &CodeObject, order: &[&CodeObject], out: &mut String) {
    let max_line = code.spans.iter().map(|s| s.lineno).max().unwrap_or(0);
    let line_width = if max_line >= 1000 { max_line.to_string().len() } else { 3 };
    for row in rows_in(code, order) {
        if row.starts_line && row.index > 0 {
            out.push('\n');
        }
        let line = row.line;
        let mut fields =
            vec![if row.starts_line { format!("{line:>line_width$}") } else { " ".repeat(line_width) }];
        fields.push("   ".into());
        fields.push(if row.target { ">>".into() } else { "  ".into() });
        fields.push(format!("{:>4}", row.index));
        fields.push(format!("{:<20}", row.name));
        if let Some(arg) = row.arg {
            fields.push(format!("{arg:>5}"));
            if !row.meaning.is_empty() {
                fields.push(format!("({})", row.meaning));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(out, "  {} to {} -> {} [{}]{lasti}", e.start, e.end, e.target, e.depth);
        }
    }
}
