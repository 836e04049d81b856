//! Binding the arguments of built-in methods that CPython writes in Python (`random.py`'s
//! `Random.randrange(self, start, stop=None, step=1)`), with the messages a Python function
//! gives: the receiver counts as an argument, parameters can be given by keyword, and
//! keyword-only parameters come after a `*`.

use crate::runtime::exception::type_error;
use crate::runtime::function::CallArgs;
use crate::runtime::value::Value;

/// The signature of a method: its qualified name, positional parameters (the first
/// `required` of them without defaults) and keyword-only parameters (all with defaults).
pub struct Signature {
    pub name: &'static str,
    pub positional: &'static [&'static str],
    pub required: usize,
    pub keyword_only: &'static [&'static str],
}

impl Signature {
    /// The arguments by parameter (positional ones first, then keyword-only), `None` where
    /// the default applies.
    pub fn bind(&self, args: CallArgs) -> Result<Vec<Option<Value>>, Value> {
        let name = self.name;
        let count = self.positional.len();
        let given = args.positional.len();
        if given > count {
            // As in CPython's message for a method, `self` is counted.
            let takes = if self.required < count {
                format!("from {} to {} positional arguments", self.required + 1, count + 1)
            } else {
                format!("{} positional argument{}", count + 1, if count == 0 { "" } else { "s" })
            };
            let were = if given + 1 == 1 { "was" } else { "were" };
            return Err(type_error(format!("{name}() takes {takes} but {} {were} given", given + 1)));
        }
        let mut bound: Vec<Option<Value>> = vec![None; count + self.keyword_only.len()];
        for (slot, value) in bound.iter_mut().zip(args.positional) {
            *slot = Some(value);
        }
        for (key, value) in args.keywords {
            let index = self.positional.iter().chain(self.keyword_only).position(|p| *p == key);
            match index {
                Some(i) if bound[i].is_some() => {
                    return Err(type_error(format!("{name}() got multiple values for argument '{key}'")));
                }
                Some(i) => bound[i] = Some(value),
                None => {
                    return Err(type_error(format!("{name}() got an unexpected keyword argument '{key}'")));
                }
            }
        }
        let missing: Vec<String> = (0..self.required)
            .filter(|&i| bound[i].is_none())
            .map(|i| format!("'{}'", self.positional[i]))
            .collect();
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                crate::vm::call::join_names(&missing)
            )));
        }
        Ok(bound)
    }
}

/// The type of a wrong argument as CPython's "must be X, not Y" messages name it (`None` for
/// None, not `NoneType`).
pub fn argument_type_name(value: &Value) -> &'static str {
    if matches!(value, Value::None) { "None" } else { value.type_name() }
}
