//! BUILD_SLICE fused with the BINARY_SUBSCR or STORE_SUBSCR after it (unobserved): a list
//! or tuple sliced by ints or None (`perm[k::-1]`, `perm[:k + 1] = items`) without a slice
//! object made and dropped at once. Only cases that cannot fail are fused, so no error is
//! ever raised from the wrong instruction.

use crate::bytecode::opcode::Op;
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};

/// With the `parts` (2 or 3) operands of a BUILD_SLICE on top of `stack`, the container
/// under them and, for a store, the value under that: the subscript `next` done at once, if
/// it is a plain case; false if nothing was done.
pub(super) fn fused(stack: &mut Vec<Value>, parts: usize, next: Op) -> bool {
    let store = next == Op::StoreSubscr;
    let n = stack.len();
    let Some(base) = n.checked_sub(parts + 1 + usize::from(store)) else { return false };
    let operands = &stack[n - parts..];
    let plain = |v: &Value| matches!(v, Value::None | Value::Int(_));
    let (start, stop) = (&operands[0], &operands[1]);
    let step = operands.get(2).unwrap_or(&Value::None);
    if !(plain(start) && plain(stop) && plain(step)) || matches!(step, Value::Int(0)) {
        return false;
    }
    let container = &stack[n - parts - 1];
    let result = match (next, container.object()) {
        (Op::BinarySubscr, Some(Object::List(items))) => {
            ops::slice_items(&items.borrow(), start, stop, step).ok().map(Value::list)
        }
        (Op::BinarySubscr, Some(Object::Tuple(items))) => {
            ops::slice_items(items, start, stop, step).ok().map(Value::tuple)
        }
        // A plain slice (an extended one may fail for a wrong count) given a list or tuple.
        (Op::StoreSubscr, Some(Object::List(list))) if matches!(step, Value::None) => {
            let Some(items) = ops::sequence_items(&stack[base]) else { return false };
            if ops::assign_slice(list, start, stop, step, items).is_err() {
                return false;
            }
            stack.truncate(base);
            return true;
        }
        _ => None,
    };
    let Some(result) = result else { return false };
    stack.truncate(base);
    stack.push(result);
    true
}
