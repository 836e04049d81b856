//! Sizes a program asks for outright (`[0] * n`, `bytes(n)`, `' ' * n`, `list(range(n))`, a
//! format width): when the result could not fit in the machine's memory, `MemoryError`, as
//! CPython raises when its allocation fails, instead of Rust's abort or the OOM killer.

use super::exception::{ExcKind, exception_with_args, new_exception};
use super::int::Int;
use super::value::Value;

/// A `MemoryError` with no message, as CPython's.
pub fn memory_error() -> Value {
    exception_with_args(ExcKind::MemoryError, Vec::new())
}

/// Whether `count` items of `item_size` bytes may be allocated: not past the machine's
/// physical memory (then a MemoryError).
pub fn check(count: usize, item_size: usize) -> Result<(), Value> {
    match count.checked_mul(item_size.max(1)) {
        Some(bytes) if (bytes as u64) <= crate::vm::host::physical_memory() => Ok(()),
        _ => Err(memory_error()),
    }
}

/// CPython's OverflowError for a length or size past what an `isize` holds.
pub fn ssize_overflow() -> Value {
    new_exception(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
}

/// Whether a list of `len` items may be made: CPython's OverflowError when `len` is not an
/// `isize`, else `check`.
pub fn check_length(len: Int) -> Result<(), Value> {
    let len = len.as_i64().ok_or_else(ssize_overflow)?;
    check(len.max(0) as usize, std::mem::size_of::<Value>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_past_memory_are_refused() {
        assert!(check(1 << 20, 8).is_ok());
        assert!(check(usize::MAX / 2, 16).is_err());
        assert!(check(1 << 62, 1).is_err());
    }
}
