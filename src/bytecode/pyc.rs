//! The bytecode cache: `__pycache__/NAME.pyglass-V.pyc` beside each source file.
//!
//! Layout (little-endian): magic `PYGLASS\0`, format version (u32), flags (u32, 0),
//! source mtime in nanoseconds (u64), source size (u64), payload length (u64), FNV-1a-64
//! checksum of the payload (u64), then the payload: the serialized code object.
//! A file is used only if every field checks out; the loader then validates every index,
//! operand and jump target before the VM may see the code, so a corrupt, truncated, stale
//! or hostile file is rejected (and the caller recompiles), never trusted.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::code::{CodeFlags, CodeObject, ConstValue, ExceptionEntry, Instruction};
use super::opcode::{ArgKind, Op};
use crate::ast::{PyStr, Span};
use crate::runtime::int::Int;

const MAGIC: &[u8; 8] = b"PYGLASS\0";
/// Bump when the instruction set or this layout changes (the opcode fingerprint test says when),
/// or when the same source compiles differently (9: private names are mangled; 11: constants
/// are folded; 12: a decorated definition's code starts at its first decorator's line).
pub const FORMAT_VERSION: u32 = 12;
const HEADER_LEN: usize = 8 + 4 + 4 + 8 + 8 + 8 + 8;
/// Nested code objects deeper than this are refused.
const MAX_NESTING: u32 = 200;

/// Why a cache file was not used.
#[derive(Debug, PartialEq, Eq)]
pub enum Rejected {
    Missing,
    BadHeader,
    Stale,
    Corrupt(String),
}

/// Where the cache of `source` lives.
pub fn cache_path(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new(".")).join("__pycache__");
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    dir.join(format!("{stem}.pyglass-{FORMAT_VERSION}.pyc"))
}

fn fnv(bytes: &[u8]) -> u64 {
    checksum(&[bytes])
}

/// The FNV-1a-64 checksum of `parts` one after the other.
pub fn checksum(parts: &[&[u8]]) -> u64 {
    let bytes = parts.iter().flat_map(|part| part.iter());
    bytes.fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}

/// The whole cache file for `code` compiled from a source with this mtime and size.
pub fn serialize(code: &CodeObject, mtime_ns: u64, size: u64) -> Vec<u8> {
    let mut payload = Writer::default();
    payload.code(code);
    let payload = payload.0;
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&mtime_ns.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&fnv(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Load a cache file's code object if it is intact and matches the source's mtime and size.
pub fn load(bytes: &[u8], mtime_ns: u64, size: u64) -> Result<CodeObject, Rejected> {
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return Err(Rejected::BadHeader);
    }
    let mut header = Reader { bytes: &bytes[8..HEADER_LEN], pos: 0 };
    let version = header.u32().map_err(|_| Rejected::BadHeader)?;
    let flags = header.u32().map_err(|_| Rejected::BadHeader)?;
    if version != FORMAT_VERSION || flags != 0 {
        return Err(Rejected::BadHeader);
    }
    let (cached_mtime, cached_size) = (header.u64().unwrap_or(0), header.u64().unwrap_or(0));
    let (length, checksum) = (header.u64().unwrap_or(0), header.u64().unwrap_or(0));
    if cached_mtime != mtime_ns || cached_size != size {
        return Err(Rejected::Stale);
    }
    let payload = &bytes[HEADER_LEN..];
    if payload.len() as u64 != length || fnv(payload) != checksum {
        return Err(Rejected::Corrupt("checksum or length mismatch".into()));
    }
    let mut reader = Reader { bytes: payload, pos: 0 };
    let code = reader.code(0).map_err(Rejected::Corrupt)?;
    if reader.pos != payload.len() {
        return Err(Rejected::Corrupt("trailing bytes".into()));
    }
    Ok(code)
}

#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }

    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn strings(&mut self, list: &[String]) {
        self.u32(list.len() as u32);
        for s in list {
            self.str(s);
        }
    }

    fn constant(&mut self, c: &ConstValue) {
        match c {
            ConstValue::None => self.u8(0),
            ConstValue::Bool(b) => {
                self.u8(1);
                self.u8(u8::from(*b));
            }
            ConstValue::Ellipsis => self.u8(2),
            ConstValue::Int(n) => {
                self.u8(3);
                self.bytes(&n.to_bigint().to_signed_bytes_le());
            }
            ConstValue::Float(x) => {
                self.u8(4);
                self.u64(x.to_bits());
            }
            ConstValue::Complex { real, imag } => {
                self.u8(5);
                self.u64(real.to_bits());
                self.u64(imag.to_bits());
            }
            ConstValue::Str(s) => {
                self.u8(6);
                let points = s.code_points();
                self.u32(points.len() as u32);
                for p in points {
                    self.u32(p);
                }
            }
            ConstValue::Bytes(b) => {
                self.u8(7);
                self.bytes(b);
            }
            ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => {
                self.u8(if matches!(c, ConstValue::Tuple(_)) { 8 } else { 9 });
                self.u32(items.len() as u32);
                for item in items {
                    self.constant(item);
                }
            }
            ConstValue::Code(code) => {
                self.u8(10);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        for n in [c.first_line, c.arg_count, c.posonly_count, c.kwonly_count, c.max_stack] {
            self.u32(n);
        }
        let flags = u32::from(c.flags.varargs)
            | u32::from(c.flags.varkeywords) << 1
            | u32::from(c.flags.generator) << 2
            | u32::from(c.flags.coroutine) << 3
            | u32::from(c.flags.async_generator) << 4
            | u32::from(c.flags.iterable_coroutine) << 5;
        self.u32(flags);
        match &c.doc {
            Some(d) => {
                self.u8(1);
                self.str(d);
            }
            None => self.u8(0),
        }
        self.u32(c.instructions.len() as u32);
        for (i, span) in c.instructions.iter().zip(&c.spans) {
            self.u8(i.op as u8);
            self.u32(i.arg);
            for n in [span.lineno, span.col_offset, span.end_lineno, span.end_col_offset] {
                self.u32(n);
            }
        }
        self.u32(c.consts.len() as u32);
        for k in &c.consts {
            self.constant(k);
        }
        self.strings(&c.names);
        self.strings(&c.varnames);
        self.strings(&c.cellvars);
        self.strings(&c.freevars);
        self.u32(c.exception_table.len() as u32);
        for e in &c.exception_table {
            for n in [e.start, e.end, e.target, e.depth] {
                self.u32(n);
            }
            self.u8(u8::from(e.push_lasti));
        }
        self.u32(c.warnings.len() as u32);
        for (line, message) in &c.warnings {
            self.u32(*line);
            self.str(message);
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

type Read<T> = Result<T, String>;

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Read<&[u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("truncated")?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn u8(&mut self) -> Read<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Read<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Read<u64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// A count of items each at least `item_size` bytes long (bounded by what is left).
    fn count(&mut self, item_size: usize) -> Read<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(item_size.max(1)) > self.bytes.len() - self.pos {
            return Err("count exceeds the file".into());
        }
        Ok(n)
    }

    fn bytes(&mut self) -> Read<Vec<u8>> {
        let n = self.count(1)?;
        Ok(self.take(n)?.to_vec())
    }

    fn str(&mut self) -> Read<String> {
        String::from_utf8(self.bytes()?).map_err(|_| "invalid UTF-8".to_string())
    }

    fn strings(&mut self) -> Read<Vec<String>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.str()).collect()
    }

    fn constant(&mut self, depth: u32) -> Read<ConstValue> {
        if depth > MAX_NESTING {
            return Err("constants nested too deeply".into());
        }
        Ok(match self.u8()? {
            0 => ConstValue::None,
            1 => ConstValue::Bool(self.u8()? != 0),
            2 => ConstValue::Ellipsis,
            3 => ConstValue::Int(Int::from(num_bigint::BigInt::from_signed_bytes_le(&self.bytes()?))),
            4 => ConstValue::Float(f64::from_bits(self.u64()?)),
            5 => ConstValue::Complex { real: f64::from_bits(self.u64()?), imag: f64::from_bits(self.u64()?) },
            6 => {
                let n = self.count(4)?;
                let points = (0..n).map(|_| self.u32()).collect::<Read<Vec<u32>>>()?;
                if points.iter().any(|&p| p > 0x10FFFF) {
                    return Err("invalid code point".into());
                }
                ConstValue::Str(PyStr::from_code_points(points))
            }
            7 => ConstValue::Bytes(self.bytes()?),
            tag @ (8 | 9) => {
                let n = self.count(1)?;
                let items = (0..n).map(|_| self.constant(depth + 1)).collect::<Read<Vec<_>>>()?;
                if tag == 8 { ConstValue::Tuple(items) } else { ConstValue::FrozenSet(items) }
            }
            10 => ConstValue::Code(Rc::new(self.code(depth + 1)?)),
            other => return Err(format!("unknown constant tag {other}")),
        })
    }

    fn code(&mut self, depth: u32) -> Read<CodeObject> {
        if depth > MAX_NESTING {
            return Err("code objects nested too deeply".into());
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let filename: Rc<str> = Rc::from(self.str()?);
        let [first_line, arg_count, posonly_count, kwonly_count, max_stack] =
            [self.u32()?, self.u32()?, self.u32()?, self.u32()?, self.u32()?];
        let bits = self.u32()?;
        let flags = CodeFlags {
            varargs: bits & 1 != 0,
            varkeywords: bits & 2 != 0,
            generator: bits & 4 != 0,
            coroutine: bits & 8 != 0,
            async_generator: bits & 16 != 0,
            iterable_coroutine: bits & 32 != 0,
        };
        let doc = if self.u8()? != 0 { Some(self.str()?) } else { None };
        let n = self.count(21)?;
        let mut instructions = Vec::with_capacity(n);
        let mut spans = Vec::with_capacity(n);
        for _ in 0..n {
            let op = Op::from_number(self.u8()?).ok_or("unknown opcode")?;
            let arg = self.u32()?;
            instructions.push(Instruction { op, arg });
            let (lineno, col_offset, end_lineno, end_col_offset) =
                (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            spans.push(Span { lineno, col_offset, end_lineno, end_col_offset });
        }
        let n = self.count(1)?;
        let consts = (0..n).map(|_| self.constant(depth + 1)).collect::<Read<Vec<_>>>()?;
        let names = self.strings()?;
        let varnames = self.strings()?;
        let cellvars = self.strings()?;
        let freevars = self.strings()?;
        let n = self.count(17)?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end, target, entry_depth) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            let push_lasti = self.u8()? != 0;
            exception_table.push(ExceptionEntry { start, end, target, depth: entry_depth, push_lasti });
        }
        let n = self.count(8)?;
        let mut warnings = Vec::with_capacity(n);
        for _ in 0..n {
            warnings.push((self.u32()?, self.str()?));
        }
        let code = CodeObject {
            name,
            qualname,
            filename,
            first_line,
            arg_count,
            posonly_count,
            kwonly_count,
            flags,
            instructions,
            spans,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            exception_table,
            max_stack,
            doc,
            warnings,
        };
        validate(&code)?;
        Ok(code)
    }
}

/// Check every operand, jump target and table entry of a code object read from a file.
fn validate(code: &CodeObject) -> Read<()> {
    let n = code.instructions.len();
    if n == 0 {
        return Err("empty code".into());
    }
    let parameters = code.arg_count as usize
        + code.kwonly_count as usize
        + usize::from(code.flags.varargs)
        + usize::from(code.flags.varkeywords);
    if code.spans.len() != n {
        return Err("spans do not match instructions".into());
    }
    if code.posonly_count > code.arg_count || parameters > code.varnames.len() {
        return Err("parameter counts exceed the local variables".into());
    }
    let derefs = code.cellvars.len() + code.freevars.len();
    for (index, i) in code.instructions.iter().enumerate() {
        let a = i.arg as usize;
        let ok = match i.op.arg_kind() {
            ArgKind::None => true,
            ArgKind::Number => true,
            ArgKind::Const => a < code.consts.len(),
            ArgKind::Name => a < code.names.len(),
            ArgKind::Local => a < code.varnames.len(),
            ArgKind::Deref => a < derefs,
            ArgKind::Jump => a <= n,
            ArgKind::BinaryOp => super::opcode::BinaryOp::from_arg(i.arg).is_some(),
            ArgKind::Compare => super::opcode::CompareOp::from_arg(i.arg).is_some(),
        };
        if !ok {
            return Err(format!("instruction {index} ({}) has a bad argument {}", i.op.name(), i.arg));
        }
    }
    for e in &code.exception_table {
        // A handler inside the range it protects would catch its own exceptions forever.
        let covers_itself = (e.start..e.end).contains(&e.target);
        if e.start > e.end
            || e.end as usize > n
            || e.target as usize >= n
            || e.depth > code.max_stack
            || covers_itself
        {
            return Err("bad exception table entry".into());
        }
    }
    // The stack depth the compiler recorded must be the one every path reaches (a larger one
    // would have the VM reserve that much room for each call).
    match crate::compiler::codegen::stack_depth(code) {
        Some(depth) if depth == code.max_stack => {}
        _ => return Err("the value stack would underflow or differ from its recorded maximum".into()),
    }
    Ok(())
}
