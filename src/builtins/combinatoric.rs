//! The hidden built-ins that advance `itertools.permutations` and `itertools.combinations`
//! (the classes stay in `stdlib/itertools.py`): one step of CPython's index algorithm, done
//! on the iterator's index lists in place, giving the next tuple (or None when exhausted).
//! Written in Rust because these loops run once per item, and the items are many.

use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// `_permutations_step(pool, r, indices, cycles)`: after the first permutation (made in
/// Python), the next one, as `permutationsobject`'s `next` computes it.
pub fn permutations_step(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [pool, Value::Int(r), indices, cycles] = args.positional.as_slice() else {
        return Err(state_error());
    };
    let (Some(pool), Some(indices), Some(cycles)) = (tuple_items(pool), list_of(indices), list_of(cycles))
    else {
        return Err(state_error());
    };
    let (Ok(mut indices), Ok(mut cycles)) = (indices.try_borrow_mut(), cycles.try_borrow_mut()) else {
        return Err(state_error());
    };
    let (n, r) = (indices.len(), *r as usize);
    if r > n || cycles.len() < r || pool.len() < n {
        return Err(state_error());
    }
    for i in (0..r).rev() {
        let cycle = int_at(&cycles, i)? - 1;
        if cycle == 0 {
            // indices[i:] = indices[i + 1:] + indices[i:i + 1]
            indices[i..].rotate_left(1);
            cycles[i] = Value::Int((n - i) as i64);
        } else {
            cycles[i] = Value::Int(cycle);
            let j = usize::try_from(cycle).ok().filter(|j| *j <= n).ok_or_else(state_error)?;
            indices.swap(i, n - j);
            return pick(pool, &indices[..r]);
        }
    }
    Ok(Value::None)
}

/// `_combinations_step(pool, r, indices)`: after the first combination (made in Python),
/// the next one, as `combinationsobject`'s `next` computes it.
pub fn combinations_step(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [pool, Value::Int(r), indices] = args.positional.as_slice() else {
        return Err(state_error());
    };
    let (Some(pool), Some(indices)) = (tuple_items(pool), list_of(indices)) else {
        return Err(state_error());
    };
    let Ok(mut indices) = indices.try_borrow_mut() else { return Err(state_error()) };
    let (n, r) = (pool.len() as i64, *r);
    if r > n || indices.len() as i64 != r {
        return Err(state_error());
    }
    let mut i = r - 1;
    while i >= 0 && int_at(&indices, i as usize)? == i + n - r {
        i -= 1;
    }
    if i < 0 {
        return Ok(Value::None);
    }
    let i = i as usize;
    let first = int_at(&indices, i)? + 1;
    for (k, slot) in indices[i..].iter_mut().enumerate() {
        *slot = Value::Int(first + k as i64);
    }
    pick(pool, &indices)
}

/// The tuple of `pool[k]` for each index `k`.
fn pick(pool: &[Value], indices: &[Value]) -> BuiltinResult {
    let items = indices
        .iter()
        .map(|k| match k {
            Value::Int(k) => pool.get(*k as usize).cloned().ok_or_else(state_error),
            _ => Err(state_error()),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Value::tuple(items))
}

fn int_at(list: &[Value], i: usize) -> Result<i64, Value> {
    match list.get(i) {
        Some(Value::Int(v)) => Ok(*v),
        _ => Err(state_error()),
    }
}

fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v.object() {
        Some(Object::Tuple(items)) => Some(items),
        _ => None,
    }
}

fn list_of(v: &Value) -> Option<&std::cell::RefCell<Vec<Value>>> {
    match v.object() {
        Some(Object::List(items)) => Some(items),
        _ => None,
    }
}

/// The iterator's state was tampered with (it is kept in private attributes).
#[cold]
fn state_error() -> Value {
    type_error("invalid itertools iterator state")
}
