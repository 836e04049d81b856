//! The sequence methods of `random.Random`: `choice`, `shuffle`, `sample` and `choices`, with
//! CPython 3.11's draws (so the same picks for the same seed) and its error messages. Items
//! are read and written through the VM, so instances with `__len__`/`__getitem__` work; the
//! generator is borrowed only while drawing, never across a call back into Python.

use std::cell::RefCell;
use std::collections::HashSet;

use super::math::real;
use super::random::RandomState;
use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::exception::{index_error, type_error, value_error};
use crate::runtime::function::BuiltinResult;
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

pub fn choice(vm: &mut Vm, state: &RefCell<RandomState>, seq: &Value) -> BuiltinResult {
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(index_error("Cannot choose from an empty sequence"));
    }
    let i = state.borrow_mut().below_usize(n);
    vm.get_item(seq, &Value::Int(i as i64))
}

/// Fisher-Yates from the end, as CPython: `j = randbelow(i + 1)` for `i` from `n - 1` down.
pub fn shuffle(vm: &mut Vm, state: &RefCell<RandomState>, x: &Value) -> BuiltinResult {
    if let Some(Object::List(items)) = x.object() {
        let mut items = items.borrow_mut();
        let mut s = state.borrow_mut();
        for i in (1..items.len()).rev() {
            let j = s.below_usize(i + 1);
            items.swap(i, j);
        }
        return Ok(Value::None);
    }
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = state.borrow_mut().below_usize(i + 1);
        let (a, b) = (Value::Int(i as i64), Value::Int(j as i64));
        let (at_i, at_j) = (vm.get_item(x, &a)?, vm.get_item(x, &b)?);
        vm.set_item(x, &a, Some(at_j))?;
        vm.set_item(x, &b, Some(at_i))?;
    }
    Ok(Value::None)
}

/// Whether `v` is a `collections.abc.Sequence` among the built-in types.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v.object(),
        Some(Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::Range(_))
    )
}

/// `sample(population, k, *, counts=None)`. Small populations are copied to a pool that
/// shrinks as items are picked; large ones are indexed at random, remembering the picks in a
/// set (CPython's choice between the two, by its estimate of the set's size).
pub fn sample(
    vm: &mut Vm,
    state: &RefCell<RandomState>,
    population: &Value,
    k: &Value,
    counts: Option<&Value>,
) -> BuiltinResult {
    if !is_sequence(population) {
        return Err(type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = vm.len(population)?;
    if let Some(counts) = counts.filter(|c| !matches!(c, Value::None)) {
        return sample_counts(vm, state, population, n, k, counts);
    }
    let Some(k) = k.as_int() else {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", k.type_name())));
    };
    let k = match k.as_i64() {
        Some(k) if (0..=n as i64).contains(&k) => k as usize,
        _ => return Err(value_error("Sample larger than population or is negative")),
    };
    let mut result = Vec::with_capacity(k);
    if n <= set_size(k) {
        let mut pool = vm.collect(population)?;
        let mut s = state.borrow_mut();
        for i in 0..k {
            let j = s.below_usize(n - i);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = HashSet::with_capacity(k);
        for _ in 0..k {
            let mut s = state.borrow_mut();
            let mut j = s.below_usize(n);
            while !selected.insert(j) {
                j = s.below_usize(n);
            }
            drop(s);
            result.push(vm.get_item(population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::list(result))
}

/// CPython's estimate of a set's size for `k` picks, against a list of the population:
/// `21 + 4 ** ceil(log(3k, 4))` for `k > 5`.
fn set_size(k: usize) -> usize {
    let mut size = 21usize;
    if k > 5 {
        let exponent = ((k * 3) as f64).ln() / 4f64.ln();
        size = size.saturating_add(4usize.checked_pow(exponent.ceil() as u32).unwrap_or(usize::MAX));
    }
    size
}

/// `sample` with `counts`: a sample of `range(total)` mapped back through the running totals.
fn sample_counts(
    vm: &mut Vm,
    state: &RefCell<RandomState>,
    population: &Value,
    n: usize,
    k: &Value,
    counts: &Value,
) -> BuiltinResult {
    let mut cumulative = accumulate(vm, counts)?;
    if cumulative.len() != n {
        return Err(value_error("The number of counts does not match the population"));
    }
    let total = cumulative.pop().unwrap_or(Value::Int(0));
    let Some(total) = total.as_int().filter(|_| !matches!(total, Value::Bool(_))) else {
        return Err(type_error("Counts must be integers"));
    };
    if total.is_negative() || total.is_zero() {
        return Err(value_error("Total of counts must be greater than zero"));
    }
    let range = crate::runtime::range::Range::new(&[Value::from_int(total)])?;
    let selections = sample(vm, state, &Value::obj(Object::Range(Box::new(range))), k, None)?;
    let mut result = Vec::new();
    for s in vm.collect(&selections)? {
        let position = bisect_right(&cumulative, &s, cumulative.len())?;
        result.push(vm.get_item(population, &Value::Int(position as i64))?);
    }
    Ok(Value::list(result))
}

/// `bisect.bisect_right(sorted[..hi], x)`: where `x` goes after the items equal to it.
fn bisect_right(sorted: &[Value], x: &Value, hi: usize) -> Result<usize, Value> {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if ops::compare(CompareOp::Lt, x, &sorted[mid])?.truthy() {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `list(itertools.accumulate(values))`, with Python's `+`.
fn accumulate(vm: &mut Vm, values: &Value) -> Result<Vec<Value>, Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in vm.collect(values)? {
        let next = match out.last() {
            Some(total) => ops::binary_op(BinaryOp::Add, total, &v)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`: arguments already bound.
pub fn choices(vm: &mut Vm, state: &RefCell<RandomState>, bound: &[Option<Value>]) -> BuiltinResult {
    let population = bound[0].clone().unwrap_or(Value::None);
    let some = |i: usize| bound[i].clone().filter(|v| !matches!(v, Value::None));
    let (weights, cum_weights) = (some(1), some(2));
    let k = match bound[3].as_ref().map(|k| (k, k.as_int())) {
        None => 1,
        Some((_, Some(k))) => k.as_i64().unwrap_or(0).max(0) as usize,
        Some((k, None)) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                k.type_name()
            )));
        }
    };
    let n = vm.len(&population)?;
    let cumulative = match (weights, cum_weights) {
        (None, None) => {
            let mut result = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (state.borrow_mut().random() * n as f64).floor();
                result.push(vm.get_item(&population, &Value::Int(i as i64))?);
            }
            return Ok(Value::list(result));
        }
        (Some(_), Some(_)) => return Err(type_error("Cannot specify both weights and cumulative weights")),
        (Some(weights), None) => match accumulate(vm, &weights) {
            Err(_) if weights.as_int().is_some() => {
                return Err(type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    weights.repr()
                )));
            }
            other => other?,
        },
        (None, Some(cum_weights)) => vm.collect(&cum_weights)?,
    };
    if cumulative.len() != n {
        return Err(value_error("The number of weights does not match the population"));
    }
    let last = cumulative.last().ok_or_else(|| index_error("list index out of range"))?;
    let total = real(&ops::binary_op(BinaryOp::Add, last, &Value::raw_float(0.0))?)?;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let mut result = Vec::with_capacity(k);
    for _ in 0..k {
        let x = Value::raw_float(state.borrow_mut().random() * total);
        let i = bisect_right(&cumulative, &x, n - 1)?;
        result.push(vm.get_item(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(result))
}
