//! What a front-end shows of a stopped program, read from the VM as plain data: the
//! threads, a thread's frames, a frame's variables and value stack.

use std::cell::RefCell;
use std::rc::Rc;

use super::eval::{Namespaces, local_values, namespaces, safe_repr};
use crate::ast::Span;
use crate::bytecode::code::CodeObject;
use crate::runtime::value::{DictMap, Value};
use crate::vm::Vm;
use crate::vm::frame::Frame;
use crate::vm::threads::State;

/// One frame of a thread.
#[derive(Clone)]
pub struct FrameView {
    pub function: String,
    pub file: String,
    pub line: u32,
    /// The span of the frame's current instruction.
    pub span: Span,
    pub code: Rc<CodeObject>,
    /// The instruction it is at: for the innermost frame of the stopped thread the one about
    /// to run, for the others the call (or the blocking instruction) in progress.
    pub index: usize,
}

/// One thread.
#[derive(Clone)]
pub struct ThreadView {
    pub ident: u64,
    pub name: String,
    /// running, ready, blocked (with what it waits for), finished.
    pub state: String,
    /// `function (file:line)` of its innermost frame.
    pub location: String,
    pub instructions: u64,
}

/// A variable or value stack entry, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueView {
    pub name: String,
    pub type_name: String,
    pub repr: String,
}

/// The ident of the thread that is running.
pub fn current_thread(vm: &Vm) -> u64 {
    vm.threads.all.get(vm.threads.current).map_or(0, |t| t.ident)
}

/// Call `f` with the frames of thread `ident` (outermost first); none for an unknown thread.
pub fn with_frames<T>(vm: &Vm, ident: u64, f: impl FnOnce(&[Frame]) -> T) -> T {
    if ident == current_thread(vm) {
        return f(&vm.frames);
    }
    match vm.threads.by_ident(ident) {
        Some(thread) => f(thread.saved_frames()),
        None => f(&[]),
    }
}

/// The frames of a thread, outermost first. `stopped_here` says the thread stopped at an
/// instruction boundary (its innermost frame's next instruction is the current one).
pub fn frames(vm: &Vm, ident: u64, stopped_here: bool) -> Vec<FrameView> {
    with_frames(vm, ident, |frames| {
        let last = frames.len().saturating_sub(1);
        frames
            .iter()
            .enumerate()
            .map(|(i, frame)| {
                let index = if i == last && stopped_here { frame.pc } else { frame.current_index() };
                let span = frame.code.spans.get(index).copied().unwrap_or_default();
                FrameView {
                    function: frame.code.qualname.clone(),
                    file: frame.code.filename.to_string(),
                    line: if span.lineno > 0 { span.lineno } else { frame.code.line_of(index) },
                    span,
                    code: frame.code.clone(),
                    index,
                }
            })
            .collect()
    })
}

/// Every thread, in the order they started.
pub fn threads(vm: &Vm) -> Vec<ThreadView> {
    let current = current_thread(vm);
    vm.threads
        .all
        .iter()
        .map(|t| {
            let state = match &t.state {
                State::Blocked(b) => format!("blocked: {}", vm.describe_wait(b)),
                State::Running => "running (holds the GIL)".to_string(),
                State::Ready => "ready (waits for the GIL)".to_string(),
                State::Finished => "finished".to_string(),
            };
            let location = frames(vm, t.ident, t.ident == current)
                .last()
                .map_or(String::new(), |f| format!("{} ({}:{})", f.function, f.file, f.line));
            ThreadView { ident: t.ident, name: t.name.clone(), state, location, instructions: t.instructions }
        })
        .collect()
}

/// The namespaces of frame `index` (outermost first) of a thread.
pub fn frame_namespaces(vm: &Vm, ident: u64, index: usize) -> Option<Namespaces> {
    with_frames(vm, ident, |frames| frames.get(index).map(namespaces))
}

/// The local variables of a frame (a module frame's are its globals), each with its type and
/// repr cut to `limit`.
pub fn locals(vm: &mut Vm, ident: u64, index: usize, limit: usize) -> Vec<ValueView> {
    let values: Vec<(String, Value)> = with_frames(vm, ident, |frames| match frames.get(index) {
        Some(frame) if frame.names.is_none() => {
            local_values(frame).into_iter().map(|(n, v)| (n.to_string(), v)).collect()
        }
        Some(frame) => dict_items(frame.names.as_ref().expect("checked")),
        None => Vec::new(),
    });
    views(vm, values, limit)
}

/// The globals of a frame, without the dunder names every module has.
pub fn globals(vm: &mut Vm, ident: u64, index: usize, limit: usize) -> Vec<ValueView> {
    let values = with_frames(vm, ident, |frames| frames.get(index).map(|f| dict_items(&f.globals)));
    views(vm, values.unwrap_or_default(), limit)
}

/// The evaluation stack of a frame, top first.
pub fn value_stack(vm: &mut Vm, ident: u64, index: usize, limit: usize) -> Vec<ValueView> {
    let values: Vec<(String, Value)> = with_frames(vm, ident, |frames| {
        frames.get(index).map_or(Vec::new(), |f| {
            let depth = f.stack.len();
            f.stack.iter().enumerate().rev().map(|(i, v)| (format!("{}", depth - 1 - i), v.clone())).collect()
        })
    });
    views(vm, values, limit)
}

fn dict_items(dict: &Rc<RefCell<DictMap>>) -> Vec<(String, Value)> {
    dict.borrow()
        .iter()
        .filter_map(|(k, v)| {
            let name = k.0.as_str()?;
            (!(name.starts_with("__") && name.ends_with("__"))).then(|| (name.to_string(), v.clone()))
        })
        .collect()
}

/// Named values as shown: type and repr cut to `limit`.
pub fn views(vm: &mut Vm, values: Vec<(String, Value)>, limit: usize) -> Vec<ValueView> {
    values
        .into_iter()
        .map(|(name, value)| ValueView {
            name,
            type_name: value.type_name().to_string(),
            repr: pane_repr(vm, &value, limit),
        })
        .collect()
}

/// A value's repr in a pane: a function without its address (`<function fact>`), which
/// says nothing in a narrow column next to its type; anything else as `repr()` gives it.
fn pane_repr(vm: &mut Vm, value: &Value, limit: usize) -> String {
    match value.object() {
        Some(crate::runtime::value::Object::Function(f)) => {
            super::eval::cut(&format!("<function {}>", f.code.qualname), limit)
        }
        _ => safe_repr(vm, value, limit),
    }
}
