//! Code generation: a syntax tree to code objects, one per module, function, lambda and
//! comprehension, using the decisions of `symtable`. Every emitted instruction carries the
//! span of the expression or statement it came from.
//!
//! `try` and `with` statements and the unwinding of `return`/`break`/`continue` through them
//! are in `exceptions.rs` (`except*` in `except_star.rs`), `async with`, `async for` and
//! `await` in `asyncs.rs`, comprehensions in `comprehensions.rs`, imports in `imports.rs`,
//! `match` statements in `patterns.rs`.

use std::collections::HashMap;
use std::rc::Rc;

use super::symtable::{self, Resolution, Scope, SymbolTable, key_of};
use super::{fold, syntax_warnings};
use crate::ast::*;
use crate::bytecode::code::{CodeFlags, CodeObject, ConstValue, Instruction};
use crate::bytecode::opcode::{ArgKind, BinaryOp, CompareOp, Op};

/// Why a tree could not be compiled: a SyntaxError CPython's compiler raises, or a
/// construct this compiler does not handle yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
    /// False for CPython's own SyntaxErrors, true for "not supported yet".
    pub unsupported: bool,
}

type Result<T> = std::result::Result<T, CompileError>;

fn unsupported<T>(what: &str, span: Span) -> Result<T> {
    Err(CompileError { msg: format!("pyglass cannot compile {what} yet"), span, unsupported: true })
}

pub(super) fn syntax_error<T>(msg: &str, span: Span) -> Result<T> {
    Err(CompileError { msg: msg.to_string(), span, unsupported: false })
}

/// Jump targets of a loop.
pub(super) struct Loop {
    pub start: u32,
    /// Jumps to patch with the loop's end.
    pub breaks: Vec<usize>,
    /// A `for` loop leaves its iterator on the stack, which `break` must pop.
    pub is_for: bool,
}

/// A block that `return`, `break` and `continue` must unwind (CPython's "fblock").
pub(super) enum FBlock<'t> {
    Loop(Loop),
    /// The body of a `try` with `except` clauses: protected by `region`.
    TryExcept {
        region: usize,
    },
    /// The body of a `try` with a `finally` clause, which runs on the way out.
    TryFinally {
        body: &'t [Stmt],
        region: usize,
    },
    /// Inside an `except` clause: the previously handled exception is on the stack.
    ExceptHandler {
        name: Option<String>,
        regions: Vec<usize>,
    },
    /// Inside an `except*` clause: the previously handled exception, the caught one, the
    /// list of raised ones and the unmatched rest are on the stack. Nothing may jump out.
    ExceptStarHandler,
    /// Inside a `finally` clause run for an exception: it and the previous one are on the stack.
    FinallyHandler {
        region: usize,
    },
    /// The body of a `with` statement: the context manager's `__exit__` is on the stack.
    With {
        region: usize,
        /// `async with`: the call of `__aexit__` is awaited.
        is_async: bool,
    },
    /// A `finally` body run inline by `return`: the return value waits below it.
    PopValue,
}

impl FBlock<'_> {
    /// Value-stack items this block keeps below the code inside it.
    fn stack_items(&self) -> u32 {
        match self {
            FBlock::Loop(l) => u32::from(l.is_for),
            FBlock::TryExcept { .. } | FBlock::TryFinally { .. } => 0,
            FBlock::ExceptHandler { .. } => 1,
            FBlock::FinallyHandler { .. } => 2,
            FBlock::ExceptStarHandler => 4,
            FBlock::With { .. } | FBlock::PopValue => 1,
        }
    }
}

/// A protected range of instructions, recorded as exception-table entries as it closes.
pub(super) struct Region {
    pub start: u32,
    pub depth: u32,
    pub push_lasti: bool,
    /// Indices of this region's entries in the exception table (their target comes later).
    pub entries: Vec<usize>,
}

/// The code object being built.
pub(super) struct Unit<'t> {
    pub scope: &'t Scope,
    pub code: CodeObject,
    pub fblocks: Vec<FBlock<'t>>,
    pub regions: Vec<Region>,
    /// The span that new instructions get.
    pub span: Span,
    /// In a comprehension: the names its `for` clauses bind, which a walrus may not rebind.
    pub iteration_names: Vec<String>,
    /// Where each shareable constant and each name already is in `code` (by `const_key`),
    /// so a module of 100,000 literals compiles in linear time.
    pub const_index: HashMap<String, u32>,
    pub name_index: HashMap<String, u32>,
}

impl Unit<'_> {
    /// The value-stack depth at the start of a statement here.
    pub fn statement_depth(&self) -> u32 {
        self.fblocks.iter().map(FBlock::stack_items).sum()
    }

    pub fn emit(&mut self, op: Op, arg: u32) -> usize {
        self.code.instructions.push(Instruction { op, arg });
        self.code.spans.push(self.span);
        self.code.instructions.len() - 1
    }

    pub fn here(&self) -> u32 {
        self.code.instructions.len() as u32
    }

    pub fn patch(&mut self, at: usize, target: u32) {
        if let Some(i) = self.code.instructions.get_mut(at) {
            i.arg = target;
        }
    }

    pub(super) fn constant(&mut self, value: ConstValue) -> u32 {
        // Code objects are never shared; other equal constants are.
        let key = const_key(&value);
        if let Some(i) = key.as_ref().and_then(|k| self.const_index.get(k)) {
            return *i;
        }
        let index = self.code.consts.len() as u32;
        self.code.consts.push(value);
        if let Some(key) = key {
            self.const_index.insert(key, index);
        }
        index
    }

    pub(super) fn name(&mut self, name: &str) -> u32 {
        if let Some(i) = self.name_index.get(name) {
            return *i;
        }
        let index = index_of(&mut self.code.names, name);
        self.name_index.insert(name.to_string(), index);
        index
    }

    fn deref_index(&self, name: &str) -> u32 {
        let cells = &self.code.cellvars;
        match cells.iter().position(|n| n == name) {
            Some(i) => i as u32,
            None => (cells.len() + self.code.freevars.iter().position(|n| n == name).unwrap_or(0)) as u32,
        }
    }
}

/// A constant's identity for sharing: equal only for constants of the same type and value
/// (`1 == 1.0 == True` are three constants; `0.0` and `-0.0` two), lengths written out so
/// that no two constants give the same key. `None` for code objects, which are never shared.
fn const_key(value: &ConstValue) -> Option<String> {
    let items = |tag: &str, items: &[ConstValue]| -> Option<String> {
        let keys: Option<Vec<String>> = items.iter().map(const_key).collect();
        Some(format!("{tag}{}({})", items.len(), keys?.join(",")))
    };
    Some(match value {
        ConstValue::None => "N".into(),
        ConstValue::Bool(b) => format!("B{}", u8::from(*b)),
        ConstValue::Ellipsis => "E".into(),
        ConstValue::Int(i) => format!("I{i}"),
        ConstValue::Float(x) => format!("F{}", x.to_bits()),
        ConstValue::Complex { real, imag } => format!("C{},{}", real.to_bits(), imag.to_bits()),
        ConstValue::Str(s) => match s.as_str() {
            Some(text) => format!("S{}:{text}", text.len()),
            None => format!("U{:?}", s.code_points()),
        },
        ConstValue::Bytes(b) => format!("Y{b:?}"),
        ConstValue::Tuple(t) => items("T", t)?,
        ConstValue::FrozenSet(f) => items("Z", f)?,
        ConstValue::Code(_) => return None,
    })
}

pub(super) fn index_of(list: &mut Vec<String>, name: &str) -> u32 {
    match list.iter().position(|n| n == name) {
        Some(i) => i as u32,
        None => {
            list.push(name.to_string());
            (list.len() - 1) as u32
        }
    }
}

pub(super) fn constant_of(value: &Constant) -> ConstValue {
    match value {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Ellipsis => ConstValue::Ellipsis,
        Constant::Int(n) => ConstValue::Int(crate::runtime::int::Int::from(n.clone())),
        Constant::Float(x) => ConstValue::Float(*x),
        Constant::Complex { real, imag } => ConstValue::Complex { real: *real, imag: *imag },
        Constant::Str(s) => ConstValue::Str(s.clone()),
        Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
    }
}

fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}

pub struct Compiler<'t> {
    pub(super) table: &'t SymbolTable,
    filename: Rc<str>,
    pub(super) units: Vec<Unit<'t>>,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    future_annotations: bool,
    /// SyntaxWarnings (line, message) in the order CPython's compiler issues them.
    warnings: Vec<(u32, String)>,
}

/// Whether a module's statements include `from __future__ import annotations`.
/// The first line of the code of a definition: its first decorator's line if it has any, as
/// CPython's `co_firstlineno` (so `inspect.getsource` includes the decorators).
fn first_line_of(s: &Stmt, decorators: &[crate::ast::Expr]) -> u32 {
    decorators.first().map_or(s.span.lineno, |d| d.span.lineno)
}

fn imports_future_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| {
        matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), names, .. }
            if m == "__future__" && names.iter().any(|a| a.name == "annotations"))
    })
}

/// Compile a module's statements to its code object.
pub fn compile_module(body: &[Stmt], filename: &str) -> Result<Rc<CodeObject>> {
    let table = symtable::build(body);
    if let Some((message, span)) = &table.error {
        return syntax_error(message, *span);
    }
    let mut compiler = Compiler {
        table: &table,
        filename: Rc::from(filename),
        units: Vec::new(),
        future_annotations: imports_future_annotations(body),
        warnings: Vec::new(),
    };
    compiler.push_unit(0, "<module>", "<module>", 1)?;
    compiler.setup_annotations(body);
    let mut statements = body;
    // A module docstring is stored as `__doc__`, as CPython does.
    if let Some((first, rest)) = body.split_first()
        && let StmtKind::Expr { value } = &first.kind
        && let ExprKind::Constant { value: Constant::Str(_), .. } = &value.kind
    {
        compiler.unit().span = first.span;
        compiler.expr(value)?;
        compiler.unit().span = first.span;
        compiler.store_name("__doc__");
        statements = rest;
    }
    for s in statements {
        compiler.stmt(s)?;
    }
    let end = body.last().map(|s| s.span).unwrap_or_default();
    compiler.unit().span =
        Span { lineno: end.end_lineno, col_offset: 0, end_lineno: end.end_lineno, end_col_offset: 0 };
    compiler.return_none();
    let mut code = compiler.pop_unit();
    code.warnings = compiler.warnings;
    Ok(Rc::new(code))
}

/// Compile the expression of `eval()` to a code object that returns its value.
pub fn compile_expression(expr: &Expr, filename: &str) -> Result<Rc<CodeObject>> {
    let body = [Stmt { kind: StmtKind::Expr { value: Box::new(expr.clone()) }, span: expr.span }];
    let table = symtable::build(&body);
    if let Some((message, span)) = &table.error {
        return syntax_error(message, *span);
    }
    let mut compiler = Compiler {
        table: &table,
        filename: Rc::from(filename),
        units: Vec::new(),
        future_annotations: false,
        warnings: Vec::new(),
    };
    compiler.push_unit(0, "<module>", "<module>", 1)?;
    compiler.unit().span = expr.span;
    // The expression in `body`, not `expr`: scopes are keyed by the nodes the table saw.
    let StmtKind::Expr { value } = &body[0].kind else { unreachable!("built just above") };
    compiler.expr(value)?;
    compiler.emit(Op::ReturnValue, 0);
    let mut code = compiler.pop_unit();
    code.warnings = compiler.warnings;
    Ok(Rc::new(code))
}

impl<'t> Compiler<'t> {
    /// A SyntaxWarning at the line of `span`.
    fn warn(&mut self, span: Span, message: String) {
        self.warnings.push((span.lineno, message));
    }

    pub(super) fn unit(&mut self) -> &mut Unit<'t> {
        self.units.last_mut().expect("a unit is always open while compiling")
    }

    pub(super) fn push_unit(
        &mut self,
        key: usize,
        name: &str,
        qualname: &str,
        first_line: u32,
    ) -> Result<()> {
        let Some(scope) = self.table.scopes.get(&key) else {
            return unsupported("this scope", Span::default());
        };
        let code = CodeObject {
            name: name.to_string(),
            qualname: qualname.to_string(),
            filename: self.filename.clone(),
            first_line,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            flags: CodeFlags {
                generator: scope.generator && !scope.coroutine,
                coroutine: scope.coroutine && !scope.generator,
                async_generator: scope.generator && scope.coroutine,
                ..CodeFlags::default()
            },
            instructions: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: scope.varnames.clone(),
            cellvars: scope.cellvars.clone(),
            freevars: scope.freevars.clone(),
            exception_table: Vec::new(),
            max_stack: 0,
            doc: None,
            warnings: Vec::new(),
        };
        self.units.push(Unit {
            scope,
            code,
            fblocks: Vec::new(),
            regions: Vec::new(),
            span: Span::default(),
            iteration_names: Vec::new(),
            const_index: HashMap::new(),
            name_index: HashMap::new(),
        });
        Ok(())
    }

    pub(super) fn pop_unit(&mut self) -> CodeObject {
        let mut unit = self.units.pop().expect("a unit to finish");
        unit.code.max_stack = max_stack_depth(&unit.code);
        unit.code
    }

    pub(super) fn emit(&mut self, op: Op, arg: u32) -> usize {
        self.unit().emit(op, arg)
    }

    pub(super) fn return_none(&mut self) {
        // Skip an implicit return that no path reaches (after an explicit return).
        let unit = self.unit();
        let here = unit.here();
        let last_returns = unit.code.instructions.last().is_some_and(|i| i.op == Op::ReturnValue);
        let targeted =
            unit.code.instructions.iter().any(|i| i.op.arg_kind() == ArgKind::Jump && i.arg == here);
        if last_returns && !targeted {
            return;
        }
        let none = self.unit().constant(ConstValue::None);
        self.emit(Op::LoadConst, none);
        self.emit(Op::ReturnValue, 0);
    }

    /// The qualified name of a function defined now with `name`.
    pub(super) fn qualname(&self, name: &str) -> String {
        match self.units.last() {
            Some(u) if u.code.name != "<module>" => {
                let locals =
                    if matches!(u.scope.kind, symtable::ScopeKind::Class) { "" } else { ".<locals>" };
                format!("{}{locals}.{name}", u.code.qualname)
            }
            _ => name.to_string(),
        }
    }

    pub(super) fn stmts(&mut self, body: &'t [Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'t Stmt) -> Result<()> {
        self.unit().span = s.span;
        use StmtKind::*;
        match &s.kind {
            Expr { value } => {
                self.expr(value)?;
                self.unit().span = s.span;
                self.emit(Op::PopTop, 0);
            }
            Assign { targets, value, .. } => {
                self.expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.store(target)?;
                }
            }
            AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                // Module and class bodies record `name: annotation` in `__annotations__`.
                let records = !matches!(
                    self.unit().scope.kind,
                    symtable::ScopeKind::Function | symtable::ScopeKind::Comprehension
                );
                if let (ExprKind::Name { id, .. }, true, 1) = (&target.kind, records, *simple) {
                    self.annotation(annotation)?;
                    self.unit().span = s.span;
                    self.load_name("__annotations__", s.span);
                    let key = self.unit().constant(ConstValue::Str(PyStr::from(id.as_str())));
                    self.emit(Op::LoadConst, key);
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            Return { value } => {
                if matches!(self.unit().scope.kind, symtable::ScopeKind::Module | symtable::ScopeKind::Class)
                {
                    return syntax_error("'return' outside function", s.span);
                }
                if value.is_some() && self.unit().code.flags.async_generator {
                    return syntax_error("'return' with value in async generator", s.span);
                }
                if self.unit().fblocks.iter().any(|b| matches!(b, FBlock::ExceptStarHandler)) {
                    // CPython points at the returned value when it is on the statement's line.
                    let at = value.as_ref().filter(|v| v.span.lineno == s.span.lineno);
                    return syntax_error(super::except_star::EXIT_ERROR, at.map_or(s.span, |v| v.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                }
                self.unit().span = s.span;
                let splits = self.unwind(None, true)?;
                self.unit().span = s.span;
                self.emit(Op::ReturnValue, 0);
                self.resume_regions(&splits);
            }
            If { test, body, orelse } => {
                self.expr(test)?;
                let to_else = self.emit(Op::PopJumpIfFalse, 0);
                self.stmts(body)?;
                if orelse.is_empty() {
                    let here = self.unit().here();
                    self.unit().patch(to_else, here);
                } else {
                    let to_end = self.emit(Op::Jump, 0);
                    let here = self.unit().here();
                    self.unit().patch(to_else, here);
                    self.stmts(orelse)?;
                    let here = self.unit().here();
                    self.unit().patch(to_end, here);
                }
            }
            While { test, body, orelse } => {
                let start = self.unit().here();
                self.expr(test)?;
                let exit = self.emit(Op::PopJumpIfFalse, 0);
                self.unit().fblocks.push(FBlock::Loop(Loop { start, breaks: Vec::new(), is_for: false }));
                self.stmts(body)?;
                // As CPython: a while loop's backward jump belongs to the whole statement, a for
                // loop's to the last instruction of its body.
                self.unit().span = s.span;
                self.emit(Op::Jump, start);
                let done = self.pop_loop();
                let here = self.unit().here();
                self.unit().patch(exit, here);
                self.stmts(orelse)?;
                let end = self.unit().here();
                for b in done {
                    self.unit().patch(b, end);
                }
            }
            AsyncFor(f) => self.async_for(s, f)?,
            For(f) => {
                self.iterable(&f.iter)?;
                // As in CPython, the loop's own instructions belong to the whole statement.
                self.unit().span = s.span;
                self.emit(Op::GetIter, 0);
                let start = self.unit().here();
                let exit = self.emit(Op::ForIter, 0);
                self.unit().fblocks.push(FBlock::Loop(Loop { start, breaks: Vec::new(), is_for: true }));
                self.store(&f.target)?;
                self.stmts(&f.body)?;
                self.emit(Op::Jump, start);
                let done = self.pop_loop();
                let here = self.unit().here();
                self.unit().patch(exit, here);
                self.stmts(&f.orelse)?;
                let end = self.unit().here();
                for b in done {
                    self.unit().patch(b, end);
                }
            }
            Break | Continue => {
                let is_break = matches!(s.kind, Break);
                let Some(splits) = self.unwind_to_loop()? else {
                    let msg =
                        if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
                    return syntax_error(msg, s.span);
                };
                self.unit().span = s.span;
                self.jump_out_of_loop(is_break);
                self.resume_regions(&splits);
            }
            Pass | Global { .. } | Nonlocal { .. } => {}
            Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            Assert { test, msg } => {
                if let Some(warning) = syntax_warnings::assert_test(test) {
                    self.warn(s.span, warning);
                }
                self.expr(test)?;
                let ok = self.emit(Op::PopJumpIfTrue, 0);
                // CPython reports a failed assert at the test expression when there is a
                // message, at the whole statement when there is none.
                self.unit().span = if msg.is_some() { test.span } else { s.span };
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.unit().span = test.span;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                let here = self.unit().here();
                self.unit().patch(ok, here);
            }
            Raise { exc, cause } => {
                let mut count = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    count = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        count = 2;
                    }
                }
                self.unit().span = s.span;
                self.emit(Op::RaiseVarargs, count);
            }
            FunctionDef(f) | AsyncFunctionDef(f) => self.function_def(s, f)?,
            AsyncWith(w) => {
                self.check_await(s.span, "'async with'")?;
                self.with_statement(s, w, 0, true)?
            }
            ClassDef { name, bases, keywords, body, decorator_list, binding } => {
                self.class_def(s, name, bases, keywords, body, decorator_list)?;
                self.store_name(binding.as_ref().unwrap_or(name));
            }
            With(w) => self.with_statement(s, w, 0, false)?,
            Match { subject, cases } => self.match_statement(subject, cases)?,
            Try(t) => self.try_statement(t, false)?,
            TryStar(t) => self.try_statement(t, true)?,
            Import { names } => self.import(names),
            ImportFrom { module, names, level } => self.import_from(module.as_deref(), names, *level)?,
        }
        Ok(())
    }

    fn aug_assign(
        &mut self,
        target: &crate::ast::Expr,
        op: Operator,
        value: &crate::ast::Expr,
    ) -> Result<()> {
        let arg = binary_op(op) as u32 + BinaryOp::INPLACE;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id, target.span);
                self.expr(value)?;
                self.emit(Op::BinaryOp, arg);
                self.store_name(id);
            }
            ExprKind::Attribute { value: object, attr, .. } => {
                self.expr(object)?;
                self.emit(Op::Copy, 1);
                let name = self.unit().name(attr);
                self.emit(Op::LoadAttr, name);
                self.expr(value)?;
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, name);
            }
            ExprKind::Subscript { value: object, slice, .. } => {
                self.expr(object)?;
                self.expr(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            _ => return syntax_error("illegal expression for augmented assignment", target.span),
        }
        Ok(())
    }

    fn function_def(&mut self, s: &'t Stmt, f: &'t FunctionDef) -> Result<()> {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let qualname = self.qualname(&f.name);
        // A docstring is the code's first constant and runs no instruction (CPython emits
        // none for it: no LOAD_CONST and POP_TOP at each call, no line event for its line).
        let docstring = match f.body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr { value }) => match &value.kind {
                ExprKind::Constant { value: Constant::Str(text), .. } => Some(text),
                _ => None,
            },
            _ => None,
        };
        let doc = docstring.and_then(|text| text.as_str().map(str::to_string));
        self.make_function(
            key_of(s),
            &f.name,
            &qualname,
            (&f.args, f.returns.as_deref()),
            (s.span, first_line_of(s, &f.decorator_list)),
            |c| {
                c.unit().code.doc = doc;
                match docstring {
                    Some(text) => {
                        c.unit().constant(ConstValue::Str(text.clone()));
                        c.stmts(&f.body[1..])
                    }
                    None => c.stmts(&f.body),
                }
            },
            true,
        )?;
        self.unit().span = s.span;
        for _ in &f.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(f.binding.as_ref().unwrap_or(&f.name));
        Ok(())
    }

    /// A module or class body with annotated names starts with an empty `__annotations__`
    /// (CPython's SETUP_ANNOTATIONS; here a new dict stored by name).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        fn annotates(body: &[Stmt]) -> bool {
            body.iter().any(|s| match &s.kind {
                StmtKind::AnnAssign { .. } => true,
                StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                    annotates(body) || annotates(orelse)
                }
                StmtKind::For(f) | StmtKind::AsyncFor(f) => annotates(&f.body) || annotates(&f.orelse),
                StmtKind::With(w) | StmtKind::AsyncWith(w) => annotates(&w.body),
                StmtKind::Try(t) | StmtKind::TryStar(t) => {
                    annotates(&t.body)
                        || annotates(&t.orelse)
                        || annotates(&t.finalbody)
                        || t.handlers.iter().any(|h| annotates(&h.body))
                }
                _ => false,
            })
        }
        if annotates(body) {
            if let Some(first) = body.first() {
                self.unit().span = first.span;
            }
            self.emit(Op::BuildMap, 0);
            self.store_name("__annotations__");
        }
    }

    /// A class statement, as CPython compiles it: `__build_class__(body_function, name,
    /// *bases, **keywords)`, then the decorators, then the binding. The body function runs
    /// with the class namespace as its locals and returns the `__class__` cell if its methods
    /// use `super()` or `__class__`.
    fn class_def(
        &mut self,
        s: &'t Stmt,
        name: &str,
        bases: &'t [crate::ast::Expr],
        keywords: &'t [Keyword],
        body: &'t [Stmt],
        decorators: &'t [crate::ast::Expr],
    ) -> Result<()> {
        for d in decorators {
            self.expr(d)?;
        }
        self.unit().span = s.span;
        self.emit(Op::LoadBuildClass, 0);
        let qualname = self.qualname(name);
        self.push_unit(key_of(s), name, &qualname, first_line_of(s, decorators))?;
        self.unit().span = s.span;
        self.load_name("__name__", s.span);
        self.store_name("__module__");
        let qualname_const = self.unit().constant(ConstValue::Str(PyStr::from(qualname.as_str())));
        self.emit(Op::LoadConst, qualname_const);
        self.store_name("__qualname__");
        self.setup_annotations(body);
        let mut statements = body;
        if let Some((first, rest)) = body.split_first()
            && let StmtKind::Expr { value } = &first.kind
            && let ExprKind::Constant { value: Constant::Str(_), .. } = &value.kind
        {
            self.unit().span = first.span;
            self.expr(value)?;
            self.store_name("__doc__");
            statements = rest;
        }
        self.stmts(statements)?;
        self.unit().span = Span { end_lineno: s.span.lineno, end_col_offset: s.span.col_offset, ..s.span };
        if self.unit().code.cellvars.iter().any(|c| c == "__class__") {
            let cell = self.unit().deref_index("__class__");
            self.emit(Op::LoadClosure, cell);
            self.emit(Op::Copy, 1);
            self.store_name("__classcell__");
            self.emit(Op::ReturnValue, 0);
        } else {
            self.return_none();
        }
        let code = self.pop_unit();
        self.unit().span = s.span;
        self.emit_make_function(code, 0);
        let name_const = self.unit().constant(ConstValue::Str(PyStr::from(name)));
        self.emit(Op::LoadConst, name_const);
        // Bases and keywords (`metaclass=`) are the remaining arguments of the call.
        self.call_arguments(s.span, bases, keywords, 2)?;
        self.unit().span = s.span;
        for _ in decorators {
            self.emit(Op::Call, 1);
        }
        Ok(())
    }

    /// Push a new function object: defaults, keyword defaults, closure, then MAKE_FUNCTION.
    /// Its code's first line is `first_line` (a decorated definition's first decorator's).
    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        key: usize,
        name: &str,
        qualname: &str,
        (args, returns): (&Arguments, Option<&crate::ast::Expr>),
        (span, first_line): (Span, u32),
        body: impl FnOnce(&mut Self) -> Result<()>,
        returns_none: bool,
    ) -> Result<()> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.unit().span = span;
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            flags |= 1;
        }
        let kw_defaults: Vec<(&Arg, &crate::ast::Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw_defaults.is_empty() {
            for (a, d) in &kw_defaults {
                let key = self.unit().constant(ConstValue::Str(PyStr::from(a.arg.as_str())));
                self.emit(Op::LoadConst, key);
                self.expr(d)?;
            }
            self.unit().span = span;
            self.emit(Op::BuildMap, kw_defaults.len() as u32);
            flags |= 2;
        }
        // Annotations: a tuple of names and values (flag 4), `return` last; the other
        // parameters before the positional-only ones, in CPython's order.
        let annotated: Vec<(&str, &crate::ast::Expr)> = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref())
            .filter_map(|a| a.annotation.as_deref().map(|e| (a.arg.as_str(), e)))
            .chain(returns.map(|e| ("return", e)))
            .collect();
        if !annotated.is_empty() {
            for (name, e) in &annotated {
                let key = self.unit().constant(ConstValue::Str(PyStr::from(*name)));
                self.emit(Op::LoadConst, key);
                self.annotation(e)?;
            }
            self.unit().span = span;
            self.emit(Op::BuildTuple, 2 * annotated.len() as u32);
            flags |= 4;
        }
        self.push_unit(key, name, qualname, first_line)?;
        {
            let unit = self.unit();
            unit.code.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
            unit.code.posonly_count = args.posonlyargs.len() as u32;
            unit.code.kwonly_count = args.kwonlyargs.len() as u32;
            unit.code.flags.varargs = args.vararg.is_some();
            unit.code.flags.varkeywords = args.kwarg.is_some();
            unit.span = span;
        }
        if self.unit().scope.generator || self.unit().scope.coroutine {
            self.start_generator(span);
        }
        body(self)?;
        if returns_none {
            self.return_none();
        } else {
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.pop_unit();
        self.unit().span = span;
        self.emit_make_function(code, flags);
        Ok(())
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &crate::ast::Expr) -> Result<()> {
        if self.future_annotations {
            let text = crate::ast::unparse::unparse(e);
            let index = self.unit().constant(ConstValue::Str(PyStr::from(text.as_str())));
            self.emit(Op::LoadConst, index);
            return Ok(());
        }
        self.expr(e)
    }

    /// Push the function made from `code`: its closure tuple (flag 8) if it has free
    /// variables, then the code object, then MAKE_FUNCTION with `flags`.
    pub(super) fn emit_make_function(&mut self, code: CodeObject, mut flags: u32) {
        if !code.freevars.is_empty() {
            for free in &code.freevars {
                let index = self.unit().deref_index(free);
                self.emit(Op::LoadClosure, index);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        let index = self.unit().constant(ConstValue::Code(Rc::new(code)));
        self.emit(Op::LoadConst, index);
        self.emit(Op::MakeFunction, flags);
    }

    fn load_name(&mut self, id: &str, span: Span) {
        self.unit().span = span;
        let resolution = self.unit().scope.resolve(id);
        let (op, arg) = match resolution {
            Resolution::Local => (Op::LoadFast, index_of(&mut self.unit().code.varnames, id)),
            Resolution::Global => (Op::LoadGlobal, self.unit().name(id)),
            Resolution::Cell | Resolution::Free => (Op::LoadDeref, self.unit().deref_index(id)),
            Resolution::Name => (Op::LoadName, self.unit().name(id)),
        };
        self.emit(op, arg);
    }

    pub(super) fn store_name(&mut self, id: &str) {
        let resolution = self.unit().scope.resolve(id);
        let (op, arg) = match resolution {
            Resolution::Local => (Op::StoreFast, index_of(&mut self.unit().code.varnames, id)),
            Resolution::Global => (Op::StoreGlobal, self.unit().name(id)),
            Resolution::Cell | Resolution::Free => (Op::StoreDeref, self.unit().deref_index(id)),
            Resolution::Name => (Op::StoreName, self.unit().name(id)),
        };
        self.emit(op, arg);
    }

    /// Store TOS into an assignment target.
    pub(super) fn store(&mut self, target: &crate::ast::Expr) -> Result<()> {
        self.unit().span = target.span;
        match &target.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.unit().name(attr);
                self.unit().span = target.span;
                self.emit(Op::StoreAttr, name);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.unit().span = target.span;
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        if i > 0xff || after > 0xff_ffff {
                            return syntax_error(
                                "too many expressions in star-unpacking assignment",
                                target.span,
                            );
                        }
                        self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
                    }
                    None => {
                        self.emit(Op::UnpackSequence, elts.len() as u32);
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            _ => return syntax_error("cannot assign to expression", target.span),
        }
        Ok(())
    }

    pub(super) fn delete_name(&mut self, id: &str) {
        let resolution = self.unit().scope.resolve(id);
        let (op, arg) = match resolution {
            Resolution::Local => (Op::DeleteFast, index_of(&mut self.unit().code.varnames, id)),
            Resolution::Global => (Op::DeleteGlobal, self.unit().name(id)),
            Resolution::Cell | Resolution::Free => (Op::DeleteDeref, self.unit().deref_index(id)),
            Resolution::Name => (Op::DeleteName, self.unit().name(id)),
        };
        self.emit(op, arg);
    }

    pub(super) fn delete(&mut self, target: &crate::ast::Expr) -> Result<()> {
        self.unit().span = target.span;
        match &target.kind {
            ExprKind::Name { id, .. } => self.delete_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.unit().name(attr);
                // (The deletion's position is the whole target, not the object's.)
                self.unit().span = target.span;
                self.emit(Op::DeleteAttr, name);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.unit().span = target.span;
                self.emit(Op::DeleteSubscr, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return syntax_error("cannot delete expression", target.span),
        }
        Ok(())
    }

    /// Push a value that is only iterated or searched: a display of constants as one
    /// tuple or frozenset constant (`fold::folded_iterable`), anything else as `expr` does.
    pub(super) fn iterable(&mut self, e: &crate::ast::Expr) -> Result<()> {
        match fold::folded_iterable(e) {
            Some(folded) => {
                self.unit().span = e.span;
                let index = self.unit().constant(folded);
                self.emit(Op::LoadConst, index);
                Ok(())
            }
            None => self.expr(e),
        }
    }

    pub(super) fn expr(&mut self, e: &crate::ast::Expr) -> Result<()> {
        self.unit().span = e.span;
        if fold::may_fold(e)
            && let Some(folded) = fold::folded(e)
        {
            let index = self.unit().constant(folded);
            self.emit(Op::LoadConst, index);
            return Ok(());
        }
        use ExprKind::*;
        match &e.kind {
            Constant { value, .. } => {
                let index = self.unit().constant(constant_of(value));
                self.emit(Op::LoadConst, index);
            }
            Name { id, .. } => self.load_name(id, e.span),
            BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.unit().span = e.span;
                self.emit(Op::BinaryOp, binary_op(*op) as u32);
            }
            UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.unit().span = e.span;
                let op = match op {
                    crate::ast::UnaryOp::Invert => Op::UnaryInvert,
                    crate::ast::UnaryOp::Not => Op::UnaryNot,
                    crate::ast::UnaryOp::UAdd => Op::UnaryPositive,
                    crate::ast::UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            BoolOp { op, values } => {
                let jump =
                    if *op == crate::ast::BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop };
                let mut exits = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.unit().span = e.span;
                        exits.push(self.emit(jump, 0));
                    }
                }
                let end = self.unit().here();
                for x in exits {
                    self.unit().patch(x, end);
                }
            }
            Compare { left, ops, comparators } => self.compare(e.span, left, ops, comparators)?,
            IfExp { test, body, orelse } => {
                self.expr(test)?;
                let to_else = self.emit(Op::PopJumpIfFalse, 0);
                self.expr(body)?;
                let to_end = self.emit(Op::Jump, 0);
                let here = self.unit().here();
                self.unit().patch(to_else, here);
                self.expr(orelse)?;
                let here = self.unit().here();
                self.unit().patch(to_end, here);
            }
            NamedExpr { target, value } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.check_walrus_target(id, target.span)?;
                }
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.store(target)?;
            }
            Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.unit().span = e.span;
                let name = self.unit().name(attr);
                self.emit(Op::LoadAttr, name);
            }
            Subscript { value, slice, .. } => {
                for warning in syntax_warnings::subscript(value, slice) {
                    self.warn(e.span, warning);
                }
                self.expr(value)?;
                self.expr(slice)?;
                self.unit().span = e.span;
                self.emit(Op::BinarySubscr, 0);
            }
            Slice { lower, upper, step } => {
                let mut count = 2;
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.none(),
                    }
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    count = 3;
                }
                self.unit().span = e.span;
                self.emit(Op::BuildSlice, count);
            }
            Tuple { elts, .. } => {
                if elts.iter().any(|x| matches!(x.kind, Starred { .. })) {
                    self.starred_list(elts, e.span)?;
                    self.emit(Op::ListToTuple, 0);
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.unit().span = e.span;
                    self.emit(Op::BuildTuple, elts.len() as u32);
                }
            }
            List { elts, .. } => {
                if elts.iter().any(|x| matches!(x.kind, Starred { .. })) {
                    self.starred_list(elts, e.span)?;
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.unit().span = e.span;
                    self.emit(Op::BuildList, elts.len() as u32);
                }
            }
            Set { elts } if elts.len() >= 3 && elts.iter().all(|x| matches!(x.kind, Constant { .. })) => {
                // As CPython: a frozenset constant merged into a new set.
                let items = elts
                    .iter()
                    .filter_map(|x| {
                        if let Constant { value, .. } = &x.kind { Some(constant_of(value)) } else { None }
                    })
                    .collect();
                self.emit(Op::BuildSet, 0);
                let index = self.unit().constant(ConstValue::FrozenSet(items));
                self.emit(Op::LoadConst, index);
                self.emit(Op::SetUpdate, 1);
            }
            Set { elts } => {
                self.emit(Op::BuildSet, 0);
                for x in elts {
                    match &x.kind {
                        Starred { value, .. } => {
                            self.expr(value)?;
                            self.emit(Op::SetUpdate, 1);
                        }
                        _ => {
                            self.expr(x)?;
                            self.emit(Op::SetAdd, 1);
                        }
                    }
                }
            }
            Dict { keys, values } => {
                self.unit().span = e.span;
                self.emit(Op::BuildMap, 0);
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            self.emit(Op::MapAdd, 1);
                        }
                        None => {
                            self.expr(v)?;
                            self.emit(Op::DictUpdate, 1);
                        }
                    }
                }
            }
            Call { func, args, keywords } => self.call(e.span, func, args, keywords)?,
            Lambda { args, body } => {
                let qualname = self.qualname("<lambda>");
                self.make_function(
                    key_of(e),
                    "<lambda>",
                    &qualname,
                    (args, None),
                    (e.span, e.span.lineno),
                    |c| c.expr(body),
                    false,
                )?;
            }
            ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", Op::BuildList, &[elt], generators)?
            }
            SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", Op::BuildSet, &[elt], generators)?
            }
            DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", Op::BuildMap, &[key, value], generators)?
            }
            GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", Op::Nop, &[elt], generators)?
            }
            JoinedStr { values } => {
                for v in values {
                    self.expr(v)?;
                }
                self.unit().span = e.span;
                // A single piece is already the string (CPython emits no BUILD_STRING either).
                if values.len() != 1 {
                    self.emit(Op::BuildString, values.len() as u32);
                }
            }
            FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                let mut flags = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.unit().span = e.span;
                self.emit(Op::FormatValue, flags);
            }
            Yield { value } => {
                self.check_yield(e.span)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                }
                self.unit().span = e.span;
                if self.unit().code.flags.async_generator {
                    self.emit(Op::AsyncGenWrap, 0);
                }
                self.emit(Op::YieldValue, 0);
            }
            YieldFrom { value } => {
                self.check_yield(e.span)?;
                if self.unit().scope.coroutine {
                    return syntax_error("'yield from' inside async function", e.span);
                }
                self.expr(value)?;
                self.unit().span = e.span;
                self.emit(Op::GetYieldFromIter, 0);
                self.yield_from_loop();
            }
            Await { value } => {
                self.check_await(e.span, "'await'")?;
                self.expr(value)?;
                self.unit().span = e.span;
                self.emit_await(0);
            }
            Starred { .. } => return syntax_error("can't use starred expression here", e.span),
        }
        Ok(())
    }

    /// A walrus inside comprehensions may not bind a name their `for` clauses bind.
    fn check_walrus_target(&self, name: &str, span: Span) -> Result<()> {
        for unit in self.units.iter().rev() {
            if unit.scope.kind != symtable::ScopeKind::Comprehension {
                break;
            }
            if unit.iteration_names.iter().any(|n| n == name) {
                return syntax_error(
                    &format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                    span,
                );
            }
        }
        Ok(())
    }

    /// CPython's SyntaxError for a `yield` (or `yield from`) outside a function's own body.
    fn check_yield(&mut self, span: Span) -> Result<()> {
        let unit = self.unit();
        let place = match (&unit.scope.kind, unit.code.name.as_str()) {
            (symtable::ScopeKind::Module | symtable::ScopeKind::Class, _) => {
                return syntax_error("'yield' outside function", span);
            }
            (symtable::ScopeKind::Comprehension, "<listcomp>") => "list comprehension",
            (symtable::ScopeKind::Comprehension, "<setcomp>") => "set comprehension",
            (symtable::ScopeKind::Comprehension, "<dictcomp>") => "dict comprehension",
            (symtable::ScopeKind::Comprehension, _) => "generator expression",
            _ => return Ok(()),
        };
        syntax_error(&format!("'yield' inside {place}"), span)
    }

    /// The loop of `yield from` and `await` for the iterator on TOS: values it yields pass
    /// out, values sent in pass in, and its return value replaces it.
    pub(super) fn yield_from_loop(&mut self) {
        self.none();
        let send = self.emit(Op::Send, 0);
        self.emit(Op::YieldValue, 0);
        self.emit(Op::Jump, send as u32);
        let exit = self.unit().here();
        self.unit().patch(send, exit);
    }

    /// The start of a generator's code: the call returns the generator object, and the first
    /// resume pushes the value sent in (None), which is dropped.
    pub(super) fn start_generator(&mut self, span: Span) {
        self.unit().span = span;
        self.emit(Op::ReturnGenerator, 0);
        self.emit(Op::PopTop, 0);
    }

    pub(super) fn none(&mut self) {
        let none = self.unit().constant(ConstValue::None);
        self.emit(Op::LoadConst, none);
    }

    /// The keyword arguments of a call with `**`, merged into one dict as CPython does: each
    /// run of named keywords becomes a dict, and every dict and `**` mapping is merged with
    /// DICT_MERGE (so a repeated keyword is an error).
    fn call_keywords(&mut self, keywords: &[Keyword]) -> Result<()> {
        let mut have_dict = false;
        let mut named: Vec<&Keyword> = Vec::new();
        for k in keywords {
            if k.arg.is_some() {
                named.push(k);
                continue;
            }
            if !named.is_empty() {
                self.keyword_dict(&named)?;
                if have_dict {
                    self.emit(Op::DictMerge, 1);
                }
                have_dict = true;
                named.clear();
            }
            if !have_dict {
                self.emit(Op::BuildMap, 0);
                have_dict = true;
            }
            self.expr(&k.value)?;
            self.emit(Op::DictMerge, 1);
        }
        if !named.is_empty() {
            self.keyword_dict(&named)?;
            if have_dict {
                self.emit(Op::DictMerge, 1);
            }
        }
        Ok(())
    }

    /// A dict of named keyword arguments.
    fn keyword_dict(&mut self, named: &[&Keyword]) -> Result<()> {
        self.emit(Op::BuildMap, 0);
        for k in named {
            let name = k.arg.as_deref().unwrap_or_default();
            let key = self.unit().constant(ConstValue::Str(PyStr::from(name)));
            self.emit(Op::LoadConst, key);
            self.expr(&k.value)?;
            self.emit(Op::MapAdd, 1);
        }
        Ok(())
    }

    /// Build a list from elements some of which are starred.
    fn starred_list(&mut self, elts: &[crate::ast::Expr], span: Span) -> Result<()> {
        self.unit().span = span;
        self.emit(Op::BuildList, 0);
        self.starred_list_extend(elts, span)
    }

    /// Add `elts` (some starred) to the list on top of the stack.
    fn starred_list_extend(&mut self, elts: &[crate::ast::Expr], span: Span) -> Result<()> {
        self.unit().span = span;
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(
        &mut self,
        span: Span,
        left: &crate::ast::Expr,
        ops: &[CmpOp],
        comparators: &[crate::ast::Expr],
    ) -> Result<()> {
        if let Some(warning) = syntax_warnings::compare(left, ops, comparators) {
            self.warn(span, warning);
        }
        self.expr(left)?;
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            let last = i + 1 == ops.len();
            // As CPython: the display searched by the last comparison may fold.
            if last && matches!(op, CmpOp::In | CmpOp::NotIn) {
                self.iterable(right)?;
            } else {
                self.expr(right)?;
            }
            self.unit().span = span;
            if !last {
                // Keep the right operand for the next comparison.
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
            }
            let (op, arg) = match op {
                CmpOp::Eq => (Op::CompareOp, CompareOp::Eq as u32),
                CmpOp::NotEq => (Op::CompareOp, CompareOp::Ne as u32),
                CmpOp::Lt => (Op::CompareOp, CompareOp::Lt as u32),
                CmpOp::LtE => (Op::CompareOp, CompareOp::Le as u32),
                CmpOp::Gt => (Op::CompareOp, CompareOp::Gt as u32),
                CmpOp::GtE => (Op::CompareOp, CompareOp::Ge as u32),
                CmpOp::Is => (Op::IsOp, 0),
                CmpOp::IsNot => (Op::IsOp, 1),
                CmpOp::In => (Op::ContainsOp, 0),
                CmpOp::NotIn => (Op::ContainsOp, 1),
            };
            self.emit(op, arg);
            if !last {
                cleanups.push(self.emit(Op::JumpIfFalseOrPop, 0));
            }
        }
        if !cleanups.is_empty() {
            let to_end = self.emit(Op::Jump, 0);
            let cleanup = self.unit().here();
            for c in cleanups {
                self.unit().patch(c, cleanup);
            }
            // A failed comparison: drop the kept operand, keep the False result.
            self.emit(Op::Swap, 2);
            self.emit(Op::PopTop, 0);
            let here = self.unit().here();
            self.unit().patch(to_end, here);
        }
        Ok(())
    }

    fn call(
        &mut self,
        span: Span,
        func: &crate::ast::Expr,
        args: &[crate::ast::Expr],
        keywords: &[Keyword],
    ) -> Result<()> {
        if let Some(warning) = syntax_warnings::caller(func) {
            self.warn(span, warning);
        }
        // CPython's compiler refuses a keyword given twice (`f(n=1, n=2)`), at the second.
        for (i, keyword) in keywords.iter().enumerate() {
            if let Some(name) = &keyword.arg
                && keywords[..i].iter().any(|k| k.arg.as_ref() == Some(name))
            {
                return syntax_error(&format!("keyword argument repeated: {name}"), keyword.span);
            }
        }
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        // `x.m(a, b)`: LOAD_METHOD/CALL_METHOD, as CPython, so that calling a built-in method
        // makes no bound-method object.
        if let ExprKind::Attribute { value, attr, .. } = &func.kind
            && !starred
            && keywords.is_empty()
        {
            self.expr(value)?;
            self.unit().span = func.span;
            let name = self.unit().name(attr);
            self.emit(Op::LoadMethod, name);
            for a in args {
                self.expr(a)?;
            }
            self.unit().span = span;
            self.emit(Op::CallMethod, args.len() as u32);
            return Ok(());
        }
        self.expr(func)?;
        self.call_arguments(span, args, keywords, 0)
    }

    /// The arguments of a call whose callable (and `already` leading positional arguments)
    /// are on the stack, then the call instruction.
    fn call_arguments(
        &mut self,
        span: Span,
        args: &[crate::ast::Expr],
        keywords: &[Keyword],
        already: u32,
    ) -> Result<()> {
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let double_starred = keywords.iter().any(|k| k.arg.is_none());
        if starred || double_starred {
            if already > 0 {
                self.emit(Op::BuildList, already);
                self.starred_list_extend(args, span)?;
                self.emit(Op::ListToTuple, 0);
                if !keywords.is_empty() {
                    self.call_keywords(keywords)?;
                }
                self.unit().span = span;
                self.emit(Op::CallFunctionEx, u32::from(!keywords.is_empty()));
                return Ok(());
            }
            match args {
                // A lone `*x` is passed as it is: CALL_FUNCTION_EX checks that it is iterable.
                [crate::ast::Expr { kind: ExprKind::Starred { value, .. }, .. }] => self.expr(value)?,
                _ => {
                    self.starred_list(args, span)?;
                    self.emit(Op::ListToTuple, 0);
                }
            }
            if !keywords.is_empty() {
                self.call_keywords(keywords)?;
            }
            self.unit().span = span;
            self.emit(Op::CallFunctionEx, u32::from(!keywords.is_empty()));
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.unit().span = span;
        let count = already + (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Op::Call, count);
        } else {
            let names = keywords
                .iter()
                .map(|k| ConstValue::Str(PyStr::from(k.arg.as_deref().unwrap_or(""))))
                .collect();
            let index = self.unit().constant(ConstValue::Tuple(names));
            self.emit(Op::LoadConst, index);
            self.emit(Op::CallKw, count);
        }
        Ok(())
    }
}

/// The deepest the value stack gets, following every path through the code.
pub fn max_stack_depth(code: &CodeObject) -> u32 {
    stack_depth(code).unwrap_or(0)
}

/// The deepest the value stack gets on any path, or `None` if some path would pop more than
/// it pushed (which a loaded cache file must never do).
pub fn stack_depth(code: &CodeObject) -> Option<u32> {
    let depths = stack_depths(code)?;
    Some(depths.into_iter().flatten().max().unwrap_or(0).max(0) as u32)
}

/// The value stack's depth before each instruction (`None` where no path reaches), and after
/// the last; `None` if some path would pop more than it pushed.
pub fn stack_depths(code: &CodeObject) -> Option<Vec<Option<i32>>> {
    let n = code.instructions.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; n + 1];
    let mut work = vec![(0usize, 0i32)];
    for entry in &code.exception_table {
        work.push((entry.target as usize, entry.depth as i32 + 1 + i32::from(entry.push_lasti)));
    }
    // Bounds that compiled code never reaches, so damaged code cannot make this loop run away.
    let mut budget = 64 * n + 1024;
    while let Some((mut pc, mut depth)) = work.pop() {
        while pc < n {
            budget = budget.checked_sub(1)?;
            if depth > 1 << 16 {
                return None;
            }
            if depth_at[pc].is_some_and(|d| d >= depth) {
                break;
            }
            depth_at[pc] = Some(depth);
            let Instruction { op, arg } = code.instructions[pc];
            if op.arg_kind() == crate::bytecode::opcode::ArgKind::Jump {
                work.push((arg as usize, depth + op.stack_effect(arg, true)));
                if op == Op::Jump {
                    break;
                }
            }
            depth += op.stack_effect(arg, false);
            if depth < 0 || (op.arg_kind() == crate::bytecode::opcode::ArgKind::Jump && depth + 1 < 0) {
                return None;
            }
            if matches!(op, Op::ReturnValue | Op::RaiseVarargs | Op::Reraise) {
                break;
            }
            pc += 1;
            // The depth after an instruction counts toward the maximum even at the end.
            if pc == n {
                depth_at[n] = Some(depth_at[n].map_or(depth, |d| d.max(depth)));
            }
        }
    }
    Some(depth_at)
}

/// The names an assignment target binds (`a`, `(a, b)`, `[a, *b]`).
pub(super) fn target_names(target: &crate::ast::Expr, out: &mut Vec<String>) {
    match &target.kind {
        ExprKind::Name { id, .. } => out.push(id.clone()),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().for_each(|e| target_names(e, out));
        }
        ExprKind::Starred { value, .. } => target_names(value, out),
        _ => {}
    }
}
