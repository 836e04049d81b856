//! The hidden built-ins that advance `itertools.permutations` and `itertools.combinations`
//! (the classes stay in `stdlib/itertools.py`): one step of CPython's index algorithm, done
//! on the iterator's index lists in place, giving the next tuple (or None when exhausted).
//! Written in Rust because these loops run once per item, and the items are many.

use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// `_permutations_step(state)`: the next permutation, as `permutationsobject`'s `next`
/// computes it, or None when there are no more. `state` is the iterator's list
/// `[pool, r, indices, cycles]`: indices and cycles are None before the first item, and the
/// pool None once exhausted.
pub fn permutations_step(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [state] = args.positional.as_slice() else { return Err(state_error()) };
    let Some(state) = list_of(state) else { return Err(state_error()) };
    let Ok(mut state) = state.try_borrow_mut() else { return Err(state_error()) };
    let [pool_value, Value::Int(r), indices, cycles] = state.as_mut_slice() else {
        return Err(state_error());
    };
    let r = usize::try_from(*r).map_err(|_| state_error())?;
    let Some(pool) = tuple_items(pool_value) else {
        return match pool_value {
            Value::None => Ok(Value::None),
            _ => Err(state_error()),
        };
    };
    let n = pool.len();
    if matches!(indices, Value::None) {
        if r > n {
            *pool_value = Value::None;
            return Ok(Value::None);
        }
        let first = Value::tuple(pool[..r].to_vec());
        *indices = Value::list((0..n as i64).map(Value::Int).collect());
        *cycles = Value::list((0..r).map(|i| Value::Int((n - i) as i64)).collect());
        return Ok(first);
    }
    let (Some(indices), Some(cycles)) = (list_of(indices), list_of(cycles)) else {
        return Err(state_error());
    };
    let (Ok(mut indices), Ok(mut cycles)) = (indices.try_borrow_mut(), cycles.try_borrow_mut()) else {
        return Err(state_error());
    };
    if indices.len() != n || cycles.len() < r {
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
    drop((indices, cycles));
    *pool_value = Value::None;
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
