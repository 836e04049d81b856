//! `try`/`except*` statements, compiled as CPython 3.11 compiles them. The handler keeps the
//! caught exception (`orig`), a list of what the clauses raise, and the part still unmatched
//! (`rest`) on the stack; each clause's CHECK_EG_MATCH splits `rest`; a clause that raises
//! adds its exception to the list; PREP_RERAISE_STAR then says what the statement raises.

use super::codegen::{Compiler, FBlock, syntax_error};
use crate::ast::{ExceptHandler, Try};
use crate::bytecode::code::ConstValue;
use crate::bytecode::opcode::Op;

type Result<T> = std::result::Result<T, super::codegen::CompileError>;

/// The SyntaxError for `break`, `continue` or `return` leaving an `except*` clause.
pub(super) const EXIT_ERROR: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'t> Compiler<'t> {
    /// The `try` body and `except*` clauses of `t` (its `finally` is `try_statement`'s).
    pub(super) fn try_star_except(&mut self, t: &'t Try) -> Result<()> {
        let depth = self.unit().statement_depth();
        let region = self.protect_begin(depth, false);
        self.unit().fblocks.push(FBlock::TryExcept { region });
        let body = self.stmts(&t.body);
        self.unit().fblocks.pop();
        body?;
        self.protect_end(region);
        self.stmts(&t.orelse)?;
        let to_end = self.emit(Op::Jump, 0);
        self.protect_target(region);
        self.emit(Op::PushExcInfo, 0);
        let cleanup = self.protect_begin(depth + 1, true);
        // [prev, exc] -> [prev, orig, raised list, rest]
        self.emit(Op::Copy, 1);
        self.emit(Op::BuildList, 0);
        self.emit(Op::Swap, 2);
        for handler in &t.handlers {
            self.except_star_clause(handler, depth)?;
        }
        // The unmatched rest is raised again with whatever the clauses raised.
        self.emit(Op::ListAppend, 1);
        self.emit(Op::PrepReraiseStar, 0);
        self.emit(Op::Copy, 1);
        self.is_none();
        let reraise = self.emit(Op::PopJumpIfFalse, 0);
        self.protect_end(cleanup);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        let handled = self.emit(Op::Jump, 0);
        let here = self.unit().here();
        self.unit().patch(reraise, here);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.emit_cleanup(cleanup);
        let end = self.unit().here();
        self.unit().patch(to_end, end);
        self.unit().patch(handled, end);
        Ok(())
    }

    /// Replace TOS with whether it is None.
    fn is_none(&mut self) {
        let none = self.unit().constant(ConstValue::None);
        self.emit(Op::LoadConst, none);
        self.emit(Op::IsOp, 0);
    }

    /// One `except* TYPE [as NAME]:` clause, with `[prev, orig, list, rest]` on the stack
    /// above `depth`.
    fn except_star_clause(&mut self, h: &'t ExceptHandler, depth: u32) -> Result<()> {
        self.unit().span = h.span;
        let Some(ty) = &h.type_ else {
            return syntax_error("expected one or more exception types", h.span);
        };
        self.expr(ty)?;
        self.unit().span = h.span;
        self.emit(Op::CheckEgMatch, 0);
        self.emit(Op::Copy, 1);
        self.is_none();
        let no_match = self.emit(Op::PopJumpIfTrue, 0);
        match &h.name {
            Some(name) => self.store_name(name),
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        let body_region = self.protect_begin(depth + 4, true);
        self.unit().fblocks.push(FBlock::ExceptStarHandler);
        let body = self.stmts(&h.body);
        self.unit().fblocks.pop();
        body?;
        self.protect_end(body_region);
        self.unit().span = h.span;
        if let Some(name) = &h.name {
            self.clear_name(name);
        }
        let done = self.emit(Op::Jump, 0);
        // The clause raised: its exception joins the list.
        self.protect_target(body_region);
        if let Some(name) = &h.name {
            self.clear_name(name);
        }
        self.emit(Op::ListAppend, 3);
        self.emit(Op::PopTop, 0);
        let raised = self.emit(Op::Jump, 0);
        let here = self.unit().here();
        self.unit().patch(no_match, here);
        self.emit(Op::PopTop, 0);
        let next = self.unit().here();
        self.unit().patch(done, next);
        self.unit().patch(raised, next);
        Ok(())
    }
}
