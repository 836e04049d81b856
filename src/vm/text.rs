//! `str()` and `repr()` that can run Python code: instances of Python classes answer with
//! their `__str__`/`__repr__`, also inside lists, tuples, dicts and sets. Values with no
//! Python class inside take the runtime's own (faster) conversion.

use super::Vm;
use crate::runtime::class;
use crate::runtime::exception::{ExcKind, new_exception, type_error};
use crate::runtime::function::CallArgs;
use crate::runtime::value::{Object, Value};

/// Whether converting `v` to text may need Python code (an instance, or a container).
fn may_run_python(v: &Value) -> bool {
    match v.object() {
        Some(Object::Instance(_) | Object::List(_) | Object::Tuple(_) | Object::Dict(_) | Object::Set(_)) => {
            true
        }
        Some(Object::Exception(e)) => e.borrow().class.is_some(),
        Some(Object::Class(c)) => c.metaclass.is_some(),
        Some(Object::Method { receiver, .. }) => may_run_python(receiver),
        _ => false,
    }
}

/// `str()` or `repr()` (`text`) of the built-in value `base` of an instance `v` of a subclass:
/// a bytearray's names the subclass (`BA(b'x')`), as CPython's names the value's type.
fn base_text(v: &Value, base: &Value, text: impl Fn(&Value) -> String) -> String {
    match base.object() {
        Some(Object::ByteArray(_)) => {
            let own = base.repr();
            format!("{}{}", v.type_name(), own.strip_prefix("bytearray").unwrap_or(&own))
        }
        _ => text(base),
    }
}

impl crate::builtins::str_format::Render for Vm {
    fn text(&mut self, value: &Value, conversion: char) -> Result<String, Value> {
        Vm::text(self, value, conversion)
    }

    fn format(&mut self, value: &Value, spec: &str) -> Result<String, Value> {
        Vm::format(self, value, spec)
    }
}

impl Vm {
    /// `format(v, spec)`: a Python class's `__format__` (a metaclass's for a class), else (for
    /// an instance) `str(v)` when the spec is empty, else the built-in formatting.
    pub fn format(&mut self, v: &Value, spec: &str) -> Result<String, Value> {
        let python_class = match v.object() {
            Some(Object::Instance(i)) => Some(&i.class()),
            Some(Object::Class(c)) => c.metaclass.as_ref(),
            _ => None,
        };
        if let Some(python_class) = python_class {
            if let Some(method) = class::lookup(python_class, "__format__") {
                let args = CallArgs { positional: vec![v.clone(), Value::str(spec)], keywords: Vec::new() };
                let result = self.call_value(&method, args)?;
                return match result.as_str() {
                    Some(text) => Ok(text.to_string()),
                    None => {
                        Err(type_error(format!("__format__ must return a str, not {}", result.type_name())))
                    }
                };
            }
            if class::base_value(v).is_none() {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    v.type_name()
                )));
            }
        }
        if spec.is_empty() {
            // `format(v, "")` is `str(v)`, whose items (a list's, say) may have Python `__repr__`s.
            return self.to_str(v);
        }
        crate::builtins::format::format_value(class::base_value(v).unwrap_or(v), spec)
    }

    /// `str()` (`'s'`), `repr()` (`'r'`) or `ascii()` (`'a'`) of `v`, for the formatting code.
    pub fn text(&mut self, v: &Value, conversion: char) -> Result<String, Value> {
        match conversion {
            's' => self.to_str(v),
            'r' => self.repr(v),
            _ => Ok(crate::builtins::ascii(&self.repr(v)?)),
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> Result<String, Value> {
        if !may_run_python(v) {
            return Ok(v.to_str());
        }
        match self.special_text(v, "__str__")? {
            Some(text) => Ok(text),
            // (str, bytes and bytearray have a `__str__` of their own, which a Python
            // `__repr__` does not change.)
            None if let Some(base) = class::base_value(v)
                && matches!(
                    base.object(),
                    Some(Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_))
                ) =>
            {
                Ok(base_text(v, base, Value::to_str))
            }
            None if matches!(v.object(), Some(Object::Exception(_))) => Ok(v.to_str()),
            None => self.repr(v),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> Result<String, Value> {
        if !may_run_python(v) {
            return Ok(v.repr());
        }
        if let Some(text) = self.special_text(v, "__repr__")? {
            return Ok(text);
        }
        if let Some(base) = class::base_value(v) {
            let base = base.clone();
            return match base.object() {
                Some(Object::ByteArray(_)) => Ok(base_text(v, &base, Value::repr)),
                Some(Object::Set(_) | Object::FrozenSet(_)) => self.subclass_set_repr(v, &base),
                _ => self.repr(&base),
            };
        }
        // A container met again while its own repr is built prints as `[...]`/`{...}`.
        let id = match v {
            Value::Obj(o) => crate::runtime::value::address(o),
            _ => 0,
        };
        if self.repr_active.contains(&id) {
            return Ok(match v.object() {
                Some(Object::List(_)) => "[...]".into(),
                Some(Object::Tuple(_)) => "(...)".into(),
                _ => "{...}".into(),
            });
        }
        // Each nested container's repr takes Rust stack, so the depth is bounded as Python's.
        if self.repr_active.len() + self.frames.len() >= self.recursion_limit {
            return Err(new_exception(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_active.push(id);
        let result = self.container_repr(v);
        self.repr_active.pop();
        result
    }

    /// The repr of an instance `v` of a subclass of set or frozenset (built-in value `base`):
    /// `S({1, 2})`, `S()` when empty, naming the subclass as CPython's does.
    fn subclass_set_repr(&mut self, v: &Value, base: &Value) -> Result<String, Value> {
        let members: Vec<Value> = match base.object() {
            Some(Object::Set(s)) => s.borrow().items().cloned().collect(),
            Some(Object::FrozenSet(t)) => t.items().cloned().collect(),
            _ => Vec::new(),
        };
        if members.is_empty() {
            return Ok(format!("{}()", v.type_name()));
        }
        let parts = members.iter().map(|m| self.repr(m)).collect::<Result<Vec<_>, _>>()?;
        Ok(format!("{}({{{}}})", v.type_name(), parts.join(", ")))
    }

    fn container_repr(&mut self, v: &Value) -> Result<String, Value> {
        let items = |vm: &mut Vm, items: &[Value]| -> Result<Vec<String>, Value> {
            items.iter().map(|x| vm.repr(x)).collect()
        };
        match v.object() {
            Some(Object::List(l)) => {
                let snapshot = l.borrow().clone();
                Ok(format!("[{}]", items(self, &snapshot)?.join(", ")))
            }
            Some(Object::Tuple(t)) if t.len() == 1 => Ok(format!("({},)", self.repr(&t[0])?)),
            Some(Object::Tuple(t)) => Ok(format!("({})", items(self, t)?.join(", "))),
            Some(Object::Dict(d)) => {
                let pairs: Vec<(Value, Value)> =
                    d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
                let mut parts = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            Some(Object::Set(s)) if !s.borrow().is_empty() => {
                let members: Vec<Value> = s.borrow().items().cloned().collect();
                Ok(format!("{{{}}}", items(self, &members)?.join(", ")))
            }
            Some(Object::Method { func, receiver }) => {
                let name = crate::runtime::value::method_name(func);
                Ok(format!("<bound method {name} of {}>", self.repr(receiver)?))
            }
            _ => Ok(v.repr()),
        }
    }

    /// The result of a Python class's `__str__`/`__repr__` for `v`, if its class defines one.
    fn special_text(&mut self, v: &Value, name: &str) -> Result<Option<String>, Value> {
        let class = match v.object() {
            Some(Object::Instance(i)) => i.class(),
            Some(Object::Exception(e)) => match &e.borrow().class {
                Some(c) => c.clone(),
                None => return Ok(None),
            },
            Some(Object::Class(c)) => match &c.metaclass {
                Some(m) => m.clone(),
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        let Some(method) = class::lookup(&class, name) else { return Ok(None) };
        let result =
            self.call_value(&method, CallArgs { positional: vec![v.clone()], keywords: Vec::new() })?;
        match result.as_str() {
            Some(text) => Ok(Some(text.to_string())),
            None => Err(type_error(format!("{name} returned non-string (type {})", result.type_name()))),
        }
    }
}
