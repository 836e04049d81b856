//! `match` statements (PEP 634), compiled as CPython 3.11's `compiler_match` compiles them.
//!
//! A pattern consumes the subject on top of the stack. Captured values stay on the stack,
//! below the items the enclosing patterns still need (`on_top`), and are stored only once
//! the whole pattern has matched; a failed check jumps to a "fail pop" label that pops what
//! has piled up so far and falls through to the next case. Each instruction carries the span
//! of the pattern it checks. The checks themselves run in `vm/matching.rs`.

use super::codegen::{CompileError, Compiler, constant_of, syntax_error};
use crate::ast::*;
use crate::bytecode::code::ConstValue;
use crate::bytecode::opcode::{BinaryOp, CompareOp, Op};

type Result<T> = std::result::Result<T, CompileError>;

/// The state of the pattern being compiled (CPython's `pattern_context`).
struct PatternContext {
    /// Names captured so far; their values lie on the stack with the first one highest.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (last case, guarded case, sub-pattern).
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the jumps to the failure path that must pop `n` items first.
    fail_pop: Vec<Vec<usize>>,
    /// Items above the captured values that the pattern being compiled must keep.
    on_top: usize,
    /// The span of the pattern entered last: CPython reports some errors there.
    last_span: Span,
}

impl PatternContext {
    fn new(allow_irrefutable: bool, span: Span) -> PatternContext {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
            last_span: span,
        }
    }
}

/// `_`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

/// `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

/// A mapping key's value if it is a literal (CPython folds `-1` into a constant first).
fn literal_key(key: &Expr) -> Option<Constant> {
    match &key.kind {
        ExprKind::Constant { value, .. } => Some(value.clone()),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match literal_key(operand)? {
            Constant::Int(n) => Some(Constant::Int(-n)),
            Constant::Float(x) => Some(Constant::Float(-x)),
            Constant::Complex { real, imag } => Some(Constant::Complex { real: -real, imag: -imag }),
            _ => None,
        },
        _ => None,
    }
}

/// Whether two literal keys are equal as set members (`1 == 1.0 == True`).
fn same_key(a: &Constant, b: &Constant) -> bool {
    use num_traits::ToPrimitive;
    let number = |c: &Constant| match c {
        Constant::Bool(b) => Some(f64::from(u8::from(*b))),
        Constant::Int(n) => n.to_f64(),
        Constant::Float(x) => Some(*x),
        _ => None,
    };
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

impl<'t> Compiler<'t> {
    /// `match subject: case ...`.
    pub(super) fn match_statement(&mut self, subject: &Expr, cases: &'t [MatchCase]) -> Result<()> {
        self.expr(subject)?;
        let Some(last) = cases.len().checked_sub(1) else { return Ok(()) };
        // A trailing `case _:` needs neither a copy of the subject nor a check.
        let has_default = last > 0 && is_wildcard(&cases[last].pattern);
        let checked = if has_default { last } else { cases.len() };
        let mut ends = Vec::new();
        for (i, case) in cases[..checked].iter().enumerate() {
            let span = case.pattern.span;
            self.unit().span = span;
            // The last checked case consumes the subject itself.
            let keep_subject = i + 1 != checked;
            if keep_subject {
                self.emit(Op::Copy, 1);
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatternContext::new(case.guard.is_some() || i == last, span);
            self.pattern(&case.pattern, &mut pc)?;
            self.unit().span = span;
            for name in &pc.stores {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                self.expr(guard)?;
                self.unit().span = span;
                // The captures are stored already: only the subject (if kept) remains.
                self.jump_to_fail(&mut pc, Op::PopJumpIfFalse, 0);
            }
            if keep_subject {
                self.emit(Op::PopTop, 0);
            }
            self.stmts(&case.body)?;
            ends.push(self.emit(Op::Jump, 0));
            self.unit().span = span;
            self.emit_fail_pop(&mut pc);
        }
        if has_default {
            let case = &cases[last];
            self.unit().span = case.pattern.span;
            self.emit(Op::Nop, 0);
            if let Some(guard) = &case.guard {
                self.expr(guard)?;
                self.unit().span = case.pattern.span;
                ends.push(self.emit(Op::PopJumpIfFalse, 0));
            }
            self.stmts(&case.body)?;
        }
        let end = self.unit().here();
        for jump in ends {
            self.unit().patch(jump, end);
        }
        Ok(())
    }

    /// Match the subject on top of the stack against `p`, consuming it.
    fn pattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> Result<()> {
        self.unit().span = p.span;
        pc.last_span = p.span;
        use PatternKind::*;
        match &p.kind {
            MatchValue { value } => {
                self.expr(value)?;
                self.unit().span = p.span;
                self.emit(Op::CompareOp, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            MatchSingleton { value } => {
                let index = self.unit().constant(constant_of(value));
                self.emit(Op::LoadConst, index);
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            MatchSequence { patterns } => self.sequence_pattern(p, patterns, pc)?,
            MatchMapping { keys, patterns, rest } => self.mapping_pattern(p, keys, patterns, rest, pc)?,
            MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?
            }
            MatchStar { name } => self.store_capture(name.as_deref(), p.span, pc)?,
            MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return syntax_error(&msg, p.span);
                }
                self.store_capture(name.as_deref(), p.span, pc)?;
            }
            MatchAs { pattern: Some(inner), name } => {
                // Keep a copy to store if the inner pattern matches.
                pc.on_top += 1;
                self.emit(Op::Copy, 1);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.unit().span = p.span;
                self.store_capture(name.as_deref(), p.span, pc)?;
            }
            MatchOr { patterns } => self.or_pattern(p, patterns, pc)?,
        }
        Ok(())
    }

    /// A pattern inside another: irrefutable ones are fine there.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> Result<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// Jump with `op` to the failure path, popping what this pattern has piled up.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.jump_to_fail(pc, op, pops);
    }

    /// Jump with `op` to the failure path that pops `pops` items.
    fn jump_to_fail(&mut self, pc: &mut PatternContext, op: Op, pops: usize) {
        if pc.fail_pop.len() <= pops {
            pc.fail_pop.resize_with(pops + 1, Vec::new);
        }
        let jump = self.emit(op, 0);
        pc.fail_pop[pops].push(jump);
    }

    /// The failure path: `fail_pop[n]` pops `n` items, falling through to `fail_pop[0]`.
    fn emit_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.iter().enumerate().rev() {
            let here = self.unit().here();
            for &jump in jumps {
                self.unit().patch(jump, here);
            }
            if n > 0 {
                self.emit(Op::PopTop, 0);
            }
        }
    }

    /// Move TOS `count` places down (CPython's `pattern_helper_rotate`).
    fn rotate(&mut self, count: usize) {
        for i in (2..=count).rev() {
            self.emit(Op::Swap, i as u32);
        }
    }

    /// Keep TOS as the value of capture `name` (dropped for a wildcard).
    fn store_capture(&mut self, name: Option<&str>, span: Span, pc: &mut PatternContext) -> Result<()> {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return syntax_error("cannot assign to __debug__", span);
        }
        if pc.stores.iter().any(|s| s == name) {
            return syntax_error(&format!("multiple assignments to name '{name}' in pattern"), span);
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// `TOS is not None`, jumping to the failure path when it is None (TOS stays).
    fn fail_if_none(&mut self, pc: &mut PatternContext) {
        self.emit(Op::Copy, 1);
        self.none();
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
    }

    fn load_int(&mut self, n: usize) {
        let index = self.unit().constant(ConstValue::Int(crate::runtime::int::Int::from(n as i64)));
        self.emit(Op::LoadConst, index);
    }

    /// `len(TOS) op n`, failing if false.
    fn check_len(&mut self, op: CompareOp, n: usize, pc: &mut PatternContext) {
        self.emit(Op::GetLen, 0);
        self.load_int(n);
        self.emit(Op::CompareOp, op as u32);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
    }

    /// `[a, *rest, b]` / `(a, b)`: a sequence (not str, bytes or bytearray) of the right length.
    fn sequence_pattern(&mut self, p: &Pattern, patterns: &[Pattern], pc: &mut PatternContext) -> Result<()> {
        let mut star = None;
        for (i, q) in patterns.iter().enumerate() {
            if matches!(q.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return syntax_error("multiple starred names in sequence pattern", p.span);
                }
                star = Some(i);
            }
        }
        let star_wildcard = star.is_some_and(|i| is_star_wildcard(&patterns[i]));
        let only_wildcard = patterns.iter().all(|q| is_wildcard(q) || is_star_wildcard(q));
        let size = patterns.len();
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => self.check_len(CompareOp::Eq, size, pc),
            Some(_) if size > 1 => self.check_len(CompareOp::Ge, size - 1, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::PopTop, 0);
        } else if star_wildcard {
            self.sequence_by_index(p.span, patterns, star.unwrap_or(size), pc)?;
        } else {
            self.sequence_by_unpacking(p, patterns, star, pc)?;
        }
        Ok(())
    }

    /// Unpack the subject (UNPACK_SEQUENCE / UNPACK_EX) and match each item.
    fn sequence_by_unpacking(
        &mut self,
        p: &Pattern,
        patterns: &[Pattern],
        star: Option<usize>,
        pc: &mut PatternContext,
    ) -> Result<()> {
        let size = patterns.len();
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i >= 1 << 8 || after >= (i32::MAX >> 8) as usize {
                    let msg = "too many expressions in star-unpacking sequence pattern";
                    return syntax_error(msg, p.span);
                }
                self.emit(Op::UnpackEx, (i | (after << 8)) as u32);
            }
            None => {
                self.emit(Op::UnpackSequence, size as u32);
            }
        }
        pc.on_top += size;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    /// With a `*_` wildcard, pick the items by index instead (`len(s) - k` from the end, as
    /// the subject may not support negative indices).
    fn sequence_by_index(
        &mut self,
        span: Span,
        patterns: &[Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> Result<()> {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, q) in patterns.iter().enumerate() {
            if is_wildcard(q) || i == star {
                continue;
            }
            self.unit().span = span;
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_int(i);
            } else {
                self.emit(Op::GetLen, 0);
                self.load_int(size - i);
                self.emit(Op::BinaryOp, BinaryOp::Subtract as u32);
            }
            self.emit(Op::BinarySubscr, 0);
            self.subpattern(q, pc)?;
        }
        self.unit().span = span;
        pc.on_top -= 1;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// `{"k": v, **rest}`: a mapping with those keys (MATCH_KEYS fetches their values).
    fn mapping_pattern(
        &mut self,
        p: &Pattern,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: &Option<Identifier>,
        pc: &mut PatternContext,
    ) -> Result<()> {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.check_len(CompareOp::Ge, size, pc);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            match literal_key(key) {
                Some(value) => {
                    if seen.iter().any(|s| same_key(s, &value)) {
                        let mut repr = String::new();
                        crate::ast::repr::repr_constant(&value, &mut repr);
                        return syntax_error(
                            &format!("mapping pattern checks duplicate key ({repr})"),
                            p.span,
                        );
                    }
                    seen.push(value);
                }
                None if matches!(key.kind, ExprKind::Attribute { .. }) => {}
                None => {
                    let msg = "mapping pattern keys may only match literals and attribute lookups";
                    return syntax_error(msg, p.span);
                }
            }
            self.expr(key)?;
            self.unit().span = p.span;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        // The tuple of keys and the tuple of values (or None) lie on the subject now.
        pc.on_top += 2;
        self.fail_if_none(pc);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        self.unit().span = p.span;
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject), then `del rest[key]` for each key.
                self.emit(Op::BuildMap, 0);
                self.emit(Op::Swap, 3);
                self.emit(Op::DictUpdate, 2);
                self.emit(Op::UnpackSequence, size as u32);
                for remaining in (1..=size).rev() {
                    self.emit(Op::Copy, 1 + remaining as u32);
                    self.emit(Op::Swap, 2);
                    self.emit(Op::DeleteSubscr, 0);
                }
                let span = pc.last_span;
                self.store_capture(Some(name), span, pc)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    /// `Point(x, y=0)`: an instance of the class; MATCH_CLASS fetches the attributes.
    fn class_pattern(
        &mut self,
        p: &Pattern,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[Identifier],
        kwd_patterns: &[Pattern],
        pc: &mut PatternContext,
    ) -> Result<()> {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            let span_of = |j: usize| kwd_patterns.get(j).map_or(p.span, |q| q.span);
            if attr == "__debug__" {
                return syntax_error("cannot assign to __debug__", span_of(i));
            }
            if let Some(j) = kwd_attrs[i + 1..].iter().position(|other| other == attr) {
                return syntax_error(
                    &format!("attribute name repeated in class pattern: {attr}"),
                    span_of(i + 1 + j),
                );
            }
        }
        self.expr(cls)?;
        self.unit().span = p.span;
        let names = kwd_attrs.iter().map(|a| ConstValue::Str(PyStr::from(a.as_str()))).collect();
        let index = self.unit().constant(ConstValue::Tuple(names));
        self.emit(Op::LoadConst, index);
        self.emit(Op::MatchClass, patterns.len() as u32);
        // TOS is now a tuple of the attributes (or None).
        pc.on_top += 1;
        self.fail_if_none(pc);
        let total = patterns.len() + kwd_patterns.len();
        self.emit(Op::UnpackSequence, total as u32);
        pc.on_top = pc.on_top + total - 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            self.unit().span = p.span;
            if is_wildcard(q) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    /// `a | b | c`: each alternative matches a copy of the subject; all must bind the same
    /// names, and their values are put in the order the first alternative left them.
    fn or_pattern(&mut self, p: &Pattern, alternatives: &[Pattern], pc: &mut PatternContext) -> Result<()> {
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let (outer_on_top, outer_allow) = (pc.on_top, pc.allow_irrefutable);
        let mut control: Option<Vec<String>> = None;
        let mut matched = Vec::new();
        for (i, alt) in alternatives.iter().enumerate() {
            self.unit().span = alt.span;
            pc.stores = Vec::new();
            // An irrefutable alternative must be the last, if it is allowed at all.
            pc.allow_irrefutable = i + 1 == alternatives.len() && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Copy, 1);
            self.pattern(alt, pc)?;
            self.unit().span = alt.span;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => self.reorder_like(names, pc)?,
            }
            matched.push(self.emit(Op::Jump, 0));
            self.emit_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        self.unit().span = p.span;
        // No alternative matched: pop the subject and fail.
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        let here = self.unit().here();
        for jump in matched {
            self.unit().patch(jump, here);
        }
        // Move the new captures under everything the enclosing patterns keep.
        let control = control.unwrap_or_default();
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return syntax_error(
                    &format!("multiple assignments to name '{name}' in pattern"),
                    pc.last_span,
                );
            }
            pc.stores.push(name);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// Check that an alternative bound the names of the first one, and rotate its values
    /// into the same order.
    fn reorder_like(&mut self, control: &[String], pc: &mut PatternContext) -> Result<()> {
        let differ = || syntax_error("alternative patterns bind different names", pc.last_span);
        if control.len() != pc.stores.len() {
            return differ();
        }
        for icontrol in (0..control.len()).rev() {
            let Some(istores) = pc.stores.iter().position(|s| *s == control[icontrol]) else {
                return differ();
            };
            if icontrol != istores {
                let rotations = istores + 1;
                let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                let at = icontrol - istores;
                pc.stores.splice(at..at, rotated);
                for _ in 0..rotations {
                    self.rotate(icontrol + 1);
                }
            }
        }
        Ok(())
    }
}
