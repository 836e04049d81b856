//! `range` objects with arbitrary-precision bounds (`range(10**20)`), computed as CPython's
//! `rangeobject.c` does: length, indexing, slicing, membership and equality never iterate.

use super::exception::{index_error, type_error, value_error};
use super::int::Int;
use super::value::{Iter, Value};

#[derive(Clone, Debug)]
pub struct Range {
    pub start: Int,
    pub stop: Int,
    /// Never zero (the constructor refuses it).
    pub step: Int,
}

/// An int argument of `range()` or of a slice, with CPython's error for other types.
fn as_index(v: &Value) -> Result<Int, Value> {
    v.as_int()
        .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())))
}

impl Range {
    /// `range(*args)`.
    pub fn new(args: &[Value]) -> Result<Range, Value> {
        // (The count is checked before the arguments are, as in CPython.)
        let (start, stop, step) = match args {
            [stop] => (Int::Small(0), as_index(stop)?, Int::Small(1)),
            [start, stop] => (as_index(start)?, as_index(stop)?, Int::Small(1)),
            [start, stop, step] => (as_index(start)?, as_index(stop)?, as_index(step)?),
            [] => return Err(type_error("range expected at least 1 argument, got 0")),
            other => {
                return Err(type_error(format!("range expected at most 3 arguments, got {}", other.len())));
            }
        };
        if step.is_zero() {
            return Err(value_error("range() arg 3 must not be zero"));
        }
        Ok(Range { start, stop, step })
    }

    /// The number of items (CPython's `compute_range_length`).
    pub fn len(&self) -> Int {
        let (lo, hi, step) = if self.step.is_negative() {
            (&self.stop, &self.start, self.step.neg())
        } else {
            (&self.start, &self.stop, self.step.clone())
        };
        if lo >= hi {
            return Int::Small(0);
        }
        let span = hi.sub(lo).sub(&Int::Small(1));
        span.floor_div(&step).unwrap_or(Int::Small(0)).add(&Int::Small(1))
    }

    pub fn is_empty(&self) -> bool {
        self.len().is_zero()
    }

    /// `len(r)`, which must fit in a C `ssize_t`.
    pub fn len_ssize(&self) -> Result<usize, Value> {
        self.len().as_i64().map(|n| n as usize).ok_or_else(super::memory::ssize_overflow)
    }

    /// The item at position `i`, which must be in range.
    fn item(&self, i: &Int) -> Int {
        self.start.add(&i.mul(&self.step))
    }

    /// `r[index]`, with negative indices counting from the end.
    pub fn get(&self, index: &Value) -> Result<Int, Value> {
        let Some(i) = index.as_int() else {
            return Err(type_error(format!(
                "range indices must be integers or slices, not {}",
                index.type_name()
            )));
        };
        let len = self.len();
        let i = if i.is_negative() { i.add(&len) } else { i };
        if i.is_negative() || i >= len {
            return Err(index_error("range object index out of range"));
        }
        Ok(self.item(&i))
    }

    /// `r[start:stop:step]`: another range (CPython's `compute_slice`).
    pub fn slice(&self, start: &Value, stop: &Value, step: &Value) -> Result<Range, Value> {
        let (first, last, by) = slice_long_indices(start, stop, step, &self.len())?;
        Ok(Range { start: self.item(&first), stop: self.item(&last), step: by.mul(&self.step) })
    }

    /// Whether the int `x` is one of the items.
    pub fn contains_int(&self, x: &Int) -> bool {
        let in_bounds = if self.step.is_negative() {
            x <= &self.start && x > &self.stop
        } else {
            x >= &self.start && x < &self.stop
        };
        in_bounds && x.sub(&self.start).modulo(&self.step).is_ok_and(|r| r.is_zero())
    }

    /// `x in r`: ints by arithmetic; other values by equality with the items, which only an
    /// integral float can satisfy.
    pub fn contains(&self, x: &Value) -> bool {
        match (x.as_int(), x) {
            (Some(i), _) => self.contains_int(&i),
            (None, Value::Float(f)) if f.get().is_finite() && f.get().fract() == 0.0 => {
                format!("{:.0}", f.get())
                    .parse::<num_bigint::BigInt>()
                    .is_ok_and(|b| self.contains_int(&Int::from(b)))
            }
            _ => false,
        }
    }

    /// The position of `x`, if it is an item.
    pub fn position(&self, x: &Value) -> Option<Int> {
        if !self.contains(x) {
            return None;
        }
        let i = match x {
            Value::Float(f) => Int::from(format!("{:.0}", f.get()).parse::<num_bigint::BigInt>().ok()?),
            _ => x.as_int()?,
        };
        i.sub(&self.start).floor_div(&self.step).ok()
    }

    /// Ranges are equal when they produce the same items.
    pub fn same_items(&self, other: &Range) -> bool {
        let len = self.len();
        len == other.len()
            && (len.is_zero()
                || (self.start == other.start && (len == Int::Small(1) || self.step == other.step)))
    }

    /// The values CPython hashes for a range: `(len, start, step)`, with `start` and `step`
    /// replaced by `None` where they do not affect the items.
    pub fn hash_key(&self) -> Vec<Value> {
        let len = self.len();
        let (start, step) = match &len {
            Int::Small(0) => (Value::None, Value::None),
            Int::Small(1) => (Value::from_int(self.start.clone()), Value::None),
            _ => (Value::from_int(self.start.clone()), Value::from_int(self.step.clone())),
        };
        vec![Value::from_int(len), start, step]
    }

    /// `reversed(r)`: the same items, last first.
    pub fn reversed(&self) -> Range {
        let last = self.item(&self.len().sub(&Int::Small(1)));
        Range { start: last, stop: self.start.sub(&self.step), step: self.step.neg() }
    }

    /// An iterator over the items: machine ints when the bounds allow, else big ints.
    pub fn iter(&self) -> Iter {
        match (self.start.as_i64(), self.stop.as_i64(), self.step.as_i64()) {
            (Some(next), Some(stop), Some(step)) => Iter::Range { next, stop, step },
            _ => Iter::LongRange { next: self.start.clone(), remaining: self.len(), step: self.step.clone() },
        }
    }

    pub fn repr(&self) -> String {
        if self.step == Int::Small(1) {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }
}

/// The start, stop and step a slice selects from a sequence of `len` items, clamped as
/// CPython's `_PySlice_GetLongIndices` does (for lengths beyond machine ints).
pub fn slice_long_indices(
    start: &Value,
    stop: &Value,
    step: &Value,
    len: &Int,
) -> Result<(Int, Int, Int), Value> {
    let get = |v: &Value| -> Result<Option<Int>, Value> {
        match v {
            Value::None => Ok(None),
            _ => v.as_int().map(Some).ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    };
    let step = get(step)?.unwrap_or(Int::Small(1));
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let lower = if backwards { Int::Small(-1) } else { Int::Small(0) };
    let upper = if backwards { len.sub(&Int::Small(1)) } else { len.clone() };
    let clamp = |v: Option<Int>, default: &Int| match v {
        None => default.clone(),
        Some(i) if i.is_negative() => i.add(len).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let (start_default, stop_default) = if backwards { (&upper, &lower) } else { (&lower, &upper) };
    Ok((clamp(get(start)?, start_default), clamp(get(stop)?, stop_default), step))
}
