//! Reading the FILE argument of a command: a path, or `-` for standard input, with a one-line
//! message and exit status 2 when it cannot be opened (as python3 does).

use std::io::Read;

/// Read the raw bytes of `path` (`-` is stdin). The error is the line to print.
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

/// The name a file goes by in messages: the path as given, or `<stdin>` for `-`.
pub fn display_name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

/// The name python3 gives a script in tracebacks: its absolute path (symlinks not resolved),
/// or `<stdin>`.
pub fn script_name(path: &str) -> String {
    if path == "-" {
        return "<stdin>".to_string();
    }
    std::path::absolute(path).map_or_else(|_| path.to_string(), |p| p.to_string_lossy().into_owned())
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

/// Print `message` to stderr and return exit status 2, for an input that cannot be read.
pub fn cannot_open(message: &str) -> i32 {
    eprintln!("{message}");
    2
}
