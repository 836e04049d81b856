//! Patterns of `match` statements (PEP 634): sequences, mappings, classes, captures,
//! wildcards, values, literals, `|` alternatives and `as` bindings.

use super::cursor::{Parser, Tok};
use super::expr::boxed;
use crate::ast::*;
use crate::lexer::TokenKind;
use crate::syntax_error::SyntaxError;

type Result<T> = std::result::Result<T, SyntaxError>;

impl<'a> Parser<'a> {
    fn pattern_node(&self, kind: PatternKind, start: Tok<'_>) -> Pattern {
        Pattern { kind, span: self.span_from(start) }
    }

    /// `patterns`: an open sequence (`case a, b:`) or a single pattern.
    pub fn patterns(&mut self) -> Result<Pattern> {
        let start = self.peek();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Ok(self.pattern_node(PatternKind::MatchSequence { patterns: vec![first] }, start));
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(self.pattern_node(PatternKind::MatchSequence { patterns }, start))
    }

    fn maybe_star_pattern(&mut self) -> Result<Pattern> {
        if self.at_op("*") {
            let start = self.advance();
            let (name, _) = self.name()?;
            let name = if name == "_" { None } else { Some(name) };
            return Ok(self.pattern_node(PatternKind::MatchStar { name }, start));
        }
        self.pattern()
    }

    /// `pattern`: an or-pattern, optionally `as NAME`.
    fn pattern(&mut self) -> Result<Pattern> {
        self.enter()?;
        let result = self.pattern_inner();
        self.leave();
        result
    }

    fn pattern_inner(&mut self) -> Result<Pattern> {
        let start = self.peek();
        let first = self.closed_pattern()?;
        let mut or = if self.at_op("|") {
            let mut patterns = vec![first];
            while self.eat_op("|") {
                patterns.push(self.closed_pattern()?);
            }
            self.pattern_node(PatternKind::MatchOr { patterns }, start)
        } else {
            first
        };
        if self.eat_kw("as") {
            let (name, t) = self.name()?;
            if name == "_" {
                return Err(self.error_at(t, "cannot use '_' as a target"));
            }
            or = self
                .pattern_node(PatternKind::MatchAs { pattern: Some(Box::new(or)), name: Some(name) }, start);
        }
        Ok(or)
    }

    fn closed_pattern(&mut self) -> Result<Pattern> {
        let start = self.peek();
        match (start.kind, start.text) {
            (TokenKind::Op, "(") => {
                self.advance();
                if self.eat_op(")") {
                    return Ok(self.pattern_node(PatternKind::MatchSequence { patterns: vec![] }, start));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat_op(")") {
                    if matches!(first.kind, PatternKind::MatchStar { .. }) {
                        return Ok(
                            self.pattern_node(PatternKind::MatchSequence { patterns: vec![first] }, start)
                        );
                    }
                    return Ok(first);
                }
                let mut patterns = vec![first];
                while self.eat_op(",") {
                    if self.at_op(")") {
                        break;
                    }
                    patterns.push(self.maybe_star_pattern()?);
                }
                self.expect_op(")")?;
                Ok(self.pattern_node(PatternKind::MatchSequence { patterns }, start))
            }
            (TokenKind::Op, "[") => {
                self.advance();
                let mut patterns = Vec::new();
                while !self.at_op("]") {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat_op(",") {
                        break;
                    }
                }
                self.expect_op("]")?;
                Ok(self.pattern_node(PatternKind::MatchSequence { patterns }, start))
            }
            (TokenKind::Op, "{") => self.mapping_pattern(),
            (TokenKind::Name, "None" | "True" | "False") => {
                self.advance();
                let value = match start.text {
                    "None" => Constant::None,
                    "True" => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(self.pattern_node(PatternKind::MatchSingleton { value }, start))
            }
            (TokenKind::Name, _) if self.at_name() => {
                let (id, t) = self.name()?;
                let mut value = Expr {
                    kind: ExprKind::Name { id: id.clone(), ctx: ExprContext::Load },
                    span: Self::span_of(t),
                };
                let dotted = self.at_op(".");
                while self.eat_op(".") {
                    let (attr, _) = self.name()?;
                    value = self.expr_node(
                        ExprKind::Attribute { value: boxed(value), attr, ctx: ExprContext::Load },
                        start,
                    );
                }
                if self.at_op("(") {
                    return self.class_pattern(value, start);
                }
                if dotted {
                    return Ok(self.pattern_node(PatternKind::MatchValue { value: boxed(value) }, start));
                }
                let name = if id == "_" { None } else { Some(id) };
                Ok(self.pattern_node(PatternKind::MatchAs { pattern: None, name }, start))
            }
            _ => {
                let value = self.literal_expression()?;
                Ok(self.pattern_node(PatternKind::MatchValue { value: boxed(value) }, start))
            }
        }
    }

    /// A literal in a pattern or mapping key: a (signed) number, `real ± imag`, strings,
    /// None/True/False, or a dotted name.
    fn literal_expression(&mut self) -> Result<Expr> {
        let start = self.peek();
        if self.at_kind(TokenKind::String) {
            return self.primary_string();
        }
        if self.at_kind(TokenKind::Name) {
            return self.primary();
        }
        let negative = self.at_op("-");
        if negative {
            self.advance();
        }
        if !self.at_kind(TokenKind::Number) {
            return Err(self.invalid_syntax());
        }
        let mut value = self.primary_number()?;
        if negative {
            value = self.expr_node(ExprKind::UnaryOp { op: UnaryOp::USub, operand: boxed(value) }, start);
        }
        if self.at_op("+") || self.at_op("-") {
            let op = if self.advance().text == "+" { Operator::Add } else { Operator::Sub };
            let imag = self.primary_number()?;
            value = self.expr_node(ExprKind::BinOp { left: boxed(value), op, right: boxed(imag) }, start);
        }
        Ok(value)
    }

    fn primary_number(&mut self) -> Result<Expr> {
        if !self.at_kind(TokenKind::Number) {
            return Err(self.invalid_syntax());
        }
        self.primary()
    }

    fn primary_string(&mut self) -> Result<Expr> {
        self.primary()
    }

    fn mapping_pattern(&mut self) -> Result<Pattern> {
        let start = self.advance();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at_op("}") {
            if self.eat_op("**") {
                rest = Some(self.name()?.0);
                self.eat_op(",");
                break;
            }
            keys.push(self.literal_expression()?);
            self.expect_op(":")?;
            patterns.push(self.pattern()?);
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op("}")?;
        Ok(self.pattern_node(PatternKind::MatchMapping { keys, patterns, rest }, start))
    }

    fn class_pattern(&mut self, cls: Expr, start: Tok<'_>) -> Result<Pattern> {
        self.advance();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at_op(")") {
            if self.at_name() && self.at_op_ahead(1, "=") {
                kwd_attrs.push(self.name()?.0);
                self.advance();
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error_at_node(p.span, "positional patterns follow keyword patterns"));
                }
                patterns.push(p);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")")?;
        Ok(self.pattern_node(
            PatternKind::MatchClass { cls: boxed(cls), patterns, kwd_attrs, kwd_patterns },
            start,
        ))
    }
}
