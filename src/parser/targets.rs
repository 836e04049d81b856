//! Assignment and deletion targets: expressions parsed as loads are turned into stores or
//! deletes (`ctx=Store()` / `Del()`), and anything that cannot be a target gets CPython's
//! "cannot assign to ..." / "cannot delete ..." error.

use super::cursor::Parser;
use crate::ast::*;
use crate::syntax_error::SyntaxError;

type Result<T> = std::result::Result<T, SyntaxError>;

/// How CPython names an expression in error messages (`_PyPegen_get_expr_name`).
pub fn describe(e: &Expr) -> &'static str {
    use ExprKind::*;
    match &e.kind {
        Attribute { .. } => "attribute",
        Subscript { .. } => "subscript",
        Starred { .. } => "starred",
        Name { .. } => "name",
        List { .. } => "list",
        Tuple { .. } => "tuple",
        Lambda { .. } => "lambda",
        Call { .. } => "function call",
        BoolOp { .. } | BinOp { .. } | UnaryOp { .. } => "expression",
        GeneratorExp { .. } => "generator expression",
        Yield { .. } | YieldFrom { .. } => "yield expression",
        Await { .. } => "await expression",
        ListComp { .. } => "list comprehension",
        SetComp { .. } => "set comprehension",
        DictComp { .. } => "dict comprehension",
        Dict { .. } => "dict literal",
        Set { .. } => "set display",
        JoinedStr { .. } | FormattedValue { .. } => "f-string expression",
        Constant { value: crate::ast::Constant::None, .. } => "None",
        Constant { value: crate::ast::Constant::Bool(true), .. } => "True",
        Constant { value: crate::ast::Constant::Bool(false), .. } => "False",
        Constant { value: crate::ast::Constant::Ellipsis, .. } => "ellipsis",
        Constant { .. } => "literal",
        Compare { .. } => "comparison",
        IfExp { .. } => "conditional expression",
        NamedExpr { .. } => "named expression",
        Slice { .. } => "slice",
    }
}

/// The part of a would-be target that cannot be one.
pub fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } if ctx == ExprContext::Store => invalid_target(value, ctx),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        _ => Some(e),
    }
}

/// Set the context of a valid target, recursively.
pub fn set_context(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_context(x, ctx);
            }
        }
        _ => {}
    }
}

impl<'a> Parser<'a> {
    /// A SyntaxError spanning an AST node.
    pub fn error_at_node(&self, span: Span, msg: &str) -> SyntaxError {
        let line = super::error::source_line(self.src, span.lineno).unwrap_or_default();
        let to_chars =
            |byte: u32| line.get(..byte as usize).map_or(byte, |prefix| prefix.chars().count() as u32);
        let offset = to_chars(span.col_offset) + 1;
        let end_offset =
            if span.end_lineno == span.lineno { to_chars(span.end_col_offset) + 1 } else { offset + 1 };
        SyntaxError {
            kind: crate::syntax_error::SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            lineno: span.lineno,
            offset,
            end_lineno: span.end_lineno,
            end_offset,
            text: Some(line),
        }
    }

    /// Turn a parsed expression into a target with context `ctx`, or CPython's error.
    pub fn to_target(&self, mut e: Expr, ctx: ExprContext) -> Result<Expr> {
        if let Some(bad) = invalid_target(&e, ctx) {
            let verb = if ctx == ExprContext::Del { "delete" } else { "assign to" };
            return Err(self.error_at_node(bad.span, &format!("cannot {verb} {}", describe(bad))));
        }
        set_context(&mut e, ctx);
        Ok(e)
    }

    /// `star_targets` as in `for` loops and comprehensions: stops before `in`.
    pub fn star_targets_until_in(&mut self) -> Result<Expr> {
        let start = self.peek();
        let first = self.star_target_element()?;
        if !self.at_op(",") {
            return self.to_target(first, ExprContext::Store);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_kw("in") || self.at_op("=") {
                break;
            }
            elts.push(self.star_target_element()?);
        }
        let tuple = self.expr_node(ExprKind::Tuple { elts, ctx: ExprContext::Load }, start);
        self.to_target(tuple, ExprContext::Store)
    }

    fn star_target_element(&mut self) -> Result<Expr> {
        if self.at_op("*") {
            let start = self.advance();
            let value = self.star_target_element()?;
            return Ok(
                self.expr_node(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, start)
            );
        }
        self.bitwise_or()
    }
}
