//! Reading the FILE argument of a command: a path, or `-` for standard input, with CPython's
//! one-line message and exit status 2 when it cannot be opened.

use std::io::Read;

use crate::source::{self, SourceFile};
use crate::syntax_error::SyntaxError;

/// What went wrong reading a command's input, already phrased for the user.
pub enum InputError {
    /// Print this line to stderr and exit with status 2.
    CannotOpen(String),
    /// The bytes do not decode: a SyntaxError, exit status 1.
    Syntax(SyntaxError),
}

/// Read the raw bytes of `path` (`-` is stdin).
pub fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut bytes = Vec::new();
        return std::io::stdin()
            .read_to_end(&mut bytes)
            .map(|_| bytes)
            .map_err(|e| format!("pyglass: can't read <stdin>: {}", describe_io_error(&e)));
    }
    if std::path::Path::new(path).is_dir() {
        return Err(format!("pyglass: can't open file '{path}': [Errno 21] Is a directory"));
    }
    std::fs::read(path).map_err(|e| format!("pyglass: can't open file '{path}': {}", describe_io_error(&e)))
}

/// Read and decode `path` (`-` is stdin, named `<stdin>` in messages).
pub fn read_source(path: &str) -> Result<SourceFile, InputError> {
    let bytes = read_bytes(path).map_err(InputError::CannotOpen)?;
    let name = if path == "-" { "<stdin>" } else { path };
    source::decode(name, &bytes).map_err(InputError::Syntax)
}

/// An I/O error as Python words it: `[Errno 2] No such file or directory`.
pub fn describe_io_error(error: &std::io::Error) -> String {
    match error.raw_os_error() {
        Some(code) => {
            let text = error.to_string();
            let message = text.split(" (os error").next().unwrap_or(&text).to_string();
            format!("[Errno {code}] {message}")
        }
        None => error.to_string(),
    }
}
