//! Special methods of Python classes as the operators and built-ins use them: arithmetic
//! (with reflected and in-place forms and `NotImplemented`), rich comparisons, truth,
//! `len`, subscripts, `in`, iteration and unary operators. Each entry point is tried by the
//! run loop only when an operand is an instance, so built-in values never pay for it.

use super::Vm;
use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::class;
use crate::runtime::exception::{ExcKind, type_error};
use crate::runtime::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::{Object, Value};

/// Whether `v` is an instance of a Python class.
pub fn is_instance(v: &Value) -> bool {
    matches!(v.object(), Some(Object::Instance(_)))
}

/// Whether `iter(v)` would succeed, without running Python code.
pub fn is_iterable(v: &Value) -> bool {
    match v.object() {
        Some(Object::Instance(i)) => {
            class::lookup(&i.class, "__iter__").is_some() || class::lookup(&i.class, "__getitem__").is_some()
        }
        _ => ops::iterate(v).is_ok(),
    }
}

fn is_key_error(e: &Value) -> bool {
    matches!(e.object(), Some(Object::Exception(x)) if x.borrow().kind == ExcKind::KeyError)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.object(), Some(Object::NotImplemented))
}

/// The method name stem of a binary operator (`add` for `__add__`, `__radd__`, `__iadd__`).
fn operator_stem(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "add",
        BinaryOp::Subtract => "sub",
        BinaryOp::Multiply => "mul",
        BinaryOp::TrueDivide => "truediv",
        BinaryOp::FloorDivide => "floordiv",
        BinaryOp::Remainder => "mod",
        BinaryOp::Power => "pow",
        BinaryOp::Lshift => "lshift",
        BinaryOp::Rshift => "rshift",
        BinaryOp::And => "and",
        BinaryOp::Or => "or",
        BinaryOp::Xor => "xor",
        BinaryOp::MatrixMultiply => "matmul",
    }
}

/// A comparison's method and the reflected method tried on the right operand.
fn comparison_methods(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    }
}

/// Whether `v` is an instance whose class gives it Python-level equality or hashing: as a
/// dict key or set member it must be looked up through `Vm::canonical_key`.
pub fn has_python_identity(v: &Value) -> bool {
    let Some(Object::Instance(i)) = v.object() else { return false };
    let python = |name: &str| {
        matches!(class::lookup(&i.class, name).as_ref().and_then(Value::object), Some(Object::Function(_)))
    };
    python("__hash__") || python("__eq__")
}

impl Vm {
    /// The key under which `key` is (or would be) stored in `container` (a dict or set): for
    /// an instance with Python `__hash__`/`__eq__`, its hash is computed by `__hash__` and
    /// kept, and an existing member that compares equal by `__eq__` is used instead, so the
    /// container's own lookup (which cannot run Python code) finds it by identity.
    pub fn canonical_key(&mut self, container: &Value, key: Value) -> Result<Value, Value> {
        if !has_python_identity(&key) {
            return Ok(key);
        }
        let Some(Object::Instance(i)) = key.object() else { return Ok(key) };
        let hash = match class::lookup(&i.class, "__hash__") {
            Some(Value::None) => return Err(type_error(format!("unhashable type: '{}'", key.type_name()))),
            Some(method) if matches!(method.object(), Some(Object::Function(_))) => {
                let result = self
                    .call_value(&method, CallArgs { positional: vec![key.clone()], keywords: Vec::new() })?;
                match result.as_int() {
                    Some(h) => ops::hash_value(&Value::from_int(h))?,
                    None => return Err(type_error("__hash__ method should return an integer")),
                }
            }
            _ => ops::hash_value(&key)?,
        };
        i.hash.set(Some(hash));
        let candidates = match container.object() {
            Some(Object::Dict(d)) => {
                let probe =
                    crate::runtime::value::HashProbe { hash, found: std::cell::RefCell::new(Vec::new()) };
                let _ = d.borrow().get_index_of(&probe);
                probe.found.into_inner()
            }
            Some(Object::Set(s)) => s.borrow().with_hash(hash),
            Some(Object::FrozenSet(s)) => s.with_hash(hash),
            _ => Vec::new(),
        };
        for candidate in candidates {
            if ops::is_same(&candidate, &key) || self.compare_values(CompareOp::Eq, &key, &candidate)? {
                return Ok(candidate);
            }
        }
        Ok(key)
    }

    /// `v.name(*args)` if `v` is an instance whose class defines `name`; `None` otherwise.
    pub fn call_special(&mut self, v: &Value, name: &str, args: Vec<Value>) -> Option<Result<Value, Value>> {
        let Some(Object::Instance(i)) = v.object() else { return None };
        let method = class::lookup(&i.class, name)?;
        let mut positional = Vec::with_capacity(args.len() + 1);
        positional.push(v.clone());
        positional.extend(args);
        let method = match method.object() {
            Some(Object::StaticMethod(f)) => {
                positional.remove(0);
                f.clone()
            }
            Some(Object::ClassMethod(f)) => {
                positional[0] = i.class.clone();
                f.clone()
            }
            _ => method,
        };
        Some(self.call_value(&method, CallArgs { positional, keywords: Vec::new() }))
    }

    /// `left op right` (or `left op= right`) when an operand is an instance.
    pub fn binary_special(
        &mut self,
        op: BinaryOp,
        inplace: bool,
        left: &Value,
        right: &Value,
    ) -> Result<Value, Value> {
        let stem = operator_stem(op);
        if inplace && let Some(result) = self.call_special(left, &format!("__i{stem}__"), vec![right.clone()])
        {
            let result = result?;
            if !is_not_implemented(&result) {
                return Ok(result);
            }
        }
        if let Some(result) = self.call_special(left, &format!("__{stem}__"), vec![right.clone()]) {
            let result = result?;
            if !is_not_implemented(&result) {
                return Ok(result);
            }
        }
        let same_class = is_instance(left)
            && is_instance(right)
            && class::same_class(&super::classes::class_of(left), &super::classes::class_of(right));
        if !same_class
            && let Some(result) = self.call_special(right, &format!("__r{stem}__"), vec![left.clone()])
        {
            let result = result?;
            if !is_not_implemented(&result) {
                return Ok(result);
            }
        }
        // Subclasses of built-in types: the built-in operation on their values.
        if class::base_value(left).is_some() || class::base_value(right).is_some() {
            let (l, r) = (class::base_value(left).unwrap_or(left), class::base_value(right).unwrap_or(right));
            if !is_instance(l) && !is_instance(r) {
                return ops::binary_op(op, l, r);
            }
        }
        let symbol = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        Err(type_error(format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            left.type_name(),
            right.type_name()
        )))
    }

    /// `left op right` for a comparison when an operand is an instance: the method, then the
    /// reflected one, then identity for `==`/`!=`.
    pub fn compare_special(&mut self, op: CompareOp, left: &Value, right: &Value) -> Result<Value, Value> {
        if op == CompareOp::Ne {
            // Each side's `__ne__`, or (as `object.__ne__`) its inverted `__eq__`.
            if let Some(result) = self.not_equal(left, right)? {
                return Ok(result);
            }
            if let Some(result) = self.not_equal(right, left)? {
                return Ok(result);
            }
        }
        let (method, reflected) = comparison_methods(op);
        if let Some(result) = self.call_special(left, method, vec![right.clone()]) {
            let result = result?;
            if !is_not_implemented(&result) {
                return Ok(result);
            }
        }
        if let Some(result) = self.call_special(right, reflected, vec![left.clone()]) {
            let result = result?;
            if !is_not_implemented(&result) {
                return Ok(result);
            }
        }
        if class::base_value(left).is_some() || class::base_value(right).is_some() {
            let (l, r) = (class::base_value(left).unwrap_or(left), class::base_value(right).unwrap_or(right));
            if !is_instance(l) && !is_instance(r) {
                return ops::compare(op, l, r);
            }
        }
        match op {
            CompareOp::Ne => Ok(Value::Bool(!ops::is_same(left, right))),
            CompareOp::Eq => Ok(Value::Bool(ops::is_same(left, right))),
            _ if !is_instance(left) && !is_instance(right) => ops::compare(op, left, right),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                left.type_name(),
                right.type_name()
            ))),
        }
    }

    /// `a != b` as `a`'s side answers it: its `__ne__`, or the inverse of its `__eq__` (what
    /// `object.__ne__` gives); `None` for NotImplemented, or when `a` is no instance or gets
    /// `__ne__` from a built-in base.
    fn not_equal(&mut self, a: &Value, b: &Value) -> Result<Option<Value>, Value> {
        let Some(Object::Instance(i)) = a.object() else { return Ok(None) };
        let answer = if class::lookup(&i.class, "__ne__").is_some() {
            self.call_special(a, "__ne__", vec![b.clone()])
        } else if i.base.is_none() && class::lookup(&i.class, "__eq__").is_some() {
            match self.call_special(a, "__eq__", vec![b.clone()]) {
                Some(Ok(equal)) if !is_not_implemented(&equal) => {
                    Some(self.truthy(&equal).map(|t| Value::Bool(!t)))
                }
                other => other,
            }
        } else {
            None
        };
        match answer {
            Some(result) => {
                let result = result?;
                Ok(if is_not_implemented(&result) { None } else { Some(result) })
            }
            None => Ok(None),
        }
    }

    /// The truth of `a op b` for any values (built-in comparisons or special methods).
    pub fn compare_values(&mut self, op: CompareOp, a: &Value, b: &Value) -> Result<bool, Value> {
        if let Some(result) = ops::fast_compare(op, a, b) {
            return Ok(result);
        }
        let result = if is_instance(a) || is_instance(b) {
            self.compare_special(op, a, b)?
        } else {
            ops::compare(op, a, b)?
        };
        self.truthy(&result)
    }

    /// `a == b` as containers decide it: identity first, then equality.
    pub fn items_equal(&mut self, a: &Value, b: &Value) -> Result<bool, Value> {
        if ops::identical_or_equal(a, b) {
            return Ok(true);
        }
        if is_instance(a) || is_instance(b) {
            return self.compare_values(CompareOp::Eq, a, b);
        }
        Ok(false)
    }

    /// `bool(v)`: `__bool__`, else `__len__`, else true, for instances.
    pub fn truthy(&mut self, v: &Value) -> Result<bool, Value> {
        if !is_instance(v) {
            return Ok(v.truthy());
        }
        if let Some(result) = self.call_special(v, "__bool__", Vec::new()) {
            return match result? {
                Value::Bool(b) => Ok(b),
                other => {
                    Err(type_error(format!("__bool__ should return bool, returned {}", other.type_name())))
                }
            };
        }
        match self.call_special(v, "__len__", Vec::new()) {
            Some(n) => Ok(self.length_result(n?)? > 0),
            None => Ok(class::base_value(v).is_none_or(Value::truthy)),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> Result<usize, Value> {
        if !is_instance(v) {
            return ops::len(v);
        }
        match self.call_special(v, "__len__", Vec::new()) {
            Some(n) => self.length_result(n?),
            None => ops::len(class::base_value(v).unwrap_or(v)),
        }
    }

    fn length_result(&mut self, n: Value) -> Result<usize, Value> {
        match n.as_int().and_then(|i| i.as_i64()) {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(crate::runtime::exception::value_error("__len__() should return >= 0")),
            None => {
                Err(type_error(format!("'{}' object cannot be interpreted as an integer", n.type_name())))
            }
        }
    }

    /// `container[index]`.
    pub fn get_item(&mut self, container: &Value, index: &Value) -> Result<Value, Value> {
        if !is_instance(container) {
            if has_python_identity(index) {
                let key = self.canonical_key(container, index.clone())?;
                return ops::get_item(container, &key);
            }
            return ops::get_item(container, index);
        }
        match self.call_special(container, "__getitem__", vec![index.clone()]) {
            Some(result) => result,
            None if let Some(base) = class::base_value(container) => match ops::get_item(base, index) {
                // `dict` subclasses may supply missing keys.
                Err(e) if is_key_error(&e) && matches!(base.object(), Some(Object::Dict(_))) => {
                    match self.call_special(container, "__missing__", vec![index.clone()]) {
                        Some(result) => result,
                        None => Err(e),
                    }
                }
                other => other,
            },
            None if is_instance(container) => {
                Err(type_error(format!("'{}' object is not subscriptable", container.type_name())))
            }
            None => ops::get_item(container, index),
        }
    }

    /// `container[index] = value`, or `del container[index]` when `value` is `None`.
    pub fn set_item(&mut self, container: &Value, index: &Value, value: Option<Value>) -> Result<(), Value> {
        if !is_instance(container) {
            let canonical;
            let index = if has_python_identity(index) {
                canonical = self.canonical_key(container, index.clone())?;
                &canonical
            } else {
                index
            };
            return match value {
                Some(v) => ops::set_item(container, index, v),
                None => ops::del_item(container, index),
            };
        }
        let (name, args) = match &value {
            Some(v) => ("__setitem__", vec![index.clone(), v.clone()]),
            None => ("__delitem__", vec![index.clone()]),
        };
        match self.call_special(container, name, args) {
            Some(result) => result.map(|_| ()),
            None if let Some(base) = class::base_value(container) => match value {
                Some(v) => ops::set_item(base, index, v),
                None => ops::del_item(base, index),
            },
            None if is_instance(container) => Err(type_error(match value {
                Some(_) => format!("'{}' object does not support item assignment", container.type_name()),
                None => format!("'{}' object doesn't support item deletion", container.type_name()),
            })),
            None => match value {
                Some(v) => ops::set_item(container, index, v),
                None => ops::del_item(container, index),
            },
        }
    }

    /// `item in container`: `__contains__`, else a search of the iteration.
    pub fn contains(&mut self, container: &Value, item: &Value) -> Result<bool, Value> {
        if has_python_identity(item)
            && matches!(container.object(), Some(Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_)))
        {
            let key = self.canonical_key(container, item.clone())?;
            return ops::contains(container, &key);
        }
        if !is_instance(item)
            && !matches!(container.object(), Some(Object::Instance(_) | Object::List(_) | Object::Tuple(_)))
        {
            return ops::contains(container, item);
        }
        if let Some(result) = self.call_special(container, "__contains__", vec![item.clone()]) {
            let result = result?;
            return self.truthy(&result);
        }
        if let Some(base) = class::base_value(container) {
            let base = base.clone();
            return self.contains(&base, item);
        }
        let sequence = match container.object() {
            Some(Object::List(l)) => Some(l.borrow().clone()),
            Some(Object::Tuple(t)) => Some(t.clone()),
            _ => None,
        };
        let searched = match sequence {
            // Lists and tuples of plain values compare without Python code.
            Some(items) if items.iter().any(is_instance) || is_instance(item) => items,
            _ if !is_instance(container) => return ops::contains(container, item),
            Some(items) => items,
            None => {
                let iterator = self.iterate(container)?;
                let mut items = Vec::new();
                while let Some(x) = self.next_item(&iterator)? {
                    items.push(x);
                }
                items
            }
        };
        for x in &searched {
            if self.items_equal(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)`.
    pub fn iterate(&mut self, v: &Value) -> Result<Value, Value> {
        if !is_instance(v) {
            return ops::iterate(v);
        }
        match self.call_special(v, "__iter__", Vec::new()) {
            Some(result) => result,
            None if let Some(base) = class::base_value(v) => ops::iterate(base),
            None if is_instance(v)
                && class::lookup(&super::classes::class_of(v), "__getitem__").is_some() =>
            {
                let state = crate::runtime::value::Iter::GetItem { object: v.clone(), index: 0 };
                Ok(Value::obj(Object::Iterator(std::cell::RefCell::new(state))))
            }
            None if is_instance(v) => Err(type_error(format!("'{}' object is not iterable", v.type_name()))),
            None => ops::iterate(v),
        }
    }

    /// `next(it)` for an instance iterator: its `__next__`, with StopIteration as the end.
    pub fn next_of_instance(&mut self, iterator: &Value) -> Option<Result<Option<Value>, Value>> {
        let result = self.call_special(iterator, "__next__", Vec::new())?;
        Some(match result {
            Ok(v) => Ok(Some(v)),
            Err(e) if matches!(e.object(), Some(Object::Exception(x)) if x.borrow().kind == ExcKind::StopIteration) => {
                Ok(None)
            }
            Err(e) => Err(e),
        })
    }

    /// Entering a `with` block: the bound `__exit__` of `manager` and what its `__enter__`
    /// returned.
    pub fn enter_context(&mut self, manager: &Value) -> Result<(Value, Value), Value> {
        let class = super::classes::class_of(manager);
        let (Some(enter), Some(exit)) =
            (class::lookup(&class, "__enter__"), class::lookup(&class, "__exit__"))
        else {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                manager.type_name()
            )));
        };
        let exit = self.get_attr(manager, "__exit__").unwrap_or(exit);
        let enter = self.get_attr(manager, "__enter__").unwrap_or(enter);
        let entered = self.call_value(&enter, CallArgs::default())?;
        Ok((exit, entered))
    }

    /// `-v`, `+v`, `~v` for an instance (`name` is `__neg__`, `__pos__` or `__invert__`).
    pub fn unary_special(&mut self, v: &Value, name: &str, symbol: &str) -> Result<Value, Value> {
        match self.call_special(v, name, Vec::new()) {
            Some(result) => result,
            None => Err(type_error(format!("bad operand type for unary {symbol}: '{}'", v.type_name()))),
        }
    }
}
