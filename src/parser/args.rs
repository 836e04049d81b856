//! Parameters (of `def` and `lambda`) and call arguments (of calls and class bases).

use super::cursor::{Parser, Tok};
use super::expr::boxed;
use crate::ast::*;
use crate::syntax_error::SyntaxError;

type Result<T> = std::result::Result<T, SyntaxError>;

/// Positional arguments and keywords of a call.
pub struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

impl<'a> Parser<'a> {
    /// One parameter: `name [: annotation]` (annotations only in `def`).
    fn parameter(&mut self, annotations: bool, star_annotation: bool) -> Result<Arg> {
        let start = self.peek();
        let (arg, _) = self.name()?;
        let annotation = if annotations && self.eat_op(":") {
            Some(boxed(if star_annotation && self.at_op("*") {
                self.star_expression()?
            } else {
                self.expression()?
            }))
        } else {
            None
        };
        Ok(Arg { arg, annotation, type_comment: None, span: self.span_from(start) })
    }

    /// A parameter list up to (not including) `end` (`)` for def, `:` for lambda).
    pub fn parameters(&mut self, annotations: bool, end: &str) -> Result<Arguments> {
        let mut a = Arguments::default();
        let mut seen_default = false;
        let mut seen_star = false;
        let mut positional: Vec<Arg> = Vec::new();
        while !self.at_op(end) {
            if self.at_op("/") {
                let slash = self.advance();
                if seen_star || !a.posonlyargs.is_empty() || positional.is_empty() {
                    let msg = if positional.is_empty() && !seen_star && a.posonlyargs.is_empty() {
                        "at least one argument must precede /"
                    } else if seen_star {
                        "/ must be ahead of *"
                    } else {
                        "/ may appear only once"
                    };
                    return Err(self.error_at(slash, msg));
                }
                a.posonlyargs = std::mem::take(&mut positional);
            } else if self.at_op("**") {
                self.advance();
                a.kwarg = Some(Box::new(self.parameter(annotations, false)?));
                if self.at_op("=") {
                    return Err(self.error_at(self.peek(), "var-keyword argument cannot have default value"));
                }
                self.eat_op(",");
                if !self.at_op(end) {
                    return Err(self.error_at(self.peek(), "arguments cannot follow var-keyword argument"));
                }
                break;
            } else if self.at_op("*") {
                let star = self.advance();
                if seen_star {
                    return Err(self.error_at(star, "* argument may appear only once"));
                }
                seen_star = true;
                if self.at_op(",") || self.at_op(end) {
                    let after_comma = self.at_op(",") && self.at_op_ahead(1, end);
                    if self.at_op(end) || after_comma {
                        return Err(self.error_at(star, "named arguments must follow bare *"));
                    }
                } else {
                    a.vararg = Some(Box::new(self.parameter(annotations, true)?));
                    if self.at_op("=") {
                        return Err(
                            self.error_at(self.peek(), "var-positional argument cannot have default value")
                        );
                    }
                }
            } else {
                let param = self.parameter(annotations, false)?;
                let default = if self.eat_op("=") { Some(self.expression()?) } else { None };
                if seen_star {
                    a.kwonlyargs.push(param);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(
                                self.error_at(self.prev(), "non-default argument follows default argument")
                            );
                        }
                        None => {}
                    }
                    positional.push(param);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        a.args = positional;
        Ok(a)
    }

    /// `(` arguments `)` after `func`: a Call spanning from `start`.
    pub fn call(&mut self, func: Expr, start: Tok<'_>) -> Result<Expr> {
        self.enter()?;
        let result = self.call_inner(func, start);
        self.leave();
        result
    }

    fn call_inner(&mut self, func: Expr, start: Tok<'_>) -> Result<Expr> {
        let open = self.advance();
        // A generator expression as the sole argument takes the call's parentheses. Otherwise
        // the first argument, parsed already, is handed on (parsing it again would take time
        // exponential in the nesting of calls).
        let mut parsed = None;
        if self.starts_expression() && !self.at_op("*") && !(self.at_name() && self.at_op_ahead(1, "=")) {
            let first_start = self.peek();
            let first = self.named_expression()?;
            if self.at_kw("for") || self.at_kw("async") {
                let generators = self.comprehension_clauses()?;
                if !self.at_op(")") {
                    if self.at_op(",") {
                        return Err(self.error_between(
                            open,
                            self.prev(),
                            "Generator expression must be parenthesized",
                        ));
                    }
                    return Err(self.invalid_syntax());
                }
                let close = self.advance();
                let genexp = Expr {
                    kind: ExprKind::GeneratorExp { elt: boxed(first), generators },
                    span: Span {
                        lineno: open.line,
                        col_offset: open.col,
                        end_lineno: close.end_line,
                        end_col_offset: close.end_col,
                    },
                };
                let kind = ExprKind::Call { func: boxed(func), args: vec![genexp], keywords: vec![] };
                return Ok(self.expr_node(kind, start));
            }
            parsed = Some((first_start, first));
        }
        let CallArgs { args, keywords } = self.arguments_after(")", parsed)?;
        self.expect_op(")")?;
        Ok(self.expr_node(ExprKind::Call { func: boxed(func), args, keywords }, start))
    }

    /// Comma-separated call arguments up to `end`: positional, `*iterable`, `name=value`, `**mapping`.
    pub fn arguments(&mut self, end: &str) -> Result<CallArgs> {
        self.arguments_after(end, None)
    }

    /// `arguments`, of which the first, a positional one starting at a token, may be parsed
    /// already.
    fn arguments_after(&mut self, end: &str, mut first: Option<(Tok<'a>, Expr)>) -> Result<CallArgs> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_double_star = false;
        while first.is_some() || !self.at_op(end) {
            let start = first.as_ref().map_or_else(|| self.peek(), |(t, _)| *t);
            if first.is_none() && self.eat_op("**") {
                let value = self.expression()?;
                keywords.push(Keyword { arg: None, value, span: self.span_from(start) });
                seen_double_star = true;
            } else if first.is_none() && self.at_name() && self.at_op_ahead(1, "=") {
                let (arg, _) = self.name()?;
                self.advance();
                let value = self.expression()?;
                keywords.push(Keyword { arg: Some(arg), value, span: self.span_from(start) });
            } else {
                let e = if let Some((_, e)) = first.take() {
                    e
                } else if self.at_op("*") {
                    // `*iterable` in a call takes a whole expression (`f(*a or b)`).
                    let star = self.advance();
                    let value = self.expression()?;
                    self.expr_node(ExprKind::Starred { value: boxed(value), ctx: ExprContext::Load }, star)
                } else {
                    self.named_expression()?
                };
                if self.at_kw("for") || self.at_kw("async") {
                    self.comprehension_clauses()?;
                    return Err(self.error_between(
                        start,
                        self.prev(),
                        "Generator expression must be parenthesized",
                    ));
                }
                if self.at_op("=") {
                    let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                    return Err(self.error_between(start, self.peek(), msg));
                }
                let starred = matches!(e.kind, ExprKind::Starred { .. });
                if seen_double_star && starred {
                    return Err(self.error_between(
                        start,
                        self.prev(),
                        "iterable argument unpacking follows keyword argument unpacking",
                    ));
                }
                if !keywords.is_empty() && !starred {
                    let msg = if seen_double_star {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    // CPython points at the token after the offending argument.
                    return Err(self.error_at(self.peek(), msg));
                }
                args.push(e);
            }
            if !self.eat_op(",") {
                if !self.at_op(end) {
                    return Err(self.missing_comma_or(start));
                }
                break;
            }
        }
        Ok(CallArgs { args, keywords })
    }
}
