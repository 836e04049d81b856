//! The front half of the pipeline as one call: source bytes → tokens → AST → code object,
//! through the `.pyc` cache when the source is a file or an embedded standard-library module
//! (`bytecode::pyc`).

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
    compile_text(name, &file.text)
}

/// Compile source text (already decoded: a coding declaration in it is not looked at, as
/// CPython ignores one in a str given to `exec` or `compile`).
pub fn compile_text(name: &str, text: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    let Mod::Module { mut body, .. } = parser::parse_module(text, name)? else {
        return Err(SyntaxError::new("expected a module", name, 1, 1));
    };
    crate::compiler::mangle::apply(&mut body);
    let code = compile_module(&body, name).map_err(|e| compile_error(e, name, text))?;
    // The tokenizer's warnings come before the compiler's, as CPython issues them.
    let early = crate::compiler::syntax_warnings::number_keyword_warnings(text);
    if early.is_empty() {
        return Ok(code);
    }
    let mut code = Rc::unwrap_or_clone(code);
    code.warnings.splice(0..0, early);
    Ok(Rc::new(code))
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
    compile_cached(&pyc::cache_path(path), (mtime, size), name, bytes, mode)
}

/// Compile the embedded source of the standard-library module `module` (named `name` in
/// messages), cached in `stdlib/` under `cache_dir()` as a source file's cache is beside it.
/// The cache's stamp is a checksum of the source and of this executable's mtime and size
/// (which change with every build, whose compiler may compile the same source differently),
/// in place of a file's mtime.
///
/// This cache stands for the `.pyc` files CPython's installation ships for its standard
/// library: `PYTHONDONTWRITEBYTECODE`, which keeps `__pycache__` out of the user's source
/// trees, does not stop it; only turning the cache off (`--no-cache`) does.
pub fn compile_embedded(
    module: &str,
    name: &str,
    source: &str,
    mode: CacheMode,
) -> Result<(Rc<CodeObject>, CacheOutcome), SyntaxError> {
    let place = cache_dir().zip(executable_stamp()).filter(|_| mode.read);
    let Some((dir, (exe_mtime, exe_size))) = place else {
        return Ok((compile_source(name, source.as_bytes())?, CacheOutcome::Unused));
    };
    let checksum = pyc::checksum(&[source.as_bytes(), &exe_mtime.to_le_bytes(), &exe_size.to_le_bytes()]);
    let path = dir.join("stdlib").join(format!("{module}.pyglass-{}.pyc", pyc::FORMAT_VERSION));
    let mode = CacheMode { read: true, write: true };
    compile_cached(&path, (checksum, source.len() as u64), name, source.as_bytes(), mode)
}

/// This executable's mtime and size, looked up once per process (every embedded module's
/// cache stamp includes them).
fn executable_stamp() -> Option<(u64, u64)> {
    static STAMP: std::sync::OnceLock<Option<(u64, u64)>> = std::sync::OnceLock::new();
    *STAMP.get_or_init(|| std::env::current_exe().ok().and_then(|exe| stamp(&exe)))
}

/// The directory of pyglass's caches: `$XDG_CACHE_HOME/pyglass`, else `~/.cache/pyglass`.
fn cache_dir() -> Option<std::path::PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(std::path::PathBuf::from(dir).join("pyglass"));
    }
    std::env::var_os("HOME").map(|home| std::path::PathBuf::from(home).join(".cache").join("pyglass"))
}

/// Compile `bytes` (named `name`) through the cache file `cache`, which is used only if it is
/// intact and carries `stamp` and `name`, and is rewritten otherwise, as `mode` allows.
fn compile_cached(
    cache: &Path,
    (mtime, size): (u64, u64),
    name: &str,
    bytes: &[u8],
    mode: CacheMode,
) -> Result<(Rc<CodeObject>, CacheOutcome), SyntaxError> {
    let rejected = if mode.read {
        match std::fs::read(cache) {
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
        mode.write && crate::atomic::write_cache(cache, &pyc::serialize(&code, mtime, size)).is_ok();
    Ok((code, CacheOutcome::Compiled { rejected, written }))
}
