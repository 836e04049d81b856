//! Source files: reading them and decoding their bytes as CPython does (UTF-8 by default, a
//! UTF-8 BOM, or a PEP 263 `coding:` declaration in the first two lines).

use crate::syntax_error::SyntaxError;

/// A decoded source file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name used in messages and tracebacks (the path as given, or `<stdin>`).
    pub name: String,
    /// The decoded text (without a BOM).
    pub text: String,
    /// The encoding as `tokenize` names it in its ENCODING token (`utf-8`, `utf-8-sig`,
    /// `iso-8859-1`, or the declaration as written).
    pub encoding: String,
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be opened or read (missing, a directory, no permission).
    Io(std::io::Error),
    /// The bytes could not be decoded: CPython reports this as a SyntaxError.
    Decode(SyntaxError),
}

/// Decode source bytes as CPython does.
pub fn decode(name: &str, bytes: &[u8]) -> Result<SourceFile, SyntaxError> {
    let _ = (name, bytes);
    unimplemented!("source decoding")
}
