//! A frame: one activation of a code object, with its instruction pointer, value stack, fast
//! locals and cells. Frames live in the VM's frame stack, never on the Rust stack, so any
//! frame can be suspended and inspected.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::code::CodeObject;
use crate::runtime::function::Prepared;
use crate::runtime::value::{DictMap, Value};

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The constants and name keys of `code` (made once per code object).
    pub prepared: Rc<Prepared>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    /// Fast locals, in `code.varnames` order; `None` while unbound.
    pub locals: Vec<Option<Value>>,
    /// Cell objects: `code.cellvars` then `code.freevars`.
    pub cells: Vec<Value>,
    pub globals: Rc<RefCell<DictMap>>,
    /// The namespace of a module or class body (`LOAD_NAME`/`STORE_NAME`); for a module it is
    /// the globals.
    pub names: Option<Rc<RefCell<DictMap>>>,
    /// For the frame of an `__init__` run by instantiation: the new instance, which the call
    /// produces instead of `__init__`'s (None) result.
    /// (Boxed: the frame stays at 128 bytes, which moves without a `memcpy` call.)
    pub init_of: Option<Box<Value>>,
    /// Set while this is a running generator's frame: which generator, and who resumed it.
    pub generator: Option<Box<super::generator::GenLink>>,
}

/// Vectors of finished frames (value stack and locals, in pairs), reused by new ones so a
/// call does not allocate; the boxes of generator links, reused by each resumption of a
/// generator; and the boxes of `init_of`, reused by each instantiation.
#[derive(Default)]
pub struct FramePool {
    vectors: Vec<(Vec<Value>, Vec<Option<Value>>)>,
    pub links: Vec<Box<super::generator::GenLink>>,
    /// (The boxes themselves are what is reused: a frame's `init_of` is one.)
    #[allow(clippy::vec_box)]
    inits: Vec<Box<Value>>,
}

impl FramePool {
    /// A finished frame's vectors (emptied), or new ones.
    #[inline]
    pub fn take(&mut self) -> (Vec<Value>, Vec<Option<Value>>) {
        self.vectors.pop().unwrap_or_default()
    }

    /// A box holding `instance`, for a frame's `init_of`.
    #[inline]
    pub fn init_box(&mut self, instance: Value) -> Box<Value> {
        match self.inits.pop() {
            Some(mut boxed) => {
                *boxed = instance;
                boxed
            }
            None => Box::new(instance),
        }
    }

    /// The instance in an `init_of` box, the box kept for reuse.
    #[inline]
    pub fn unbox_init(&mut self, mut boxed: Box<Value>) -> Value {
        let instance = std::mem::replace(&mut *boxed, Value::None);
        if self.inits.len() < 64 {
            self.inits.push(boxed);
        }
        instance
    }

    /// Keep a finished frame's vectors for reuse, emptied where they are (the frame is left
    /// with none), or leave them to be freed with the frame when enough are kept.
    #[inline]
    pub fn recycle_from(&mut self, frame: &mut Frame) {
        const KEEP: usize = 64;
        if self.vectors.len() < KEEP {
            frame.stack.clear();
            frame.locals.clear();
            self.vectors.push((std::mem::take(&mut frame.stack), std::mem::take(&mut frame.locals)));
        }
    }
}

impl Frame {
    /// The index of the instruction being executed (the one before `pc`).
    pub fn current_index(&self) -> usize {
        self.pc.saturating_sub(1)
    }
}
