//! `memoryview`: a view of the bytes of a bytes, bytearray or array, one-dimensional, read
//! and written in place (a view of a bytearray writes into it), with a native item format
//! ('B' for bytes; an array's typecode; any single-character format after `cast`). Items are
//! little-endian machine values with x86-64 sizes, as CPython's on that platform.

use crate::runtime::value::Slice;
use std::cell::Cell;

use num_bigint::BigInt;

use super::exception::{ExcKind, index_error, new_exception, type_error, value_error};
use super::int::Int;
use super::ops;
use super::value::{Object, Value};

#[derive(Debug)]
pub struct MemoryView {
    /// The bytes or bytearray the items live in (for an array, a bytearray copy of its machine
    /// bytes that the VM keeps in step with the array).
    pub buffer: Value,
    /// The exporting object (`m.obj`): the bytes, bytearray or array.
    pub obj: Value,
    pub format: char,
    pub itemsize: usize,
    /// Byte offset of item 0, and the distance in bytes between items (negative for `m[::-1]`).
    pub start: usize,
    pub stride: isize,
    pub len: usize,
    pub readonly: bool,
    pub released: Cell<bool>,
}

/// The size of an item of a native single-character struct format.
pub fn item_size(format: char) -> Option<usize> {
    Some(match format {
        'c' | 'b' | 'B' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

fn released_error() -> Value {
    value_error("operation forbidden on released memoryview object")
}

fn is_byte_format(format: char) -> bool {
    matches!(format, 'B' | 'b' | 'c')
}

/// The value one item of `format` stored as `raw` stands for.
pub fn unpack(format: char, raw: &[u8]) -> Value {
    let mut word = [0u8; 8];
    word[..raw.len()].copy_from_slice(raw);
    let unsigned = u64::from_le_bytes(word);
    let bits = raw.len() as u32 * 8;
    match format {
        'c' => Value::obj(Object::Bytes(raw.to_vec())),
        '?' => Value::bool(unsigned != 0),
        'f' => Value::raw_float(f64::from(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]))),
        'd' => Value::raw_float(f64::from_le_bytes(word)),
        'e' => Value::raw_float(half_to_f64(u16::from_le_bytes([raw[0], raw[1]]))),
        'B' | 'H' | 'I' | 'L' | 'Q' | 'N' | 'P' => match i64::try_from(unsigned) {
            Ok(n) => Value::Int(n),
            Err(_) => Value::from_int(Int::from(BigInt::from(unsigned))),
        },
        _ => {
            // Signed: sign-extend from the item's width.
            let shift = 64 - bits;
            Value::Int(((unsigned << shift) as i64) >> shift)
        }
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((h >> 10) & 0x1f);
    let mantissa = f64::from(h & 0x3ff);
    sign * match exponent {
        0 => mantissa * 2f64.powi(-24),
        31 if mantissa == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mantissa / 1024.0) * 2f64.powi(exponent - 15),
    }
}

/// The bytes storing `value` as an item of `format`, or CPython's error.
pub fn pack(format: char, size: usize, value: &Value) -> Result<Vec<u8>, Value> {
    let invalid_type = || type_error(format!("memoryview: invalid type for format '{format}'"));
    let invalid_value = || value_error(format!("memoryview: invalid value for format '{format}'"));
    match format {
        'c' => match value.object() {
            Some(Object::Bytes(b)) if b.len() == 1 => Ok(b.clone()),
            Some(Object::Bytes(_)) => Err(invalid_value()),
            _ => Err(invalid_type()),
        },
        '?' => Ok(vec![u8::from(value.truthy())]),
        'f' | 'd' | 'e' => {
            let x = match value {
                Value::Float(x) => x.get(),
                _ => ops::int_to_float(&value.as_int().ok_or_else(invalid_type)?),
            };
            Ok(match format {
                'f' => (x as f32).to_le_bytes().to_vec(),
                'd' => x.to_le_bytes().to_vec(),
                _ => return Err(type_error("memoryview: format e not supported")),
            })
        }
        _ => {
            let n = value.as_int().ok_or_else(invalid_type)?;
            let n = n.to_bigint();
            let bits = size * 8;
            let signed = format.is_ascii_lowercase();
            let (low, high) = if signed {
                (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
            } else {
                (BigInt::from(0), (BigInt::from(1) << bits) - 1)
            };
            if n < low || n > high {
                return Err(invalid_value());
            }
            let mut bytes = n.to_signed_bytes_le();
            let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
            bytes.resize(size.max(bytes.len()), fill);
            bytes.truncate(size);
            Ok(bytes)
        }
    }
}

impl MemoryView {
    /// A view of all of `buffer` (a bytes or bytearray), exported by `obj`.
    pub fn whole(buffer: Value, obj: Value, format: char, readonly: bool) -> MemoryView {
        let itemsize = item_size(format).unwrap_or(1);
        let nbytes = buffer.with_bytes(<[u8]>::len).unwrap_or(0);
        MemoryView {
            buffer,
            obj,
            format,
            itemsize,
            start: 0,
            stride: itemsize as isize,
            len: nbytes / itemsize,
            readonly,
            released: Cell::new(false),
        }
    }

    pub fn check(&self) -> Result<(), Value> {
        if self.released.get() { Err(released_error()) } else { Ok(()) }
    }

    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    /// Whether the items lie one after another (`m[::2]` does not).
    pub fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }

    /// Run `f` on all the bytes of the underlying buffer.
    fn with_buffer<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        match self.buffer.object()? {
            Object::Bytes(b) => Some(f(b)),
            Object::ByteArray(b) => Some(f(&b.borrow())),
            _ => None,
        }
    }

    /// Run `f` on the bytes of the items, in order (copied together when not contiguous).
    pub fn with_raw<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        if self.released.get() {
            return None;
        }
        self.with_buffer(|all| {
            let size = self.itemsize;
            if self.contiguous() {
                let end = (self.start + self.len * size).min(all.len());
                f(all.get(self.start.min(end)..end).unwrap_or(&[]))
            } else {
                let mut gathered = Vec::with_capacity(self.len * size);
                for i in 0..self.len {
                    let at = self.offset(i);
                    if let Some(item) = all.get(at..at + size) {
                        gathered.extend_from_slice(item);
                    }
                }
                f(&gathered)
            }
        })
    }

    /// The items as values (`m.tolist()`).
    pub fn items(&self) -> Result<Vec<Value>, Value> {
        self.check()?;
        let size = self.itemsize;
        Ok(self
            .with_raw(|raw| raw.chunks_exact(size).map(|c| unpack(self.format, c)).collect())
            .unwrap_or_default())
    }

    fn index(&self, index: &Value) -> Result<usize, Value> {
        if let Some(Object::Tuple(t)) = index.object()
            && t.is_empty()
        {
            return Err(new_exception(ExcKind::NotImplementedError, "sub-views are not implemented"));
        }
        let i = index.as_int().ok_or_else(|| type_error("memoryview: invalid slice key"))?;
        let i = i.as_i64().ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))?;
        let resolved = if i < 0 { i + self.len as i64 } else { i };
        if resolved < 0 || resolved >= self.len as i64 {
            return Err(index_error("index out of bounds on dimension 1"));
        }
        Ok(resolved as usize)
    }

    fn sliced(&self, start: &Value, stop: &Value, step: &Value) -> Result<MemoryView, Value> {
        let picked = ops::slice_indices(start, stop, step, self.len)?;
        let step = match step {
            Value::None => 1,
            other => other.as_int().and_then(|i| i.as_i64()).unwrap_or(1),
        };
        Ok(MemoryView {
            buffer: self.buffer.clone(),
            obj: self.obj.clone(),
            format: self.format,
            itemsize: self.itemsize,
            start: picked.first().map_or(self.start, |&i| self.offset(i)),
            stride: self.stride * step as isize,
            len: picked.len(),
            readonly: self.readonly,
            released: Cell::new(false),
        })
    }

    /// `m[index]`: an item, or a view of a slice.
    pub fn get_item(&self, index: &Value) -> Result<Value, Value> {
        self.check()?;
        if let Some(Slice { start, stop, step }) = index.as_slice() {
            return Ok(Value::obj(Object::MemoryView(Box::new(self.sliced(start, stop, step)?))));
        }
        let at = self.offset(self.index(index)?);
        let size = self.itemsize;
        self.with_buffer(|all| all.get(at..at + size).map(|raw| unpack(self.format, raw)))
            .flatten()
            .ok_or_else(|| index_error("index out of bounds on dimension 1"))
    }

    /// `m[index] = value`.
    pub fn set_item(&self, index: &Value, value: &Value) -> Result<(), Value> {
        self.check()?;
        if self.readonly {
            return Err(type_error("cannot modify read-only memory"));
        }
        let writes: Vec<(usize, Vec<u8>)> = if let Some(Slice { start, stop, step }) = index.as_slice() {
            let target = self.sliced(start, stop, step)?;
            let (format, source) = match value.object() {
                Some(Object::MemoryView(m)) => {
                    (m.format, m.with_raw(<[u8]>::to_vec).ok_or_else(released_error)?)
                }
                _ => {
                    let bytes = value.bytes_like().ok_or_else(|| {
                        type_error(format!("a bytes-like object is required, not '{}'", value.type_name()))
                    })?;
                    ('B', bytes)
                }
            };
            if format != self.format || source.len() != target.len * self.itemsize {
                return Err(value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            source
                .chunks_exact(self.itemsize)
                .enumerate()
                .map(|(i, c)| (target.offset(i), c.to_vec()))
                .collect()
        } else {
            let at = self.offset(self.index(index)?);
            vec![(at, pack(self.format, self.itemsize, value)?)]
        };
        if let Some(Object::ByteArray(cell)) = self.buffer.object() {
            let mut bytes = cell.borrow_mut();
            for (at, raw) in writes {
                if let Some(place) = bytes.get_mut(at..at + raw.len()) {
                    place.copy_from_slice(&raw);
                }
            }
        }
        Ok(())
    }

    /// `m.cast(format)`: the same bytes as items of another format.
    pub fn cast(&self, format: &str) -> Result<MemoryView, Value> {
        self.check()?;
        let mut chars = format.chars();
        let (Some(new), None) = (chars.next(), chars.next()) else {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        };
        let Some(size) = item_size(new) else {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        };
        if !self.contiguous() {
            return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
        }
        if !is_byte_format(self.format) && !is_byte_format(new) {
            return Err(type_error("memoryview: cannot cast between two non-byte formats"));
        }
        let nbytes = self.len * self.itemsize;
        if !nbytes.is_multiple_of(size) {
            return Err(type_error("memoryview: length is not a multiple of itemsize"));
        }
        Ok(MemoryView {
            buffer: self.buffer.clone(),
            obj: self.obj.clone(),
            format: new,
            itemsize: size,
            start: self.start,
            stride: size as isize,
            len: nbytes / size,
            readonly: self.readonly,
            released: Cell::new(false),
        })
    }

    pub fn copy(&self, readonly: bool) -> MemoryView {
        MemoryView {
            buffer: self.buffer.clone(),
            obj: self.obj.clone(),
            format: self.format,
            itemsize: self.itemsize,
            start: self.start,
            stride: self.stride,
            len: self.len,
            readonly,
            released: Cell::new(false),
        }
    }

    /// The read-only attributes (`m.nbytes`, `m.shape`, ...).
    pub fn attribute(&self, name: &str) -> Option<Result<Value, Value>> {
        let value = match name {
            "obj" => self.obj.clone(),
            "nbytes" => Value::Int((self.len * self.itemsize) as i64),
            "readonly" => Value::bool(self.readonly),
            "itemsize" => Value::Int(self.itemsize as i64),
            "format" => Value::str(self.format.to_string().as_str()),
            "ndim" => Value::Int(1),
            "shape" => Value::tuple(vec![Value::Int(self.len as i64)]),
            "strides" => Value::tuple(vec![Value::Int(self.stride as i64)]),
            "suboffsets" => Value::tuple(Vec::new()),
            "contiguous" | "c_contiguous" | "f_contiguous" => Value::bool(self.contiguous()),
            _ => return None,
        };
        Some(self.check().map(|()| value))
    }
}

/// `memoryview(object)` for a bytes, bytearray or memoryview (an array is the VM's job).
pub fn new(object: &Value) -> Result<MemoryView, Value> {
    match object.object() {
        Some(Object::Bytes(_)) => Ok(MemoryView::whole(object.clone(), object.clone(), 'B', true)),
        Some(Object::ByteArray(_)) => Ok(MemoryView::whole(object.clone(), object.clone(), 'B', false)),
        Some(Object::MemoryView(m)) => {
            m.check()?;
            Ok(m.copy(m.readonly))
        }
        _ => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            object.type_name()
        ))),
    }
}

/// The methods of a memoryview.
pub const METHODS: &[&str] =
    &["tobytes", "tolist", "hex", "release", "cast", "toreadonly", "__enter__", "__exit__"];

/// Call method `name` of memoryview `view` (held by `receiver`); `hex` is the bytes method's.
pub fn call_method(receiver: &Value, view: &MemoryView, name: &str, args: &[Value]) -> Result<Value, Value> {
    match name {
        "release" => {
            view.released.set(true);
            return Ok(Value::None);
        }
        "__exit__" => {
            view.released.set(true);
            return Ok(Value::bool(false));
        }
        _ => view.check()?,
    }
    match name {
        "tobytes" => Ok(Value::obj(Object::Bytes(view.with_raw(<[u8]>::to_vec).unwrap_or_default()))),
        "tolist" => Ok(Value::list(view.items()?)),
        "cast" => {
            let format = args.first().and_then(Value::as_str).ok_or_else(|| {
                type_error(match args.first() {
                    Some(v) => format!("cast() argument 'format' must be str, not {}", v.type_name()),
                    None => "cast() missing required argument 'format' (pos 1)".to_string(),
                })
            })?;
            if args.len() > 1 {
                return Err(new_exception(ExcKind::NotImplementedError, "memoryview: shaped casts"));
            }
            Ok(Value::obj(Object::MemoryView(Box::new(view.cast(format)?))))
        }
        "toreadonly" => Ok(Value::obj(Object::MemoryView(Box::new(view.copy(true))))),
        "__enter__" => Ok(receiver.clone()),
        _ => Err(type_error(format!("memoryview has no method {name}"))),
    }
}

/// The items of a buffer compared by `==`: a memoryview's, or a bytes or bytearray's bytes.
pub fn comparable_items(v: &Value) -> Option<Vec<Value>> {
    match v.object()? {
        Object::MemoryView(m) => m.items().ok(),
        Object::Bytes(b) => Some(b.iter().map(|&x| Value::Int(i64::from(x))).collect()),
        Object::ByteArray(b) => Some(b.borrow().iter().map(|&x| Value::Int(i64::from(x))).collect()),
        _ => None,
    }
}

/// `a == b` where one side is a memoryview: equal items (`None` when the other side is not
/// a buffer, leaving NotImplemented).
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    if let (Some(Object::MemoryView(x)), Some(Object::MemoryView(y))) = (a.object(), b.object())
        && (x.released.get() || y.released.get())
    {
        return Some(ops::is_same(a, b));
    }
    let (x, y) = (comparable_items(a)?, comparable_items(b)?);
    Some(x.len() == y.len() && x.iter().zip(&y).all(|(p, q)| ops::values_equal(p, q)))
}

/// `hash(m)`: a read-only view of bytes hashes as its bytes.
pub fn hash(view: &MemoryView) -> Result<Value, Value> {
    view.check()?;
    if !view.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(view.format) {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(Value::obj(Object::Bytes(view.with_raw(<[u8]>::to_vec).unwrap_or_default())))
}
