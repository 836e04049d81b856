//! Expression rules, from `star_expressions` down to `atom`, in CPython's precedence order:
//! lambda / conditional, `or`, `and`, `not`, comparisons, `|`, `^`, `&`, shifts, `+ -`,
//! `* / // % @`, unary `+ - ~`, `**`, `await`, primaries (calls, attributes, subscripts), atoms.

use super::cursor::{Parser, Tok};
use super::literal;
use super::strings::{self, StringToken};
use crate::ast::*;
use crate::lexer::TokenKind;
use crate::syntax_error::SyntaxError;

type Result<T> = std::result::Result<T, SyntaxError>;

pub fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl<'a> Parser<'a> {
    pub fn expr_node(&self, kind: ExprKind, start: Tok<'_>) -> Expr {
        Expr { kind, span: self.span_from(start) }
    }

    /// `star_expressions`: one or more `star_expression`s; a comma makes a Tuple.
    pub fn star_expressions(&mut self) -> Result<Expr> {
        let start = self.peek();
        let first = self.star_expression()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(self.expr_node(ExprKind::Tuple { elts, ctx: ExprContext::Load }, start))
    }

    /// `star_expression`: `*` bitwise_or | expression.
    pub fn star_expression(&mut self) -> Result<Expr> {
        if self.at_op("*") {
            let start = self.advance();
            let value = self.bitwise_or()?;
            return Ok(
                self.expr_node(ExprKind::Starred { value: boxed(value), ctx: ExprContext::Load }, start)
            );
        }
        self.expression()
    }

    /// `star_named_expression`: `*` bitwise_or | named_expression.
    pub fn star_named_expression(&mut self) -> Result<Expr> {
        if self.at_op("*") {
            let start = self.advance();
            let value = self.bitwise_or()?;
            return Ok(
                self.expr_node(ExprKind::Starred { value: boxed(value), ctx: ExprContext::Load }, start)
            );
        }
        self.named_expression()
    }

    /// `named_expression`: NAME `:=` expression | expression.
    pub fn named_expression(&mut self) -> Result<Expr> {
        if self.at_name() && self.at_op_ahead(1, ":=") {
            let start = self.peek();
            let (id, _) = self.name()?;
            let target =
                Expr { kind: ExprKind::Name { id, ctx: ExprContext::Store }, span: Self::span_of(start) };
            self.advance();
            let value = self.expression()?;
            return Ok(
                self.expr_node(ExprKind::NamedExpr { target: boxed(target), value: boxed(value) }, start)
            );
        }
        let e = self.expression()?;
        if self.at_op(":=") {
            let msg = format!("cannot use assignment expressions with {}", super::targets::describe(&e));
            // CPython marks the target, as for other invalid targets.
            return Err(self.error_at_node(e.span, &msg));
        }
        Ok(e)
    }

    /// Could the next token start an expression? (For optional trailing parts.)
    pub fn starts_expression(&self) -> bool {
        let t = self.peek();
        match t.kind {
            TokenKind::Name => {
                !super::cursor::KEYWORDS.contains(&t.text)
                    || matches!(t.text, "None" | "True" | "False" | "not" | "lambda" | "await" | "yield")
            }
            TokenKind::Number | TokenKind::String => true,
            TokenKind::Op => matches!(t.text, "(" | "[" | "{" | "-" | "+" | "~" | "*" | "..."),
            _ => false,
        }
    }

    /// `expression`: lambda | disjunction [`if` disjunction `else` expression].
    pub fn expression(&mut self) -> Result<Expr> {
        self.enter()?;
        let result = self.expression_inner();
        self.leave();
        result
    }

    fn expression_inner(&mut self) -> Result<Expr> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let start = self.peek();
        let body = self.disjunction()?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.advance();
        let test = self.disjunction()?;
        if !self.eat_kw("else") {
            return Err(self.error_between(start, self.prev(), "expected 'else' after 'if' expression"));
        }
        let orelse = self.expression()?;
        Ok(self.expr_node(
            ExprKind::IfExp { test: boxed(test), body: boxed(body), orelse: boxed(orelse) },
            start,
        ))
    }

    fn lambda(&mut self) -> Result<Expr> {
        let start = self.advance();
        let args = self.parameters(false, ":")?;
        self.expect_op(":")?;
        let body = self.expression()?;
        Ok(self.expr_node(ExprKind::Lambda { args: Box::new(args), body: boxed(body) }, start))
    }

    fn bool_op(&mut self, word: &str, op: BoolOp, next: fn(&mut Self) -> Result<Expr>) -> Result<Expr> {
        let start = self.peek();
        let first = next(self)?;
        if !self.at_kw(word) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw(word) {
            values.push(next(self)?);
        }
        Ok(self.expr_node(ExprKind::BoolOp { op, values }, start))
    }

    pub fn disjunction(&mut self) -> Result<Expr> {
        self.bool_op("or", BoolOp::Or, Self::conjunction)
    }

    fn conjunction(&mut self) -> Result<Expr> {
        self.bool_op("and", BoolOp::And, Self::inversion)
    }

    fn inversion(&mut self) -> Result<Expr> {
        if self.at_kw("not") {
            self.enter()?;
            let start = self.advance();
            let operand = self.inversion();
            self.leave();
            let operand = operand?;
            return Ok(self.expr_node(ExprKind::UnaryOp { op: UnaryOp::Not, operand: boxed(operand) }, start));
        }
        self.comparison()
    }

    fn comparison_operator(&mut self) -> Option<CmpOp> {
        let t = self.peek();
        let op = match (t.kind, t.text) {
            (TokenKind::Op, "==") => CmpOp::Eq,
            (TokenKind::Op, "!=") => CmpOp::NotEq,
            (TokenKind::Op, "<") => CmpOp::Lt,
            (TokenKind::Op, "<=") => CmpOp::LtE,
            (TokenKind::Op, ">") => CmpOp::Gt,
            (TokenKind::Op, ">=") => CmpOp::GtE,
            (TokenKind::Name, "in") => CmpOp::In,
            (TokenKind::Name, "not")
                if self.peek_at(1).kind == TokenKind::Name && self.peek_at(1).text == "in" =>
            {
                self.advance();
                CmpOp::NotIn
            }
            (TokenKind::Name, "is") => {
                if self.peek_at(1).kind == TokenKind::Name && self.peek_at(1).text == "not" {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self) -> Result<Expr> {
        let start = self.peek();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comparison_operator() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(self.expr_node(ExprKind::Compare { left: boxed(left), ops, comparators }, start))
    }

    /// A left-associative binary level: operands from `next`, operators from `ops`.
    fn binary(&mut self, ops: &[(&str, Operator)], next: fn(&mut Self) -> Result<Expr>) -> Result<Expr> {
        let start = self.peek();
        let mut left = next(self)?;
        loop {
            let t = self.peek();
            let Some(&(_, op)) = ops.iter().find(|(text, _)| t.kind == TokenKind::Op && t.text == *text)
            else {
                return Ok(left);
            };
            self.advance();
            let right = next(self)?;
            left = self.expr_node(ExprKind::BinOp { left: boxed(left), op, right: boxed(right) }, start);
        }
    }

    pub fn bitwise_or(&mut self) -> Result<Expr> {
        self.binary(&[("|", Operator::BitOr)], Self::bitwise_xor)
    }

    fn bitwise_xor(&mut self) -> Result<Expr> {
        self.binary(&[("^", Operator::BitXor)], Self::bitwise_and)
    }

    fn bitwise_and(&mut self) -> Result<Expr> {
        self.binary(&[("&", Operator::BitAnd)], Self::shift_expr)
    }

    fn shift_expr(&mut self) -> Result<Expr> {
        self.binary(&[("<<", Operator::LShift), (">>", Operator::RShift)], Self::sum)
    }

    pub fn sum(&mut self) -> Result<Expr> {
        self.binary(&[("+", Operator::Add), ("-", Operator::Sub)], Self::term)
    }

    fn term(&mut self) -> Result<Expr> {
        self.binary(
            &[
                ("*", Operator::Mult),
                ("/", Operator::Div),
                ("//", Operator::FloorDiv),
                ("%", Operator::Mod),
                ("@", Operator::MatMult),
            ],
            Self::factor,
        )
    }

    fn factor(&mut self) -> Result<Expr> {
        let t = self.peek();
        let op = match (t.kind, t.text) {
            (TokenKind::Op, "+") => UnaryOp::UAdd,
            (TokenKind::Op, "-") => UnaryOp::USub,
            (TokenKind::Op, "~") => UnaryOp::Invert,
            _ => return self.power(),
        };
        self.enter()?;
        let start = self.advance();
        let operand = self.factor();
        self.leave();
        let operand = operand?;
        Ok(self.expr_node(ExprKind::UnaryOp { op, operand: boxed(operand) }, start))
    }

    fn power(&mut self) -> Result<Expr> {
        let start = self.peek();
        let base = self.await_primary()?;
        if !self.eat_op("**") {
            return Ok(base);
        }
        self.enter()?;
        let exponent = self.factor();
        self.leave();
        let exponent = exponent?;
        Ok(self.expr_node(
            ExprKind::BinOp { left: boxed(base), op: Operator::Pow, right: boxed(exponent) },
            start,
        ))
    }

    fn await_primary(&mut self) -> Result<Expr> {
        if self.at_kw("await") {
            let start = self.advance();
            let value = self.primary()?;
            return Ok(self.expr_node(ExprKind::Await { value: boxed(value) }, start));
        }
        self.primary()
    }

    /// `primary`: an atom followed by any number of `.name`, `(args)`, `[slices]`.
    pub fn primary(&mut self) -> Result<Expr> {
        let start = self.peek();
        let mut e = self.atom()?;
        loop {
            if self.at_op(".") {
                self.advance();
                let (attr, _) = self.name()?;
                e = self
                    .expr_node(ExprKind::Attribute { value: boxed(e), attr, ctx: ExprContext::Load }, start);
            } else if self.at_op("(") {
                e = self.call(e, start)?;
            } else if self.at_op("[") {
                self.advance();
                let slice = self.slices()?;
                self.expect_op("]")?;
                e = self.expr_node(
                    ExprKind::Subscript { value: boxed(e), slice: boxed(slice), ctx: ExprContext::Load },
                    start,
                );
            } else {
                return Ok(e);
            }
        }
    }

    /// `slices`: one slice, or several (a Tuple) separated by commas.
    fn slices(&mut self) -> Result<Expr> {
        let start = self.peek();
        let first = self.slice()?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                // `x[*a]` is a one-element tuple of the starred expression.
                return Ok(
                    self.expr_node(ExprKind::Tuple { elts: vec![first], ctx: ExprContext::Load }, start)
                );
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(self.expr_node(ExprKind::Tuple { elts, ctx: ExprContext::Load }, start))
    }

    /// `slice`: `[lower] : [upper] [: [step]]`, a starred expression, or a named expression.
    fn slice(&mut self) -> Result<Expr> {
        let start = self.peek();
        if self.at_op("*") {
            return self.star_expression();
        }
        let lower = if self.at_op(":") { None } else { Some(self.named_expression()?) };
        if !self.at_op(":") {
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        if lower.as_ref().is_some_and(|e| matches!(e.kind, ExprKind::NamedExpr { .. })) {
            return Err(self.invalid_syntax());
        }
        self.advance();
        let upper = if self.at_op(":") || self.at_op(",") || self.at_op("]") {
            None
        } else {
            Some(self.expression()?)
        };
        let mut step = None;
        if self.eat_op(":") && !(self.at_op(",") || self.at_op("]")) {
            step = Some(self.expression()?);
        }
        Ok(self.expr_node(
            ExprKind::Slice { lower: lower.map(boxed), upper: upper.map(boxed), step: step.map(boxed) },
            start,
        ))
    }

    fn atom(&mut self) -> Result<Expr> {
        let t = self.peek();
        match t.kind {
            TokenKind::Name => {
                let value = match t.text {
                    "None" => Some(Constant::None),
                    "True" => Some(Constant::Bool(true)),
                    "False" => Some(Constant::Bool(false)),
                    _ => None,
                };
                if let Some(value) = value {
                    self.advance();
                    return Ok(Expr {
                        kind: ExprKind::Constant { value, kind: None },
                        span: Self::span_of(t),
                    });
                }
                let (id, _) = self.name()?;
                Ok(Expr { kind: ExprKind::Name { id, ctx: ExprContext::Load }, span: Self::span_of(t) })
            }
            TokenKind::Number => {
                self.advance();
                let value = literal::parse_number(t.text).map_err(|msg| self.error_at(t, &msg))?;
                Ok(Expr { kind: ExprKind::Constant { value, kind: None }, span: Self::span_of(t) })
            }
            TokenKind::String => self.strings(),
            TokenKind::Op => match t.text {
                "(" => self.paren_atom(),
                "[" => self.list_atom(),
                "{" => self.brace_atom(),
                "..." => {
                    self.advance();
                    Ok(Expr {
                        kind: ExprKind::Constant { value: Constant::Ellipsis, kind: None },
                        span: Self::span_of(t),
                    })
                }
                _ => Err(self.invalid_syntax()),
            },
            _ => Err(self.invalid_syntax()),
        }
    }

    fn strings(&mut self) -> Result<Expr> {
        let start = self.peek();
        let mut pieces = Vec::new();
        while self.at_kind(TokenKind::String) {
            let t = self.advance();
            pieces.push(StringToken { text: t.text, span: Self::span_of(t) });
        }
        strings::concatenate(&pieces, self.span_from(start), self.filename, Some(self.src))
    }

    /// `(` ... `)`: the empty tuple, a parenthesized expression or yield, a tuple, or a generator.
    fn paren_atom(&mut self) -> Result<Expr> {
        self.enter()?;
        let result = self.paren_atom_inner();
        self.leave();
        result
    }

    fn paren_atom_inner(&mut self) -> Result<Expr> {
        let start = self.advance();
        if self.eat_op(")") {
            return Ok(self.expr_node(ExprKind::Tuple { elts: vec![], ctx: ExprContext::Load }, start));
        }
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op(")")?;
            return Ok(self.expr_node(ExprKind::GeneratorExp { elt: boxed(first), generators }, start));
        }
        if self.eat_op(")") {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_at(self.prev(), "cannot use starred expression here"));
            }
            return Ok(first);
        }
        if !self.at_op(",") {
            return Err(self.missing_comma_or(start));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op(")") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.at_op(")") {
            return Err(self.missing_comma_or(start));
        }
        self.advance();
        Ok(self.expr_node(ExprKind::Tuple { elts, ctx: ExprContext::Load }, start))
    }

    /// After an element of a display: "Perhaps you forgot a comma?" when another expression
    /// follows on the same bracketed line, as CPython suggests; else "invalid syntax".
    pub fn missing_comma_or(&self, _open: Tok<'_>) -> SyntaxError {
        let prev = self.prev();
        let next = self.peek();
        if self.starts_expression() && !matches!(next.text, "*" | "-" | "+" | "~") {
            return self.error_between(prev, next, "invalid syntax. Perhaps you forgot a comma?");
        }
        self.invalid_syntax()
    }

    fn list_atom(&mut self) -> Result<Expr> {
        self.enter()?;
        let result = self.list_atom_inner();
        self.leave();
        result
    }

    fn list_atom_inner(&mut self) -> Result<Expr> {
        let start = self.advance();
        if self.eat_op("]") {
            return Ok(self.expr_node(ExprKind::List { elts: vec![], ctx: ExprContext::Load }, start));
        }
        let first = self.star_named_expression()?;
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op("]")?;
            return Ok(self.expr_node(ExprKind::ListComp { elt: boxed(first), generators }, start));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.at_op("]") {
            return Err(self.missing_comma_or(start));
        }
        self.advance();
        Ok(self.expr_node(ExprKind::List { elts, ctx: ExprContext::Load }, start))
    }

    /// `{` ... `}`: dict, set, or their comprehensions.
    fn brace_atom(&mut self) -> Result<Expr> {
        self.enter()?;
        let result = self.brace_atom_inner();
        self.leave();
        result
    }

    fn brace_atom_inner(&mut self) -> Result<Expr> {
        let start = self.advance();
        if self.eat_op("}") {
            return Ok(self.expr_node(ExprKind::Dict { keys: vec![], values: vec![] }, start));
        }
        // The first entry decides: `**m` or `k: v` makes a dict, anything else a set.
        let (first_key, first_value) = if self.eat_op("**") {
            (None, self.bitwise_or()?)
        } else {
            let e = self.star_named_expression()?;
            if !self.at_op(":") || matches!(e.kind, ExprKind::Starred { .. }) {
                return self.set_rest(start, e);
            }
            self.advance();
            (Some(e), self.expression()?)
        };
        if first_key.is_some() && (self.at_kw("for") || self.at_kw("async")) {
            let generators = self.comprehension_clauses()?;
            self.expect_op("}")?;
            let key = first_key.map(boxed).ok_or_else(|| self.invalid_syntax())?;
            return Ok(
                self.expr_node(ExprKind::DictComp { key, value: boxed(first_value), generators }, start)
            );
        }
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if self.eat_op("**") {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if !self.at_op(":") {
                return Err(self.error_between(
                    self.prev(),
                    self.prev(),
                    "':' expected after dictionary key",
                ));
            }
            self.advance();
            keys.push(Some(key));
            values.push(self.expression()?);
        }
        if !self.at_op("}") {
            return Err(self.missing_comma_or(start));
        }
        self.advance();
        Ok(self.expr_node(ExprKind::Dict { keys, values }, start))
    }

    fn set_rest(&mut self, start: Tok<'_>, first: Expr) -> Result<Expr> {
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op("}")?;
            return Ok(self.expr_node(ExprKind::SetComp { elt: boxed(first), generators }, start));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.at_op("}") {
            return Err(self.missing_comma_or(start));
        }
        self.advance();
        Ok(self.expr_node(ExprKind::Set { elts }, start))
    }

    /// `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`.
    pub fn comprehension_clauses(&mut self) -> Result<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_kw("for") || (self.at_kw("async") && self.peek_at(1).text == "for") {
            let is_async = u32::from(self.eat_kw("async"));
            self.advance();
            let target = self.star_targets_until_in()?;
            if !self.eat_kw("in") {
                return Err(self.invalid_syntax());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    /// `yield_expr`: `yield from` expression | `yield` [star_expressions].
    pub fn yield_expr(&mut self) -> Result<Expr> {
        let start = self.advance();
        if self.eat_kw("from") {
            let value = self.expression()?;
            return Ok(self.expr_node(ExprKind::YieldFrom { value: boxed(value) }, start));
        }
        let value = if self.starts_expression() { Some(boxed(self.star_expressions()?)) } else { None };
        Ok(self.expr_node(ExprKind::Yield { value }, start))
    }

    /// `eval_input`: expressions followed by nothing but newlines.
    pub fn eval_input(&mut self) -> Result<Expr> {
        let e = self.star_expressions()?;
        while self.at_kind(TokenKind::Newline) {
            self.advance();
        }
        if !self.at_kind(TokenKind::EndMarker) {
            return Err(self.invalid_syntax());
        }
        Ok(e)
    }

    /// The expression of an f-string replacement field, wrapped in parentheses by the caller.
    /// CPython parses the wrapped text `(...)` with its `fstring: star_expressions` rule, so a
    /// bare tuple field becomes a parenthesized tuple spanning the added parentheses.
    pub fn fstring_expression(&mut self) -> Result<Expr> {
        let e = self.star_expressions()?;
        if !self.at_kind(TokenKind::EndMarker) && !self.at_kind(TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        Ok(e)
    }
}
