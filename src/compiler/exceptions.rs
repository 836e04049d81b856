//! `try` statements and leaving blocks early, compiled as CPython 3.11 compiles them: the
//! protected instructions are listed in the exception table (no setup instructions run when
//! nothing is raised); a handler starts with the exception on the stack, `PUSH_EXC_INFO`
//! saves the previously handled one, and cleanup handlers restore it when a handler raises.
//! `return`, `break` and `continue` unwind the blocks they leave: they pop loop iterators,
//! leave handlers, run `finally` bodies inline, and end the protected ranges there.

use super::codegen::{Compiler, FBlock, Loop, Region};
use crate::ast::{ExceptHandler, Stmt, Try, With};
use crate::bytecode::code::ExceptionEntry;
use crate::bytecode::opcode::Op;

type Result<T> = std::result::Result<T, super::codegen::CompileError>;

impl<'t> Compiler<'t> {
    /// Start protecting instructions from here; the handler runs with the stack at `depth`.
    pub(super) fn protect_begin(&mut self, depth: u32, push_lasti: bool) -> usize {
        let unit = self.unit();
        let start = unit.here();
        unit.regions.push(Region { start, depth, push_lasti, entries: Vec::new() });
        unit.regions.len() - 1
    }

    /// Stop protecting at this point (an entry is recorded if anything was covered).
    pub(super) fn protect_end(&mut self, region: usize) {
        let unit = self.unit();
        let end = unit.here();
        let Some(r) = unit.regions.get(region) else { return };
        if r.start < end {
            let entry =
                ExceptionEntry { start: r.start, end, target: 0, depth: r.depth, push_lasti: r.push_lasti };
            unit.code.exception_table.push(entry);
            let index = unit.code.exception_table.len() - 1;
            unit.regions[region].entries.push(index);
        }
        unit.regions[region].start = end;
    }

    /// Protect again from here (after an early exit that ended the range).
    pub(super) fn resume_regions(&mut self, regions: &[usize]) {
        let unit = self.unit();
        let here = unit.here();
        for &r in regions {
            if let Some(region) = unit.regions.get_mut(r) {
                region.start = here;
            }
        }
    }

    /// The handler of `region` starts here.
    pub(super) fn protect_target(&mut self, region: usize) {
        let unit = self.unit();
        let here = unit.here();
        let entries = unit.regions.get(region).map(|r| r.entries.clone()).unwrap_or_default();
        for e in entries {
            unit.code.exception_table[e].target = here;
        }
    }

    /// Pop the innermost loop block and return its `break` jumps.
    pub(super) fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop(l)) => l.breaks,
            _ => Vec::new(),
        }
    }

    /// Emit the code that leaves every block up to the function (for `return`, `preserve_tos`
    /// keeps the return value on top); returns the protected regions ended here.
    pub(super) fn unwind(&mut self, stop_at_loop: Option<()>, preserve_tos: bool) -> Result<Vec<usize>> {
        let mut ended = Vec::new();
        let mut index = self.unit().fblocks.len();
        while index > 0 {
            index -= 1;
            if stop_at_loop.is_some() && matches!(self.unit().fblocks[index], FBlock::Loop(_)) {
                break;
            }
            self.unwind_one(index, preserve_tos, &mut ended)?;
        }
        Ok(ended)
    }

    fn unwind_one(&mut self, index: usize, preserve_tos: bool, ended: &mut Vec<usize>) -> Result<()> {
        match &self.unit().fblocks[index] {
            FBlock::Loop(l) => {
                if l.is_for {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            FBlock::TryExcept { region } => {
                let region = *region;
                self.protect_end(region);
                ended.push(region);
            }
            FBlock::TryFinally { body, region } => {
                let (body, region) = (*body, *region);
                self.protect_end(region);
                ended.push(region);
                // The finally body runs inside the blocks outside this one only (and above a
                // return value, which leaving it early discards).
                let saved = self.unit().fblocks.split_off(index);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let result = self.stmts(body);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                self.unit().fblocks.extend(saved);
                result?;
            }
            FBlock::ExceptHandler { name, regions } => {
                let (name, regions) = (name.clone(), regions.clone());
                for r in regions {
                    self.protect_end(r);
                    ended.push(r);
                }
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_name(&name);
                }
            }
            FBlock::With { region, is_async } => {
                let (region, is_async) = (*region, *is_async);
                self.protect_end(region);
                ended.push(region);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones(is_async);
            }
            FBlock::ExceptStarHandler => {
                let span = self.unit().span;
                return super::codegen::syntax_error(super::except_star::EXIT_ERROR, span);
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::FinallyHandler { region } => {
                let region = *region;
                self.protect_end(region);
                ended.push(region);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
            }
        }
        Ok(())
    }

    /// Unwind up to the innermost loop for `break`/`continue`; `None` outside any loop.
    pub(super) fn unwind_to_loop(&mut self) -> Result<Option<Vec<usize>>> {
        if !self.unit().fblocks.iter().any(|b| matches!(b, FBlock::Loop(_))) {
            return Ok(None);
        }
        self.unwind(Some(()), false).map(Some)
    }

    /// The jump of `break` (popping a `for` iterator first) or `continue`.
    pub(super) fn jump_out_of_loop(&mut self, is_break: bool) {
        let Some(index) = self.unit().fblocks.iter().rposition(|b| matches!(b, FBlock::Loop(_))) else {
            return;
        };
        let (start, is_for) = match &self.unit().fblocks[index] {
            FBlock::Loop(Loop { start, is_for, .. }) => (*start, *is_for),
            _ => return,
        };
        if !is_break {
            self.emit(Op::Jump, start);
            return;
        }
        if is_for {
            self.emit(Op::PopTop, 0);
        }
        let jump = self.emit(Op::Jump, 0);
        if let Some(FBlock::Loop(l)) = self.unit().fblocks.get_mut(index) {
            l.breaks.push(jump);
        }
    }

    /// `name = None; del name` after an `except ... as name:` clause.
    pub(super) fn clear_name(&mut self, name: &str) {
        self.none();
        self.store_name(name);
        self.delete_name(name);
    }

    /// A `try` statement (`star`: with `except*` clauses).
    pub(super) fn try_statement(&mut self, t: &'t Try, star: bool) -> Result<()> {
        let handlers = |c: &mut Self| if star { c.try_star_except(t) } else { c.try_except(t) };
        if t.finalbody.is_empty() {
            return handlers(self);
        }
        let depth = self.unit().statement_depth();
        let region = self.protect_begin(depth, false);
        self.unit().fblocks.push(FBlock::TryFinally { body: &t.finalbody, region });
        let body = if t.handlers.is_empty() { self.stmts(&t.body) } else { handlers(self) };
        self.unit().fblocks.pop();
        body?;
        self.protect_end(region);
        // Nothing raised: run the finally body and go on.
        self.stmts(&t.finalbody)?;
        let to_end = self.emit(Op::Jump, 0);
        // Something raised: run it with the exception saved, then re-raise.
        self.protect_target(region);
        self.emit(Op::PushExcInfo, 0);
        let cleanup = self.protect_begin(depth + 1, true);
        self.unit().fblocks.push(FBlock::FinallyHandler { region: cleanup });
        let finally = self.stmts(&t.finalbody);
        self.unit().fblocks.pop();
        finally?;
        self.emit(Op::Reraise, 0);
        self.protect_end(cleanup);
        self.emit_cleanup(cleanup);
        let end = self.unit().here();
        self.unit().patch(to_end, end);
        Ok(())
    }

    /// The cleanup handler: restore the previously handled exception and re-raise.
    pub(super) fn emit_cleanup(&mut self, region: usize) {
        self.protect_target(region);
        self.emit(Op::Copy, 3);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 1);
    }

    fn try_except(&mut self, t: &'t Try) -> Result<()> {
        let depth = self.unit().statement_depth();
        let region = self.protect_begin(depth, false);
        self.unit().fblocks.push(FBlock::TryExcept { region });
        let body = self.stmts(&t.body);
        self.unit().fblocks.pop();
        body?;
        self.protect_end(region);
        self.stmts(&t.orelse)?;
        let mut ends = vec![self.emit(Op::Jump, 0)];
        self.protect_target(region);
        self.emit(Op::PushExcInfo, 0);
        let cleanup = self.protect_begin(depth + 1, true);
        for handler in &t.handlers {
            ends.push(self.except_clause(handler, depth, cleanup)?);
        }
        // No clause matched: re-raise.
        self.emit(Op::Reraise, 0);
        self.protect_end(cleanup);
        self.emit_cleanup(cleanup);
        let end = self.unit().here();
        for jump in ends {
            self.unit().patch(jump, end);
        }
        Ok(())
    }

    /// One `except [TYPE [as NAME]]:` clause; returns the jump to the statement's end.
    fn except_clause(&mut self, h: &'t ExceptHandler, depth: u32, cleanup: usize) -> Result<usize> {
        self.unit().span = h.span;
        let mut next_clause = None;
        if let Some(ty) = &h.type_ {
            self.expr(ty)?;
            self.unit().span = h.span;
            self.emit(Op::CheckExcMatch, 0);
            next_clause = Some(self.emit(Op::PopJumpIfFalse, 0));
        }
        let name_region = match &h.name {
            Some(name) => {
                self.store_name(name);
                Some(self.protect_begin(depth + 1, true))
            }
            None => {
                self.emit(Op::PopTop, 0);
                None
            }
        };
        let regions: Vec<usize> = name_region.into_iter().chain([cleanup]).collect();
        self.unit().fblocks.push(FBlock::ExceptHandler { name: h.name.clone(), regions });
        let body = self.stmts(&h.body);
        self.unit().fblocks.pop();
        body?;
        self.unit().span = h.span;
        if let Some(r) = name_region {
            self.protect_end(r);
        }
        self.emit(Op::PopExcept, 0);
        if let Some(name) = &h.name {
            self.clear_name(name);
        }
        let to_end = self.emit(Op::Jump, 0);
        if let (Some(r), Some(name)) = (name_region, &h.name) {
            // The clause raised: clear the name, then the outer cleanup restores the state.
            self.protect_target(r);
            self.clear_name(name);
            self.emit(Op::Reraise, 1);
        }
        if let Some(jump) = next_clause {
            let here = self.unit().here();
            self.unit().patch(jump, here);
        }
        Ok(to_end)
    }

    /// `with a as x, b: body`, as CPython 3.11 compiles it (each item nests the next):
    /// BEFORE_WITH leaves `__exit__` under `__enter__()`'s result; leaving the body normally
    /// calls `__exit__(None, None, None)`; an exception runs WITH_EXCEPT_START, which calls
    /// `__exit__(type, exc, tb)`, and a true result suppresses the exception. `async with`
    /// is the same with `__aenter__` and `__aexit__`, whose results are awaited.
    pub(super) fn with_statement(
        &mut self,
        s: &'t Stmt,
        w: &'t With,
        item: usize,
        is_async: bool,
    ) -> Result<()> {
        let Some(current) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        let depth = self.unit().statement_depth();
        self.expr(&current.context_expr)?;
        self.unit().span = current.context_expr.span;
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit_await(1);
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        let region = self.protect_begin(depth + 1, true);
        match &current.optional_vars {
            Some(target) => self.store(target)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.unit().fblocks.push(FBlock::With { region, is_async });
        let body = self.with_statement(s, w, item + 1, is_async);
        self.unit().fblocks.pop();
        body?;
        self.protect_end(region);
        self.unit().span = s.span;
        self.call_exit_with_nones(is_async);
        let to_end = self.emit(Op::Jump, 0);
        // An exception in the body: `__exit__` decides whether it propagates.
        self.protect_target(region);
        self.emit(Op::PushExcInfo, 0);
        let cleanup = self.protect_begin(depth + 3, true);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit_await(2);
        }
        let suppress = self.emit(Op::PopJumpIfTrue, 0);
        self.emit(Op::Reraise, 0);
        let here = self.unit().here();
        self.unit().patch(suppress, here);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopTop, 0);
        self.protect_end(cleanup);
        let to_end_suppressed = self.emit(Op::Jump, 0);
        self.emit_cleanup(cleanup);
        let end = self.unit().here();
        self.unit().patch(to_end, end);
        self.unit().patch(to_end_suppressed, end);
        Ok(())
    }

    /// `__exit__(None, None, None)` for the `__exit__` on top of the stack (awaited for
    /// `async with`), result dropped.
    pub(super) fn call_exit_with_nones(&mut self, is_async: bool) {
        let none = self.unit().constant(crate::bytecode::code::ConstValue::None);
        for _ in 0..3 {
            self.emit(Op::LoadConst, none);
        }
        self.emit(Op::Call, 3);
        if is_async {
            self.emit_await(2);
        }
        self.emit(Op::PopTop, 0);
    }
}
