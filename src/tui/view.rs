//! What the screen shows of a stopped program: a snapshot taken from the VM at each stop
//! (and when the user selects another thread or frame), so drawing never touches the VM.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use crate::ast::Span;
use crate::ast::tree::{TreeNode, path_to, tree};
use crate::bytecode::code::CodeObject;
use crate::bytecode::dis::{Row, rows};
use crate::debugger::breakpoints::Mark;
use crate::debugger::commands::{Context, display_lines};
use crate::debugger::eval::{safe_repr, without_switches};
use crate::debugger::inspect::{self, FrameView, ThreadView, ValueView};
use crate::debugger::session::DebugState;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// How long a repr may be in a pane (it is cut to the pane's width when drawn).
const REPR_LIMIT: usize = 400;
/// How many children an expanded container shows.
const CHILDREN_LIMIT: usize = 50;

#[derive(Clone, Default)]
pub struct View {
    /// Why the program is stopped (or that it runs or has ended).
    pub reason: String,
    pub thread: u64,
    pub threads: Vec<ThreadView>,
    /// The selected thread's frames, outermost first, and the selected one.
    pub frames: Vec<FrameView>,
    pub frame: usize,
    pub file: String,
    pub lines: Rc<Vec<String>>,
    /// The selected frame's line and the span of its instruction.
    pub line: u32,
    pub span: Span,
    pub code: Option<Rc<CodeObject>>,
    pub rows: Vec<Row>,
    pub instruction: usize,
    pub ast: Option<Rc<TreeNode>>,
    /// Child indices from the AST's root to the node of the current instruction.
    pub ast_path: Vec<usize>,
    pub stack: Vec<ValueView>,
    pub locals: Vec<ValueView>,
    pub globals: Vec<ValueView>,
    /// Children of expanded variables, by variable name.
    pub children: HashMap<String, Vec<ValueView>>,
    pub watches: Vec<(String, String)>,
    pub displays: Vec<String>,
    /// Names whose value changed since the last stop.
    pub changed: HashSet<String>,
    pub marks: BTreeMap<u32, Mark>,
    pub instruction_breaks: Vec<usize>,
}

/// What a new view needs besides the VM.
pub struct Inputs<'a> {
    pub reason: String,
    pub expanded: &'a HashSet<String>,
    pub previous: &'a HashMap<String, String>,
    pub trees: &'a mut HashMap<String, Rc<TreeNode>>,
}

impl View {
    pub fn take(vm: &mut Vm, state: &DebugState, cx: &mut Context, inputs: Inputs<'_>) -> View {
        let frames = cx.frames(vm);
        let frame = cx.frame.min(frames.len().saturating_sub(1));
        let selected = frames.get(frame).cloned();
        let mut view = View {
            reason: inputs.reason,
            thread: cx.thread,
            threads: inspect::threads(vm),
            frame,
            ..View::default()
        };
        if let Some(f) = &selected {
            view.file = f.file.clone();
            view.lines = cx.sources.lines(&f.file);
            view.line = f.line;
            view.span = f.span;
            view.rows = rows(&f.code);
            view.instruction = f.index;
            view.code = Some(f.code.clone());
            view.ast = syntax_tree(inputs.trees, &f.file, &view.lines);
            view.ast_path = view.ast.as_ref().map_or(Vec::new(), |t| path_to(t, f.span));
            view.marks = state.breakpoints.line_marks(&f.file);
            view.instruction_breaks = state.breakpoints.instruction_offsets(&f.file, &f.code.qualname);
            view.stack = inspect::value_stack(vm, cx.thread, frame, REPR_LIMIT);
            view.locals = inspect::locals(vm, cx.thread, frame, REPR_LIMIT);
            let is_module = f.code.name == "<module>";
            view.globals =
                if is_module { Vec::new() } else { inspect::globals(vm, cx.thread, frame, REPR_LIMIT) };
        }
        view.frames = frames;
        for v in view.locals.iter().chain(&view.globals) {
            if inputs.previous.get(&v.name).is_some_and(|old| *old != v.repr) {
                view.changed.insert(v.name.clone());
            }
        }
        for name in inputs.expanded {
            if let Ok(value) = cx.evaluate(vm, name) {
                let children = children_of(vm, &value);
                view.children.insert(name.clone(), children);
            }
        }
        view.watches = cx
            .watches
            .iter()
            .map(|w| {
                let value = cx.evaluate(vm, w).map(|v| safe_repr(vm, &v, REPR_LIMIT));
                (w.clone(), value.unwrap_or_else(|e| e))
            })
            .collect();
        view.displays = display_lines(vm, cx);
        view
    }

    /// Variable name to repr, to tell at the next stop what changed.
    pub fn values(&self) -> HashMap<String, String> {
        self.locals.iter().chain(&self.globals).map(|v| (v.name.clone(), v.repr.clone())).collect()
    }
}

fn syntax_tree(
    trees: &mut HashMap<String, Rc<TreeNode>>,
    file: &str,
    lines: &[String],
) -> Option<Rc<TreeNode>> {
    if let Some(t) = trees.get(file) {
        return Some(t.clone());
    }
    let mut text = lines.join("\n");
    text.push('\n');
    let module = crate::parser::parse_module(&text, file).ok()?;
    let t = Rc::new(tree(&module));
    trees.insert(file.to_string(), t.clone());
    Some(t)
}

/// The items of a container, the entries of a dict, or an object's attributes.
fn children_of(vm: &mut Vm, value: &Value) -> Vec<ValueView> {
    let entries: Vec<(String, Value)> = match value.object() {
        Some(Object::List(items)) => items
            .borrow()
            .iter()
            .take(CHILDREN_LIMIT)
            .enumerate()
            .map(|(i, v)| (format!("[{i}]"), v.clone()))
            .collect(),
        Some(Object::Tuple(items)) => items
            .iter()
            .take(CHILDREN_LIMIT)
            .enumerate()
            .map(|(i, v)| (format!("[{i}]"), v.clone()))
            .collect(),
        Some(Object::Dict(map)) => {
            let pairs: Vec<(Value, Value)> =
                map.borrow().iter().take(CHILDREN_LIMIT).map(|(k, v)| (k.0.clone(), v.clone())).collect();
            pairs.into_iter().map(|(k, v)| (format!("[{}]", safe_repr(vm, &k, 60)), v)).collect()
        }
        _ => match without_switches(vm, |vm| vm.get_attr(value, "__dict__")).ok().and_then(|d| {
            match d.object() {
                Some(Object::Dict(map)) => Some(map.clone()),
                _ => None,
            }
        }) {
            Some(map) => map
                .borrow()
                .iter()
                .take(CHILDREN_LIMIT)
                .filter_map(|(k, v)| Some((format!(".{}", k.0.as_str()?), v.clone())))
                .collect(),
            None => Vec::new(),
        },
    };
    inspect::views(vm, entries, REPR_LIMIT)
}
