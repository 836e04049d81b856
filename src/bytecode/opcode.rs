//! The instruction set: one table, from which the enum, the names, the argument kinds (used by
//! the disassembler and the cache verifier) and the documentation all come.
//!
//! Each instruction is an opcode and a 32-bit argument (no EXTENDED_ARG prefix is needed).
//! Names follow CPython 3.11 where the meaning is the same. Jump arguments are absolute
//! instruction indices. Numbers are explicit and fingerprinted by a test: renumbering changes
//! the cache format.

/// What an instruction's argument means (for `dis` and for validating cache files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused (always 0).
    None,
    /// A plain number (a count, a flag set, an operator code).
    Number,
    /// An index into `consts`.
    Const,
    /// An index into `names`.
    Name,
    /// An index into `varnames` (fast locals).
    Local,
    /// An index into cell variables followed by free variables.
    Deref,
    /// An absolute instruction index.
    Jump,
    /// A `BINARY_OP` operator code (see `BinaryOp`).
    BinaryOp,
    /// A `COMPARE_OP` operator code (see `CompareOp`).
    Compare,
}

macro_rules! instructions {
    ($($(#[doc = $doc:literal])* $name:ident = $num:literal, $text:literal, $kind:ident;)*) => {
        /// An opcode. See the table in `opcode.rs` for each one's stack effect.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $($(#[doc = $doc])* $name = $num,)*
        }

        impl Op {
            /// Every opcode, in number order.
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];

            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self {
                    $(Op::$name => $text,)*
                }
            }

            pub fn arg_kind(self) -> ArgKind {
                match self {
                    $(Op::$name => ArgKind::$kind,)*
                }
            }

            /// The opcode with this number, if there is one (for the cache loader).
            pub fn from_number(n: u8) -> Option<Op> {
                match n {
                    $($num => Some(Op::$name),)*
                    _ => None,
                }
            }
        }
    };
}

instructions! {
    /// Does nothing.
    Nop = 0, "NOP", None;
    /// Pops TOS.
    PopTop = 1, "POP_TOP", None;
    /// Pushes a copy of the item `arg` places down (1 = TOS).
    Copy = 2, "COPY", Number;
    /// Swaps TOS with the item `arg` places down (2 = the one below TOS).
    Swap = 3, "SWAP", Number;
    /// Pushes `consts[arg]`.
    LoadConst = 10, "LOAD_CONST", Const;
    /// Pushes local `varnames[arg]`; UnboundLocalError if unset.
    LoadFast = 11, "LOAD_FAST", Local;
    /// Pops TOS into local `varnames[arg]`.
    StoreFast = 12, "STORE_FAST", Local;
    /// Unsets local `varnames[arg]`.
    DeleteFast = 13, "DELETE_FAST", Local;
    /// Pushes global (or builtin) `names[arg]`.
    LoadGlobal = 14, "LOAD_GLOBAL", Name;
    /// Pops TOS into global `names[arg]`.
    StoreGlobal = 15, "STORE_GLOBAL", Name;
    /// Unsets global `names[arg]`.
    DeleteGlobal = 16, "DELETE_GLOBAL", Name;
    /// Pushes `names[arg]` from locals, then globals, then builtins (module and class bodies).
    LoadName = 17, "LOAD_NAME", Name;
    /// Pops TOS into local name `names[arg]` (module and class bodies).
    StoreName = 18, "STORE_NAME", Name;
    /// Unsets local name `names[arg]`.
    DeleteName = 19, "DELETE_NAME", Name;
    /// Pushes the contents of cell `arg`.
    LoadDeref = 20, "LOAD_DEREF", Deref;
    /// Pops TOS into cell `arg`.
    StoreDeref = 21, "STORE_DEREF", Deref;
    /// Empties cell `arg`.
    DeleteDeref = 22, "DELETE_DEREF", Deref;
    /// Pushes cell `arg` itself (to build a closure).
    LoadClosure = 23, "LOAD_CLOSURE", Deref;
    /// Replaces TOS with `getattr(TOS, names[arg])`.
    LoadAttr = 24, "LOAD_ATTR", Name;
    /// `TOS.names[arg] = TOS1`; pops both.
    StoreAttr = 25, "STORE_ATTR", Name;
    /// For a method call `TOS.names[arg](...)`: replaces TOS with two items, either the
    /// receiver and the method's name (a built-in method, called without making a bound
    /// method object) or `getattr(TOS, names[arg])` and `None`. CALL_METHOD consumes them.
    LoadMethod = 27, "LOAD_METHOD", Name;
    /// `del TOS.names[arg]`; pops TOS.
    DeleteAttr = 26, "DELETE_ATTR", Name;
    /// TOS = TOS1 `op` TOS (`arg` is a `BinaryOp`, in-place forms included).
    BinaryOp = 30, "BINARY_OP", BinaryOp;
    /// TOS = -TOS.
    UnaryNegative = 31, "UNARY_NEGATIVE", None;
    /// TOS = +TOS.
    UnaryPositive = 32, "UNARY_POSITIVE", None;
    /// TOS = not TOS.
    UnaryNot = 33, "UNARY_NOT", None;
    /// TOS = ~TOS.
    UnaryInvert = 34, "UNARY_INVERT", None;
    /// TOS = TOS1 `cmp` TOS (`arg` is a `CompareOp`).
    CompareOp = 35, "COMPARE_OP", Compare;
    /// TOS = TOS1 is TOS (`is not` when `arg` is 1).
    IsOp = 36, "IS_OP", Number;
    /// TOS = TOS1 in TOS (`not in` when `arg` is 1).
    ContainsOp = 37, "CONTAINS_OP", Number;
    /// TOS = TOS1[TOS].
    BinarySubscr = 38, "BINARY_SUBSCR", None;
    /// TOS1[TOS] = TOS2; pops three.
    StoreSubscr = 39, "STORE_SUBSCR", None;
    /// del TOS1[TOS]; pops two.
    DeleteSubscr = 40, "DELETE_SUBSCR", None;
    /// Pushes slice(TOS1, TOS) (`arg` 2) or slice(TOS2, TOS1, TOS) (`arg` 3).
    BuildSlice = 41, "BUILD_SLICE", Number;
    /// Pops `arg` items and pushes a tuple of them.
    BuildTuple = 50, "BUILD_TUPLE", Number;
    /// Pops `arg` items and pushes a list of them.
    BuildList = 51, "BUILD_LIST", Number;
    /// Pops `arg` items and pushes a set of them.
    BuildSet = 52, "BUILD_SET", Number;
    /// Pops `arg` key/value pairs and pushes a dict of them.
    BuildMap = 53, "BUILD_MAP", Number;
    /// Pops `arg` strings and pushes their concatenation.
    BuildString = 54, "BUILD_STRING", Number;
    /// Appends TOS to the list `arg` places down (after popping TOS).
    ListAppend = 55, "LIST_APPEND", Number;
    /// Adds TOS to the set `arg` places down.
    SetAdd = 56, "SET_ADD", Number;
    /// Sets dict[TOS1] = TOS in the dict `arg` places down.
    MapAdd = 57, "MAP_ADD", Number;
    /// Extends the list `arg` places down with the iterable TOS.
    ListExtend = 58, "LIST_EXTEND", Number;
    /// Updates the set `arg` places down with the iterable TOS.
    SetUpdate = 59, "SET_UPDATE", Number;
    /// Updates the dict `arg` places down with the mapping TOS.
    DictUpdate = 60, "DICT_UPDATE", Number;
    /// As DICT_UPDATE for the keyword arguments of a call: repeated keys are errors, and
    /// errors name the callable (which lies `arg + 2` places down).
    DictMerge = 64, "DICT_MERGE", Number;
    /// Replaces the list TOS with a tuple of its items.
    ListToTuple = 61, "LIST_TO_TUPLE", None;
    /// Unpacks TOS into `arg` items, pushed so the first is on top.
    UnpackSequence = 62, "UNPACK_SEQUENCE", Number;
    /// Unpacks TOS with a starred target: `arg & 0xff` before it, `arg >> 8` after it.
    UnpackEx = 63, "UNPACK_EX", Number;
    /// Jumps to `arg`.
    Jump = 70, "JUMP", Jump;
    /// Pops TOS; jumps to `arg` if it is false.
    PopJumpIfFalse = 71, "POP_JUMP_IF_FALSE", Jump;
    /// Pops TOS; jumps to `arg` if it is true.
    PopJumpIfTrue = 72, "POP_JUMP_IF_TRUE", Jump;
    /// Jumps to `arg` keeping TOS if it is false, else pops it.
    JumpIfFalseOrPop = 73, "JUMP_IF_FALSE_OR_POP", Jump;
    /// Jumps to `arg` keeping TOS if it is true, else pops it.
    JumpIfTrueOrPop = 74, "JUMP_IF_TRUE_OR_POP", Jump;
    /// TOS = iter(TOS).
    GetIter = 75, "GET_ITER", None;
    /// Pushes next(TOS); when it is exhausted, pops TOS and jumps to `arg`.
    ForIter = 76, "FOR_ITER", Jump;
    /// Calls the callable below `arg` positional arguments; pushes the result.
    Call = 80, "CALL", Number;
    /// Calls what LOAD_METHOD left below `arg` positional arguments; pushes the result.
    CallMethod = 85, "CALL_METHOD", Number;
    /// As CALL, with the tuple of keyword names TOS naming the last arguments.
    CallKw = 81, "CALL_KW", Number;
    /// Calls TOS2(*TOS1, **TOS) (`arg` 1) or TOS1(*TOS) (`arg` 0).
    CallFunctionEx = 82, "CALL_FUNCTION_EX", Number;
    /// Makes a function from the code object TOS; `arg` flags say what lies below it:
    /// 1 defaults tuple, 2 keyword defaults dict, 4 annotations, 8 closure tuple.
    MakeFunction = 83, "MAKE_FUNCTION", Number;
    /// Returns TOS from the current frame.
    ReturnValue = 84, "RETURN_VALUE", None;
    /// Formats TOS for an f-string: `arg & 3` is the conversion (0 none, 1 str, 2 repr,
    /// 3 ascii), `arg & 4` means a format spec lies on top.
    FormatValue = 90, "FORMAT_VALUE", Number;
    /// Raises: `arg` 0 re-raises the current exception, 1 raises TOS, 2 raises TOS1 from TOS.
    RaiseVarargs = 91, "RAISE_VARARGS", Number;
    /// Pushes the exception being handled under the new exception on top (entering a handler).
    PushExcInfo = 92, "PUSH_EXC_INFO", None;
    /// `with`: replaces the context manager TOS with its bound `__exit__` and the result of
    /// calling its `__enter__`.
    BeforeWith = 105, "BEFORE_WITH", None;
    /// In a `with` statement's handler (`__exit__`, lasti, previous exception, exception on
    /// the stack): pushes `__exit__(type(exc), exc, None)`.
    WithExceptStart = 106, "WITH_EXCEPT_START", None;
    /// Pushes `len(TOS)` (TOS stays).
    GetLen = 107, "GET_LEN", None;
    /// Pushes whether TOS is a mapping (for a mapping pattern; TOS stays).
    MatchMapping = 108, "MATCH_MAPPING", None;
    /// Pushes whether TOS is a sequence other than str, bytes and bytearray (TOS stays).
    MatchSequence = 109, "MATCH_SEQUENCE", None;
    /// TOS is a tuple of keys, TOS1 the subject (both stay): pushes the tuple of their values
    /// in the subject, or None if a key is missing.
    MatchKeys = 110, "MATCH_KEYS", None;
    /// TOS is a tuple of keyword attribute names, TOS1 the class, TOS2 the subject: replaces
    /// the three with the tuple of the subject's `arg` positional (`__match_args__`) and
    /// keyword attributes, or None if it is no instance or lacks one of them.
    MatchClass = 111, "MATCH_CLASS", Number;
    /// Pops the handled exception and restores the previous one.
    PopExcept = 93, "POP_EXCEPT", None;
    /// Pushes whether the exception TOS1 matches the type (or tuple) TOS; pops TOS.
    CheckExcMatch = 94, "CHECK_EXC_MATCH", None;
    /// Re-raises TOS.
    Reraise = 95, "RERAISE", Number;
    /// Pushes the `AssertionError` class.
    LoadAssertionError = 96, "LOAD_ASSERTION_ERROR", None;
    /// Pushes the `__build_class__` builtin.
    LoadBuildClass = 97, "LOAD_BUILD_CLASS", None;
    /// Yields TOS from a generator; the value sent in is pushed on resume.
    YieldValue = 98, "YIELD_VALUE", None;
    /// First instruction of a generator's code: the new frame becomes a generator object,
    /// returned to the caller. On the first resume the value sent in (None) is pushed.
    ReturnGenerator = 99, "RETURN_GENERATOR", None;
    /// `yield from`: sends TOS into the iterator TOS1. If it yields, TOS becomes the value
    /// yielded; if it returns, both are replaced by its return value and the jump to `arg`
    /// is taken.
    Send = 102, "SEND", Jump;
    /// TOS = iter(TOS), unless TOS is a generator (used as it is).
    GetYieldFromIter = 103, "GET_YIELD_FROM_ITER", None;
    /// `__import__(names[arg], fromlist=TOS, level=TOS1)`: pops both, pushes the module (the
    /// top-level package for `import a.b`); may first run the bodies of modules it loads.
    ImportName = 100, "IMPORT_NAME", Name;
    /// Pushes attribute `names[arg]` of the module TOS (which stays), or the submodule
    /// `TOS.__name__ + "." + names[arg]` from `sys.modules`.
    ImportFrom = 101, "IMPORT_FROM", Name;
    /// `from TOS import *`: pops the module and binds its public names (`__all__`) here.
    ImportStar = 104, "IMPORT_STAR", None;
    /// `await`: replaces TOS with its awaitable iterator: a coroutine as it is, else the
    /// result of its `__await__()`. `arg` says which error message a failure gets: 0 plain
    /// `await`, 1 after `__aenter__`, 2 after `__aexit__`.
    GetAwaitable = 112, "GET_AWAITABLE", Number;
    /// `async for`: TOS = TOS.__aiter__().
    GetAiter = 113, "GET_AITER", None;
    /// `async for`: pushes the awaitable of `TOS.__anext__()` (TOS, the async iterator, stays).
    GetAnext = 114, "GET_ANEXT", None;
    /// The handler of an `async for` step: TOS is the exception, TOS1 the async iterator. A
    /// StopAsyncIteration ends the loop (both are popped); anything else is re-raised.
    EndAsyncFor = 115, "END_ASYNC_FOR", None;
    /// `async with`: replaces the context manager TOS with its bound `__aexit__` and the
    /// result of calling its `__aenter__` (which is then awaited).
    BeforeAsyncWith = 116, "BEFORE_ASYNC_WITH", None;
    /// Marks the YIELD_VALUE after it as an async generator's own `yield` (its value goes to
    /// the `async for`), not an `await` passing a value through to the event loop. Does
    /// nothing itself.
    AsyncGenWrap = 117, "ASYNC_GEN_WRAP", None;
    /// `except*`: TOS is the type (or tuple) of a clause, TOS1 the exception (group) still
    /// unmatched. Replaces them with the part that does not match (or None) and the part
    /// that does (a group, or None if nothing matched).
    CheckEgMatch = 118, "CHECK_EG_MATCH", None;
    /// End of `except*` clauses: TOS is the list of exceptions the clauses raised or
    /// re-raised, TOS1 the original exception (group). Replaces both with the exception to
    /// raise from the statement (None if all were handled).
    PrepReraiseStar = 119, "PREP_RERAISE_STAR", None;
    /// Debugger breakpoint: the original instruction is kept in a side table.
    Breakpoint = 255, "BREAKPOINT", None;
}

impl Op {
    /// How the value stack depth changes when this instruction runs with `arg`; for jumps,
    /// `jump` says whether the branch is taken.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        let n = arg as i32;
        use Op::*;
        match self {
            ImportFrom => 1,
            ImportName | ImportStar => -1,
            Nop | Swap | DeleteFast | DeleteGlobal | DeleteName | DeleteDeref | LoadAttr | UnaryNegative
            | UnaryPositive | UnaryNot | UnaryInvert | ListToTuple | Jump | GetIter | CheckExcMatch
            | YieldValue | GetYieldFromIter | Breakpoint | GetAwaitable | GetAiter | AsyncGenWrap
            | CheckEgMatch => 0,
            PopTop | StoreFast | StoreGlobal | StoreName | StoreDeref | DeleteAttr | BinaryOp | CompareOp
            | IsOp | ContainsOp | BinarySubscr | ListAppend | SetAdd | ListExtend | SetUpdate
            | DictUpdate | DictMerge | PopJumpIfFalse | PopJumpIfTrue | ReturnValue | PopExcept | Reraise
            | PrepReraiseStar => -1,
            Copy | LoadConst | LoadFast | LoadGlobal | LoadName | LoadDeref | LoadClosure
            | LoadAssertionError | LoadBuildClass | PushExcInfo | LoadMethod | ReturnGenerator
            | BeforeWith | WithExceptStart | GetLen | MatchMapping | MatchSequence | MatchKeys | GetAnext
            | BeforeAsyncWith => 1,
            StoreAttr | DeleteSubscr | MapAdd | MatchClass | EndAsyncFor => -2,
            StoreSubscr => -3,
            BuildSlice | BuildTuple | BuildList | BuildSet | BuildString => 1 - n,
            BuildMap => 1 - 2 * n,
            UnpackSequence => n - 1,
            UnpackEx => (n & 0xff) + (n >> 8),
            JumpIfFalseOrPop | JumpIfTrueOrPop => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            Send => -i32::from(jump),
            Call => -n,
            CallMethod => -n - 1,
            CallKw => -n - 1,
            CallFunctionEx => -1 - (n & 1),
            MakeFunction => -((arg & 0xf).count_ones() as i32),
            FormatValue => {
                if arg & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            RaiseVarargs => -n,
        }
    }
}

/// The operators of `BINARY_OP`, numbered as CPython 3.11 numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

impl BinaryOp {
    /// In-place forms are numbered 13 higher (`+=` is 13).
    pub const INPLACE: u32 = 13;

    const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::Lshift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::Rshift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
    ];

    /// The operator and whether it is the in-place form, from an argument.
    pub fn from_arg(arg: u32) -> Option<(BinaryOp, bool)> {
        let inplace = arg >= Self::INPLACE;
        let index = if inplace { arg - Self::INPLACE } else { arg };
        Self::ALL.get(index as usize).map(|&op| (op, inplace))
    }

    /// The operator's symbol (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::And => "&",
            BinaryOp::FloorDivide => "//",
            BinaryOp::Lshift => "<<",
            BinaryOp::MatrixMultiply => "@",
            BinaryOp::Multiply => "*",
            BinaryOp::Remainder => "%",
            BinaryOp::Or => "|",
            BinaryOp::Power => "**",
            BinaryOp::Rshift => ">>",
            BinaryOp::Subtract => "-",
            BinaryOp::TrueDivide => "/",
            BinaryOp::Xor => "^",
        }
    }
}

/// The comparisons of `COMPARE_OP`, numbered as CPython numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        [CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge]
            .get(arg as usize)
            .copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fingerprint of the opcode table. If this fails, the instruction set changed: bump
    /// `pyc::FORMAT_VERSION` and update the expected value.
    #[test]
    fn opcode_table_fingerprint() {
        let table: String = Op::ALL.iter().map(|op| format!("{}={};", op.name(), *op as u8)).collect();
        let fingerprint =
            table.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
        assert_eq!(Op::ALL.len(), 93);
        assert_eq!(fingerprint, 0x52409f6d9c9c9798);
    }

    #[test]
    fn numbers_round_trip() {
        for &op in Op::ALL {
            assert_eq!(Op::from_number(op as u8), Some(op));
        }
        assert_eq!(Op::from_number(200), None);
    }
}
