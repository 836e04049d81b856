//! Splitting exception groups: the `split`, `subgroup` and `derive` methods, and the two
//! instructions of `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR). A condition is an
//! exception type, a tuple of them, or a predicate called back in Python. Parts derived from
//! a group keep its traceback, cause and context, as CPython's do.

use super::Vm;
use super::run::exception_matches;
use crate::runtime::exception::{ExcKind, type_error};
use crate::runtime::exception_group::{exceptions_of, is_group, leaves, message_of, new_group};
use crate::runtime::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};

/// What the parts of a split are chosen by.
enum Condition {
    /// An exception type or tuple of them.
    Types(Value),
    /// A function called with each exception (and each group, first).
    Predicate(Value),
    /// These very exceptions (leaves only): for the exceptions `except*` re-raises.
    Leaves(Vec<Value>),
}

/// Is `class` an exception type, or a tuple of them?
fn is_exception_types(class: &Value) -> bool {
    match class.object() {
        Some(Object::Tuple(items)) => items.iter().all(is_exception_types),
        _ => super::classes::exception_class_kind(class).is_some(),
    }
}

impl Vm {
    /// `group.split(condition)`, `group.subgroup(condition)` or `group.derive(excs)`.
    pub fn exception_group_method(
        &mut self,
        group: &Value,
        name: &str,
        args: CallArgs,
    ) -> Result<Value, Value> {
        let [argument] = args.positional.as_slice() else {
            return Err(type_error(format!(
                "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
                args.positional.len()
            )));
        };
        if name == "derive" {
            return new_group(&message_of(group).to_str(), self.collect(argument)?);
        }
        let condition = if is_exception_types(argument) {
            Condition::Types(argument.clone())
        } else if crate::builtins::is_callable(argument) {
            Condition::Predicate(argument.clone())
        } else {
            return Err(type_error("expected a function, exception type or tuple of exception types"));
        };
        let (matched, rest) = self.split_group(group, &condition)?;
        let part = |v: Option<Value>| v.unwrap_or(Value::None);
        Ok(match name {
            "subgroup" => part(matched),
            _ => Value::pair(part(matched), part(rest)),
        })
    }

    fn condition_holds(&mut self, condition: &Condition, exc: &Value) -> Result<bool, Value> {
        match condition {
            Condition::Types(class) => exception_matches(exc, class),
            Condition::Predicate(f) => {
                let result =
                    self.call_value(f, CallArgs { positional: vec![exc.clone()], keywords: Vec::new() })?;
                self.truthy(&result)
            }
            Condition::Leaves(chosen) => Ok(!is_group(exc) && chosen.iter().any(|c| ops::is_same(c, exc))),
        }
    }

    /// The parts of `group` that match `condition` and that do not, each a group derived
    /// from it with the same structure (`None` when empty).
    fn split_group(
        &mut self,
        group: &Value,
        condition: &Condition,
    ) -> Result<(Option<Value>, Option<Value>), Value> {
        self.split_nested(group, condition, 0)
    }

    /// `split_group` for a group `depth` levels inside the one split: as deep a nesting as
    /// the recursion limit allows.
    fn split_nested(
        &mut self,
        group: &Value,
        condition: &Condition,
        depth: usize,
    ) -> Result<(Option<Value>, Option<Value>), Value> {
        if depth + self.frames.len() >= self.recursion_limit {
            return Err(crate::runtime::exception::new_exception(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in exceptiongroup_split_recursive",
            ));
        }
        if self.condition_holds(condition, group)? {
            return Ok((Some(group.clone()), None));
        }
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for exc in exceptions_of(group) {
            if is_group(&exc) {
                let (m, r) = self.split_nested(&exc, condition, depth + 1)?;
                matched.extend(m);
                rest.extend(r);
            } else if self.condition_holds(condition, &exc)? {
                matched.push(exc);
            } else {
                rest.push(exc);
            }
        }
        Ok((self.derived(group, matched)?, self.derived(group, rest)?))
    }

    /// `group.derive(exceptions)` (a class's own `derive` if it has one), with the group's
    /// traceback, cause and context; `None` for no exceptions.
    fn derived(&mut self, group: &Value, exceptions: Vec<Value>) -> Result<Option<Value>, Value> {
        if exceptions.is_empty() {
            return Ok(None);
        }
        let custom = match group.object() {
            Some(Object::Exception(e)) => e.borrow().class.clone(),
            _ => None,
        };
        let part = match custom.and_then(|class| crate::runtime::class::lookup(&class, "derive")) {
            Some(derive) => {
                let args = vec![group.clone(), Value::list(exceptions)];
                self.call_value(&derive, CallArgs { positional: args, keywords: Vec::new() })?
            }
            None => new_group(&message_of(group).to_str(), exceptions)?,
        };
        if let (Some(Object::Exception(from)), Some(Object::Exception(to))) = (group.object(), part.object())
            && !ops::is_same(group, &part)
        {
            let from = from.borrow();
            let mut to = to.borrow_mut();
            to.set_traceback(from.traceback.clone());
            to.cause = from.cause.clone();
            to.context = from.context.clone();
            to.suppress_context = from.suppress_context;
        }
        Ok(Some(part))
    }

    /// CHECK_EG_MATCH: the part of `exc` (an exception group, a naked exception, or None
    /// once all is matched) that an `except* class` clause does not handle, and the part it
    /// does (a group, or None).
    pub(super) fn exception_group_match(
        &mut self,
        exc: Value,
        class: &Value,
    ) -> Result<(Value, Value), Value> {
        let classes = match class.object() {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => vec![class.clone()],
        };
        let catches_groups = classes.iter().any(|c| {
            super::classes::exception_class_kind(c)
                .is_some_and(|k| k.is_subclass_of(ExcKind::BaseExceptionGroup))
        });
        if catches_groups {
            return Err(type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        if matches!(exc, Value::None) {
            return Ok((Value::None, Value::None));
        }
        if !is_group(&exc) {
            if !exception_matches(&exc, class)? {
                return Ok((exc, Value::None));
            }
            // A naked exception is handled as a group of one (a tuple), with its traceback.
            let args = vec![Value::str(""), Value::tuple(vec![exc.clone()])];
            let group = crate::runtime::exception_group::construct(ExcKind::BaseExceptionGroup, args)?;
            if let (Some(Object::Exception(from)), Some(Object::Exception(to))) =
                (exc.object(), group.object())
            {
                to.borrow_mut().set_traceback(from.borrow().traceback.clone());
            }
            return Ok((Value::None, group));
        }
        let (matched, rest) = self.split_group(&exc, &Condition::Types(class.clone()))?;
        Ok((rest.unwrap_or(Value::None), matched.unwrap_or(Value::None)))
    }

    /// PREP_RERAISE_STAR: what a `try`/`except*` statement raises, given the exception it
    /// caught and the list of what its clauses raised or re-raised (and the unhandled rest):
    /// None if nothing; the re-raised parts as one group shaped as the original; new
    /// exceptions grouped with them in a new group.
    pub(super) fn prep_reraise_star(&mut self, original: &Value, raised: &Value) -> Result<Value, Value> {
        let raised: Vec<Value> =
            self.collect(raised)?.into_iter().filter(|e| !matches!(e, Value::None)).collect();
        let Some(first) = raised.first() else { return Ok(Value::None) };
        if !is_group(original) {
            // A naked exception was caught: at most one clause ran.
            return Ok(first.clone());
        }
        let original_leaves = leaves(original);
        let is_reraise = |exc: &Value| {
            is_group(exc) && leaves(exc).iter().all(|l| original_leaves.iter().any(|o| ops::is_same(o, l)))
        };
        let (reraised, new): (Vec<Value>, Vec<Value>) = raised.into_iter().partition(is_reraise);
        let kept = reraised.iter().flat_map(leaves).collect();
        let projection = match reraised.is_empty() {
            true => None,
            false => self.split_group(original, &Condition::Leaves(kept))?.0,
        };
        if new.is_empty() {
            return Ok(projection.unwrap_or(Value::None));
        }
        let mut all = new;
        all.extend(projection);
        new_group("", all)
    }
}
