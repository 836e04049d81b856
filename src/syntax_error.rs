//! `SyntaxError` (and its subclasses `IndentationError` and `TabError`) as every front-end
//! stage reports it: CPython's message, line, 1-based column, and the offending source line,
//! printed exactly as CPython prints an uncaught SyntaxError.

use std::fmt;

/// Which Python exception class the error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// A tree too deep to compile: CPython's compiler raises `RecursionError` (no location).
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error with CPython's fields: `lineno`, `offset` (1-based, in characters),
/// `end_lineno`, `end_offset`, and `text` (the source line the caret points into).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line (without its line ending), if there is one to show.
    pub text: Option<String>,
}

impl SyntaxError {
    /// A plain `SyntaxError` at one character.
    pub fn new(msg: impl Into<String>, filename: &str, lineno: u32, offset: u32) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: offset + 1,
            text: None,
        }
    }

    /// The traceback CPython prints for an uncaught SyntaxError, ending with a newline:
    ///
    /// ```text
    ///   File "x.py", line 3
    ///     x = (1 +
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self) -> String {
        if self.lineno == 0 {
            // Errors found before any line is read (undecodable bytes) have no location.
            return format!("{}: {}\n", self.kind.name(), self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            // CPython stops a line at a NUL byte, and shows no caret under an empty line.
            let text = text.split('\0').next().unwrap_or("");
            let (line, carets) = caret_line(text, self.offset, self.lineno, self.end_lineno, self.end_offset);
            out.push_str(&format!("    {line}\n"));
            if let Some(carets) = carets.filter(|_| !line.is_empty()) {
                out.push_str(&format!("    {carets}\n"));
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

/// The source line stripped as CPython's traceback module strips it, and the caret line under it
/// (as `traceback.TracebackException.format_exception_only` builds them).
fn caret_line(
    text: &str,
    offset: u32,
    lineno: u32,
    end_lineno: u32,
    end_offset: u32,
) -> (String, Option<String>) {
    let rtrimmed = text.trim_end_matches(['\n', '\r']);
    let stripped = rtrimmed.trim_start_matches([' ', '\n', '\x0c', '\t']);
    let removed = rtrimmed.chars().count() - stripped.chars().count();
    let line = stripped.trim_end().to_string();
    if offset == 0 {
        return (line, None);
    }
    let start = offset as i64 - 1 - removed as i64;
    let end = if end_lineno == lineno && end_offset > offset {
        end_offset as i64 - 1 - removed as i64
    } else {
        start + 1
    };
    let start = start.max(0) as usize;
    let end = (end.max(start as i64 + 1)) as usize;
    let mut carets = String::new();
    for (i, c) in stripped.chars().enumerate().take(start) {
        carets.push(if c.is_whitespace() { c } else { ' ' });
        let _ = i;
    }
    while carets.chars().count() < start {
        carets.push(' ');
    }
    carets.push_str(&"^".repeat(end - start));
    (line, Some(carets))
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}
