//! A frame: one activation of a code object, with its instruction pointer, value stack, fast
//! locals and cells. Frames live in the VM's frame stack, never on the Rust stack, so any
//! frame can be suspended and inspected.
//!
//! A frame is boxed (`Frame`), so it never moves: a generator's frame goes into the frame
//! stack and back at every resumption and `yield` as one pointer. (Moved whole, 128 bytes
//! copied through temporaries right after the instruction that last wrote them, each move
//! stalled the processor's store-to-load forwarding: a fifth of a generator pipeline's
//! time.) Finished frames' boxes are reused by new ones (`FramePool`), so a call does not
//! allocate.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::code::{CodeObject, Instruction};
use crate::runtime::function::{Function, Prepared};
use crate::runtime::value::{DictMap, Value};

/// A frame, in its box (see the module comment).
pub type Frame = Box<FrameData>;

pub struct FrameData {
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

/// Finished frames, reused by new ones so a call does not allocate (their value stacks and
/// locals emptied, keeping their room), and the boxes of `returning`, reused by each
/// instantiation and `len()`.
#[derive(Default)]
pub struct FramePool {
    frames: Vec<Frame>,
    /// What a kept frame holds as its globals, so that a finished frame keeps no namespace
    /// (and nothing in it) alive longer than CPython would.
    no_globals: Rc<RefCell<DictMap>>,
    /// (The boxes themselves are what is reused: a frame's `returning` is one.)
    #[allow(clippy::vec_box)]
    returnings: Vec<Box<Returning>>,
}

impl FramePool {
    /// A frame for a call of `f`, at its first instruction, with empty value stack and locals
    /// and no cells: a finished one reused, or a new one.
    #[inline]
    pub fn take(&mut self, f: &Function) -> Frame {
        match self.frames.pop() {
            Some(mut frame) => {
                // (The code and its prepared constants are kept alive by the VM's cache of
                // them anyway: a kept frame holds its last ones until it is reused.)
                if !Rc::ptr_eq(&frame.code, &f.code) {
                    frame.code = f.code.clone();
                }
                if !Rc::ptr_eq(&frame.prepared, &f.prepared) {
                    frame.prepared = f.prepared.clone();
                }
                frame.globals = f.globals.clone();
                frame.pc = 0;
                frame
            }
            None => Box::new(FrameData {
                code: f.code.clone(),
                prepared: f.prepared.clone(),
                pc: 0,
                stack: Vec::new(),
                locals: Vec::new(),
                cells: Vec::new(),
                globals: f.globals.clone(),
                names: None,
                returning: None,
                generator: None,
            }),
        }
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

    /// Keep a finished frame (its `generator` link taken) for reuse, emptied of everything
    /// that could keep an object alive, or free it when enough are kept.
    #[inline]
    pub fn recycle(&mut self, mut frame: Frame) {
        const KEEP: usize = 64;
        if self.frames.len() < KEEP {
            frame.stack.clear();
            frame.locals.clear();
            frame.cells.clear();
            frame.names = None;
            frame.returning = None;
            frame.globals = self.no_globals.clone();
            self.frames.push(frame);
        }
    }
}

impl FrameData {
    /// The index of the instruction being executed (the one before `pc`).
    pub fn current_index(&self) -> usize {
        self.pc.saturating_sub(1)
    }

    /// The instruction at `pc` as the run loop reads it: BREAKPOINT where a debugger has
    /// armed it (see `Prepared::instructions`).
    #[inline(always)]
    pub fn instruction(&self, pc: usize) -> Option<Instruction> {
        self.prepared.instructions.get(pc).map(Cell::get)
    }
}
