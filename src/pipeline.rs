//! The front half of the pipeline as one call: source bytes → tokens → AST → code object,
//! through the `.pyc` cache when the source is a file (`bytecode::pyc`).

use std::path::Path;
use std::rc::Rc;

use crate::ast::Mod;
use crate::bytecode::code::CodeObject;
use crate::bytecode::pyc::{self, Rejected};
use crate::compiler::codegen::{compile_expression, compile_module};
use crate::parser;
use crate::source;
use crate::syntax_error::SyntaxError;

/// What happened with the cache.
#[derive(Debug, PartialEq, Eq)]
pub enum CacheOutcome {
    /// The code came from the cache file; nothing was compiled.
    Hit,
    /// The source was compiled (the cache was missing, stale or rejected); `written` says
    /// whether a new cache file was written.
    Compiled { rejected: Rejected, written: bool },
    /// No cache is used (`-c`, stdin, or `--no-cache`).
    Unused,
}

/// Options for reading and writing the cache.
#[derive(Clone, Copy, Debug)]
pub struct CacheMode {
    pub read: bool,
    pub write: bool,
}

impl CacheMode {
    /// The default: read the cache, and write it unless `PYTHONDONTWRITEBYTECODE` is set.
    pub fn from_environment() -> CacheMode {
        let dont_write = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
        CacheMode { read: true, write: !dont_write }
    }

    pub const OFF: CacheMode = CacheMode { read: false, write: false };
}

/// Compile source bytes named `name` (no cache).
pub fn compile_source(name: &str, bytes: &[u8]) -> Result<Rc<CodeObject>, SyntaxError> {
    let file = source::decode(name, bytes).map_err(|e| e.to_syntax_error())?;
    let Mod::Module { mut body, .. } = parser::parse_module(&file.text, name)? else {
        return Err(SyntaxError::new("expected a module", name, 1, 1));
    };
    crate::compiler::mangle::apply(&mut body);
    compile_module(&body, name).map_err(|e| compile_error(e, name, &file.text))
}

/// Compile the source of `eval()`: one expression, whose value the code object returns.
pub fn compile_expression_source(name: &str, text: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    let expr = parser::parse_expression(text, name)?;
    compile_expression(&expr, name).map_err(|e| compile_error(e, name, text))
}

/// A compiler error as a SyntaxError pointing into `text`.
fn compile_error(e: crate::compiler::codegen::CompileError, name: &str, text: &str) -> SyntaxError {
    // The offsets count UTF-8 bytes here: CPython's compiler reports them so, too.
    let span = e.span;
    let mut error = SyntaxError::new(e.msg, name, span.lineno, span.col_offset + 1);
    error.end_lineno = span.end_lineno;
    error.end_offset = span.end_col_offset + 1;
    error.text = text.lines().nth(span.lineno.saturating_sub(1) as usize).map(str::to_string);
    error
}

/// The source file's modification time (ns) and size, as the cache records them.
fn stamp(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos() as u64;
    Some((mtime, meta.len()))
}

/// Compile the file at `path` (whose bytes are `bytes`, named `name` in messages), using and
/// refreshing its cache as `mode` allows.
pub fn compile_file(
    path: &Path,
    name: &str,
    bytes: &[u8],
    mode: CacheMode,
) -> Result<(Rc<CodeObject>, CacheOutcome), SyntaxError> {
    let Some((mtime, size)) = stamp(path).filter(|_| mode.read || mode.write) else {
        return Ok((compile_source(name, bytes)?, CacheOutcome::Unused));
    };
    let cache = pyc::cache_path(path);
    let rejected = if mode.read {
        match std::fs::read(&cache) {
            Ok(data) => match pyc::load(&data, mtime, size) {
                // The cache names the file as it was first compiled; messages use `name`.
                Ok(mut code) if &*code.filename == name => {
                    code.filename = Rc::from(name);
                    return Ok((Rc::new(code), CacheOutcome::Hit));
                }
                Ok(_) => Rejected::Stale,
                Err(why) => why,
            },
            Err(_) => Rejected::Missing,
        }
    } else {
        Rejected::Missing
    };
    let code = compile_source(name, bytes)?;
    let written =
        mode.write && crate::atomic::write_cache(&cache, &pyc::serialize(&code, mtime, size)).is_ok();
    Ok((code, CacheOutcome::Compiled { rejected, written }))
}
