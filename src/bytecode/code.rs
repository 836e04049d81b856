//! Code objects: the compiled form of a module, function, class body, lambda or comprehension.
//!
//! Every instruction has the source span of the expression it came from (`spans`, parallel to
//! `instructions`, like CPython 3.11's `co_positions`), so front-ends can highlight the exact
//! sub-expression being evaluated. Exceptions are handled through an exception table, as in
//! CPython 3.11: no setup instructions run on the happy path.

use std::rc::Rc;

use super::opcode::Op;
use crate::ast::{PyStr, Span};
use crate::runtime::int::Int;

/// One instruction: an opcode and its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Op,
    pub arg: u32,
}

/// A constant in `consts`: the literal values and nested code objects.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstValue>),
    /// The items of a constant set display, in source order (CPython folds `{1, 2, 3}` into
    /// a frozenset constant).
    FrozenSet(Vec<ConstValue>),
    Code(Rc<CodeObject>),
}

/// A range of instructions protected by a handler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First protected instruction index.
    pub start: u32,
    /// One past the last protected instruction index.
    pub end: u32,
    /// Where the handler starts.
    pub target: u32,
    /// The value stack depth to unwind to before pushing the exception.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed too (for `finally` re-raise).
    pub push_lasti: bool,
}

/// Flags of a code object (CPython's `co_flags`, the ones we use).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Takes `*args`.
    pub varargs: bool,
    /// Takes `**kwargs`.
    pub varkeywords: bool,
    /// A generator function.
    pub generator: bool,
    /// An `async def` function without `yield` (calling it makes a coroutine).
    pub coroutine: bool,
    /// An `async def` function with `yield` (calling it makes an async generator).
    pub async_generator: bool,
    /// A generator function marked by `types.coroutine` (CPython's CO_ITERABLE_COROUTINE):
    /// its generators may be awaited.
    pub iterable_coroutine: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// `co_qualname`: `C.method.<locals>.inner`.
    pub qualname: String,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub flags: CodeFlags,
    pub instructions: Vec<Instruction>,
    /// The source span of each instruction.
    pub spans: Vec<Span>,
    pub consts: Vec<ConstValue>,
    /// Global, attribute and module-level names.
    pub names: Vec<String>,
    /// Fast locals: parameters first, in order.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions (stored in cells).
    pub cellvars: Vec<String>,
    /// Variables of enclosing functions used here.
    pub freevars: Vec<String>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The deepest the value stack can get.
    pub max_stack: u32,
    /// The docstring of a function (`__doc__`).
    pub doc: Option<String>,
    /// The compiler's SyntaxWarnings (line, message), on a module's code object only: issued
    /// when the module is compiled, and again whenever a script's cached code runs, as
    /// CPython compiles a script every time.
    pub warnings: Vec<(u32, String)>,
}

impl CodeObject {
    /// `co_code`: pyglass's own instructions as bytes, five to an instruction: the opcode's
    /// number (`Op as u8`, as the bytecode cache writes it), then its argument as a
    /// little-endian u32. Not CPython's wordcode: only its type and length per instruction
    /// are promised.
    pub fn code_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.instructions.len() * 5);
        for i in &self.instructions {
            out.push(i.op as u8);
            out.extend_from_slice(&i.arg.to_le_bytes());
        }
        out
    }

    /// The line of instruction `index` (the line of its span's start).
    pub fn line_of(&self, index: usize) -> u32 {
        self.spans.get(index).map_or(self.first_line, |s| s.lineno)
    }

    /// The line a line event before each instruction reports (0: none), computed in one
    /// pass. CPython's compiler gives no line to the jumps it adds where branches meet (the
    /// jump back at the end of a loop's body, the jump past an `else`): 3.11's `co_lines`
    /// says `None` for them, so a breakpoint or a step never lands on the last line of a
    /// block that did not run. Here such a jump is an unconditional JUMP that an instruction
    /// of another line jumps to. Nor does a `while` loop's jump back to its test (on the
    /// test's line) report the line: CPython repeats the test at the loop's end instead, so
    /// the test's line comes once per iteration.
    pub fn event_lines(&self) -> Vec<u32> {
        use super::opcode::{ArgKind, Op};
        let line = |index: usize| self.spans.get(index).map_or(0, |s| s.lineno);
        let mut merge = vec![false; self.instructions.len()];
        for (from, i) in self.instructions.iter().enumerate() {
            let target = i.arg as usize;
            if i.op.arg_kind() == ArgKind::Jump && target < merge.len() && line(from) != line(target) {
                merge[target] = true;
            }
        }
        (0..self.instructions.len())
            .map(|index| {
                let jump = self.instructions[index];
                let target = jump.arg as usize;
                let back_to_own_line = target < index && self.line_of(target) == line(index);
                if jump.op == Op::Jump && (back_to_own_line || merge[index]) { 0 } else { line(index) }
            })
            .collect()
    }

    /// The first instruction of the code's own body: in a generator (or coroutine) function
    /// the one after RETURN_GENERATOR and its POP_TOP, which make the generator (CPython
    /// reports its call and first line when the generator first runs), else 0.
    pub fn body_start(&self) -> usize {
        match self.instructions.first() {
            Some(first) if first.op == super::opcode::Op::ReturnGenerator => 2,
            _ => 0,
        }
    }

    /// The name of cell-or-free variable `index` (LOAD_DEREF's argument).
    pub fn deref_name(&self, index: usize) -> Option<&str> {
        let cells = self.cellvars.len();
        let name = if index < cells { self.cellvars.get(index) } else { self.freevars.get(index - cells) };
        name.map(String::as_str)
    }
}
