//! The sort behind `list.sort()` and `sorted()`: stable, and like CPython's timsort it asks
//! only `a < b` and stops at the first comparison that raises. Rust's `sort_by` cannot be
//! used: Python's `<` need not be a total order (NaN, user types), and the standard sort may
//! panic on an inconsistent comparator.
//!
//! Before sorting, the keys are checked for one common type (int, float, str), as CPython's
//! `unsafe_*_compare` pre-check does, so the usual cases compare without dispatch.

use super::ops;
use super::value::{Object, Value};
use crate::bytecode::opcode::CompareOp;

/// Insertion sort is used below this run length.
const SMALL_RUN: usize = 24;

/// The stable sorted order of `keys`, as indices; with `reverse`, descending, keeping equal
/// keys in their original order (as CPython does). Only the order is made: the caller moves
/// its items (no copy of keys and items in pairs).
pub fn sorted_order(
    keys: &[Value],
    reverse: bool,
    less: &mut dyn FnMut(&Value, &Value) -> Result<bool, Value>,
) -> Result<Vec<usize>, Value> {
    // Descending order: "b < a" sorts descending, and a stable sort keeps equal keys in order.
    let directed = |x: usize, y: usize| if reverse { (y, x) } else { (x, y) };
    // Dense copies of the keys (or of their first items) keep comparisons in cache.
    match uniform_kind(keys) {
        Kind::Int => {
            let ints: Vec<i64> = keys.iter().map(small_int).collect();
            merge_sort(keys.len(), &mut |x, y| {
                let (x, y) = directed(x, y);
                Ok(ints[x] < ints[y])
            })
        }
        Kind::Float => {
            let floats: Vec<f64> = keys.iter().map(float).collect();
            merge_sort(keys.len(), &mut |x, y| {
                let (x, y) = directed(x, y);
                Ok(floats[x] < floats[y])
            })
        }
        Kind::Str => {
            let strs: Vec<&str> = keys.iter().map(|k| k.as_str().unwrap_or_default()).collect();
            merge_sort(keys.len(), &mut |x, y| {
                let (x, y) = directed(x, y);
                Ok(strs[x] < strs[y])
            })
        }
        Kind::TupleOfInts(width) => {
            let flat: Vec<i64> =
                keys.iter().flat_map(|k| tuple_items(k).iter().map(small_int).collect::<Vec<_>>()).collect();
            let row = |i: usize| &flat[i * width..(i + 1) * width];
            merge_sort(keys.len(), &mut |x, y| {
                let (x, y) = directed(x, y);
                Ok(row(x) < row(y))
            })
        }
        Kind::TupleOfIntFirst => {
            let firsts: Vec<i64> = keys.iter().map(|k| small_int(&first_item(k))).collect();
            merge_sort(keys.len(), &mut |x, y| {
                let (x, y) = directed(x, y);
                if firsts[x] != firsts[y] { Ok(firsts[x] < firsts[y]) } else { less(&keys[x], &keys[y]) }
            })
        }
        Kind::Mixed => merge_sort(keys.len(), &mut |x, y| {
            let (x, y) = directed(x, y);
            less(&keys[x], &keys[y])
        }),
    }
}

/// Sort `items` in place when they are all small ints (false, untouched, otherwise): equal
/// small ints cannot be told apart, so neither stability nor an order of indices matters,
/// and the standard sort cannot panic on integers.
pub fn sort_small_ints(items: &mut [Value], reverse: bool) -> bool {
    if !items.iter().all(|v| matches!(v, Value::Int(_))) {
        return false;
    }
    match reverse {
        false => items.sort_unstable_by_key(small_int),
        true => items.sort_unstable_by_key(|v| std::cmp::Reverse(small_int(v))),
    }
    true
}

/// `items` in the given order (a permutation of their indices).
pub fn permuted(items: Vec<Value>, order: &[usize]) -> Vec<Value> {
    // (`Option<Value>` is as large as `Value`: the conversion reuses the vector's memory.)
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots[i].take()).collect()
}

/// `a < b` by Python's rules for built-in values (the VM passes its own, which can run
/// special methods).
pub fn less_than(a: &Value, b: &Value) -> Result<bool, Value> {
    Ok(ops::compare(CompareOp::Lt, a, b)?.truthy())
}

fn small_int(v: &Value) -> i64 {
    if let Value::Int(i) = v { *i } else { 0 }
}

fn float(v: &Value) -> f64 {
    if let Value::Float(f) = v { f.get() } else { 0.0 }
}

fn tuple_items(v: &Value) -> &[Value] {
    match v.object() {
        Some(Object::Tuple(t)) => t,
        _ => &[],
    }
}

fn first_item(v: &Value) -> Value {
    tuple_items(v).first().cloned().unwrap_or(Value::None)
}

enum Kind {
    Int,
    Float,
    Str,
    /// Tuples of this many small ints (like `(priority, index)`), compared as flat rows.
    TupleOfInts(usize),
    /// Non-empty tuples whose first items are all small ints (like `(x % 100, x)`).
    TupleOfIntFirst,
    Mixed,
}

/// The one type all keys share, when it has a direct comparison.
fn uniform_kind(keys: &[Value]) -> Kind {
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        Kind::Int
    } else if keys.iter().all(|k| matches!(k, Value::Float(_))) {
        Kind::Float
    } else if keys.iter().all(|k| matches!(k.object(), Some(Object::Str(_)))) {
        Kind::Str
    } else if let Some(width) = tuple_of_ints_width(keys) {
        Kind::TupleOfInts(width)
    } else if keys
        .iter()
        .all(|k| matches!(k.object(), Some(Object::Tuple(t)) if matches!(t.first(), Some(Value::Int(_)))))
    {
        Kind::TupleOfIntFirst
    } else {
        Kind::Mixed
    }
}

/// The common length of the keys, if all are tuples of that many small ints (at most 4:
/// the flat copy must stay small).
fn tuple_of_ints_width(keys: &[Value]) -> Option<usize> {
    let width = tuple_items(keys.first()?).len();
    let fits = |k: &Value| {
        matches!(k.object(), Some(Object::Tuple(t)) if t.len() == width
            && t.iter().all(|i| matches!(i, Value::Int(_))))
    };
    ((1..=4).contains(&width) && keys.iter().all(fits)).then_some(width)
}

type Before<'a> = dyn FnMut(usize, usize) -> Result<bool, Value> + 'a;

/// The stable order of `n` keys as indices, given "key x sorts before key y": a bottom-up
/// merge sort over insertion-sorted runs.
fn merge_sort(n: usize, before: &mut Before) -> Result<Vec<usize>, Value> {
    let mut order: Vec<usize> = (0..n).collect();
    for run in order.chunks_mut(SMALL_RUN) {
        insertion_sort(run, before)?;
    }
    let mut buffer = vec![0usize; n];
    let mut width = SMALL_RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(&order[start..mid], &order[mid..end], &mut buffer[start..end], before)?;
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    Ok(order)
}

fn insertion_sort(run: &mut [usize], before: &mut Before) -> Result<(), Value> {
    for i in 1..run.len() {
        let mut j = i;
        while j > 0 && before(run[j], run[j - 1])? {
            run.swap(j, j - 1);
            j -= 1;
        }
    }
    Ok(())
}

/// Merge two sorted runs into `out`; on ties the left run goes first (stability).
fn merge(left: &[usize], right: &[usize], out: &mut [usize], before: &mut Before) -> Result<(), Value> {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_right = i == left.len() || (j < right.len() && before(right[j], left[i])?);
        if take_right {
            *slot = right[j];
            j += 1;
        } else {
            *slot = left[i];
            i += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(values: &[i64]) -> Vec<Value> {
        values.iter().map(|&v| Value::Int(v)).collect()
    }

    fn order(keys: &[Value], reverse: bool) -> Vec<usize> {
        sorted_order(keys, reverse, &mut less_than).unwrap()
    }

    #[test]
    fn stable_ascending_and_descending() {
        let keys: Vec<i64> = (0..200).map(|i| (i * 37) % 11).collect();
        for reverse in [false, true] {
            let mut expected: Vec<usize> = (0..keys.len()).collect();
            expected.sort_by_key(|&i| if reverse { -keys[i] } else { keys[i] });
            assert_eq!(order(&ints(&keys), reverse), expected);
        }
    }

    #[test]
    fn nan_keys_do_not_panic() {
        let keys: Vec<Value> =
            [3.0, f64::NAN, 1.0, f64::NAN, 2.0].iter().map(|&f| Value::raw_float(f)).collect();
        assert_eq!(order(&keys, false).len(), 5);
    }

    #[test]
    fn error_stops_the_sort() {
        let keys = vec![Value::Int(1), Value::str("a")];
        assert!(sorted_order(&keys, false, &mut less_than).is_err());
    }

    #[test]
    fn tuples_of_ints_sort_lexicographically_and_stably() {
        let keys: Vec<Value> =
            (0..300i64).map(|i| Value::pair(Value::Int(i % 7), Value::Int(-(i % 5)))).collect();
        let order = order(&keys, false);
        for w in order.windows(2) {
            let (k1, k2) = (&keys[w[0]], &keys[w[1]]);
            assert!(!less_than(k2, k1).unwrap());
            if !less_than(k1, k2).unwrap() {
                assert!(w[0] < w[1], "equal keys keep their order");
            }
        }
    }

    #[test]
    fn permuted_moves_items_into_order() {
        let items = ints(&[10, 20, 30]);
        assert_eq!(permuted(items, &[2, 0, 1]).iter().map(small_int).collect::<Vec<_>>(), vec![30, 10, 20]);
    }
}
