//! Comprehensions and generator expressions, compiled as CPython 3.11 compiles them: a
//! nested function called with the first iterator as `.0`, looping over each level; async
//! levels step with `async_for_step`, and an async list, set or dict comprehension is a
//! coroutine that is awaited where it stands (an async generator expression is not).

use super::codegen::{Compiler, index_of, syntax_error};
use super::symtable::key_of;
use crate::ast::Comprehension;
use crate::bytecode::opcode::Op;

type Result<T> = std::result::Result<T, super::codegen::CompileError>;

impl<'t> Compiler<'t> {
    /// A comprehension: a nested function called with the first iterator as `.0`.
    pub(super) fn comprehension(
        &mut self,
        e: &crate::ast::Expr,
        name: &str,
        build: Op,
        elements: &[&crate::ast::Expr],
        generators: &[Comprehension],
    ) -> Result<()> {
        let Some(first) = generators.first() else { return syntax_error("empty comprehension", e.span) };
        let is_async = self.table.scopes.get(&key_of(e)).is_some_and(|scope| scope.coroutine);
        if is_async && build != Op::Nop {
            self.check_await(e.span, "asynchronous comprehension")?;
        }
        let qualname = self.qualname(name);
        self.push_unit(key_of(e), name, &qualname, e.span.lineno)?;
        let mut names = Vec::new();
        for g in generators {
            super::codegen::target_names(&g.target, &mut names);
        }
        self.unit().iteration_names = names;
        self.unit().code.arg_count = 1;
        self.unit().span = e.span;
        let is_generator = build == Op::Nop;
        if is_generator || is_async {
            self.start_generator(e.span);
        }
        if is_generator {
        } else {
            self.emit(build, 0);
        }
        self.comprehension_loop(generators, 0, elements, build)?;
        self.unit().span = e.span;
        if is_generator {
            self.return_none();
        } else {
            self.emit(Op::ReturnValue, 0);
        }
        let mut code = self.pop_unit();
        code.flags.generator = is_generator && !is_async;
        code.flags.async_generator = is_generator && is_async;
        code.flags.coroutine = !is_generator && is_async;
        self.unit().span = e.span;
        self.emit_make_function(code, 0);
        self.iterable(&first.iter)?;
        self.unit().span = e.span;
        self.emit(if first.is_async != 0 { Op::GetAiter } else { Op::GetIter }, 0);
        self.emit(Op::Call, 1);
        if is_async && !is_generator {
            self.emit_await(0);
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &[Comprehension],
        level: usize,
        elements: &[&crate::ast::Expr],
        build: Op,
    ) -> Result<()> {
        let g = &generators[level];
        let is_async = g.is_async != 0;
        if level == 0 {
            let dot0 = index_of(&mut self.unit().code.varnames, ".0");
            self.emit(Op::LoadFast, dot0);
        } else {
            self.iterable(&g.iter)?;
            self.emit(if is_async { Op::GetAiter } else { Op::GetIter }, 0);
        }
        let start = self.unit().here();
        // An async level's step is protected: StopAsyncIteration ends it (END_ASYNC_FOR).
        let (exit, step) = if is_async {
            // The value stack holds the result (unless this is a generator expression) and
            // the iterators of this level and those outside it.
            let depth = u32::from(build != Op::Nop) + level as u32 + 1;
            (None, Some(self.async_for_step(depth)))
        } else {
            (Some(self.emit(Op::ForIter, 0)), None)
        };
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Op::PopJumpIfFalse, start);
        }
        if level + 1 < generators.len() {
            self.comprehension_loop(generators, level + 1, elements, build)?;
        } else {
            for x in elements {
                self.expr(x)?;
            }
            // The result sits under the iterators of every level.
            let depth = (generators.len() + 1) as u32;
            match build {
                Op::BuildList => {
                    self.emit(Op::ListAppend, depth);
                }
                Op::BuildSet => {
                    self.emit(Op::SetAdd, depth);
                }
                Op::BuildMap => {
                    self.emit(Op::MapAdd, depth);
                }
                _ => {
                    if self.unit().scope.coroutine {
                        self.emit(Op::AsyncGenWrap, 0);
                    }
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.emit(Op::Jump, start);
        let here = self.unit().here();
        if let Some(exit) = exit {
            self.unit().patch(exit, here);
        }
        if let Some(step) = step {
            self.end_async_for(step);
        }
        Ok(())
    }
}
