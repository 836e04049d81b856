//! CALL_METHOD of the commonest methods of built-in values, without `call_method`'s general
//! dispatch: the list and dict methods of `builtins::direct_methods` on their arguments
//! where they lie on the value stack, and a str's methods with their arguments moved into a
//! recycled list.
//!
//! Out of line on purpose: inlined into the run loop (as the profile-guided build did), the
//! str methods' code made every other instruction slower (deltablue +20% user time).

use super::Vm;
use crate::builtins::{direct_methods, str_methods};
use crate::runtime::exception::ExcKind;
use crate::runtime::exception::new_exception;
use crate::runtime::function::CallArgs;
use crate::runtime::value::{Object, Value};

impl Vm {
    /// The method call whose receiver and name lie at `at - 1` and `at` of the top frame's
    /// value stack, the arguments above them, when it is one of those above: `Some` once
    /// done (the result pushed in their place, or the exception to raise), `None` for the
    /// general way, with nothing moved.
    #[inline(never)]
    pub(super) fn call_builtin_method(&mut self, at: usize) -> Option<Result<(), Value>> {
        let stack = &mut self.frames.last_mut()?.stack;
        let name = stack.get(at)?.as_str()?;
        let (receiver, args) = (stack.get(at - 1)?, stack.get(at + 1..)?);
        if !direct_methods::needs_canonical_key(receiver, args)
            && let Some(result) = direct_methods::call(receiver, name, args)
        {
            stack.truncate(at - 1);
            return Some(result.map(|v| stack.push(v)));
        }
        if !matches!(receiver.object(), Some(Object::Str(_))) || name.starts_with('_') {
            return None;
        }
        let mut positional = std::mem::take(&mut self.spare_args);
        positional.extend(stack.drain(at + 1..));
        let (name, receiver) = (stack.pop()?, stack.pop()?);
        if crate::runtime::generator::has_unclosed() {
            self.close_unreachable();
        }
        let args = CallArgs { positional, keywords: Vec::new() };
        let result = match (receiver.object(), name.as_str()) {
            (Some(Object::Str(text)), Some(name)) => str_methods::call(self, text, name, &args),
            _ => Err(new_exception(ExcKind::RuntimeError, "internal error: value stack underflow")),
        };
        let mut positional = args.positional;
        positional.clear();
        self.spare_args = positional;
        Some(result.map(|v| self.frame().stack.push(v)))
    }
}
