//! The source text of the files a debugger shows, read once and kept: a script from disk
//! (decoded as the interpreter decodes it), an embedded library module (`<frozen NAME>`)
//! from the binary.

use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
pub struct Sources {
    files: HashMap<String, Rc<Vec<String>>>,
}

impl Sources {
    /// The lines of `file` (without line endings); empty if it cannot be read.
    pub fn lines(&mut self, file: &str) -> Rc<Vec<String>> {
        if let Some(lines) = self.files.get(file) {
            return lines.clone();
        }
        let text = match file.strip_prefix("<frozen ").and_then(|n| n.strip_suffix('>')) {
            Some(module) => crate::stdlib::source(module).unwrap_or_default().to_string(),
            None => std::fs::read(file)
                .ok()
                .and_then(|bytes| crate::source::decode(file, &bytes).ok())
                .map(|s| s.text)
                .unwrap_or_default(),
        };
        let lines = Rc::new(text.lines().map(str::to_string).collect::<Vec<_>>());
        self.files.insert(file.to_string(), lines.clone());
        lines
    }

    /// One line (1-based) of a file.
    pub fn line(&mut self, file: &str, line: u32) -> Option<String> {
        self.lines(file).get((line as usize).checked_sub(1)?).cloned()
    }
}
