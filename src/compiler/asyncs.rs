//! `await`, `async for` and the checks that they (and `async with`, compiled with `with` in
//! `exceptions.rs`) stand inside an `async def`, as CPython 3.11 compiles them: an awaitable
//! is driven by the same SEND/YIELD_VALUE loop as `yield from`; each step of an `async for`
//! awaits `__anext__()` inside a protected range whose handler, END_ASYNC_FOR, ends the loop
//! on StopAsyncIteration.

use super::codegen::{Compiler, FBlock, Loop, syntax_error};
use super::symtable::ScopeKind;
use crate::ast::{For, Span, Stmt};
use crate::bytecode::opcode::Op;

type Result<T> = std::result::Result<T, super::codegen::CompileError>;

impl<'t> Compiler<'t> {
    /// Await the awaitable on TOS; `kind` picks GET_AWAITABLE's error message (0 `await`,
    /// 1 `__aenter__`, 2 `__aexit__`).
    pub(super) fn emit_await(&mut self, kind: u32) {
        self.emit(Op::GetAwaitable, kind);
        self.yield_from_loop();
    }

    /// CPython's SyntaxError for `what` (`'await'`, `'async for'`, `'async with'`, or an
    /// asynchronous comprehension) outside an `async def`.
    pub(super) fn check_await(&mut self, span: Span, what: &str) -> Result<()> {
        let mut in_comprehension = false;
        for unit in self.units.iter().rev() {
            match unit.scope.kind {
                // An async generator expression may await wherever it stands.
                ScopeKind::Comprehension if unit.scope.coroutine && unit.code.name == "<genexpr>" => {
                    return Ok(());
                }
                ScopeKind::Comprehension => in_comprehension = true,
                ScopeKind::Function if unit.scope.coroutine => return Ok(()),
                ScopeKind::Function => break,
                ScopeKind::Module | ScopeKind::Class if what == "'await'" && !in_comprehension => {
                    return syntax_error("'await' outside function", span);
                }
                ScopeKind::Module | ScopeKind::Class => break,
            }
        }
        if in_comprehension || what == "asynchronous comprehension" {
            return syntax_error("asynchronous comprehension outside of an asynchronous function", span);
        }
        syntax_error(&format!("{what} outside async function"), span)
    }

    /// `async for target in iterable: body else: orelse`.
    pub(super) fn async_for(&mut self, s: &'t Stmt, f: &'t For) -> Result<()> {
        self.check_await(s.span, "'async for'")?;
        self.expr(&f.iter)?;
        self.unit().span = s.span;
        self.emit(Op::GetAiter, 0);
        let start = self.unit().here();
        let depth = self.unit().statement_depth() + 1;
        let step = self.async_for_step(depth);
        self.unit().fblocks.push(FBlock::Loop(Loop { start, breaks: Vec::new(), is_for: true }));
        self.store(&f.target)?;
        self.stmts(&f.body)?;
        self.unit().span = s.span;
        self.emit(Op::Jump, start);
        let done = self.pop_loop();
        self.end_async_for(step);
        self.stmts(&f.orelse)?;
        let end = self.unit().here();
        for b in done {
            self.unit().patch(b, end);
        }
        Ok(())
    }

    /// One step of an async loop whose iterator is on TOS (with the stack `depth` deep):
    /// pushes the next item. Returns the protected region, whose handler `end_async_for`
    /// places after the loop.
    pub(super) fn async_for_step(&mut self, depth: u32) -> usize {
        let region = self.protect_begin(depth, false);
        self.emit(Op::GetAnext, 0);
        self.yield_from_loop();
        self.protect_end(region);
        region
    }

    /// The end of an async loop: StopAsyncIteration from a step pops the iterator and goes
    /// on here; another exception propagates.
    pub(super) fn end_async_for(&mut self, step: usize) {
        self.protect_target(step);
        self.emit(Op::EndAsyncFor, 0);
    }
}
