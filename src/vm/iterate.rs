//! Advancing iterators, including those that call back into Python (`map`, `filter`).

use super::Vm;
use crate::runtime::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::{Iter, Object, Value};

impl Vm {
    /// The next item of an iterator, or `None` when it is exhausted.
    pub fn next_item(&mut self, iterator: &Value) -> Result<Option<Value>, Value> {
        let callback = match iterator.object() {
            Some(Object::Iterator(state)) => match &*state.borrow() {
                Iter::Map { func, inners } => Some((func.clone(), inners.clone(), true)),
                Iter::Filter { func, inner } => Some((func.clone(), vec![inner.clone()], false)),
                _ => None,
            },
            _ => None,
        };
        let Some((func, inners, is_map)) = callback else { return ops::next(iterator) };
        loop {
            let mut args = Vec::with_capacity(inners.len());
            for inner in &inners {
                match self.next_item(inner)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            if is_map {
                return self.call_value(&func, CallArgs { positional: args, keywords: Vec::new() }).map(Some);
            }
            let item = args.pop().unwrap_or(Value::None);
            let keep = match func {
                Value::None => item.truthy(),
                _ => self
                    .call_value(&func, CallArgs { positional: vec![item.clone()], keywords: Vec::new() })?
                    .truthy(),
            };
            if keep {
                return Ok(Some(item));
            }
        }
    }
}
