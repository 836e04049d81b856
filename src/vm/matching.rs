//! The checks behind `match` statements (compiled in `compiler/patterns.rs`), as CPython
//! 3.11's `match_class` and `match_keys` make them: which values sequence and mapping
//! patterns apply to, the values of a mapping for a tuple of keys, and the attributes a
//! class pattern matches its sub-patterns against (positional ones named by
//! `__match_args__`).

use super::Vm;
use crate::runtime::class;
use crate::runtime::class::class_name;
use crate::runtime::exception::{ExcKind, type_error, value_error};
use crate::runtime::ops;
use crate::runtime::value::{Key, Object, Value};

/// Built-in types whose one positional sub-pattern matches the whole subject (`int(x)`),
/// CPython's `_Py_TPFLAGS_MATCH_SELF`.
const MATCH_SELF: &[&str] =
    &["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

/// Whether a sequence pattern applies to `v`: not to str, bytes or bytearray. Instances of
/// subclasses of list and tuple count, as does `collections.deque`.
pub fn is_sequence(v: &Value) -> bool {
    let v = class::base_value(v).unwrap_or(v);
    match v.object() {
        Some(Object::List(_) | Object::Tuple(_) | Object::Range(_)) => true,
        Some(Object::Instance(i)) => {
            class::full_mro(&i.class()).iter().any(|c| class::instance_type_name(c) == "collections.deque")
        }
        _ => false,
    }
}

/// Whether a mapping pattern applies to `v` (a dict or an instance of a subclass).
pub fn is_mapping(v: &Value) -> bool {
    let v = class::base_value(v).unwrap_or(v);
    matches!(v.object(), Some(Object::Dict(_)))
}

fn is_attribute_error(exc: &Value) -> bool {
    crate::runtime::exception::is_kind(exc, ExcKind::AttributeError)
}

impl Vm {
    /// MATCH_KEYS: the tuple of the values of `keys` in the mapping `subject`, or None if one
    /// is missing.
    pub(super) fn match_keys(&mut self, subject: &Value, keys: &Value) -> Result<Value, Value> {
        let subject = class::base_value(subject).unwrap_or(subject);
        let (Some(Object::Dict(map)), Some(Object::Tuple(keys))) = (subject.object(), keys.object()) else {
            return Ok(Value::None);
        };
        let mut values = Vec::with_capacity(keys.len());
        for (i, key) in keys.iter().enumerate() {
            ops::hash_value(key)?;
            // Literal keys were checked by the compiler; value patterns (`C.A`) may repeat.
            if keys[..i].iter().any(|k| ops::identical_or_equal(k, key)) {
                let repr = self.repr(key)?;
                return Err(value_error(format!("mapping pattern checks duplicate key ({repr})")));
            }
            let found = map.borrow().get(&Key(key.clone())).cloned();
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// MATCH_CLASS: the tuple of the attributes of `subject` for `positional` sub-patterns
    /// and the keyword sub-patterns `names`, or None if it is not an instance of `class` or
    /// lacks one of them.
    pub(super) fn match_class(
        &mut self,
        subject: &Value,
        class: &Value,
        positional: usize,
        names: &Value,
    ) -> Result<Value, Value> {
        if !matches!(class.object(), Some(Object::Class(_) | Object::Type(_))) {
            return Err(type_error("called match pattern must be a type"));
        }
        if !crate::builtins::is_instance_of(self, subject, class)? {
            return Ok(Value::None);
        }
        let mut seen = Vec::new();
        let mut attributes = Vec::new();
        if positional > 0 {
            let name = class_name(class);
            let (match_args, match_self) = match self.get_attr(class, "__match_args__") {
                Ok(v) => (v, false),
                // Only a type that does not define `__match_args__` matches itself.
                Err(e) if is_attribute_error(&e) => (Value::tuple(Vec::new()), MATCH_SELF.contains(&name)),
                Err(e) => return Err(e),
            };
            let Some(Object::Tuple(match_args)) = match_args.object() else {
                let got = match_args.type_name();
                return Err(type_error(format!("{name}.__match_args__ must be a tuple (got {got})")));
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < positional {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(type_error(format!(
                    "{name}() accepts {allowed} positional sub-pattern{plural} ({positional} given)"
                )));
            }
            if match_self {
                attributes.push(subject.clone());
            } else {
                for arg in &match_args[..positional] {
                    let Some(attr) = arg.as_str() else {
                        let got = arg.type_name();
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    };
                    let Some(value) = self.match_attribute(subject, class, attr, &mut seen)? else {
                        return Ok(Value::None);
                    };
                    attributes.push(value);
                }
            }
        }
        let names = match names.object() {
            Some(Object::Tuple(names)) => names.to_vec(),
            _ => Vec::new(),
        };
        for attr in &names {
            let Some(value) = self.match_attribute(subject, class, &attr.to_str(), &mut seen)? else {
                return Ok(Value::None);
            };
            attributes.push(value);
        }
        Ok(Value::tuple(attributes))
    }

    /// `subject.attr` for a class pattern (None if it has no such attribute); each
    /// attribute may be matched once.
    fn match_attribute(
        &mut self,
        subject: &Value,
        class: &Value,
        attr: &str,
        seen: &mut Vec<String>,
    ) -> Result<Option<Value>, Value> {
        if seen.iter().any(|s| s == attr) {
            let repr = crate::ast::repr::repr_str(attr);
            let name = class_name(class);
            return Err(type_error(format!("{name}() got multiple sub-patterns for attribute {repr}")));
        }
        seen.push(attr.to_string());
        match self.get_attr(subject, attr) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
