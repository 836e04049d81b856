//! Exceptions: the built-in exception hierarchy and exception objects with their traceback
//! entries, cause and context.

use std::cell::RefCell;
use std::rc::Rc;

use super::value::{DictMap, Object, Value};
use crate::ast::Span;
use crate::bytecode::code::CodeObject;

macro_rules! exception_kinds {
    ($($kind:ident => $parent:expr;)*) => {
        /// A built-in exception class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind {
            $($kind,)*
        }

        impl ExcKind {
            pub fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$kind => stringify!($kind),)*
                }
            }

            /// The base class (`None` for BaseException).
            pub fn parent(self) -> Option<ExcKind> {
                match self {
                    $(ExcKind::$kind => $parent,)*
                }
            }

            pub fn from_name(name: &str) -> Option<ExcKind> {
                match name {
                    $(stringify!($kind) => Some(ExcKind::$kind),)*
                    _ => None,
                }
            }

            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind,)*];
        }
    };
}

use ExcKind::*;

exception_kinds! {
    BaseException => None;
    SystemExit => Some(BaseException);
    KeyboardInterrupt => Some(BaseException);
    GeneratorExit => Some(BaseException);
    BaseExceptionGroup => Some(BaseException);
    Exception => Some(BaseException);
    ExceptionGroup => Some(BaseExceptionGroup);
    StopIteration => Some(Exception);
    StopAsyncIteration => Some(Exception);
    ArithmeticError => Some(Exception);
    FloatingPointError => Some(ArithmeticError);
    ZeroDivisionError => Some(ArithmeticError);
    OverflowError => Some(ArithmeticError);
    AssertionError => Some(Exception);
    EOFError => Some(Exception);
    AttributeError => Some(Exception);
    LookupError => Some(Exception);
    IndexError => Some(LookupError);
    KeyError => Some(LookupError);
    MemoryError => Some(Exception);
    ImportError => Some(Exception);
    ModuleNotFoundError => Some(ImportError);
    NameError => Some(Exception);
    SyntaxError => Some(Exception);
    IndentationError => Some(SyntaxError);
    TabError => Some(IndentationError);
    OSError => Some(Exception);
    BlockingIOError => Some(OSError);
    ChildProcessError => Some(OSError);
    ConnectionError => Some(OSError);
    BrokenPipeError => Some(ConnectionError);
    ConnectionAbortedError => Some(ConnectionError);
    ConnectionRefusedError => Some(ConnectionError);
    ConnectionResetError => Some(ConnectionError);
    FileNotFoundError => Some(OSError);
    FileExistsError => Some(OSError);
    InterruptedError => Some(OSError);
    IsADirectoryError => Some(OSError);
    NotADirectoryError => Some(OSError);
    PermissionError => Some(OSError);
    ProcessLookupError => Some(OSError);
    TimeoutError => Some(OSError);
    UnboundLocalError => Some(NameError);
    RuntimeError => Some(Exception);
    RecursionError => Some(RuntimeError);
    NotImplementedError => Some(RuntimeError);
    TypeError => Some(Exception);
    ValueError => Some(Exception);
    UnicodeError => Some(ValueError);
    UnicodeDecodeError => Some(UnicodeError);
    UnicodeEncodeError => Some(UnicodeError);
    UnicodeTranslateError => Some(UnicodeError);
    SystemError => Some(Exception);
    ReferenceError => Some(Exception);
    BufferError => Some(Exception);
    Warning => Some(Exception);
    UserWarning => Some(Warning);
    DeprecationWarning => Some(Warning);
    PendingDeprecationWarning => Some(Warning);
    SyntaxWarning => Some(Warning);
    RuntimeWarning => Some(Warning);
    FutureWarning => Some(Warning);
    ImportWarning => Some(Warning);
    UnicodeWarning => Some(Warning);
    BytesWarning => Some(Warning);
    ResourceWarning => Some(Warning);
    EncodingWarning => Some(Warning);
}

impl ExcKind {
    /// Is `self` the class `other` or derived from it?
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        // ExceptionGroup has two bases: BaseExceptionGroup (its `parent`) and Exception.
        if self == ExceptionGroup && other == Exception {
            return true;
        }
        let mut k = Some(self);
        while let Some(kind) = k {
            if kind == other {
                return true;
            }
            k = kind.parent();
        }
        false
    }
}

/// One line of a traceback: where a frame was when the exception passed through it, and
/// what its `tb_frame` shows of it (`crate::builtins::tracebacks`).
#[derive(Clone, Debug)]
pub struct TraceEntry {
    pub code: Rc<CodeObject>,
    /// The instruction the frame was running (`tb_lasti` is twice it).
    pub index: usize,
    pub span: Span,
    pub globals: Rc<RefCell<DictMap>>,
    pub locals: TraceLocals,
}

/// A traceback frame's local variables as they were when the exception left it.
#[derive(Clone, Debug)]
pub enum TraceLocals {
    /// A function's fast locals, by `code.varnames`.
    Fast(Vec<Option<Value>>),
    /// A module's or class body's namespace (or a frame object's `f_locals` dict).
    Namespace(Rc<RefCell<DictMap>>),
}

#[derive(Clone, Debug)]
pub struct Exception {
    pub kind: ExcKind,
    pub args: Vec<Value>,
    /// Innermost frame last, as the traceback prints them.
    pub traceback: Vec<TraceEntry>,
    /// `__traceback__` once asked for: the traceback object of the first `.0` entries.
    pub traceback_object: Option<(usize, Value)>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Attributes set by the constructor or by assignment (`errno`, `name`, `value`, ...).
    pub attrs: Vec<(String, Value)>,
    /// The Python class of an instance of a user-defined exception class (`kind` is then
    /// the built-in exception it derives from).
    pub class: Option<Value>,
    /// The name a NameError's report suggests ("Did you mean: 'x'?"), found among the
    /// names of the frame that raised it when it was raised.
    pub suggestion: Option<String>,
}

impl Exception {
    /// Replace the traceback (`__traceback__` then describes the new one).
    pub fn set_traceback(&mut self, entries: Vec<TraceEntry>) {
        self.traceback = entries;
        self.traceback_object = None;
    }

    /// An attribute set by the constructor or by assignment.
    pub fn attr(&self, name: &str) -> Option<&Value> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    pub fn set_attr(&mut self, name: &str, value: Value) {
        match self.attrs.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((name.to_string(), value)),
        }
    }

    /// `str(exc)`.
    pub fn message(&self) -> String {
        if let Some(text) = super::exception_args::special_str(self) {
            return text;
        }
        match self.args.as_slice() {
            [] => String::new(),
            [only] if self.kind == KeyError => only.repr(),
            [only] => only.to_str(),
            many => Value::tuple(many.to_vec()).repr(),
        }
    }

    /// `repr(exc)`: `ValueError('bad')`.
    pub fn repr(&self) -> String {
        let args: Vec<String> = self.args.iter().map(Value::repr).collect();
        let name = self.class.as_ref().map_or(self.kind.name(), super::class::class_name);
        format!("{name}({})", args.join(", "))
    }
}

/// A new exception value of `kind` with one string argument (none if `msg` is empty).
/// Whether `exc` is an exception of `kind` or of a subclass of it.
pub fn is_kind(exc: &Value, kind: ExcKind) -> bool {
    matches!(exc.object(), Some(Object::Exception(e)) if e.borrow().kind.is_subclass_of(kind))
}

/// The kind of the exception `exc` (None if it is not an exception object).
pub fn exception_kind(exc: &Value) -> Option<ExcKind> {
    match exc.object() {
        Some(Object::Exception(e)) => Some(e.borrow().kind),
        _ => None,
    }
}

pub fn new_exception(kind: ExcKind, msg: &str) -> Value {
    let args = if msg.is_empty() { Vec::new() } else { vec![Value::str(msg)] };
    exception_with_args(kind, args)
}

/// A RuntimeError raised from `cause` (`raise RuntimeError(message) from cause`), as CPython
/// reports an error inside machinery (a generator's StopIteration, a `__set_name__`).
pub fn runtime_error_from(message: &str, cause: Value) -> Value {
    let error = new_exception(ExcKind::RuntimeError, message);
    if let Some(Object::Exception(e)) = error.object() {
        let mut e = e.borrow_mut();
        e.cause = Some(cause.clone());
        e.context = Some(cause);
        e.suppress_context = true;
    }
    error
}

pub fn exception_with_args(kind: ExcKind, args: Vec<Value>) -> Value {
    let exc = Exception {
        kind,
        args,
        traceback: Vec::new(),
        traceback_object: None,
        cause: None,
        context: None,
        suppress_context: false,
        attrs: Vec::new(),
        class: None,
        suggestion: None,
    };
    Value::obj(Object::Exception(Box::new(RefCell::new(exc))))
}

/// Shorthands for raising built-in exceptions from Rust: `Err(type_error("..."))`.
pub fn type_error(msg: impl AsRef<str>) -> Value {
    new_exception(TypeError, msg.as_ref())
}

pub fn value_error(msg: impl AsRef<str>) -> Value {
    new_exception(ValueError, msg.as_ref())
}

pub fn index_error(msg: impl AsRef<str>) -> Value {
    new_exception(IndexError, msg.as_ref())
}
