//! Warnings the VM issues itself (CPython's `_warnings`): "coroutine 'f' was never awaited"
//! (RuntimeWarning) and the compiler's SyntaxWarnings. Once a program has imported
//! `warnings` (`src/stdlib/warnings.py`), they go through its `warn_explicit`, so its filters
//! and `showwarning` apply; before, they are printed to stderr as CPython's default filters
//! print them.

use super::Vm;
use crate::runtime::function::CallArgs;
use crate::runtime::value::{Key, Object, Value};

impl Vm {
    /// Issues a `RuntimeWarning` attributed to the line running in the top frame (`sys:1`
    /// when no frame runs, as at exit), shown once per file, line and message.
    pub(super) fn warn_runtime(&mut self, message: &str) {
        self.warn_here("RuntimeWarning", message, true);
    }

    /// Issues a warning of the built-in `category` attributed to the line running in the top
    /// frame, shown once per file, line and message (`from_object`: as `warn_explicit`).
    /// A DeprecationWarning outside `__main__` is ignored until `warnings` is imported, as
    /// CPython's default filters ignore it.
    pub(super) fn warn_here(&mut self, category: &'static str, message: &str, from_object: bool) {
        if category == "DeprecationWarning"
            && self.warnings_function().is_none()
            && self.frames.last().is_some_and(|frame| {
                frame.globals.borrow().get(&Key(Value::str("__name__"))).and_then(Value::as_str)
                    != Some("__main__")
            })
        {
            return;
        }
        let location = self.frames.last().map(|frame| {
            let index = frame.current_index();
            (frame.code.filename.to_string(), frame.code.spans.get(index).map_or(1, |s| s.lineno))
        });
        let (filename, lineno) = location.unwrap_or_else(|| ("sys".to_string(), 1));
        let registry = self.frames.last().map(|frame| {
            let mut globals = frame.globals.borrow_mut();
            let key = Key(Value::str("__warningregistry__"));
            globals.entry(key).or_insert_with(|| Value::obj(Object::Dict(Default::default()))).clone()
        });
        self.warn_explicit(category, message, &filename, lineno, registry, from_object);
    }

    /// Issue the warning `message` of the built-in category `category` for `filename` at
    /// `lineno`. `registry` (a dict, CPython's `__warningregistry__`) makes it shown once per
    /// place; without one it is shown every time, as the compiler's are. `from_object`: it
    /// is about an object (CPython's `source`), for which CPython suggests tracemalloc.
    pub(crate) fn warn_explicit(
        &mut self,
        category: &'static str,
        message: &str,
        filename: &str,
        lineno: u32,
        registry: Option<Value>,
        from_object: bool,
    ) {
        if let Some(warn) = self.warnings_function() {
            let positional = vec![
                Value::str(message),
                Value::obj(Object::Type(category)),
                Value::str(filename),
                Value::Int(i64::from(lineno)),
                Value::None,
                registry.unwrap_or(Value::None),
                Value::None,
                if from_object { Value::bool(true) } else { Value::None },
            ];
            if let Err(exc) = self.call_value(&warn, CallArgs { positional, keywords: Vec::new() }) {
                // (A filter turned it into an error: the VM's warnings are reported, as
                // CPython reports an error raised where it cannot propagate.)
                let report = super::traceback::format_exception(&exc);
                self.write_report(&report);
            }
            return;
        }
        if registry.is_some() && !self.warned.insert((filename.to_string(), lineno, message.to_string())) {
            return;
        }
        let mut text = format!("{filename}:{lineno}: {category}: {message}\n");
        if let Some(line) = super::traceback::source_line(filename, lineno) {
            text.push_str(&format!("  {}\n", line.trim()));
        }
        if from_object && filename != "sys" {
            text.push_str(&format!(
                "{category}: Enable tracemalloc to get the object allocation traceback\n"
            ));
        }
        self.write_report(&text);
    }

    /// The compiler's SyntaxWarnings about `code` (a module's), as CPython's compiler issues
    /// them: shown every time, unless a filter of `warnings` says otherwise.
    pub(crate) fn issue_syntax_warnings(&mut self, code: &crate::bytecode::code::CodeObject) {
        for (line, message) in &code.warnings {
            self.warn_explicit("SyntaxWarning", message, &code.filename, *line, None, false);
        }
    }

    /// `warnings.warn_explicit`, if the program imported `warnings`.
    fn warnings_function(&self) -> Option<Value> {
        let module = self.modules.borrow().get(&Key(Value::str("warnings"))).cloned()?;
        let Some(Object::Module { dict, .. }) = module.object() else { return None };
        dict.borrow().get(&Key(Value::str("warn_explicit"))).cloned()
    }
}
