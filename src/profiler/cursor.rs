//! Following the VM's frame stack in the stack tree: the node of the running frame, found
//! again only when the frames change (a call, a return, a thread switch).
//!
//! Checking that nothing changed is O(1) (the same thread, depth and code as last seen), so
//! exact mode can ask before every instruction. When something did change, only the frames
//! that differ are looked at, from the top down: frames below the top change only by
//! returns down to them (each of which a profiler sees, as the frame it reveals runs its
//! next instruction), or by a thread switch, after which the thread's own path is taken up
//! again. So a call costs one lookup of (parent, code), and a return none.

use std::rc::Rc;

use super::stacks::Stacks;
use crate::vm::Vm;

#[derive(Default)]
pub struct Cursor {
    /// Per frame of the running thread: its code's address and its node.
    frames: Vec<(usize, u32)>,
    /// That thread's index (in `vm.threads.all`).
    thread: usize,
    /// The paths of the other threads, by index, kept while they are switched out.
    saved: Vec<Vec<(usize, u32)>>,
}

impl Cursor {
    /// The running frame's entry, as last seen.
    pub fn top(&self) -> Option<&(usize, u32)> {
        self.frames.last()
    }

    /// Whether the running frame is the one last seen: the same thread, depth and code.
    #[inline]
    pub fn is_current(&self, vm: &Vm) -> bool {
        vm.threads.current == self.thread
            && self.frames.len() == vm.frames.len()
            && match (self.frames.last(), vm.frames.last()) {
                (Some(&(code, _)), Some(top)) => code == Rc::as_ptr(&top.code) as usize,
                _ => false,
            }
    }

    /// The node of the running frame (its path rooted at the running thread's name).
    pub fn node(&mut self, stacks: &mut Stacks, vm: &Vm) -> Option<u32> {
        vm.frames.last()?;
        if self.is_current(vm) {
            return self.frames.last().map(|&(_, node)| node);
        }
        Some(self.follow(stacks, vm))
    }

    /// Bring the path up to date with the VM's frames (at least one; the running frame is
    /// not the one last seen); the top's node. A call or a return of one frame (the common
    /// changes) is taken without a search.
    #[inline(always)]
    pub fn follow(&mut self, stacks: &mut Stacks, vm: &Vm) -> u32 {
        let (seen, now) = (self.frames.len(), vm.frames.len());
        let same =
            |seen: &(usize, u32), frame: &crate::vm::frame::Frame| seen.0 == Rc::as_ptr(&frame.code) as usize;
        if vm.threads.current == self.thread && now > 0 {
            if seen == now + 1 && same(&self.frames[now - 1], &vm.frames[now - 1]) {
                self.frames.pop();
                return self.frames[now - 1].1;
            }
            if now == seen + 1 && seen > 0 && same(&self.frames[seen - 1], &vm.frames[seen - 1]) {
                let node = stacks.call(self.frames[seen - 1].1, &vm.frames[seen].code);
                self.frames.push((Rc::as_ptr(&vm.frames[seen].code) as usize, node));
                return node;
            }
        }
        self.search(stacks, vm)
    }

    /// `follow` the long way: after a thread switch, or a change of several frames.
    #[cold]
    #[inline(never)]
    fn search(&mut self, stacks: &mut Stacks, vm: &Vm) -> u32 {
        let current = vm.threads.current;
        if current != self.thread {
            if self.saved.len() <= current.max(self.thread) {
                self.saved.resize_with(current.max(self.thread) + 1, Vec::new);
            }
            let mine = std::mem::take(&mut self.saved[current]);
            self.saved[self.thread] = std::mem::replace(&mut self.frames, mine);
            self.thread = current;
        }
        // Keep the frames that still match, looking down from the depth both have.
        let mut keep = self.frames.len().min(vm.frames.len());
        while keep > 0 && self.frames[keep - 1].0 != Rc::as_ptr(&vm.frames[keep - 1].code) as usize {
            keep -= 1;
        }
        self.frames.truncate(keep);
        let mut parent = match self.frames.last() {
            Some(&(_, node)) => node,
            None => stacks.root(&vm.threads.current().name),
        };
        for frame in &vm.frames[keep..] {
            parent = stacks.call(parent, &frame.code);
            self.frames.push((Rc::as_ptr(&frame.code) as usize, parent));
        }
        parent
    }
}
