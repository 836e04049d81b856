//! Call stacks as a tree: one root per thread, a node per distinct path of functions, and
//! wait nodes (`<waiting for the GIL>`, `<blocked: ...>`) under the frame a thread waited in.
//! Time and samples are kept per node (and, in exact mode, per node and opcode), so the
//! collapsed stacks, the flamegraph and the function totals all come from one place.

use std::collections::HashMap;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::bytecode::code::CodeObject;

/// A function: a code object, kept alive so its address is never reused while profiled.
pub struct Function {
    pub code: Rc<CodeObject>,
    /// `name (file:line)`, as frames are named in flamegraphs.
    pub label: String,
    pub calls: u64,
}

#[derive(Clone, PartialEq, Eq)]
pub enum NodeKind {
    Thread(String),
    Function(u32),
    Wait(String),
}

pub struct Node {
    pub parent: u32,
    pub kind: NodeKind,
    /// Time (ns) or samples with this node on top.
    pub own: u64,
    /// The last two calls from this node, the latest first: (code address, child), found
    /// again without hashing (a loop that calls two functions in turn, or resumes a
    /// generator and calls a function, alternates between two).
    last_calls: [(usize, u32); 2],
}

/// The functions and the tree of stacks.
#[derive(Default)]
pub struct Stacks {
    pub functions: Vec<Function>,
    by_code: FxHashMap<usize, u32>,
    pub nodes: Vec<Node>,
    /// Function nodes by (parent, code address): looked up at each call a profiler sees
    /// for the first time from its place, so keyed by plain integers with a fast hash.
    calls: FxHashMap<(u32, usize), u32>,
    waits: FxHashMap<(u32, Option<&'static str>), u32>,
    roots: HashMap<String, u32>,
}

/// No parent: a root.
pub const ROOT: u32 = u32::MAX;

impl Stacks {
    /// The function of `code`, registered on first sight.
    pub fn function(&mut self, code: &Rc<CodeObject>) -> u32 {
        let key = Rc::as_ptr(code) as usize;
        if let Some(&id) = self.by_code.get(&key) {
            return id;
        }
        let id = self.functions.len() as u32;
        let label = format!("{} ({}:{})", code.qualname, code.filename, code.first_line);
        self.functions.push(Function { code: code.clone(), label, calls: 0 });
        self.by_code.insert(key, id);
        id
    }

    /// The root node of the thread named `name`.
    pub fn root(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.roots.get(name) {
            return id;
        }
        let id = self.push(ROOT, NodeKind::Thread(name.to_string()));
        self.roots.insert(name.to_string(), id);
        id
    }

    /// The node of a call of `code` from `parent`, made on first sight. (Most calls are of
    /// one of the two functions the parent called last: those are found without hashing.)
    #[inline(always)]
    pub fn call(&mut self, parent: u32, code: &Rc<CodeObject>) -> u32 {
        let address = Rc::as_ptr(code) as usize;
        let last = &mut self.nodes[parent as usize].last_calls;
        match *last {
            [(latest, child), _] if latest == address => child,
            [before, (earlier, child)] if earlier == address => {
                *last = [(earlier, child), before];
                child
            }
            _ => self.call_other(parent, code, address),
        }
    }

    #[inline(never)]
    fn call_other(&mut self, parent: u32, code: &Rc<CodeObject>, address: usize) -> u32 {
        let id = match self.calls.get(&(parent, address)) {
            Some(&id) => id,
            None => {
                let function = self.function(code);
                let id = self.push(parent, NodeKind::Function(function));
                self.calls.insert((parent, address), id);
                id
            }
        };
        let last = &mut self.nodes[parent as usize].last_calls;
        *last = [(address, id), last[0]];
        id
    }

    /// The wait node under `parent` for a thread blocked on `blocked_on` (a word: `lock`,
    /// `Event`...), or waiting for the GIL (`None`), made on first sight.
    pub fn wait(&mut self, parent: u32, blocked_on: Option<&'static str>) -> u32 {
        if let Some(&id) = self.waits.get(&(parent, blocked_on)) {
            return id;
        }
        let label = match blocked_on {
            Some(what) => format!("<blocked: {what}>"),
            None => "<waiting for the GIL>".to_string(),
        };
        let id = self.push(parent, NodeKind::Wait(label));
        self.waits.insert((parent, blocked_on), id);
        id
    }

    fn push(&mut self, parent: u32, kind: NodeKind) -> u32 {
        self.nodes.push(Node { parent, kind, own: 0, last_calls: [(0, 0); 2] });
        (self.nodes.len() - 1) as u32
    }

    pub fn label(&self, node: u32) -> &str {
        match &self.nodes[node as usize].kind {
            NodeKind::Thread(name) | NodeKind::Wait(name) => name,
            NodeKind::Function(f) => &self.functions[*f as usize].label,
        }
    }

    /// The nodes from the root down to `node`.
    pub fn path(&self, node: u32) -> Vec<u32> {
        let mut path = vec![node];
        let mut at = node;
        while self.nodes[at as usize].parent != ROOT {
            at = self.nodes[at as usize].parent;
            path.push(at);
        }
        path.reverse();
        path
    }

    /// `root;f;g` for the path to `node`.
    pub fn folded(&self, node: u32) -> String {
        let labels: Vec<&str> = self.path(node).into_iter().map(|n| self.label(n)).collect();
        labels.join(";")
    }

    /// Per function: (self, total) time or samples; total counts a stack once even when the
    /// function is in it more than once (recursion).
    pub fn function_totals(&self) -> Vec<(u64, u64)> {
        let mut totals = vec![(0u64, 0u64); self.functions.len()];
        for (i, node) in self.nodes.iter().enumerate() {
            if node.own == 0 {
                continue;
            }
            if let NodeKind::Function(f) = node.kind {
                totals[f as usize].0 += node.own;
            }
            let mut seen: Vec<u32> = Vec::new();
            for n in self.path(i as u32) {
                if let NodeKind::Function(f) = self.nodes[n as usize].kind
                    && !seen.contains(&f)
                {
                    seen.push(f);
                    totals[f as usize].1 += node.own;
                }
            }
        }
        totals
    }
}
