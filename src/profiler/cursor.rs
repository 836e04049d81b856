//! Following the VM's frame stack in the stack tree: the node of the running frame, found
//! again only when the frames change (a call, a return, a thread switch), by keeping the
//! part of the path that still matches.

use std::rc::Rc;

use super::stacks::{NodeKind, Stacks};
use crate::vm::Vm;

#[derive(Default)]
pub struct Cursor {
    /// Per frame of the running thread: its code's address and its node.
    frames: Vec<(usize, u32)>,
    thread: u64,
}

impl Cursor {
    /// The running frame's entry, as last seen.
    pub fn top(&self) -> Option<&(usize, u32)> {
        self.frames.last()
    }

    /// The node of the running frame (its path rooted at the running thread's name).
    pub fn node(&mut self, stacks: &mut Stacks, vm: &Vm) -> Option<u32> {
        let top = vm.frames.last()?;
        let ident = vm.threads.current_ident();
        if ident == self.thread
            && self.frames.len() == vm.frames.len()
            && self.frames.last().is_some_and(|&(code, _)| code == Rc::as_ptr(&top.code) as usize)
        {
            return self.frames.last().map(|&(_, node)| node);
        }
        if ident != self.thread {
            self.frames.clear();
            self.thread = ident;
        }
        let keep = self
            .frames
            .iter()
            .zip(&vm.frames)
            .take_while(|((code, _), frame)| *code == Rc::as_ptr(&frame.code) as usize)
            .count();
        self.frames.truncate(keep);
        let mut parent = match self.frames.last() {
            Some(&(_, node)) => node,
            None => stacks.root(&vm.threads.current().name),
        };
        for frame in &vm.frames[keep..] {
            let function = stacks.function(&frame.code);
            parent = stacks.child(parent, NodeKind::Function(function));
            self.frames.push((Rc::as_ptr(&frame.code) as usize, parent));
        }
        Some(parent)
    }
}
