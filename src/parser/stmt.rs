//! Statement rules: the file, blocks, simple statements (assignments, imports, `return`, ...)
//! and compound statements (`if`, loops, `with`, `try`, `def`, `class`, `match`, decorators).

use super::cursor::{Parser, Tok};
use super::expr::boxed;
use crate::ast::*;
use crate::lexer::TokenKind;
use crate::syntax_error::SyntaxError;

type Result<T> = std::result::Result<T, SyntaxError>;

const AUGMENTED: [(&str, Operator); 13] = [
    ("+=", Operator::Add),
    ("-=", Operator::Sub),
    ("*=", Operator::Mult),
    ("@=", Operator::MatMult),
    ("/=", Operator::Div),
    ("%=", Operator::Mod),
    ("&=", Operator::BitAnd),
    ("|=", Operator::BitOr),
    ("^=", Operator::BitXor),
    ("<<=", Operator::LShift),
    (">>=", Operator::RShift),
    ("**=", Operator::Pow),
    ("//=", Operator::FloorDiv),
];

impl<'a> Parser<'a> {
    /// `file`: statements up to the end marker.
    pub fn file(&mut self) -> Result<Vec<Stmt>> {
        let mut body = Vec::new();
        while !self.at_kind(TokenKind::EndMarker) {
            if self.at_kind(TokenKind::Newline) {
                self.advance();
                continue;
            }
            if self.at_kind(TokenKind::Indent) {
                return Err(self.unexpected_indent());
            }
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn unexpected_indent(&self) -> SyntaxError {
        let mut e = self.indentation_error("unexpected indent");
        let t = self.peek_at(1);
        e.lineno = t.line;
        e.text = super::error::source_line(self.src, t.line);
        e.offset = 0;
        e
    }

    /// One statement line: a compound statement, or simple statements separated by `;`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> Result<()> {
        if let Some(stmt) = self.compound_statement()? {
            out.push(stmt);
            return Ok(());
        }
        loop {
            out.push(self.simple_statement()?);
            if !self.eat_op(";") || self.at_kind(TokenKind::Newline) {
                break;
            }
        }
        if !self.at_kind(TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        self.advance();
        Ok(())
    }

    /// A block after `:`: an indented suite, or simple statements on the same line.
    /// `what` names the statement for "expected an indented block after ...".
    fn block(&mut self, what: &str) -> Result<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at_kind(TokenKind::Newline) {
            self.statement_simple_only(&mut body)?;
            return Ok(body);
        }
        let newline = self.advance();
        if !self.at_kind(TokenKind::Indent) {
            let msg = format!("expected an indented block after {what} on line {}", self.header_line);
            let mut e = self.indentation_error(&msg);
            if self.at_kind(TokenKind::EndMarker) {
                e.lineno = newline.line + 1;
                e.text = super::error::source_line(self.src, e.lineno);
                e.offset = 1;
                e.end_offset = 1;
            }
            return Err(e);
        }
        self.advance();
        self.enter()?;
        while !self.at_kind(TokenKind::Dedent) && !self.at_kind(TokenKind::EndMarker) {
            if self.at_kind(TokenKind::Indent) {
                self.leave();
                return Err(self.unexpected_indent());
            }
            if let Err(e) = self.statement(&mut body) {
                self.leave();
                return Err(e);
            }
        }
        self.leave();
        self.eat_dedent();
        Ok(body)
    }

    fn eat_dedent(&mut self) {
        if self.at_kind(TokenKind::Dedent) {
            self.advance();
        }
    }

    fn statement_simple_only(&mut self, out: &mut Vec<Stmt>) -> Result<()> {
        loop {
            out.push(self.simple_statement()?);
            if !self.eat_op(";") || self.at_kind(TokenKind::Newline) {
                break;
            }
        }
        if !self.at_kind(TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        self.advance();
        Ok(())
    }

    /// `:` then a block, remembering the header's line for error messages.
    fn colon_block(&mut self, what: &str, header: Tok<'_>) -> Result<Vec<Stmt>> {
        if !self.at_op(":") {
            if self.at_kind(TokenKind::Newline) {
                return Err(self.expected(":"));
            }
            return Err(self.invalid_syntax());
        }
        self.advance();
        let saved = self.header_line;
        self.header_line = header.line;
        let body = self.block(what);
        self.header_line = saved;
        body
    }

    fn simple_statement(&mut self) -> Result<Stmt> {
        let start = self.peek();
        if start.kind == TokenKind::Name {
            let kind = match start.text {
                "pass" => Some(StmtKind::Pass),
                "break" => Some(StmtKind::Break),
                "continue" => Some(StmtKind::Continue),
                _ => None,
            };
            if let Some(kind) = kind {
                self.advance();
                return Ok(Stmt { kind, span: Self::span_of(start) });
            }
            match start.text {
                "return" => return self.return_stmt(),
                "import" => return self.import_stmt(),
                "from" => return self.import_from(),
                "raise" => return self.raise_stmt(),
                "global" | "nonlocal" => return self.global_stmt(),
                "del" => return self.del_stmt(),
                "assert" => return self.assert_stmt(),
                _ => {}
            }
        }
        self.expression_statement()
    }

    fn stmt_node(&self, kind: StmtKind, start: Tok<'_>) -> Stmt {
        Stmt { kind, span: self.span_from(start) }
    }

    fn return_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let value = if self.starts_expression() { Some(boxed(self.star_expressions()?)) } else { None };
        Ok(self.stmt_node(StmtKind::Return { value }, start))
    }

    fn raise_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let mut exc = None;
        let mut cause = None;
        if self.starts_expression() {
            exc = Some(boxed(self.expression()?));
            if self.eat_kw("from") {
                cause = Some(boxed(self.expression()?));
            }
        }
        Ok(self.stmt_node(StmtKind::Raise { exc, cause }, start))
    }

    fn global_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let mut names = vec![self.name()?.0];
        while self.eat_op(",") {
            names.push(self.name()?.0);
        }
        let kind =
            if start.text == "global" { StmtKind::Global { names } } else { StmtKind::Nonlocal { names } };
        Ok(self.stmt_node(kind, start))
    }

    fn assert_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let test = boxed(self.expression()?);
        let msg = if self.eat_op(",") { Some(boxed(self.expression()?)) } else { None };
        Ok(self.stmt_node(StmtKind::Assert { test, msg }, start))
    }

    fn del_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let mut targets = Vec::new();
        loop {
            let e = self.bitwise_or()?;
            targets.push(self.to_target(e, ExprContext::Del)?);
            if !self.eat_op(",") || !self.starts_expression() {
                break;
            }
        }
        if !self.at_kind(TokenKind::Newline) && !self.at_op(";") {
            return Err(self.invalid_syntax());
        }
        Ok(self.stmt_node(StmtKind::Delete { targets }, start))
    }

    /// `a.b.c`, as one string.
    fn dotted_name(&mut self) -> Result<String> {
        let mut name = self.name()?.0;
        while self.at_op(".") {
            self.advance();
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    fn import_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let mut names = Vec::new();
        loop {
            let alias_start = self.peek();
            let name = self.dotted_name()?;
            let asname = if self.eat_kw("as") { Some(self.name()?.0) } else { None };
            names.push(Alias { name, asname, span: self.span_from(alias_start) });
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(self.stmt_node(StmtKind::Import { names }, start))
    }

    fn import_from(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let mut level = 0;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level == 0 || !self.at_kw("import") { Some(self.dotted_name()?) } else { None };
        if !self.eat_kw("import") {
            return Err(self.invalid_syntax());
        }
        let mut names = Vec::new();
        if self.at_op("*") {
            let star = self.advance();
            names.push(Alias { name: "*".into(), asname: None, span: Self::span_of(star) });
        } else {
            let parenthesized = self.eat_op("(");
            loop {
                let alias_start = self.peek();
                let (name, _) = self.name()?;
                let asname = if self.eat_kw("as") { Some(self.name()?.0) } else { None };
                names.push(Alias { name, asname, span: self.span_from(alias_start) });
                if !self.eat_op(",") {
                    break;
                }
                if parenthesized && self.at_op(")") {
                    break;
                }
                if !parenthesized && !self.at_name() {
                    return Err(self.error_at(
                        self.prev(),
                        "trailing comma not allowed without surrounding parentheses",
                    ));
                }
            }
            if parenthesized {
                self.expect_op(")")?;
            }
        }
        Ok(self.stmt_node(StmtKind::ImportFrom { module, names, level }, start))
    }

    /// Expression statements and assignments (plain, augmented, annotated).
    fn expression_statement(&mut self) -> Result<Stmt> {
        let start = self.peek();
        let first = if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
        if let ExprKind::Name { id, .. } = &first.kind
            && (id == "print" || id == "exec")
            && self.starts_expression()
            && !matches!(self.peek().text, "(" | "[" | "{" | "-" | "+" | "~" | "*")
        {
            let id = id.clone();
            let end = if self.star_expressions().is_ok() { self.prev() } else { start };
            let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
            return Err(self.error_between(start, end, &msg));
        }
        if self.at_op(":") {
            return self.annotated_assignment(start, first);
        }
        let t = self.peek();
        if let Some(&(_, op)) = AUGMENTED.iter().find(|(text, _)| t.kind == TokenKind::Op && t.text == *text)
        {
            if !matches!(
                first.kind,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    super::targets::describe(&first)
                );
                return Err(self.error_at_node(first.span, &msg));
            }
            self.advance();
            let value = if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
            let target = self.to_target(first, ExprContext::Store)?;
            return Ok(
                self.stmt_node(StmtKind::AugAssign { target: boxed(target), op, value: boxed(value) }, start)
            );
        }
        if !self.at_op("=") {
            return Ok(self.stmt_node(StmtKind::Expr { value: boxed(first) }, start));
        }
        let mut chain = vec![first];
        while self.eat_op("=") {
            let next = if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
            chain.push(next);
        }
        let value = chain.pop().ok_or_else(|| self.invalid_syntax())?;
        let mut targets = Vec::with_capacity(chain.len());
        let single = chain.len() == 1;
        for target in chain {
            if matches!(target.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
                return Err(self.error_at_node(target.span, "assignment to yield expression not possible"));
            }
            // (Worked out before the target is moved: a clone of it would recurse once per
            // level of a long chain, `a.b.c...`, and overflow the stack.)
            let plain = !matches!(
                target.kind,
                ExprKind::List { .. }
                    | ExprKind::Tuple { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant { value: Constant::Bool(_) | Constant::None, .. }
            );
            match self.to_target(target, ExprContext::Store) {
                Ok(t) => targets.push(t),
                Err(mut e) => {
                    if single && plain && !matches!(value.kind, ExprKind::Tuple { .. }) {
                        e.msg.push_str(" here. Maybe you meant '==' instead of '='?");
                    }
                    return Err(e);
                }
            }
        }
        Ok(self.stmt_node(StmtKind::Assign { targets, value: boxed(value), type_comment: None }, start))
    }

    fn annotated_assignment(&mut self, start: Tok<'_>, target: Expr) -> Result<Stmt> {
        let simple = u32::from(
            matches!(target.kind, ExprKind::Name { .. })
                && !(start.kind == TokenKind::Op && start.text == "("),
        );
        match &target.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple { .. } => {
                return Err(
                    self.error_at_node(target.span, "only single target (not tuple) can be annotated")
                );
            }
            ExprKind::List { .. } => {
                return Err(self.error_at_node(target.span, "only single target (not list) can be annotated"));
            }
            _ => return Err(self.error_at_node(target.span, "illegal target for annotation")),
        }
        self.advance();
        let annotation = self.expression()?;
        let value = if self.eat_op("=") {
            Some(boxed(if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? }))
        } else {
            None
        };
        let target = self.to_target(target, ExprContext::Store)?;
        Ok(self.stmt_node(
            StmtKind::AnnAssign { target: boxed(target), annotation: boxed(annotation), value, simple },
            start,
        ))
    }

    /// A compound statement, if the next tokens start one.
    fn compound_statement(&mut self) -> Result<Option<Stmt>> {
        let t = self.peek();
        if t.kind == TokenKind::Op && t.text == "@" {
            return self.decorated().map(Some);
        }
        if t.kind != TokenKind::Name {
            return Ok(None);
        }
        self.enter()?;
        let result = match t.text {
            "if" => self.if_stmt("'if' statement").map(Some),
            "while" => self.while_stmt().map(Some),
            "for" => self.for_stmt(None).map(Some),
            "with" => self.with_stmt(None).map(Some),
            "try" => self.try_stmt().map(Some),
            "def" => self.function_def(Vec::new(), None).map(Some),
            "class" => self.class_def(Vec::new()).map(Some),
            "async" => match self.peek_at(1).text {
                "def" => {
                    let start = self.advance();
                    self.function_def(Vec::new(), Some(start)).map(Some)
                }
                "for" => {
                    let start = self.advance();
                    self.for_stmt(Some(start)).map(Some)
                }
                "with" => {
                    let start = self.advance();
                    self.with_stmt(Some(start)).map(Some)
                }
                _ => Err(self.invalid_syntax()),
            },
            "match" => self.match_stmt(),
            _ => Ok(None),
        };
        self.leave();
        result
    }

    fn decorated(&mut self) -> Result<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression()?);
            if !self.at_kind(TokenKind::Newline) {
                return Err(self.invalid_syntax());
            }
            self.advance();
        }
        if self.at_kw("def") {
            self.function_def(decorators, None)
        } else if self.at_kw("class") {
            self.class_def(decorators)
        } else if self.at_kw("async") && self.peek_at(1).text == "def" {
            let start = self.advance();
            self.function_def(decorators, Some(start))
        } else {
            Err(self.invalid_syntax())
        }
    }

    fn if_stmt(&mut self, what: &str) -> Result<Stmt> {
        let start = self.advance();
        let test = boxed(self.named_expression()?);
        let body = self.colon_block(what, start)?;
        let orelse = if self.at_kw("elif") {
            vec![self.if_stmt("'elif' statement")?]
        } else if self.at_kw("else") {
            let else_tok = self.advance();
            self.colon_block("'else' statement", else_tok)?
        } else {
            Vec::new()
        };
        Ok(Stmt { kind: StmtKind::If { test, body, orelse }, span: self.span_from(start) })
    }

    /// An optional `else:` block.
    fn else_block(&mut self) -> Result<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let else_tok = self.advance();
        self.colon_block("'else' statement", else_tok)
    }

    fn while_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let test = boxed(self.named_expression()?);
        let body = self.colon_block("'while' statement", start)?;
        let orelse = self.else_block()?;
        Ok(Stmt { kind: StmtKind::While { test, body, orelse }, span: self.span_from(start) })
    }

    fn for_stmt(&mut self, async_tok: Option<Tok<'_>>) -> Result<Stmt> {
        let for_tok = self.advance();
        let start = async_tok.unwrap_or(for_tok);
        let target = boxed(self.star_targets_until_in()?);
        if !self.eat_kw("in") {
            return Err(self.invalid_syntax());
        }
        let iter = boxed(self.star_expressions()?);
        let body = self.colon_block("'for' statement", for_tok)?;
        let orelse = self.else_block()?;
        let f = For { target, iter, body, orelse, type_comment: None };
        let kind = if async_tok.is_some() { StmtKind::AsyncFor(f) } else { StmtKind::For(f) };
        Ok(Stmt { kind, span: self.span_from(start) })
    }

    fn with_item(&mut self) -> Result<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat_kw("as") {
            let target = self.star_target_for_with()?;
            Some(boxed(target))
        } else {
            None
        };
        Ok(WithItem { context_expr, optional_vars })
    }

    fn star_target_for_with(&mut self) -> Result<Expr> {
        let e = self.bitwise_or()?;
        if !(self.at_op(",") || self.at_op(")") || self.at_op(":") || self.at_kind(TokenKind::Newline)) {
            return Err(self.invalid_syntax());
        }
        self.to_target(e, ExprContext::Store)
    }

    fn with_stmt(&mut self, async_tok: Option<Tok<'_>>) -> Result<Stmt> {
        let with_tok = self.advance();
        let start = async_tok.unwrap_or(with_tok);
        let mut items = Vec::new();
        let mut parsed = false;
        if self.at_op("(") {
            // `with (a as b, c):` — or a parenthesized expression; try the first, fall back.
            let save = self.pos;
            self.advance();
            let attempt: Result<Vec<WithItem>> = (|| {
                let mut items = vec![self.with_item()?];
                while self.eat_op(",") {
                    if self.at_op(")") {
                        break;
                    }
                    items.push(self.with_item()?);
                }
                self.expect_op(")")?;
                if !self.at_op(":") {
                    return Err(self.invalid_syntax());
                }
                Ok(items)
            })();
            match attempt {
                Ok(found) => {
                    items = found;
                    parsed = true;
                }
                Err(_) => self.pos = save,
            }
        }
        if !parsed {
            items.push(self.with_item()?);
            while self.eat_op(",") {
                items.push(self.with_item()?);
            }
        }
        let body = self.colon_block("'with' statement", with_tok)?;
        let w = With { items, body, type_comment: None };
        let kind = if async_tok.is_some() { StmtKind::AsyncWith(w) } else { StmtKind::With(w) };
        Ok(Stmt { kind, span: self.span_from(start) })
    }

    fn try_stmt(&mut self) -> Result<Stmt> {
        let start = self.advance();
        let body = self.colon_block("'try' statement", start)?;
        let mut handlers = Vec::new();
        let mut star = false;
        while self.at_kw("except") {
            let except = self.advance();
            let star_tok = if self.at_op("*") { Some(self.advance()) } else { None };
            if !handlers.is_empty() && star != star_tok.is_some() {
                let end = star_tok.unwrap_or(except);
                return Err(self.error_between(
                    except,
                    end,
                    "cannot have both 'except' and 'except*' on the same 'try'",
                ));
            }
            star = star_tok.is_some();
            if star && self.at_op(":") {
                return Err(self.error_at(self.peek(), "expected one or more exception types"));
            }
            let mut type_ = None;
            let mut name = None;
            if !self.at_op(":") {
                let type_start = self.peek();
                let e = self.expression()?;
                if self.at_op(",") {
                    self.advance();
                    let _ = self.expression();
                    return Err(self.error_between(
                        type_start,
                        self.prev(),
                        "multiple exception types must be parenthesized",
                    ));
                }
                type_ = Some(boxed(e));
                if self.eat_kw("as") {
                    name = Some(self.name()?.0);
                }
            }
            let what = if star { "'except*' statement" } else { "'except' statement" };
            let handler_body = self.colon_block(what, except)?;
            handlers.push(ExceptHandler { type_, name, span: self.span_from(except), body: handler_body });
        }
        let mut orelse = Vec::new();
        if !handlers.is_empty() && self.at_kw("else") {
            orelse = self.else_block()?;
        }
        let mut finalbody = Vec::new();
        if self.at_kw("finally") {
            let fin = self.advance();
            finalbody = self.colon_block("'finally' statement", fin)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.peek();
            let mut e = self.error_at(t, "expected 'except' or 'finally' block");
            if t.kind == TokenKind::EndMarker {
                e = self.error_at(self.prev(), "expected 'except' or 'finally' block");
            }
            return Err(e);
        }
        let t = Try { body, handlers, orelse, finalbody };
        let kind = if star { StmtKind::TryStar(t) } else { StmtKind::Try(t) };
        Ok(Stmt { kind, span: self.span_from(start) })
    }

    fn function_def(&mut self, decorator_list: Vec<Expr>, async_tok: Option<Tok<'_>>) -> Result<Stmt> {
        let def = self.advance();
        let start = async_tok.unwrap_or(def);
        let (name, _) = self.name()?;
        if !self.at_op("(") {
            return Err(self.expected("("));
        }
        self.advance();
        let args = self.parameters(true, ")")?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") { Some(boxed(self.expression()?)) } else { None };
        let body = self.colon_block("function definition", def)?;
        let f = FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment: None,
            binding: None,
        };
        let kind = if async_tok.is_some() { StmtKind::AsyncFunctionDef(f) } else { StmtKind::FunctionDef(f) };
        Ok(Stmt { kind, span: self.span_from(start) })
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> Result<Stmt> {
        let start = self.advance();
        let (name, _) = self.name()?;
        let (bases, keywords) = if self.eat_op("(") {
            let args = self.arguments(")")?;
            self.expect_op(")")?;
            (args.args, args.keywords)
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.colon_block("class definition", start)?;
        Ok(Stmt {
            kind: StmtKind::ClassDef { name, bases, keywords, body, decorator_list, binding: None },
            span: self.span_from(start),
        })
    }

    /// `match` is a soft keyword: try the statement, and if the line is not one, let the caller
    /// parse it as an expression statement.
    fn match_stmt(&mut self) -> Result<Option<Stmt>> {
        let save = self.pos;
        let start = self.advance();
        if !self.starts_expression() {
            self.pos = save;
            return Ok(None);
        }
        let subject = match self.match_subject() {
            Ok(subject) if self.at_op(":") => subject,
            _ => {
                self.pos = save;
                return Ok(None);
            }
        };
        self.advance();
        if !self.at_kind(TokenKind::Newline) {
            self.pos = save;
            return Ok(None);
        }
        self.advance();
        if !self.at_kind(TokenKind::Indent) {
            self.header_line = start.line;
            return Err(self.indentation_error(&format!(
                "expected an indented block after 'match' statement on line {}",
                start.line
            )));
        }
        self.advance();
        let mut cases = Vec::new();
        while self.at_kw("case") {
            let case = self.advance();
            let pattern = self.patterns()?;
            let guard = if self.eat_kw("if") { Some(boxed(self.named_expression()?)) } else { None };
            let body = self.colon_block("'case' statement", case)?;
            cases.push(MatchCase { pattern, guard, body });
        }
        if cases.is_empty() || !(self.at_kind(TokenKind::Dedent) || self.at_kind(TokenKind::EndMarker)) {
            return Err(self.invalid_syntax());
        }
        let span = self.span_from(start);
        self.eat_dedent();
        Ok(Some(Stmt { kind: StmtKind::Match { subject: boxed(subject), cases }, span }))
    }

    fn match_subject(&mut self) -> Result<Expr> {
        let start = self.peek();
        let first = self.star_named_expression()?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(self.expr_node(ExprKind::Tuple { elts, ctx: ExprContext::Load }, start))
    }
}
