//! Special methods of Python classes as the operators and built-ins use them: arithmetic
//! (with reflected and in-place forms and `NotImplemented`), rich comparisons, truth,
//! `len`, subscripts, `in`, iteration and unary operators. Each entry point is tried by the
//! run loop only when an operand is an instance (or a class whose metaclass is a Python class,
//! which answers with the metaclass's methods), so built-in values never pay for it.

use super::Vm;
use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::class;
use crate::runtime::exception::{ExcKind, new_exception, type_error};
use crate::runtime::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::Slice;
use crate::runtime::value::{Key, Object, Value};

/// Whether `v` is an instance of a Python class, or a class whose metaclass is one: a value
/// whose special methods are Python code.
pub fn is_instance(v: &Value) -> bool {
    match v.object() {
        Some(Object::Instance(_)) => true,
        Some(Object::Class(c)) => c.metaclass.is_some(),
        _ => false,
    }
}

/// Whether `bool(v)` needs the VM (`Vm::truthy`): an instance (its `__bool__`), or
/// `NotImplemented`, whose truth value is deprecated and warns.
#[inline(always)]
pub fn truth_needs_vm(v: &Value) -> bool {
    match v.object() {
        Some(Object::Instance(_) | Object::NotImplemented) => true,
        Some(Object::Class(c)) => c.metaclass.is_some(),
        _ => false,
    }
}

/// The Python class whose special methods `v` uses: an instance's class, a class's metaclass.
/// What iterating `v` goes through: for an instance of a subclass of list, tuple or dict
/// whose class defines no `__iter__`, its built-in value; else `v` itself.
pub fn iterated(v: &Value) -> &Value {
    match (python_class(v), class::base_value(v)) {
        (Some(class), Some(base))
            if matches!(base.object(), Some(Object::List(_) | Object::Tuple(_) | Object::Dict(_)))
                && class::lookup_special(&class, "__iter__").is_none() =>
        {
            base
        }
        _ => v,
    }
}

fn python_class(v: &Value) -> Option<Value> {
    match v.object()? {
        Object::Instance(i) => Some(i.class()),
        Object::Class(c) => c.metaclass.clone(),
        _ => None,
    }
}

/// Whether `iter(v)` would succeed, without running Python code.
pub fn is_iterable(v: &Value) -> bool {
    match python_class(v) {
        Some(class) => {
            class::lookup(&class, "__iter__").is_some()
                || class::lookup(&class, "__getitem__").is_some()
                // An instance of a subclass of a built-in iterable (a tuple subclass).
                || class::base_value(v).is_some_and(|base| ops::iterate(base).is_ok())
        }
        None => ops::iterate(v).is_ok(),
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v.object(),
        Some(Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::Range(_))
    )
}

/// Whether `v` is an instance whose class defines `__index__` (and is not an int subclass,
/// whose value serves directly).
fn has_index_method(v: &Value) -> bool {
    matches!(v.object(), Some(Object::Instance(i)) if i.base.is_none() && class::lookup(&i.class(), "__index__").is_some())
}

/// The int an instance of an `int` subclass (an `IntEnum` member) stands for as the index
/// of a sequence; `None` for other indexes and containers.
fn int_index<'a>(container: &Value, index: &'a Value) -> Option<&'a Value> {
    class::base_value(index).filter(|base| base.as_int().is_some() && is_sequence(container))
}

fn is_key_error(e: &Value) -> bool {
    matches!(e.object(), Some(Object::Exception(x)) if x.borrow().kind == ExcKind::KeyError)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.object(), Some(Object::NotImplemented))
}

/// An operator's method, its reflected form and its in-place form.
fn operator_methods(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinaryOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinaryOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinaryOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinaryOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinaryOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinaryOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinaryOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinaryOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinaryOp::And => ("__and__", "__rand__", "__iand__"),
        BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
        BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinaryOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// What the special method `name` of a built-in set or container stands for: an ordering
/// (`__lt__`), or a set operator in its plain, reflected or in-place form (`__ror__`,
/// `__isub__`); read off the tables above so that the names are written once.
pub fn container_operator(name: &str) -> Option<(Result<CompareOp, BinaryOp>, OperatorForm)> {
    let ordering = [CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge]
        .into_iter()
        .find(|&op| comparison_methods(op).0 == name)
        .map(|op| (Ok(op), OperatorForm::Plain));
    ordering.or_else(|| {
        [BinaryOp::Or, BinaryOp::And, BinaryOp::Subtract, BinaryOp::Xor].into_iter().find_map(|op| {
            let (plain, reflected, inplace) = operator_methods(op);
            let form = match name {
                n if n == plain => OperatorForm::Plain,
                n if n == reflected => OperatorForm::Reflected,
                n if n == inplace => OperatorForm::InPlace,
                _ => return None,
            };
            Some((Err(op), form))
        })
    })
}

/// The form of a binary operator's special method (see `container_operator`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OperatorForm {
    Plain,
    Reflected,
    InPlace,
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

/// Whether `v` is an instance whose class gives it Python-level equality or hashing, or a
/// tuple holding one (a tuple hashes and compares through its items): as a dict key or set
/// member it must be looked up through `Vm::canonical_key`.
pub fn has_python_identity(v: &Value) -> bool {
    match v.object() {
        Some(Object::Instance(i)) => python_identity(&i.class()),
        Some(Object::Tuple(items)) => items.iter().any(has_python_identity),
        _ => false,
    }
}

/// Whether `container` is a dict or set marked as having held a member with Python-level
/// equality (`DictHasher::python_keys`): any key looked up in it must go through
/// `Vm::canonical_key`, as a built-in key may equal such a member by its `__eq__`.
#[inline]
pub fn holds_python_keys(container: &Value) -> bool {
    match container.object() {
        Some(Object::Dict(d)) => d.try_borrow().is_ok_and(|d| d.hasher().python_keys()),
        Some(Object::Set(s)) => s.try_borrow().is_ok_and(|s| s.python_keys()),
        Some(Object::FrozenSet(s)) => s.python_keys(),
        _ => false,
    }
}

/// Whether `key` must be made `container`'s own key by `Vm::canonical_key` before the
/// container's lookup: it has Python-level equality, or the container may hold a member
/// that has.
#[inline]
pub fn needs_canonical_key(container: &Value, key: &Value) -> bool {
    has_python_identity(key) || holds_python_keys(container)
}

/// Mark `container` (a dict or set) as holding a member with Python-level equality.
fn mark_python_keys(container: &Value) {
    match container.object() {
        Some(Object::Dict(d)) => {
            if let Ok(d) = d.try_borrow() {
                d.hasher().mark_python_keys();
            }
        }
        Some(Object::Set(s)) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.mark_python_keys();
            }
        }
        _ => {}
    }
}

/// The class flag of `has_python_identity`. (Out of line: `class::flags` inlined into that
/// recursive function made each of its calls, mostly for other values, cost more.)
#[inline(never)]
fn python_identity(class: &Value) -> bool {
    class::flags(class).python_identity
}

/// Whether `v` is an instance or a list, tuple or dict (its values) holding one at any depth:
/// its equality and ordering may run Python code, so the VM compares it item by item.
/// (A list may hold itself: the containers on the way down are kept, and one met again is
/// not looked into twice; past 64 levels the answer is no, as a comparison that deep raises
/// RecursionError anyway.)
fn holds_instance(v: &Value) -> bool {
    fn within(v: &Value, path: &mut [usize; 64], depth: usize) -> bool {
        let address = match v {
            Value::Obj(rc) if matches!(**rc, Object::List(_) | Object::Tuple(_) | Object::Dict(_)) => {
                crate::runtime::value::address(rc)
            }
            _ => return is_instance(v),
        };
        if depth == path.len() || path[..depth].contains(&address) {
            return false;
        }
        path[depth] = address;
        match v.object() {
            Some(Object::List(items)) => items.borrow().iter().any(|item| within(item, path, depth + 1)),
            Some(Object::Tuple(items)) => items.iter().any(|item| within(item, path, depth + 1)),
            Some(Object::Dict(map)) => map.borrow().values().any(|item| within(item, path, depth + 1)),
            _ => false,
        }
    }
    within(v, &mut [0; 64], 0)
}

impl Vm {
    /// `a | b` of types (or `None`): a `types.UnionType`; `None` when an operand is no type.
    pub fn union_of(&mut self, a: &Value, b: &Value) -> Result<Option<Value>, Value> {
        let type_like = |v: &Value| {
            matches!(v, Value::None) || matches!(v.object(), Some(Object::Type(_) | Object::Class(_)))
        };
        if !(type_like(a) && type_like(b)) {
            return Ok(None);
        }
        let types = self.import_module("types")?;
        let union = self.get_attr(&types, "_union")?;
        let result = self
            .call_value(&union, CallArgs { positional: vec![a.clone(), b.clone()], keywords: Vec::new() })?;
        Ok((!is_not_implemented(&result)).then_some(result))
    }

    /// `list[int]`: a `types.GenericAlias` for the built-in types that take type arguments.
    fn builtin_generic(&mut self, container: &Value, index: &Value) -> Result<Option<Value>, Value> {
        let Some(Object::Type(
            "list" | "dict" | "set" | "frozenset" | "tuple" | "type" | "enumerate" | "BaseExceptionGroup"
            | "ExceptionGroup",
        )) = container.object()
        else {
            return Ok(None);
        };
        let types = self.import_module("types")?;
        let alias = self.get_attr(&types, "GenericAlias")?;
        let args = CallArgs { positional: vec![container.clone(), index.clone()], keywords: Vec::new() };
        self.call_value(&alias, args).map(Some)
    }

    /// `operator.index(v)` for an instance with `__index__`: the int it gives (checked); any
    /// other value as it is.
    pub fn index_of(&mut self, v: &Value) -> Result<Value, Value> {
        if !has_index_method(v) {
            return Ok(v.clone());
        }
        let result = self.call_special(v, "__index__", Vec::new()).unwrap_or_else(|| Ok(v.clone()))?;
        if result.as_int().is_none() {
            return Err(type_error(format!("__index__ returned non-int (type {})", result.type_name())));
        }
        Ok(result)
    }

    /// A subscript with its `__index__` instances converted (in a slice, each bound), or
    /// `None` when there are none.
    fn converted_index(&mut self, index: &Value) -> Result<Option<Value>, Value> {
        if has_index_method(index) {
            return self.index_of(index).map(Some);
        }
        if let Some(Slice { start, stop, step }) = index.as_slice()
            && [start, stop, step].iter().any(|v| has_index_method(v))
        {
            let (start, stop, step) = (self.index_of(start)?, self.index_of(stop)?, self.index_of(step)?);
            return Ok(Some(Value::obj(Object::Slice(Box::new(Slice { start, stop, step })))));
        }
        Ok(None)
    }

    /// The key under which `key` is (or would be) stored in `container` (a dict or set): for
    /// an instance with Python `__hash__`/`__eq__`, its hash is computed by `__hash__` and
    /// kept, and an existing member that compares equal by `__eq__` is used instead, so the
    /// container's own lookup (which cannot run Python code) finds it by identity.
    ///
    /// A built-in key is looked up so too in a dict or set that has held such a member (it
    /// may equal one: `0.5 == Fraction(1, 2)`), unless the container holds the key itself.
    pub fn canonical_key(&mut self, container: &Value, key: Value) -> Result<Value, Value> {
        let hash = if has_python_identity(&key) {
            mark_python_keys(container);
            self.python_hash(&key)?
        } else if holds_python_keys(container) && !ops::contains(container, &key).unwrap_or(true) {
            // (An unhashable key is left to the container's own lookup, which raises.)
            ops::hash_value(&key)?
        } else {
            return Ok(key);
        };
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
            // (The member is asked, as CPython asks `startkey == key`.)
            if ops::is_same(&candidate, &key) || self.compare_values(CompareOp::Eq, &candidate, &key)? {
                return Ok(candidate);
            }
        }
        Ok(key)
    }

    /// The hash of a value with Python-level hashing (see `has_python_identity`). An
    /// instance's `__hash__` result is kept on the instance, so the runtime's own hashing of a
    /// tuple holding it agrees.
    pub fn python_hash(&mut self, v: &Value) -> Result<i64, Value> {
        match v.object() {
            Some(Object::Instance(i)) => {
                let hash = match class::lookup(&i.class(), "__hash__") {
                    Some(Value::None) => {
                        return Err(type_error(format!("unhashable type: '{}'", v.type_name())));
                    }
                    Some(method) if matches!(method.object(), Some(Object::Function(_))) => {
                        let result = self.call_value(
                            &method,
                            CallArgs { positional: vec![v.clone()], keywords: Vec::new() },
                        )?;
                        match result.as_int() {
                            Some(h) => ops::hash_from_dunder(h)?,
                            None => return Err(type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => ops::hash_value(v)?,
                };
                i.hash.set(hash);
                Ok(hash)
            }
            Some(Object::Tuple(items)) => {
                for item in items.iter().filter(|item| has_python_identity(item)) {
                    self.python_hash(item)?;
                }
                ops::hash_value(v)
            }
            _ => ops::hash_value(v),
        }
    }

    /// `a op b` for two lists or two tuples of which one holds an instance: CPython's item
    /// by item comparison, whose items may compare by Python methods. `None` for other values.
    fn compare_sequence_items(
        &mut self,
        op: CompareOp,
        a: &Value,
        b: &Value,
    ) -> Option<Result<Value, Value>> {
        let (x, y) = match (a.object(), b.object()) {
            (Some(Object::List(x)), Some(Object::List(y))) => (x.borrow().clone(), y.borrow().clone()),
            (Some(Object::Tuple(x)), Some(Object::Tuple(y))) => (x.to_vec(), y.to_vec()),
            _ => return None,
        };
        if !holds_instance(a) && !holds_instance(b) {
            return None;
        }
        Some(self.comparing_deeper(|vm| vm.compare_item_lists(op, &x, &y)))
    }

    /// `compare` run as one level deeper of a comparison of containers, which may run
    /// Python code: a RecursionError past the recursion limit.
    fn comparing_deeper<T>(&mut self, compare: impl FnOnce(&mut Vm) -> Result<T, Value>) -> Result<T, Value> {
        if self.native_nesting >= self.recursion_limit {
            return Err(new_exception(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        self.native_nesting += 1;
        let result = compare(self);
        self.native_nesting -= 1;
        result
    }

    fn compare_item_lists(&mut self, op: CompareOp, x: &[Value], y: &[Value]) -> Result<Value, Value> {
        for (p, q) in x.iter().zip(y) {
            if !self.items_equal(p, q)? {
                return match op {
                    CompareOp::Eq => Ok(Value::bool(false)),
                    CompareOp::Ne => Ok(Value::bool(true)),
                    _ => self.compare_any(op, p, q),
                };
            }
        }
        Ok(Value::bool(
            ops::fast_compare(op, &Value::Int(x.len() as i64), &Value::Int(y.len() as i64)) == Some(true),
        ))
    }

    /// `a op b` for any values, as the `COMPARE_OP` instruction computes it.
    pub fn compare_any(&mut self, op: CompareOp, a: &Value, b: &Value) -> Result<Value, Value> {
        if let Some(result) = ops::fast_compare(op, a, b) {
            return Ok(Value::bool(result));
        }
        if is_instance(a) || is_instance(b) {
            return self.compare_special(op, a, b);
        }
        if let Some(result) = self.compare_sequence_items(op, a, b) {
            return result;
        }
        let result = ops::compare(op, a, b);
        if let (Ok(Value::Bool(equal)), CompareOp::Eq | CompareOp::Ne) = (&result, op)
            && equal.get() == (op == CompareOp::Ne)
            && let Some(equal) = self.dicts_equal_by_python(a, b)
        {
            return equal.map(|equal| Value::bool(equal == (op == CompareOp::Eq)));
        }
        result
    }

    /// Whether dicts `a` and `b`, found unequal by the runtime's comparison, are equal by
    /// Python's: a key may equal another only by its `__eq__` (see `holds_python_keys`), a
    /// value likewise. `None` when they are not two such dicts (the runtime's answer holds).
    #[cold]
    fn dicts_equal_by_python(&mut self, a: &Value, b: &Value) -> Option<Result<bool, Value>> {
        let (Some(Object::Dict(x)), Some(Object::Dict(y))) = (a.object(), b.object()) else {
            return None;
        };
        let entries: Vec<(Value, Value)> = x.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
        if entries.len() != y.borrow().len()
            || !(holds_python_keys(a)
                || holds_python_keys(b)
                || entries.iter().any(|(_, v)| holds_instance(v))
                || y.borrow().values().any(holds_instance))
        {
            return None;
        }
        Some(self.comparing_deeper(|vm| {
            for (key, value) in &entries {
                let key = vm.canonical_key(b, key.clone())?;
                let other = y.borrow().get(&Key(key)).cloned();
                match other {
                    Some(other) if vm.items_equal(value, &other)? => {}
                    _ => return Ok(false),
                }
            }
            Ok(true)
        }))
    }

    /// `v.name(*args)` if `v` is an instance whose class (or a class whose metaclass)
    /// defines `name`; `None` otherwise.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &'static str,
        args: Vec<Value>,
    ) -> Option<Result<Value, Value>> {
        self.call_special_with(v, name, || args)
    }

    /// `call_special`, making the arguments only if there is a method to call (an instance
    /// of a subclass of a built-in type mostly has none: its built-in value answers). The
    /// arguments may come as an array, which a plain Python method takes without an
    /// argument list being allocated.
    pub fn call_special_with<A>(
        &mut self,
        v: &Value,
        name: &'static str,
        args: impl FnOnce() -> A,
    ) -> Option<Result<Value, Value>>
    where
        A: IntoIterator<Item = Value>,
        A::IntoIter: ExactSizeIterator,
    {
        let class = python_class(v)?;
        let method = class::lookup_special(&class, name)?;
        let args = args().into_iter();
        // A plain Python method: its frame (a recycled one) gets the arguments, without
        // an argument list.
        if let Some(Object::Function(f)) = method.object()
            && super::call::binds_directly(f, args.len() + 1)
        {
            let mut frame = self.pool.take(f);
            frame.locals.push(Some(v.clone()));
            frame.locals.extend(args.map(Some));
            return Some(self.run_frame(super::call::simple_frame(f, frame)));
        }
        let mut positional = Vec::with_capacity(args.len() + 1);
        positional.push(v.clone());
        positional.extend(args);
        let method = match method.object() {
            Some(Object::StaticMethod(f)) => {
                positional.remove(0);
                f.clone()
            }
            Some(Object::ClassMethod(f)) => {
                positional[0] = class.clone();
                f.clone()
            }
            _ => method,
        };
        Some(self.call_value(&method, CallArgs { positional, keywords: Vec::new() }))
    }

    /// What `v.name(other)` answers, if `v`'s class defines `name` and the answer is not
    /// `NotImplemented`.
    fn answer_of(&mut self, v: &Value, name: &'static str, other: &Value) -> Result<Option<Value>, Value> {
        match self.call_special_with(v, name, || [other.clone()]) {
            Some(result) => result.map(|r| (!is_not_implemented(&r)).then_some(r)),
            None => Ok(None),
        }
    }

    /// `left op right` (or `left op= right`) when an operand is an instance.
    pub fn binary_special(
        &mut self,
        op: BinaryOp,
        inplace: bool,
        left: &Value,
        right: &Value,
    ) -> Result<Value, Value> {
        let (method, reflected, inplace_method) = operator_methods(op);
        if inplace && let Some(result) = self.answer_of(left, inplace_method, right)? {
            return Ok(result);
        }
        if let Some(result) = self.answer_of(left, method, right)? {
            return Ok(result);
        }
        let same_class = is_instance(left)
            && is_instance(right)
            && class::same_class(&super::classes::class_of(left), &super::classes::class_of(right));
        if !same_class && let Some(result) = self.answer_of(right, reflected, left)? {
            return Ok(result);
        }
        // (`BA(b'x') + 'y'`: the message names the subclass.)
        if op == BinaryOp::Add
            && class::base_value(left).is_some_and(|base| base.with_bytes(|_| ()).is_some())
            && right.with_bytes(|_| ()).is_none()
        {
            return Err(ops::cannot_concat(left, right));
        }
        // `x += y` on a subclass of a mutable built-in type changes its value in place.
        if inplace && let Some(base) = class::base_value(left).cloned() {
            let other = class::base_value(right).unwrap_or(right).clone();
            if self.inplace_op(op, &base, &other)?.is_some() {
                return Ok(left.clone());
            }
        }
        // Subclasses of built-in types: the built-in operation on their values.
        if class::base_value(left).is_some() || class::base_value(right).is_some() {
            let (l, r) = (class::base_value(left).unwrap_or(left), class::base_value(right).unwrap_or(right));
            if !is_instance(l) && !is_instance(r) {
                return ops::binary_op(op, l, r);
            }
        }
        if op == BinaryOp::Or
            && let Some(union) = self.union_of(left, right)?
        {
            return Ok(union);
        }
        // A sequence repeated by an instance with `__index__`.
        if op == BinaryOp::Multiply {
            let sequence = |v: &Value| {
                matches!(
                    v.object(),
                    Some(
                        Object::List(_)
                            | Object::Tuple(_)
                            | Object::Str(_)
                            | Object::Bytes(_)
                            | Object::ByteArray(_)
                    )
                )
            };
            if sequence(left) && has_index_method(right) {
                let count = self.index_of(right)?;
                return ops::binary_op(op, left, &count);
            }
            // (`n *= seq` repeats only when `n` is the sequence: CPython's in-place
            // repetition looks at the left operand alone.)
            if sequence(right) && has_index_method(left) && !inplace {
                let count = self.index_of(left)?;
                return ops::binary_op(op, &count, right);
            }
        }
        // bytes + array: the array's machine bytes (its buffer).
        if op == BinaryOp::Add
            && matches!(left.object(), Some(Object::Bytes(_) | Object::ByteArray(_)))
            && super::buffers::is_array(right)
        {
            let bytes = Value::obj(Object::Bytes(self.array_bytes(right)?));
            if inplace && let Some(Object::ByteArray(cell)) = left.object() {
                cell.borrow_mut().extend(bytes.bytes_like().unwrap_or_default());
                return Ok(left.clone());
            }
            return ops::binary_op(op, left, &bytes);
        }
        let symbol = match (inplace, op) {
            (true, _) => format!("{}=", op.symbol()),
            (false, BinaryOp::Power) => "** or pow()".to_string(),
            (false, _) => op.symbol().to_string(),
        };
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
        if let Some(result) = self.answer_of(left, method, right)? {
            return Ok(result);
        }
        if let Some(result) = self.answer_of(right, reflected, left)? {
            return Ok(result);
        }
        if class::base_value(left).is_some() || class::base_value(right).is_some() {
            let (l, r) = (class::base_value(left).unwrap_or(left), class::base_value(right).unwrap_or(right));
            if !is_instance(l) && !is_instance(r) {
                return ops::compare(op, l, r);
            }
        }
        match op {
            CompareOp::Ne => Ok(Value::bool(!ops::is_same(left, right))),
            CompareOp::Eq => Ok(Value::bool(ops::is_same(left, right))),
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
        let answer = if class::lookup(&i.class(), "__ne__").is_some() {
            self.call_special_with(a, "__ne__", || [b.clone()])
        } else if i.base.is_none() && class::lookup(&i.class(), "__eq__").is_some() {
            match self.call_special_with(a, "__eq__", || [b.clone()]) {
                Some(Ok(equal)) if !is_not_implemented(&equal) => {
                    Some(self.truthy(&equal).map(|t| Value::bool(!t)))
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
        let result = self.compare_any(op, a, b)?;
        self.truthy(&result)
    }

    /// `a == b` as containers decide it: identity first, then equality.
    pub fn items_equal(&mut self, a: &Value, b: &Value) -> Result<bool, Value> {
        if ops::identical_or_equal(a, b) {
            return Ok(true);
        }
        if holds_instance(a) || holds_instance(b) {
            return self.compare_values(CompareOp::Eq, a, b);
        }
        Ok(false)
    }

    /// `bool(v)`: `__bool__`, else `__len__`, else true, for instances.
    pub fn truthy(&mut self, v: &Value) -> Result<bool, Value> {
        if !is_instance(v) {
            if matches!(v.object(), Some(Object::NotImplemented)) {
                self.warn_here(
                    "DeprecationWarning",
                    "NotImplemented should not be used in a boolean context",
                    false,
                );
            }
            return Ok(v.truthy());
        }
        if let Some(result) = self.call_special(v, "__bool__", Vec::new()) {
            return match result? {
                Value::Bool(b) => Ok(b.get()),
                other => {
                    Err(type_error(format!("__bool__ should return bool, returned {}", other.type_name())))
                }
            };
        }
        match self.call_special(v, "__len__", Vec::new()) {
            Some(n) => Ok(length_of(&n?)? > 0),
            None => Ok(class::base_value(v).is_none_or(Value::truthy)),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> Result<usize, Value> {
        if !is_instance(v) {
            self.sync_view(v)?;
            return ops::len(v);
        }
        match self.call_special(v, "__len__", Vec::new()) {
            Some(n) => length_of(&n?),
            None => ops::len(class::base_value(v).unwrap_or(v)),
        }
    }

    /// `container[index]`.
    pub fn get_item(&mut self, container: &Value, index: &Value) -> Result<Value, Value> {
        if !is_instance(container) {
            if let Some(Object::Type(_)) = container.object()
                && let Some(alias) = self.builtin_generic(container, index)?
            {
                return Ok(alias);
            }
            self.sync_view(container)?;
            // (A class's subscript goes to its `__class_getitem__`, which takes any index, even
            // an unhashable one: `Callable[[], Awaitable[T]]`.)
            if has_python_identity(index)
                && !is_sequence(container)
                && !matches!(container.object(), Some(Object::Class(_)))
            {
                let key = self.canonical_key(container, index.clone())?;
                return ops::get_item(container, &key);
            }
            return ops::get_item(container, index).or_else(|e| self.get_item_fallback(container, index, e));
        }
        match self.call_special_with(container, "__getitem__", || [index.clone()]) {
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
            None if let Some(Object::Class(_)) = container.object() => self.class_getitem(container, index),
            None if is_instance(container) => {
                Err(type_error(format!("'{}' object is not subscriptable", container.type_name())))
            }
            None => ops::get_item(container, index),
        }
    }

    /// What `container[index]` is when the built-in subscript failed with `error`: a class's
    /// `__class_getitem__`, or a sequence indexed by an int subclass's instance.
    #[cold]
    fn get_item_fallback(&mut self, container: &Value, index: &Value, error: Value) -> Result<Value, Value> {
        if let Some(Object::Class(_)) = container.object() {
            return self.class_getitem(container, index);
        }
        if is_key_error(&error) && holds_python_keys(container) {
            let key = self.canonical_key(container, index.clone())?;
            return ops::get_item(container, &key);
        }
        if let Some(alias) = self.builtin_generic(container, index)? {
            return Ok(alias);
        }
        if !matches!(container.object(), Some(Object::Dict(_)))
            && let Some(index) = self.converted_index(index)?
        {
            return ops::get_item(container, &index);
        }
        match int_index(container, index) {
            Some(i) => ops::get_item(container, i),
            None => Err(error),
        }
    }

    /// `C[index]` for a class: its `__class_getitem__` (an implicit classmethod).
    fn class_getitem(&mut self, class: &Value, index: &Value) -> Result<Value, Value> {
        let Some(method) = class::lookup(class, "__class_getitem__") else {
            return Err(type_error(format!("type '{}' is not subscriptable", class::class_name(class))));
        };
        let method = match method.object() {
            Some(Object::ClassMethod(f)) => f.clone(),
            _ => method,
        };
        self.call_value(
            &method,
            CallArgs { positional: vec![class.clone(), index.clone()], keywords: Vec::new() },
        )
    }

    /// `container[index] = value`, or `del container[index]` when `value` is `None`.
    pub fn set_item(&mut self, container: &Value, index: &Value, value: Option<Value>) -> Result<(), Value> {
        if !is_instance(container) {
            let canonical;
            let index =
                if has_python_identity(index) && !is_sequence(container) || holds_python_keys(container) {
                    canonical = self.canonical_key(container, index.clone())?;
                    &canonical
                } else if let Value::Obj(_) = index
                    && let Some(i) = int_index(container, index)
                {
                    i
                } else if !matches!(container.object(), Some(Object::Dict(_)))
                    && let Some(converted) = self.converted_index(index)?
                {
                    canonical = converted;
                    &canonical
                } else {
                    index
                };
            if let Some(Object::MemoryView(_)) = container.object() {
                self.sync_view(container)?;
                if let Some(v) = value {
                    ops::set_item(container, index, v)?;
                    return self.flush_view(container);
                }
            }
            return match value {
                Some(v) => ops::set_item(container, index, v),
                None => ops::del_item(container, index),
            };
        }
        let name = if value.is_some() { "__setitem__" } else { "__delitem__" };
        let args = || match &value {
            Some(v) => vec![index.clone(), v.clone()],
            None => vec![index.clone()],
        };
        match self.call_special_with(container, name, args) {
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

    /// `item in container` for a built-in item not found in a dict or set that has held a
    /// member with a Python `__eq__` (see `holds_python_keys`): whether it equals one.
    #[cold]
    #[inline(never)]
    fn contains_by_python_eq(&mut self, container: &Value, item: &Value) -> Result<bool, Value> {
        let key = self.canonical_key(container, item.clone())?;
        ops::contains(container, &key)
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
            && !is_instance(container)
            && !matches!(container.object(), Some(Object::List(_) | Object::Tuple(_)))
        {
            return match ops::contains(container, item) {
                Ok(false) if holds_python_keys(container) => self.contains_by_python_eq(container, item),
                found => found,
            };
        }
        if let Some(result) = self.call_special_with(container, "__contains__", || [item.clone()]) {
            let result = result?;
            return self.truthy(&result);
        }
        // `array in bytes`: the array's machine bytes (its buffer) are searched for.
        if matches!(container.object(), Some(Object::Bytes(_) | Object::ByteArray(_)))
            && super::buffers::is_array(item)
        {
            let bytes = Value::obj(Object::Bytes(self.array_bytes(item)?));
            return ops::contains(container, &bytes);
        }
        if let Some(base) = class::base_value(container) {
            let base = base.clone();
            return self.contains(&base, item);
        }
        // Lists and tuples of plain values compare without Python code (and without a copy).
        let plain = |items: &[Value]| !is_instance(item) && !items.iter().any(is_instance);
        match container.object() {
            Some(Object::List(l)) if plain(&l.borrow()) => return ops::contains(container, item),
            Some(Object::Tuple(t)) if plain(t) => return ops::contains(container, item),
            _ => {}
        }
        let sequence = match container.object() {
            Some(Object::List(l)) => Some(l.borrow().clone()),
            Some(Object::Tuple(t)) => Some(t.to_vec()),
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
            self.sync_view(v)?;
            return ops::iterate(v);
        }
        match self.call_special(v, "__iter__", Vec::new()) {
            Some(result) => result,
            // An instance of a subclass of a built-in iterator type is its own iterator.
            None if let Some(Object::Iterator(_)) = class::base_value(v).and_then(Value::object) => {
                Ok(v.clone())
            }
            None if let Some(base) = class::base_value(v) => ops::iterate(base),
            None if python_class(v).is_some_and(|c| class::lookup(&c, "__getitem__").is_some()) => {
                let state = crate::runtime::value::Iter::GetItem { object: v.clone(), index: 0 };
                Ok(Value::obj(Object::Iterator(Box::new(std::cell::RefCell::new(state)))))
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
    /// `with manager:` from Rust code: its `__exit__` and what `__enter__` gave.
    pub fn enter_context(&mut self, manager: &Value) -> Result<(Value, Value), Value> {
        match self.context_methods(manager)? {
            ContextEntry::Entered(exit, entered) => Ok((exit, entered)),
            ContextEntry::Enter(exit, enter) => Ok((exit, self.call_value(&enter, CallArgs::default())?)),
        }
    }

    /// A context manager's `__exit__`, and its `__enter__` still to be called (or, for a
    /// built-in manager, already entered).
    pub(super) fn context_methods(&mut self, manager: &Value) -> Result<ContextEntry, Value> {
        if let Some(Object::MemoryView(view)) = manager.object() {
            view.check()?;
            let exit = Value::obj(Object::BoundMethod { receiver: manager.clone(), name: "__exit__".into() });
            return Ok(ContextEntry::Entered(exit, manager.clone()));
        }
        if let Some(Object::Lock(_)) = manager.object() {
            let exit = Value::obj(Object::BoundMethod { receiver: manager.clone(), name: "__exit__".into() });
            // Straight from the thread's run loop (BEFORE_WITH), a wait parks the thread.
            self.parkable = self.runs == self.thread_runs;
            let entered =
                crate::builtins::methods::call_method(self, manager, "__enter__", CallArgs::default());
            self.parkable = false;
            return Ok(ContextEntry::Entered(exit, entered?));
        }
        let class = super::classes::class_of(manager);
        let (Some(enter), Some(exit)) =
            (class::lookup_special(&class, "__enter__"), class::lookup_special(&class, "__exit__"))
        else {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                manager.type_name()
            )));
        };
        let exit = self.bound_special(manager, exit, "__exit__");
        let enter = self.bound_special(manager, enter, "__enter__");
        Ok(ContextEntry::Enter(exit, enter))
    }

    /// The special method `found` in the class of `v` bound to `v`: a Python function of an
    /// instance's class as a method object at once (as CPython's special lookup, which skips
    /// the instance's own attributes); anything else as attribute lookup binds it.
    fn bound_special(&mut self, v: &Value, found: Value, name: &str) -> Value {
        match (v.object(), found.object()) {
            (Some(Object::Instance(_)), Some(Object::Function(_))) => {
                Value::obj(Object::Method { func: found, receiver: v.clone() })
            }
            _ => self.get_attr(v, name).unwrap_or(found),
        }
    }

    /// `-v`, `+v`, `~v` for an instance (`name` is `__neg__`, `__pos__` or `__invert__`).
    pub fn unary_special(&mut self, v: &Value, name: &'static str, symbol: &str) -> Result<Value, Value> {
        match self.call_special(v, name, Vec::new()) {
            Some(result) => result,
            // An instance of a subclass of int or float: its built-in value answers.
            None if let Some(base) = class::base_value(v) => {
                let op = match name {
                    "__neg__" => crate::bytecode::opcode::Op::UnaryNegative,
                    "__pos__" => crate::bytecode::opcode::Op::UnaryPositive,
                    _ => crate::bytecode::opcode::Op::UnaryInvert,
                };
                crate::runtime::ops::unary(op, base)
            }
            None => Err(type_error(format!("bad operand type for unary {symbol}: '{}'", v.type_name()))),
        }
    }
}

/// The special method `name` of `v`'s Python class when it is a plain Python function that
/// takes `v` alone (no defaults to fill beyond it): what the run loop can push as a frame.
pub(super) fn python_method(v: &Value, name: &'static str) -> Option<Value> {
    let method = class::lookup_special(&python_class(v)?, name)?;
    match method.object() {
        Some(Object::Function(f)) if super::call::binds_directly(f, 1) => Some(method),
        _ => None,
    }
}

/// What `context_methods` found.
pub(super) enum ContextEntry {
    /// `__exit__`, and `__enter__` to call.
    Enter(Value, Value),
    /// `__exit__`, and the value `__enter__` gave (a built-in manager, entered already).
    Entered(Value, Value),
}

/// The length that `__len__` returned as `n`: a non-negative int.
pub fn length_of(n: &Value) -> Result<usize, Value> {
    let Some(int) = n.as_int() else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", n.type_name())));
    };
    match int.as_i64() {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) => Err(crate::runtime::exception::value_error("__len__() should return >= 0")),
        None => {
            Err(super::new_exception(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"))
        }
    }
}
