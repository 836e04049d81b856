//! `import` and `from ... import` statements, compiled as CPython 3.11 compiles them:
//! `IMPORT_NAME` pops the level and the fromlist (both constants) and pushes the module that
//! `__import__` returns; dotted `import a.b as c` walks to the submodule with `IMPORT_FROM`;
//! `from m import *` ends with `IMPORT_STAR`.

use super::codegen::{CompileError, Compiler};
use super::symtable::ScopeKind;
use crate::ast::Alias;
use crate::bytecode::code::ConstValue;
use crate::bytecode::opcode::Op;
use crate::runtime::int::Int;

type Result<T> = std::result::Result<T, CompileError>;

impl<'t> Compiler<'t> {
    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule `a.b.c`.
    pub(super) fn import(&mut self, names: &[Alias]) {
        for alias in names {
            self.import_name(&alias.name, 0, ConstValue::None);
            match &alias.asname {
                None => self.store_name(alias.name.split('.').next().unwrap_or_default()),
                Some(asname) => {
                    let mut attrs = alias.name.split('.').skip(1).peekable();
                    if attrs.peek().is_none() {
                        self.store_name(asname);
                        continue;
                    }
                    while let Some(attr) = attrs.next() {
                        let index = self.unit().name(attr);
                        self.emit(Op::ImportFrom, index);
                        if attrs.peek().is_some() {
                            self.emit(Op::Swap, 2);
                            self.emit(Op::PopTop, 0);
                        }
                    }
                    self.store_name(asname);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
    }

    /// `from [.]*module import names` (`*` only in a module body).
    pub(super) fn import_from(&mut self, module: Option<&str>, names: &[Alias], level: u32) -> Result<()> {
        let fromlist =
            ConstValue::Tuple(names.iter().map(|a| ConstValue::Str(a.name.as_str().into())).collect());
        self.import_name(module.unwrap_or_default(), level, fromlist);
        if let [star] = names
            && star.name == "*"
        {
            if self.unit().scope.kind != ScopeKind::Module {
                return Err(CompileError {
                    msg: "import * only allowed at module level".to_string(),
                    span: star.span,
                    unsupported: false,
                });
            }
            self.emit(Op::ImportStar, 0);
            return Ok(());
        }
        for alias in names {
            let index = self.unit().name(&alias.name);
            self.emit(Op::ImportFrom, index);
            self.store_name(alias.asname.as_deref().unwrap_or(&alias.name));
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// LOAD_CONST level; LOAD_CONST fromlist; IMPORT_NAME name.
    fn import_name(&mut self, name: &str, level: u32, fromlist: ConstValue) {
        let level = self.unit().constant(ConstValue::Int(Int::from(i64::from(level))));
        self.emit(Op::LoadConst, level);
        let fromlist = self.unit().constant(fromlist);
        self.emit(Op::LoadConst, fromlist);
        let index = self.unit().name(name);
        self.emit(Op::ImportName, index);
    }
}
