//! Warnings the VM issues itself (CPython's `_warnings`), such as "coroutine 'f' was never
//! awaited": printed to stderr in the format of CPython's default filter, once per file,
//! line and message. There is no `warnings` module to configure them yet.

use super::Vm;

impl Vm {
    /// Issues a `RuntimeWarning` attributed to the line running in the top frame (`sys:1`
    /// when no frame runs, as at exit).
    pub(super) fn warn_runtime(&mut self, message: &str) {
        let location = self.frames.last().map(|frame| {
            let index = frame.current_index();
            (frame.code.filename.to_string(), frame.code.spans.get(index).map_or(1, |s| s.lineno))
        });
        let (filename, lineno) = location.clone().unwrap_or_else(|| ("sys".to_string(), 1));
        if !self.warned.insert((filename.clone(), lineno, message.to_string())) {
            return;
        }
        let mut text = format!("{filename}:{lineno}: RuntimeWarning: {message}\n");
        if location.is_some() {
            if let Some(line) = super::traceback::source_line(&filename, lineno) {
                text.push_str(&format!("  {}\n", line.trim()));
            }
            text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        self.write_report(&text);
    }
}
