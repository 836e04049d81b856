//! Running the user's expressions in a stopped frame (`p`, conditions, watches) and showing
//! values safely: a `repr` that raises is shown as such, a long one is cut, and no other
//! thread runs meanwhile.

use std::cell::RefCell;
use std::rc::Rc;

use crate::pipeline;
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;
use crate::vm::frame::Frame;

/// Run `f` with thread switches held off, as a stopped program must stay stopped.
pub fn without_switches<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> T) -> T {
    let budget = std::mem::replace(&mut vm.budget, u64::MAX);
    let result = f(vm);
    vm.budget = budget;
    result
}

/// A frame's global and local namespaces.
pub type Namespaces = (Rc<RefCell<DictMap>>, Rc<RefCell<DictMap>>);

/// A frame's globals, and its locals as a dict (the namespace itself for a module or class
/// body; a snapshot of fast locals and cells for a function).
pub fn namespaces(frame: &Frame) -> Namespaces {
    if let Some(names) = &frame.names {
        return (frame.globals.clone(), names.clone());
    }
    let mut map = DictMap::default();
    for (name, value) in local_values(frame) {
        map.insert(Key(Value::str(name)), value);
    }
    (frame.globals.clone(), Rc::new(RefCell::new(map)))
}

/// A function frame's bound local variables and cells, in the code object's order.
pub fn local_values(frame: &Frame) -> Vec<(&str, Value)> {
    let mut out: Vec<(&str, Value)> = Vec::new();
    for (name, value) in frame.code.varnames.iter().zip(&frame.locals) {
        if let Some(v) = value {
            out.push((name, v.clone()));
        }
    }
    for (i, cell) in frame.cells.iter().enumerate() {
        let Some(name) = frame.code.deref_name(i) else { continue };
        if out.iter().any(|(n, _)| *n == name) {
            continue;
        }
        if let Some(Object::Cell(c)) = cell.object()
            && let Some(v) = c.borrow().clone()
        {
            out.push((name, v));
        }
    }
    out
}

/// Evaluate an expression in a frame's namespaces; the error as `Type: message`.
pub fn evaluate(vm: &mut Vm, (globals, locals): Namespaces, text: &str) -> Result<Value, String> {
    let code = pipeline::compile_expression_source("<debugger>", text.trim())
        .map_err(|e| format!("SyntaxError: {}", e.msg))?;
    without_switches(vm, |vm| vm.run_code(code, globals, locals)).map_err(|e| summary(&e))
}

/// Run statements in a frame's namespaces (`!stmt` in pdb).
pub fn execute(vm: &mut Vm, (globals, locals): Namespaces, text: &str) -> Result<(), String> {
    let code = pipeline::compile_source("<debugger>", text.as_bytes())
        .map_err(|e| format!("SyntaxError: {}", e.msg))?;
    without_switches(vm, |vm| vm.run_code(code, globals, locals)).map(|_| ()).map_err(|e| summary(&e))
}

/// An exception as its report's last line: `NameError: name 'x' is not defined`.
pub fn summary(exception: &Value) -> String {
    crate::vm::traceback::format_report(exception, false, false).trim_end().to_string()
}

/// Whether a value is true, as `if` decides; an error counts as true (pdb stops then).
pub fn truthy(vm: &mut Vm, value: &Value) -> bool {
    without_switches(vm, |vm| vm.truthy(value)).unwrap_or(true)
}

/// `repr(value)` cut to `limit` characters (an ellipsis marks the cut); a repr that raises
/// shows the exception instead.
pub fn safe_repr(vm: &mut Vm, value: &Value, limit: usize) -> String {
    match without_switches(vm, |vm| vm.repr(value)) {
        Ok(text) => cut(&text, limit),
        Err(e) => format!("<repr failed: {}>", cut(&summary(&e), limit)),
    }
}

/// `text` cut to `limit` characters, with `…` at the end when cut.
pub fn cut(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit.saturating_sub(1)) {
        Some((i, _)) if text.chars().count() > limit => format!("{}…", &text[..i]),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cut_marks_what_it_removes() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abcd", 4), "abcd");
        assert_eq!(cut("ééééé", 3), "éé…");
    }
}
