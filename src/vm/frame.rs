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
    /// For a frame the VM runs for its own purpose (`__init__` for an instantiation, `__len__`
    /// for `len()`): what its caller gets instead of its plain result.
    /// (Boxed: the frame stays at 128 bytes, which moves without a `memcpy` call.)
    pub returning: Option<Box<Returning>>,
    /// Set while this is a running generator's frame: which generator, and who resumed it.
    pub generator: Option<Box<super::generator::GenLink>>,
}

/// What a frame run for the VM's own purpose gives its caller (see `Frame::returning`).
pub enum Returning {
    /// An `__init__` run by instantiation: the new instance (`__init__` must return None).
    Instance(Value),
    /// A `__len__` run by `len()`: its result, checked to be a non-negative int.
    Length,
}

/// Vectors of finished frames (value stack and locals, in pairs), reused by new ones so a
/// call does not allocate; the boxes of generator links, reused by each resumption of a
/// generator; and the boxes of `returning`, reused by each instantiation and `len()`.
#[derive(Default)]
pub struct FramePool {
    vectors: Vec<(Vec<Value>, Vec<Option<Value>>)>,
    pub links: Vec<Box<super::generator::GenLink>>,
    /// (The boxes themselves are what is reused: a frame's `returning` is one.)
    #[allow(clippy::vec_box)]
    returnings: Vec<Box<Returning>>,
}

impl FramePool {
    /// A finished frame's vectors (emptied), or new ones.
    #[inline]
    pub fn take(&mut self) -> (Vec<Value>, Vec<Option<Value>>) {
        self.vectors.pop().unwrap_or_default()
    }

    /// A box holding `returning`, for a frame's `returning`.
    #[inline]
    pub fn returning_box(&mut self, returning: Returning) -> Box<Returning> {
        match self.returnings.pop() {
            Some(mut boxed) => {
                *boxed = returning;
                boxed
            }
            None => Box::new(returning),
        }
    }

    /// What a `returning` box holds, the box kept for reuse.
    #[inline]
    pub fn unbox_returning(&mut self, mut boxed: Box<Returning>) -> Returning {
        let returning = std::mem::replace(&mut *boxed, Returning::Length);
        if self.returnings.len() < 64 {
            self.returnings.push(boxed);
        }
        returning
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
