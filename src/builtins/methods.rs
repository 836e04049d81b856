//! Methods of the built-in types (`list.append`, `str.split`, `dict.get`, ...): attribute
//! lookup gives a bound method; calling it dispatches here by type and name.

use crate::runtime::exception::{ExcKind, exception_with_args, new_exception, type_error, value_error};
use crate::runtime::exception_args;
use crate::runtime::function::{BuiltinResult, CallArgs, Prepared};
use crate::runtime::ops;
use crate::runtime::value::Slice;
use crate::runtime::value::{Key, Object, Property, Value, ViewKind};
use crate::vm::Vm;

const LIST_METHODS: &[&str] =
    &["append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "copy", "clear", "sort"];
const DICT_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "copy",
    "clear",
    "fromkeys",
];
/// Set methods; the ones from `copy` on also belong to frozenset.
const SET_METHODS: &[&str] = &[
    "add",
    "remove",
    "discard",
    "pop",
    "clear",
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
    "update",
    "difference_update",
    "intersection_update",
    "symmetric_difference_update",
];

/// `object.name = value` (or `del object.name` when `value` is `None`). Only functions take
/// new attributes so far; built-in values refuse, with CPython's messages.
pub fn set_attribute(object: &Value, name: Key, value: Option<Value>) -> Result<(), Value> {
    let text = name.0.to_str();
    if let Some(Object::Function(f)) = object.object() {
        if matches!(text.as_str(), "__globals__" | "__closure__" | "__builtins__") {
            return Err(new_exception(ExcKind::AttributeError, "readonly attribute"));
        }
        let mut attributes = f.attributes.borrow_mut();
        return match value {
            Some(v) => {
                attributes.insert(name, v);
                Ok(())
            }
            None => attributes.shift_remove(&name).map(|_| ()).ok_or_else(|| {
                new_exception(
                    ExcKind::AttributeError,
                    &format!("'function' object has no attribute '{text}'"),
                )
            }),
        };
    }
    // Built-in types are immutable (deleting says "set" too, as CPython's).
    if let Some(Object::Type(t)) = object.object() {
        return Err(type_error(format!("cannot set '{text}' attribute of immutable type '{t}'")));
    }
    if let Some(Object::Property(p)) = object.object()
        && text == "__doc__"
    {
        *p.doc.borrow_mut() = value.unwrap_or(Value::None);
        return Ok(());
    }
    if let Some(Object::Exception(e)) = object.object() {
        return set_exception_attribute(&mut e.borrow_mut(), &text, value);
    }
    if let Some(Object::Module { dict, .. }) = object.object() {
        let mut dict = dict.borrow_mut();
        return match value {
            Some(v) => {
                dict.insert(name, v);
                Ok(())
            }
            None => dict.shift_remove(&name).map(|_| ()).ok_or_else(|| {
                new_exception(ExcKind::AttributeError, &format!("'module' object has no attribute '{text}'"))
            }),
        };
    }
    let type_name = object.type_name();
    let has_it = get_attribute(object, &text).is_ok();
    let is_method = matches!(
        get_attribute(object, &text).ok().as_ref().and_then(Value::object),
        Some(Object::BoundMethod { .. } | Object::Builtin(_))
    );
    let msg = if has_it
        && matches!(object.object(), Some(Object::Slice(_) | Object::Range(_) | Object::Complex(..)))
    {
        "readonly attribute".to_string()
    } else if has_it && !is_method && !text.starts_with("__") {
        format!("attribute '{text}' of '{type_name}' objects is not writable")
    } else if has_it {
        format!("'{type_name}' object attribute '{text}' is read-only")
    } else {
        format!("'{type_name}' object has no attribute '{text}'")
    };
    Err(new_exception(ExcKind::AttributeError, &msg))
}

/// `exc.name = value` (any name: exceptions have a `__dict__`); `args` becomes a tuple.
fn set_exception_attribute(
    e: &mut crate::runtime::exception::Exception,
    name: &str,
    value: Option<Value>,
) -> Result<(), Value> {
    match (name, value) {
        ("args", Some(v)) => e.args = ops::collect_builtin(&v)?,
        ("args", None) => return Err(type_error("args may not be deleted")),
        ("__traceback__", Some(v)) => e.set_traceback(super::tracebacks::entries_of(&v)?),
        ("__traceback__", None) => return Err(type_error("__traceback__ may not be deleted")),
        (_, Some(v)) => e.set_attr(name, v),
        (_, None) => {
            let before = e.attrs.len();
            e.attrs.retain(|(n, _)| n != name);
            if e.attrs.len() == before {
                return Err(new_exception(
                    ExcKind::AttributeError,
                    &format!("'{}' object has no attribute '{name}'", e.kind.name()),
                ));
            }
        }
    }
    Ok(())
}

/// The methods of exception groups.
const GROUP_METHODS: &[&str] = &["split", "subgroup", "derive"];

/// `object.name` for built-in values.
pub fn get_attribute(object: &Value, name: &str) -> BuiltinResult {
    // Attributes assigned to a function win, `__name__` and `__doc__` included (functools.wraps).
    if let Some(Object::Function(f)) = object.object()
        && let Some(v) = f.attributes.borrow().get(&Key(Value::str(name)))
    {
        return Ok(v.clone());
    }
    match (object.object(), name) {
        (_, "__class__") => return Ok(crate::vm::classes::class_of(object)),
        (Some(Object::Type(type_name)), "__name__" | "__qualname__") => return Ok(Value::str(*type_name)),
        (Some(Object::Type(_)), "__module__") => return Ok(Value::str("builtins")),
        // The docstrings of the types at the root of the object model, as CPython's.
        (Some(Object::Type("type")), "__doc__") => {
            return Ok(Value::str(
                "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
            ));
        }
        (Some(Object::Type("object")), "__doc__") => {
            return Ok(Value::str(
                "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
            ));
        }
        (Some(Object::Function(f)), "__name__") => return Ok(Value::str(f.code.name.as_str())),
        (Some(Object::Function(f)), "__qualname__") => return Ok(Value::str(f.code.qualname.as_str())),
        (Some(Object::Builtin(b)), "__name__" | "__qualname__") => return Ok(Value::str(b.name)),
        (Some(Object::BoundMethod { name: method, .. }), "__name__") => {
            return Ok(Value::str(&**method));
        }
        (Some(Object::BoundMethod { receiver, name: method }), "__qualname__") => {
            let owner = match receiver.object() {
                Some(Object::Type(t)) => t,
                _ => receiver.type_name(),
            };
            return Ok(Value::str(format!("{owner}.{method}").as_str()));
        }
        (Some(Object::BoundMethod { receiver, .. }), "__self__") => return Ok(receiver.clone()),
        (Some(Object::Exception(e)), "__traceback__") => return Ok(super::tracebacks::traceback_of(e)),
        (Some(Object::Exception(e)), _) if exception_args::attribute(&e.borrow(), name).is_some() => {
            return Ok(exception_args::attribute(&e.borrow(), name).unwrap_or(Value::None));
        }
        (Some(Object::Exception(_)), "add_note" | "with_traceback") => {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
        (Some(Object::Exception(_)), _)
            if GROUP_METHODS.contains(&name) && crate::runtime::exception_group::is_group(object) =>
        {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
        (Some(Object::Function(f)), "__annotations__") => {
            // Made (empty) when first asked for, as CPython does.
            let dict =
                Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(Default::default()))));
            f.attributes.borrow_mut().insert(Key(Value::str("__annotations__")), dict.clone());
            return Ok(dict);
        }
        (Some(Object::Function(f)), "__dict__") => {
            let mut map = f.attributes.borrow().clone();
            map.shift_remove(&Key(Value::str("__annotations__")));
            return Ok(Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(map)))));
        }
        (Some(Object::Function(f)), "__code__") => return Ok(Value::obj(Object::Code(f.code.clone()))),
        (Some(Object::Function(_) | Object::ClassMethod(_) | Object::StaticMethod(_)), "__get__") => {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
        (Some(Object::Function(f)), "__globals__") => return Ok(Value::obj(Object::Dict(f.globals.clone()))),
        (Some(Object::Function(f)), "__module__") => {
            return Ok(f.globals.borrow().get(&Key(Value::str("__name__"))).cloned().unwrap_or(Value::None));
        }
        (Some(Object::Function(f)), _) if f.attributes.borrow().contains_key(&Key(Value::str(name))) => {
            return Ok(f.attributes.borrow().get(&Key(Value::str(name))).cloned().unwrap_or(Value::None));
        }
        (Some(Object::Code(code)), _) if code_attribute(code, name).is_some() => {
            return Ok(code_attribute(code, name).unwrap_or(Value::None));
        }
        (Some(Object::Type(type_name)), "__mro__") => {
            return Ok(Value::tuple(
                type_mro(type_name).into_iter().map(|t| Value::obj(Object::Type(t))).collect(),
            ));
        }
        (Some(Object::Type(type_name)), "__dict__") => return Ok(type_namespace(object, type_name)),
        (Some(Object::Type(_)), "__subclasses__" | "__subclasshook__") => {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
        (Some(Object::Type(type_name)), "__bases__") => {
            let mro = type_mro(type_name);
            return Ok(Value::tuple(mro.get(1).map(|t| Value::obj(Object::Type(t))).into_iter().collect()));
        }
        (Some(Object::Function(f)), "__defaults__") => {
            return Ok(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) });
        }
        (Some(Object::Function(f)), "__kwdefaults__") => {
            if f.kw_defaults.is_empty() {
                return Ok(Value::None);
            }
            let map = f.kw_defaults.iter().map(|(k, v)| (Key(Value::str(k.as_str())), v.clone())).collect();
            return Ok(Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(map)))));
        }
        (Some(Object::Function(f)), "__closure__") => {
            return Ok(if f.closure.is_empty() { Value::None } else { Value::tuple(f.closure.clone()) });
        }
        (Some(Object::MemoryView(m)), _) if m.attribute(name).is_some() => {
            return m.attribute(name).unwrap_or(Ok(Value::None));
        }
        (Some(Object::Cell(cell)), "cell_contents") => {
            return cell.borrow().clone().ok_or_else(|| new_exception(ExcKind::ValueError, "Cell is empty"));
        }
        (Some(Object::Slice(slice)), "start" | "stop" | "step") => {
            return Ok(match name {
                "start" => slice.start.clone(),
                "stop" => slice.stop.clone(),
                _ => slice.step.clone(),
            });
        }
        (Some(Object::Range(r)), "start" | "stop" | "step") => {
            return Ok(Value::from_int(match name {
                "start" => r.start.clone(),
                "stop" => r.stop.clone(),
                _ => r.step.clone(),
            }));
        }
        (Some(Object::Function(f)), "__doc__") => {
            return Ok(f.code.doc.as_ref().map_or(Value::None, |d| Value::str(d.as_str())));
        }
        (Some(Object::Module { name: module, .. }), "__name__") => return Ok(Value::str(module.as_str())),
        (Some(Object::Module { dict, .. }), "__dict__") => return Ok(Value::obj(Object::Dict(dict.clone()))),
        (Some(Object::Module { name: module, dict }), _) => {
            return dict.borrow().get(&Key(Value::str(name))).cloned().ok_or_else(|| {
                new_exception(
                    ExcKind::AttributeError,
                    &format!("module '{module}' has no attribute '{name}'"),
                )
            });
        }
        _ => {}
    }
    if let Some(v) = number_attribute(object, name) {
        return Ok(v);
    }
    if let Some(v) = crate::runtime::generator::attribute(object, name) {
        return Ok(v);
    }
    if crate::runtime::generator::as_step(object).is_some()
        && crate::runtime::generator::STEP_METHODS.contains(&name)
    {
        return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
    }
    if super::number_dunders::has(object, name) {
        return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
    }
    if DUNDER_METHODS.contains(&name) && dunder_applies(object, name) {
        return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
    }
    if matches!(name, "__reduce__" | "__setstate__") && super::iteration::has_position(object) {
        return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
    }
    // `str.lower`, `list.append`, ...: a method taken from the type, called with the receiver
    // as its first argument.
    if let Some(Object::Type(type_name)) = object.object() {
        if super::number_dunders::sample(type_name).is_some_and(|n| super::number_dunders::has(&n, name)) {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
        // `list.__getitem__`, `dict.__setitem__`, `str.__len__`: the special methods that
        // an empty value of the type answers (a slot wrapper, called with the receiver first).
        if DUNDER_METHODS.contains(&name)
            && !matches!(name, "__next__" | "__length_hint__")
            && empty_of(type_name).is_some_and(|empty| dunder_applies(&empty, name))
        {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
        let methods: &[&str] = match *type_name {
            "str" => super::str_methods::NAMES,
            "list" => LIST_METHODS,
            "dict" if name == "fromkeys" => &["fromkeys"],
            "bytes" | "bytearray" if matches!(name, "fromhex" | "maketrans") => &["fromhex", "maketrans"],
            "int" if name == "from_bytes" => &["from_bytes"],
            "float" => &["fromhex", "hex", "is_integer", "as_integer_ratio", "conjugate"],
            "dict" => DICT_METHODS,
            "set" => SET_METHODS,
            "tuple" => &["count", "index"],
            "bytes" => super::bytes_methods::BYTES_METHODS,
            "bytearray" if super::bytes_methods::BYTEARRAY_METHODS.contains(&name) => {
                super::bytes_methods::BYTEARRAY_METHODS
            }
            "bytearray" => super::bytes_methods::BYTES_METHODS,
            _ => &[],
        };
        if methods.contains(&name) {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
    }
    if is_plain_method(object, name) {
        return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
    }
    let message = match object.object() {
        Some(Object::Type(t)) => format!("type object '{t}' has no attribute '{name}'"),
        _ => format!("'{}' object has no attribute '{name}'", object.type_name()),
    };
    Err(new_exception(ExcKind::AttributeError, &message))
}

/// Whether `object.name` is an ordinary method of a built-in container or string (`s.split`,
/// `d.get`), which `call_method` runs given the receiver: LOAD_METHOD then needs no bound
/// method object.
pub fn is_plain_method(object: &Value, name: &str) -> bool {
    let methods: &[&str] = match object.object() {
        Some(Object::Random(_)) => return super::random::is_method(name),
        Some(Object::Lock(_)) => super::thread::LOCK_METHODS,
        Some(Object::Stream(_)) => &["write", "flush"],
        Some(Object::Tuple(_)) => &["count", "index"],
        Some(Object::Bytes(_) | Object::ByteArray(_)) => {
            return super::bytes_methods::has_method(object, name);
        }
        Some(Object::Range { .. }) => &["index", "count"],
        Some(Object::MemoryView(_)) => crate::runtime::memoryview::METHODS,
        Some(Object::Slice(_)) => &["indices"],
        Some(Object::List(_)) => LIST_METHODS,
        Some(Object::Str(_)) => super::str_methods::NAMES,
        Some(Object::Dict(_)) => DICT_METHODS,
        Some(Object::Set(_)) => SET_METHODS,
        Some(Object::FrozenSet(_)) => &SET_METHODS[5..13],
        Some(Object::DictView { kind: ViewKind::Keys | ViewKind::Items, .. }) => &["isdisjoint"],
        _ => &[],
    };
    methods.contains(&name)
}

/// `is_plain_method` for `name`, name `i` of `prepared`, remembered per name: the answer depends
/// only on the kind of object (its `Object` variant), except for dict views, whose kinds
/// differ, so a hit costs one comparison instead of a scan of the type's method names.
#[inline]
pub fn is_plain_method_cached(prepared: &Prepared, i: usize, object: &Value, name: &str) -> bool {
    let Some(inner) = object.object() else { return false };
    let kind = std::mem::discriminant(inner);
    if prepared.plain_methods[i].get() == Some(kind) {
        return true;
    }
    let plain = is_plain_method(object, name);
    if plain && !matches!(inner, Object::DictView { .. }) {
        prepared.plain_methods[i].set(Some(kind));
    }
    plain
}

fn arg(args: &CallArgs, i: usize) -> Option<&Value> {
    args.positional.get(i)
}

/// Call method `name` of the built-in value `receiver`.
/// Special methods every built-in value answers to, dispatched to the same operations the
/// syntax uses (`x.__len__()` is `len(x)`).
const DUNDER_METHODS: &[&str] = &[
    "__len__",
    "__repr__",
    "__str__",
    "__format__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__iter__",
    "__next__",
    "__length_hint__",
    "__eq__",
    "__ne__",
    "__hash__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__or__",
    "__and__",
    "__sub__",
    "__xor__",
    "__ror__",
    "__rand__",
    "__rsub__",
    "__rxor__",
    "__ior__",
    "__iand__",
    "__isub__",
    "__ixor__",
    "__mod__",
    "__rmod__",
];

/// The family of a container operand for the ordering and set operators' special methods:
/// bytes and bytearray order together, as do set and frozenset.
fn operand_family(v: &Value) -> Option<&'static str> {
    Some(match v.object()? {
        Object::Str(_) => "str",
        Object::Bytes(_) | Object::ByteArray(_) => "bytes",
        Object::List(_) => "list",
        Object::Tuple(_) => "tuple",
        Object::Set(_) | Object::FrozenSet(_) => "set",
        Object::Dict(_) => "dict",
        _ => return None,
    })
}

/// The family of a value that is a `%` template: str, or bytes (bytearray too).
fn template_family(v: &Value) -> Option<&'static str> {
    match v.object()? {
        Object::Str(_) => Some("str"),
        Object::Bytes(_) => Some("bytes"),
        Object::ByteArray(_) => Some("bytearray"),
        _ => None,
    }
}

/// `t.__mod__(values)` (`values.__rmod__(t)` when `reflected`) for a str, bytes or bytearray
/// receiver of `family`: `%` formatting, or NotImplemented when the template is of another
/// type (CPython's `unicode_mod`, `bytes_mod`, `bytearray_mod`).
fn remainder(vm: &mut Vm, receiver: &Value, family: &str, reflected: bool, args: &CallArgs) -> BuiltinResult {
    let [other] = args.positional.as_slice() else {
        return Err(type_error(format!("expected 1 argument, got {}", args.positional.len())));
    };
    let (template, values) = if reflected { (other, receiver) } else { (receiver, other) };
    let template = crate::runtime::class::base_value(template).unwrap_or(template);
    if template_family(template) != Some(family) {
        return Ok(Value::obj(Object::NotImplemented));
    }
    match template.as_str() {
        Some(text) => super::percent_format(vm, text, values),
        None => super::percent_format_bytes(template, values),
    }
}

/// Whether `type_name.name` is a method descriptor in CPython rather than a slot wrapper
/// (which decides its repr and its message for a receiver of the wrong type).
fn is_method_descriptor(type_name: &str, name: &str) -> bool {
    !name.starts_with("__")
        || name == "__format__"
        || matches!((type_name, name), ("list" | "dict", "__getitem__") | ("dict", "__contains__"))
}

/// The repr of `type_name.name` taken from a built-in type, as CPython prints it:
/// `<method 'upper' of 'str' objects>`, `<slot wrapper '__len__' of 'list' objects>`,
/// `<built-in method fromkeys of type object>` for the class methods.
pub fn unbound_repr(type_name: &str, name: &str) -> String {
    if matches!(name, "fromkeys" | "fromhex" | "from_bytes" | "maketrans" | "mro" | "__subclasshook__") {
        return format!("<built-in method {name} of type object>");
    }
    // The methods `object` gives the containers unchanged.
    let owner = match name {
        "__str__" if matches!(type_name, "list" | "tuple" | "dict") => "object",
        "__format__" if type_name != "str" => "object",
        _ => type_name,
    };
    match is_method_descriptor(type_name, name) {
        true => format!("<method '{name}' of '{owner}' objects>"),
        false => format!("<slot wrapper '{name}' of '{owner}' objects>"),
    }
}

/// An empty value of the built-in container type `type_name`: what decides which special
/// methods the type itself offers (`list.__getitem__`).
fn empty_of(type_name: &str) -> Option<Value> {
    use std::cell::RefCell;
    use std::rc::Rc;
    Some(match type_name {
        "str" => Value::str(""),
        "list" => Value::list(Vec::new()),
        "tuple" => Value::tuple(Vec::new()),
        "dict" => Value::obj(Object::Dict(Rc::new(RefCell::new(Default::default())))),
        "bytes" => Value::obj(Object::Bytes(Vec::new())),
        "bytearray" => Value::obj(Object::ByteArray(RefCell::new(Vec::new()))),
        _ => return None,
    })
}

/// Whether `value` is an exception whose built-in kind derives from the exception type
/// `type_name` (`LookupError.__str__(KeyError())`).
fn exception_of_kind(value: &Value, type_name: &str) -> bool {
    let (Some(Object::Exception(e)), Some(base)) = (value.object(), ExcKind::from_name(type_name)) else {
        return false;
    };
    e.borrow().kind.is_subclass_of(base)
}

fn is_sequence(object: &Value) -> bool {
    matches!(
        object.object(),
        Some(Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_))
    )
}

fn dunder_applies(object: &Value, name: &str) -> bool {
    match name {
        "__len__" => ops::len(object).is_ok(),
        "__add__" | "__mul__" | "__rmul__" => is_sequence(object),
        "__lt__" | "__le__" | "__gt__" | "__ge__" => operand_family(object).is_some(),
        "__or__" | "__ror__" => matches!(operand_family(object), Some("set" | "dict")),
        "__ior__" => matches!(object.object(), Some(Object::Set(_) | Object::Dict(_))),
        "__iand__" | "__isub__" | "__ixor__" => matches!(object.object(), Some(Object::Set(_))),
        "__and__" | "__sub__" | "__xor__" | "__rand__" | "__rsub__" | "__rxor__" => {
            operand_family(object) == Some("set")
        }
        "__mod__" | "__rmod__" => template_family(object).is_some(),
        "__iter__" => ops::iterate(object).is_ok(),
        "__next__" => matches!(object.object(), Some(Object::Iterator(_))),
        "__length_hint__" => {
            matches!(object.object(), Some(Object::Iterator(it)) if it.borrow().length_hint().is_some())
        }
        "__setitem__" | "__delitem__" => matches!(
            object.object(),
            Some(Object::List(_) | Object::Dict(_) | Object::ByteArray(_) | Object::MemoryView(_))
        ),
        "__contains__" | "__getitem__" => {
            matches!(
                object.object(),
                Some(
                    Object::Str(_)
                        | Object::List(_)
                        | Object::Tuple(_)
                        | Object::Dict(_)
                        | Object::Bytes(_)
                        | Object::ByteArray(_)
                        | Object::MemoryView(_)
                        | Object::Range { .. }
                )
            ) || (name == "__contains__"
                && matches!(
                    object.object(),
                    Some(Object::Set(_) | Object::FrozenSet(_) | Object::DictView { .. })
                ))
        }
        _ => true,
    }
}

/// Whether `receiver.__eq__(other)` compares rather than answering NotImplemented: as in
/// CPython, a built-in type's `__eq__` knows only its own kind (ints and floats each other).
fn equality_applies(receiver: &Value, other: &Value) -> bool {
    let family = |v: &Value| match v.object() {
        // An instance of a subclass of a built-in type counts as that type.
        Some(Object::Instance(i)) => crate::runtime::class::builtin_base(&i.class()),
        _ => match v.type_name() {
            "bool" => "int",
            "frozenset" => "set",
            name => name,
        },
    };
    match (family(receiver), family(other)) {
        ("float", "int") | ("complex", "int" | "float") | ("bytearray", "bytes" | "memoryview") => true,
        (
            mine @ ("int" | "float" | "complex" | "str" | "bytes" | "list" | "tuple" | "dict" | "set"
            | "range" | "NoneType"),
            theirs,
        ) => mine == theirs,
        _ => true,
    }
}

fn call_dunder(receiver: &Value, name: &str, args: &CallArgs) -> BuiltinResult {
    use crate::bytecode::opcode::BinaryOp;
    let first = || args.positional.first().cloned().ok_or_else(|| type_error("expected 1 argument, got 0"));
    match name {
        "__len__" => Ok(Value::Int(ops::len(receiver)? as i64)),
        "__length_hint__" => match receiver.object() {
            Some(Object::Iterator(it)) => {
                Ok(Value::from_int(it.borrow().length_hint().unwrap_or(crate::runtime::int::Int::Small(0))))
            }
            _ => Err(type_error("__length_hint__ needs an iterator")),
        },
        "__repr__" => Ok(Value::str(receiver.repr())),
        "__str__" => Ok(Value::str(receiver.to_str())),
        "__format__" => {
            let spec = first()?;
            let spec = spec.as_str().ok_or_else(|| type_error("format spec must be a str"))?;
            Ok(Value::str(super::format::format_value(receiver, spec)?))
        }
        "__contains__" => Ok(Value::bool(ops::contains(receiver, &first()?)?)),
        "__getitem__" => ops::get_item(receiver, &first()?),
        "__setitem__" => match args.positional.as_slice() {
            [index, value] => ops::set_item(receiver, index, value.clone()).map(|_| Value::None),
            other => Err(type_error(format!("expected 2 arguments, got {}", other.len()))),
        },
        "__delitem__" => ops::del_item(receiver, &first()?).map(|_| Value::None),
        "__eq__" | "__ne__" => {
            let other = first()?;
            if !equality_applies(receiver, &other) {
                return Ok(Value::obj(Object::NotImplemented));
            }
            Ok(Value::bool(ops::values_equal(receiver, &other) == (name == "__eq__")))
        }
        "__add__" => ops::binary_op(BinaryOp::Add, receiver, &first()?),
        "__mul__" | "__rmul__" => {
            // The repeat count must be an int; the operator's wording differs.
            let count = first()?;
            if count.as_int().is_none() {
                let type_name = count.type_name();
                return Err(type_error(format!("'{type_name}' object cannot be interpreted as an integer")));
            }
            ops::binary_op(BinaryOp::Multiply, receiver, &count)
        }
        _ => match crate::vm::container_operator(name) {
            // Operands of another family give NotImplemented, so the other side may answer.
            // (The in-place forms never come here: `call_method` changes the receiver.)
            Some((operator, form)) => {
                let reflected = form == crate::vm::OperatorForm::Reflected;
                let other = first()?;
                // (Dicts do not order: `object`'s comparisons answer NotImplemented.)
                if operand_family(&other) != operand_family(receiver)
                    || (operator.is_ok() && operand_family(receiver) == Some("dict"))
                {
                    return Ok(Value::obj(Object::NotImplemented));
                }
                let (left, right) = if reflected { (&other, receiver) } else { (receiver, &other) };
                match operator {
                    Ok(compare) => ops::compare(compare, left, right),
                    Err(binary) => ops::binary_op(binary, left, right),
                }
            }
            None => Ok(Value::Int(ops::hash_value(receiver)?)),
        },
    }
}

pub fn call_method(vm: &mut Vm, receiver: &Value, name: &str, mut args: CallArgs) -> BuiltinResult {
    // `D.fromkeys(...)`, `B.fromhex(...)`: a built-in type's class method through a subclass.
    if matches!(receiver.object(), Some(Object::Class(_)))
        && super::type_classmethods::has(crate::runtime::class::builtin_base(receiver), name)
    {
        return super::type_classmethods::call(vm, receiver, name, args);
    }
    // Keys given to dict and set methods are found by their Python `__eq__`, if they have one.
    if matches!(receiver.object(), Some(Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_)))
        && matches!(
            name,
            "get" | "setdefault" | "pop" | "add" | "discard" | "remove" | "__contains__" | "__getitem__"
        )
        && let Some(first) = args.positional.first_mut()
        && crate::vm::special_needs_canonical_key(receiver, first)
    {
        *first = vm.canonical_key(receiver, first.clone())?;
    }
    // The common case (`d.get`, `s.split`, `l.append`): an ordinary method of a built-in
    // container or string goes straight to its type's methods.
    let ordinary = !name.starts_with('_')
        && matches!(
            receiver.object(),
            Some(
                Object::List(_)
                    | Object::Str(_)
                    | Object::Dict(_)
                    | Object::Set(_)
                    | Object::FrozenSet(_)
                    | Object::Tuple(_)
                    | Object::Bytes(_)
                    | Object::ByteArray(_)
            )
        );
    if ordinary {
        return call_ordinary_method(vm, receiver, name, args);
    }
    call_special_receiver(vm, receiver, name, args)
}

/// Methods of receivers other than built-in containers and strings, and special methods.
fn call_special_receiver(vm: &mut Vm, receiver: &Value, name: &str, mut args: CallArgs) -> BuiltinResult {
    if let Some(result) = object_method(vm, receiver, name, &args) {
        return result;
    }
    if matches!(name, "__reduce__" | "__setstate__") && super::iteration::has_position(receiver) {
        return super::iteration::position_method(vm, receiver, name, &args);
    }
    if let Some(Object::Generator(_)) = receiver.object() {
        return vm.generator_method(receiver, name, args);
    }
    if let Some(Object::AsyncGenStep(_)) = receiver.object() {
        return vm.async_step_method(receiver, name);
    }
    if let (Some(Object::Exception(e)), "add_note" | "with_traceback") = (receiver.object(), name) {
        let [arg] = args.positional.as_slice() else {
            let n = args.positional.len();
            return Err(type_error(format!("BaseException.{name}() takes exactly one argument ({n} given)")));
        };
        if name == "with_traceback" {
            e.borrow_mut().set_traceback(super::tracebacks::entries_of(arg)?);
            return Ok(receiver.clone());
        }
        if arg.as_str().is_none() {
            return Err(type_error(format!("note must be a str, not '{}'", arg.type_name())));
        }
        let notes = e.borrow().attr("__notes__").cloned();
        match notes {
            Some(list) if matches!(list.object(), Some(Object::List(_))) => {
                if let Some(Object::List(items)) = list.object() {
                    items.borrow_mut().push(arg.clone());
                }
            }
            Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
            None => e.borrow_mut().set_attr("__notes__", Value::list(vec![arg.clone()])),
        }
        return Ok(Value::None);
    }
    if GROUP_METHODS.contains(&name) && crate::runtime::exception_group::is_group(receiver) {
        return vm.exception_group_method(receiver, name, args);
    }
    if let Some(Object::Random(state)) = receiver.object() {
        return super::random::call_method(vm, state, name, args);
    }
    if let Some(Object::Lock(lock)) = receiver.object() {
        return super::thread::call_method(vm, receiver, lock, name, args);
    }
    if let Some(Object::MemoryView(view)) = receiver.object()
        && crate::runtime::memoryview::METHODS.contains(&name)
    {
        vm.sync_view(receiver)?;
        if name == "hex" {
            view.check()?;
            return super::bytes_methods::hex(&view.with_raw(<[u8]>::to_vec).unwrap_or_default(), &args);
        }
        super::arity::check("memoryview", name, &args)?;
        return crate::runtime::memoryview::call_method(receiver, view, name, &args.positional);
    }
    if super::number_dunders::has(receiver, name) {
        return super::number_dunders::call(vm, receiver, name, args);
    }
    // Item assignment may need the keys' Python `__eq__`/`__hash__`: the VM's own.
    if let ("__setitem__" | "__delitem__", Some(Object::List(_) | Object::Dict(_))) =
        (name, receiver.object())
    {
        let (key, value) = match (name, args.positional.as_slice()) {
            ("__setitem__", [key, value]) => (key, Some(value.clone())),
            ("__delitem__", [key]) => (key, None),
            (_, given) => {
                let wanted = if name == "__setitem__" { 2 } else { 1 };
                return Err(type_error(format!("expected {wanted} arguments, got {}", given.len())));
            }
        };
        return vm.set_item(receiver, key, value).map(|()| Value::None);
    }
    // `s.__ior__(t)`, `d.__ior__(e)`: the in-place operators change the receiver.
    if let Some((Err(op), crate::vm::OperatorForm::InPlace)) = crate::vm::container_operator(name)
        && !matches!(receiver.object(), Some(Object::Type(_)))
    {
        let other = args.positional.first().ok_or_else(|| type_error("expected 1 argument, got 0"))?;
        let changed = vm.inplace_op(op, receiver, other)?;
        return Ok(changed.unwrap_or_else(|| Value::obj(Object::NotImplemented)));
    }
    if let ("__mod__" | "__rmod__", Some(family)) = (name, template_family(receiver)) {
        return remainder(vm, receiver, family, name == "__rmod__", &args);
    }
    if DUNDER_METHODS.contains(&name) && !matches!(receiver.object(), Some(Object::Type(_))) {
        // Advancing a built-in iterator may run Python code (`map`, `filter`).
        match name {
            "__iter__" => return vm.iterate(receiver),
            "__next__" => {
                return vm.next_item(receiver)?.ok_or_else(|| new_exception(ExcKind::StopIteration, ""));
            }
            _ => return call_dunder(receiver, name, &args),
        }
    }
    if let Some(Object::Type(type_name)) = receiver.object() {
        if *type_name == "int" && name == "from_bytes" {
            let given = args
                .positional
                .first()
                .or_else(|| args.keywords.iter().find(|(k, _)| k == "bytes").map(|(_, v)| v));
            let Some(given) = given else {
                return Err(type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
            };
            // Any iterable of ints in range(256) will do, as for `bytes(...)`.
            let bytes = match given.bytes_like() {
                Some(bytes) => bytes,
                // (Not a count of zero bytes, nor text: `bytes(5)` and `bytes("ab", enc)` mean
                // something else.)
                None if given.as_int().is_some() || given.as_str().is_some() => {
                    return Err(type_error(format!(
                        "cannot convert '{}' object to bytes",
                        given.type_name()
                    )));
                }
                None => super::bytes_new::contents(
                    vm,
                    "bytes",
                    &CallArgs { positional: vec![given.clone()], keywords: Vec::new() },
                )?,
            };
            let bytes = bytes.as_slice();
            let order = args
                .positional
                .get(1)
                .or_else(|| args.keywords.iter().find(|(k, _)| k == "byteorder").map(|(_, v)| v));
            let big = byte_order("from_bytes", order)?;
            let signed = args.keywords.iter().any(|(k, v)| k == "signed" && v.truthy());
            let n = match (big, signed) {
                (true, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, bytes),
                (false, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, bytes),
                (true, true) => num_bigint::BigInt::from_signed_bytes_be(bytes),
                (false, true) => num_bigint::BigInt::from_signed_bytes_le(bytes),
            };
            return Ok(Value::from_int(crate::runtime::int::Int::from(n)));
        }
        if matches!(*type_name, "bytes" | "bytearray") && name == "maketrans" {
            return super::bytes_translate::maketrans(&args);
        }
        if *type_name == "str" && name == "maketrans" {
            return super::str_translate::maketrans(&args);
        }
        if *type_name == "float" && name == "fromhex" {
            let text = super::type_classmethods::only_argument(type_name, name, &args)?;
            let text = text.as_str().ok_or_else(|| type_error("bad argument type for built-in operation"))?;
            return Ok(Value::raw_float(super::float_hex::from_hex(text)?));
        }
        if matches!(*type_name, "bytes" | "bytearray") && name == "fromhex" {
            let text = super::type_classmethods::only_argument(type_name, name, &args)?;
            let text = text.as_str().ok_or_else(|| {
                type_error(format!("fromhex() argument must be str, not {}", text.type_name()))
            })?;
            let bytes = super::bytes_methods::from_hex(text)?;
            return Ok(match *type_name {
                "bytes" => Value::obj(Object::Bytes(bytes)),
                _ => Value::obj(Object::ByteArray(std::cell::RefCell::new(bytes))),
            });
        }
        if *type_name == "dict" && name == "fromkeys" {
            super::arity::check("dict", name, &args)?;
            let keys = vm.collect(
                args.positional
                    .first()
                    .ok_or_else(|| type_error("fromkeys expected at least 1 argument, got 0"))?,
            )?;
            let value = args.positional.get(1).cloned().unwrap_or(Value::None);
            let mut map = crate::runtime::value::DictMap::default();
            for k in keys {
                ops::hash_value(&k)?;
                map.insert(Key(k), value.clone());
            }
            return Ok(Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(map)))));
        }
        if args.positional.is_empty() {
            return Err(type_error(format!("unbound method {type_name}.{name}() needs an argument")));
        }
        let actual = args.positional.remove(0);
        if name.starts_with("__") && super::number_dunders::sample(type_name).is_some() {
            // Slot wrappers (`int.__add__`) accept instances of subclasses (bools for int).
            if !super::instance_of(&actual, type_name) {
                return Err(type_error(format!(
                    "descriptor '{name}' requires a '{type_name}' object but received a '{}'",
                    actual.type_name()
                )));
            }
            return super::number_dunders::call(vm, &actual, name, args);
        }
        if name.starts_with("__") && empty_of(type_name).is_some() {
            // A slot wrapper of a container type acts on the built-in value of an instance
            // of a subclass (`dict.__getitem__(d, k)` skips `D.__getitem__`).
            let own = match crate::runtime::class::base_value(&actual) {
                Some(base) if base.type_name() == *type_name => base.clone(),
                _ if actual.type_name() == *type_name => actual,
                _ if is_method_descriptor(type_name, name) => {
                    return Err(type_error(format!(
                        "descriptor '{name}' for '{type_name}' objects doesn't apply to a '{}' object",
                        actual.type_name()
                    )));
                }
                _ => {
                    return Err(type_error(format!(
                        "descriptor '{name}' requires a '{type_name}' object but received a '{}'",
                        actual.type_name()
                    )));
                }
            };
            return call_method(vm, &own, name, args);
        }
        // `BaseException.__str__` (and every kind's but KeyError's) does not quote the key.
        if name == "__str__"
            && *type_name != "KeyError"
            && exception_of_kind(&actual, type_name)
            && let Some(Object::Exception(e)) = actual.object()
            && let [only] = e.borrow().args.as_slice()
        {
            return Ok(Value::str(only.to_str()));
        }
        // An instance of a subclass: the method acts on its built-in value.
        let actual = match crate::runtime::class::base_value(&actual) {
            Some(base) if base.type_name() == *type_name => base.clone(),
            _ => actual,
        };
        if actual.type_name() != *type_name && !exception_of_kind(&actual, type_name) {
            return Err(type_error(format!(
                "descriptor '{name}' for '{type_name}' objects doesn't apply to a '{}' object",
                actual.type_name()
            )));
        }
        return call_method(vm, &actual, name, args);
    }
    call_ordinary_method(vm, receiver, name, args)
}

/// The `byteorder` argument of `int.to_bytes`/`int.from_bytes` (`function`): whether it
/// is "big" (the default), with CPython's errors for anything but "big" and "little".
fn byte_order(function: &str, order: Option<&Value>) -> Result<bool, Value> {
    match order.map(|v| (v, v.as_str())) {
        None => Ok(true),
        Some((_, Some("big"))) => Ok(true),
        Some((_, Some("little"))) => Ok(false),
        Some((_, Some(_))) => Err(value_error("byteorder must be either 'little' or 'big'")),
        Some((v, None)) => {
            Err(type_error(format!("{function}() argument 'byteorder' must be str, not {}", v.type_name())))
        }
    }
}

/// An int argument as CPython's `Py_ssize_t`: OverflowError past its range; `None` for
/// a value that is not an int (the caller's own rules apply).
/// Methods of the built-in types, by receiver (their argument counts checked first).
fn call_ordinary_method(vm: &mut Vm, receiver: &Value, name: &str, mut args: CallArgs) -> BuiltinResult {
    super::arity::check(receiver.type_name(), name, &args)?;
    if args.keywords.is_empty() {
        // `items.pop(i)` and `items.insert(i, x)` of an index with `__index__`.
        if let (Some(Object::List(_)), Some(index @ Value::Obj(_))) =
            (receiver.object(), args.positional.first_mut())
            && matches!(name, "pop" | "insert")
        {
            *index = vm.index_of(index)?;
        }
        if let Some(result) = super::direct_methods::call_keyed(receiver, name, &args.positional, true) {
            return result;
        }
    }
    match receiver.object() {
        Some(Object::List(list)) => {
            let missing = || type_error(format!("list.{name}() takes exactly one argument (0 given)"));
            match name {
                "append" => list.borrow_mut().push(arg(&args, 0).cloned().ok_or_else(missing)?),
                "extend" => {
                    let items = vm.collect(arg(&args, 0).ok_or_else(missing)?)?;
                    list.borrow_mut().extend(items);
                }
                "remove" | "index" => {
                    let item = arg(&args, 0).ok_or_else(missing)?;
                    let len = list.borrow().len();
                    let (start, stop) = if name == "index" { index_window(&args, len)? } else { (0, len) };
                    let position = list.borrow()[start..stop]
                        .iter()
                        .position(|x| ops::identical_or_equal(x, item))
                        .map(|i| i + start);
                    match (position, name) {
                        (Some(i), "remove") => {
                            list.borrow_mut().remove(i);
                        }
                        (Some(i), _) => return Ok(Value::Int(i as i64)),
                        (None, "remove") => return Err(value_error("list.remove(x): x not in list")),
                        (None, _) => return Err(value_error(format!("{} is not in list", item.repr()))),
                    }
                }
                "count" => {
                    let item = arg(&args, 0).ok_or_else(missing)?;
                    return Ok(Value::Int(
                        list.borrow().iter().filter(|x| ops::identical_or_equal(x, item)).count() as i64,
                    ));
                }
                "sort" => sort(vm, receiver, &args)?,
                _ => {}
            }
            Ok(Value::None)
        }
        Some(Object::Str(text)) => super::str_methods::call(vm, text, name, &args),
        Some(Object::Dict(_)) if name == "fromkeys" => {
            call_method(vm, &Value::obj(Object::Type("dict")), name, args)
        }
        Some(Object::Dict(map)) => {
            let key = arg(&args, 0).cloned();
            match name {
                "popitem" => map.borrow_mut().pop().map(|(k, v)| Value::pair(k.0, v)).ok_or_else(|| {
                    exception_with_args(ExcKind::KeyError, vec![Value::str("popitem(): dictionary is empty")])
                }),
                "update" => {
                    let mut additions = crate::runtime::value::DictMap::default();
                    if let Some(source) = &key {
                        super::add_pairs(vm, &mut additions, source)?;
                    }
                    for (k, v) in args.keywords {
                        additions.insert(Key(Value::str(k)), v);
                    }
                    map.borrow_mut().extend(additions);
                    Ok(Value::None)
                }
                "copy" => Ok(Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(
                    map.borrow().clone(),
                ))))),
                "clear" => {
                    // (The pairs are freed after the dict is released.)
                    let pairs = std::mem::take(&mut *map.borrow_mut());
                    drop(pairs);
                    Ok(Value::None)
                }
                _ => Err(new_exception(
                    ExcKind::AttributeError,
                    &format!("'dict' object has no attribute '{name}'"),
                )),
            }
        }
        Some(Object::Set(_) | Object::FrozenSet(_)) => set_method(vm, receiver, name, &args),
        Some(Object::DictView { .. }) => {
            // `isdisjoint`, the one method of keys and items views.
            let [other] = args.positional.as_slice() else {
                return Err(type_error(format!(
                    "isdisjoint() takes exactly one argument ({} given)",
                    args.positional.len()
                )));
            };
            for item in vm.collect(other)? {
                if ops::contains(receiver, &item)? {
                    return Ok(Value::bool(false));
                }
            }
            Ok(Value::bool(true))
        }
        Some(Object::Range(r)) => {
            let [item] = args.positional.as_slice() else {
                return Err(type_error(format!(
                    "range.{name}() takes exactly one argument ({} given)",
                    args.positional.len()
                )));
            };
            match (name, r.position(item)) {
                ("count", i) => Ok(Value::Int(i64::from(i.is_some()))),
                (_, Some(i)) => Ok(Value::from_int(i)),
                (_, None) => Err(value_error(format!("{} is not in range", item.repr()))),
            }
        }
        Some(Object::Slice(slice)) => {
            let Slice { start, stop, step } = &**slice;
            let length = arg(&args, 0)
                .and_then(|v| v.as_int())
                .and_then(|i| i.as_i64())
                .ok_or_else(|| type_error("'NoneType' object cannot be interpreted as an integer"))?;
            if length < 0 {
                return Err(value_error("length should not be negative"));
            }
            let len = length;
            let step_v = if matches!(step, Value::None) {
                1
            } else {
                step.as_int().and_then(|i| i.as_i64()).unwrap_or(1)
            };
            if step_v == 0 {
                return Err(value_error("slice step cannot be zero"));
            }
            let bound = |v: &Value, default: i64| -> i64 {
                match v.as_int().and_then(|i| i.as_i64()) {
                    None => default,
                    Some(i) if i < 0 => {
                        let j = i + len;
                        if step_v < 0 { j.max(-1) } else { j.max(0) }
                    }
                    Some(i) => {
                        if step_v < 0 {
                            i.min(len - 1)
                        } else {
                            i.min(len)
                        }
                    }
                }
            };
            let (default_start, default_stop) = if step_v < 0 { (len - 1, -1) } else { (0, len) };
            let (a, b) = (bound(start, default_start), bound(stop, default_stop));
            Ok(Value::tuple(vec![Value::Int(a), Value::Int(b), Value::Int(step_v)]))
        }
        Some(Object::Bytes(_) | Object::ByteArray(_)) => super::bytes_methods::call(vm, receiver, name, args),
        Some(Object::Tuple(items)) => {
            let item = arg(&args, 0)
                .ok_or_else(|| type_error(format!("tuple.{name}() takes exactly one argument (0 given)")))?;
            let matches = |x: &Value| ops::identical_or_equal(x, item);
            if name == "count" {
                return Ok(Value::Int(items.iter().filter(|x| matches(x)).count() as i64));
            }
            let (start, stop) = index_window(&args, items.len())?;
            items[start..stop]
                .iter()
                .position(matches)
                .map(|i| Value::Int((i + start) as i64))
                .ok_or_else(|| value_error("tuple.index(x): x not in tuple"))
        }
        Some(Object::Stream(stream)) => {
            let text = arg(&args, 0).map(Value::to_str).unwrap_or_default();
            if name == "write" {
                vm.write_output(*stream, &text)?;
                return Ok(Value::Int(text.chars().count() as i64));
            }
            Ok(Value::None)
        }
        _ if name == "to_bytes" && receiver.as_int().is_some() => int_to_bytes(receiver, &args),
        _ if !matches!(receiver, Value::Obj(_))
            || receiver.as_int().is_some()
            || matches!(receiver.object(), Some(Object::Complex(..))) =>
        {
            call_number_method(receiver, name)
        }
        _ => Err(type_error(format!("'{}' object has no method '{name}'", receiver.type_name()))),
    }
}

/// The `start` and `stop` arguments of `seq.index(x, start, stop)`, as a range of `0..len`
/// (negative values count from the end, as in slices).
fn index_window(args: &CallArgs, len: usize) -> Result<(usize, usize), Value> {
    let bound = |i: usize, default: usize| -> Result<usize, Value> {
        let Some(v) = args.positional.get(i) else { return Ok(default) };
        let n = v
            .as_int()
            .ok_or_else(|| type_error("slice indices must be integers or have an __index__ method"))?;
        let n = n.as_i64().unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
        let n = if n < 0 { n.saturating_add(len as i64).max(0) } else { n };
        Ok((n as usize).min(len))
    };
    let (start, stop) = (bound(1, 0)?, bound(2, len)?);
    Ok((start, stop.max(start)))
}

/// `list.sort(key=None, reverse=False)`: stable, as CPython's. As there, the list is empty
/// while it is sorted (its items are moved out, not copied), and a key function or
/// comparison that changes it makes the sort fail with ValueError.
fn sort(vm: &mut Vm, list: &Value, args: &CallArgs) -> Result<(), Value> {
    let Some(Object::List(cell)) = list.object() else { return Ok(()) };
    let key = args
        .keywords
        .iter()
        .find(|(k, _)| k == "key")
        .map(|(_, v)| v.clone())
        .filter(|v| !matches!(v, Value::None));
    let reverse = args.keywords.iter().any(|(k, v)| k == "reverse" && v.truthy());
    // Small ints without a key: sorted where they are (no Python code runs).
    if key.is_none() && crate::runtime::sort::sort_small_ints(&mut cell.borrow_mut(), reverse) {
        return Ok(());
    }
    let items = std::mem::take(&mut *cell.borrow_mut());
    let order = sort_order(vm, &items, key.as_ref(), reverse);
    let modified = !cell.borrow().is_empty();
    *cell.borrow_mut() = match &order {
        Ok(order) => crate::runtime::sort::permuted(items, order),
        Err(_) => items,
    };
    order?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

/// The sorted order of `items` by `key(item)` (by the items themselves without `key`).
fn sort_order(vm: &mut Vm, items: &[Value], key: Option<&Value>, reverse: bool) -> Result<Vec<usize>, Value> {
    let keys = match key {
        Some(f) => Some(
            items
                .iter()
                .map(|item| {
                    vm.call_value(f, CallArgs { positional: vec![item.clone()], keywords: Vec::new() })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    let mut less = |a: &Value, b: &Value| vm.compare_values(crate::bytecode::opcode::CompareOp::Lt, a, b);
    crate::runtime::sort::sorted_order(keys.as_deref().unwrap_or(items), reverse, &mut less)
}

fn set_method(vm: &mut Vm, receiver: &Value, name: &str, args: &CallArgs) -> BuiltinResult {
    use crate::bytecode::opcode::BinaryOp;
    use crate::runtime::set::SetTable;
    use crate::runtime::set_ops::{is_subset, make_like, set_binary};
    let item = arg(args, 0).cloned();
    // Operands of the named operations may be any iterables.
    let mut as_set = |v: &Value| -> Result<Value, Value> {
        let mut table = SetTable::default();
        for x in vm.collect(v)? {
            table.insert(x)?;
        }
        Ok(Value::obj(Object::FrozenSet(Box::new(table))))
    };
    let operator = match name {
        "union" | "update" => Some(BinaryOp::Or),
        "intersection" | "intersection_update" => Some(BinaryOp::And),
        "difference" | "difference_update" => Some(BinaryOp::Subtract),
        "symmetric_difference" | "symmetric_difference_update" => Some(BinaryOp::Xor),
        _ => None,
    };
    if let Some(op) = operator {
        let mut result = make_like(receiver, crate::runtime::set_ops::table_of(receiver).unwrap_or_default());
        for other in &args.positional {
            let other = as_set(other)?;
            result = set_binary(op, &result, &other).unwrap_or(Ok(Value::None))?;
        }
        if name.ends_with("update") {
            if let (Some(Object::Set(target)), Some(table)) =
                (receiver.object(), crate::runtime::set_ops::table_of(&result))
            {
                *target.borrow_mut() = table;
            }
            return Ok(Value::None);
        }
        return Ok(result);
    }
    match name {
        "issubset" | "issuperset" | "isdisjoint" => {
            let other = as_set(
                &item.ok_or_else(|| type_error(format!("{name}() takes exactly one argument (0 given)")))?,
            )?;
            let answer = match name {
                "issubset" => is_subset(receiver, &other),
                "issuperset" => is_subset(&other, receiver),
                _ => set_binary(BinaryOp::And, receiver, &other).and_then(Result::ok).map(|v| !v.truthy()),
            };
            Ok(Value::bool(answer.unwrap_or(false)))
        }
        "copy" => Ok(make_like(receiver, crate::runtime::set_ops::table_of(receiver).unwrap_or_default())),
        _ => {
            let Some(Object::Set(table)) = receiver.object() else {
                return Err(new_exception(
                    ExcKind::AttributeError,
                    &format!("'frozenset' object has no attribute '{name}'"),
                ));
            };
            let mut table = table.borrow_mut();
            match name {
                "add" => table.insert(item.unwrap_or(Value::None))?,
                "remove" => {
                    let key = item.unwrap_or(Value::None);
                    if !table.remove(&key)? {
                        return Err(exception_with_args(ExcKind::KeyError, vec![key]));
                    }
                }
                "discard" => {
                    table.remove(&item.unwrap_or(Value::None))?;
                }
                "pop" => {
                    return table.pop().ok_or_else(|| {
                        exception_with_args(ExcKind::KeyError, vec![Value::str("pop from an empty set")])
                    });
                }
                _ => *table = SetTable::default(),
            }
            Ok(Value::None)
        }
    }
}

/// Methods of ints and floats that take no arguments, evaluated on access
/// (`(5).bit_length()` reads the attribute, then calls the returned bound method).
fn number_attribute(object: &Value, name: &str) -> Option<Value> {
    let method = |n: &str| Some(Value::obj(Object::BoundMethod { receiver: object.clone(), name: n.into() }));
    if let Some(Object::Complex(re, im)) = object.object() {
        return match name {
            "real" => Some(Value::raw_float(*re)),
            "imag" => Some(Value::raw_float(*im)),
            "conjugate" => method(name),
            _ => None,
        };
    }
    match (object, name) {
        (Value::Float(_), "is_integer" | "as_integer_ratio" | "conjugate" | "hex") => method(name),
        (Value::Float(x), "real") => Some(Value::Float(*x)),
        (Value::Float(_), "imag") => Some(Value::raw_float(0.0)),
        (v, "bit_length" | "bit_count" | "conjugate" | "to_bytes" | "as_integer_ratio")
            if v.as_int().is_some() =>
        {
            method(name)
        }
        (v, "real" | "numerator") if v.as_int().is_some() => v.as_int().map(Value::from_int),
        (v, "imag") if v.as_int().is_some() => Some(Value::Int(0)),
        (v, "denominator") if v.as_int().is_some() => Some(Value::Int(1)),
        _ => None,
    }
}

/// Call a number method found by `number_attribute`.
pub fn call_number_method(receiver: &Value, name: &str) -> BuiltinResult {
    if let Some(Object::Complex(re, im)) = receiver.object() {
        return Ok(crate::runtime::complex::value(*re, -im));
    }
    if let Value::Float(x) = receiver {
        return match name {
            "is_integer" => Ok(Value::bool(x.get().is_finite() && x.get().fract() == 0.0)),
            "conjugate" => Ok(Value::Float(*x)),
            "hex" => Ok(Value::str(super::float_hex::to_hex(x.get()))),
            "as_integer_ratio" => {
                if !x.get().is_finite() {
                    let kind = if x.get().is_nan() { ExcKind::ValueError } else { ExcKind::OverflowError };
                    let what = if x.get().is_nan() { "NaN" } else { "Infinity" };
                    return Err(new_exception(kind, &format!("cannot convert {what} to integer ratio")));
                }
                // x = mantissa * 2**exponent exactly; reduce the fraction by powers of two.
                let bits = x.get().to_bits();
                let exponent = ((bits >> 52) & 0x7ff) as i64;
                let mut mantissa = (bits & ((1u64 << 52) - 1)) as i128;
                let mut exp = if exponent == 0 {
                    -1074
                } else {
                    mantissa |= 1 << 52;
                    exponent - 1075
                };
                if mantissa == 0 {
                    return Ok(Value::pair(Value::Int(0), Value::Int(1)));
                }
                while mantissa % 2 == 0 && exp < 0 {
                    mantissa /= 2;
                    exp += 1;
                }
                let sign = if x.get().is_sign_negative() { -1 } else { 1 };
                let numerator = num_bigint::BigInt::from(sign * mantissa);
                let (numerator, denominator) = if exp >= 0 {
                    (numerator << exp as usize, num_bigint::BigInt::from(1))
                } else {
                    (numerator, num_bigint::BigInt::from(1) << (-exp) as usize)
                };
                use crate::runtime::int::Int;
                Ok(Value::pair(
                    Value::from_int(Int::from(numerator)),
                    Value::from_int(Int::from(denominator)),
                ))
            }
            _ => Err(type_error(format!("pyglass cannot call float.{name}() yet"))),
        };
    }
    let Some(i) = receiver.as_int() else { return Err(type_error("not a number")) };
    let magnitude = i.abs().to_bigint();
    match name {
        "bit_length" => Ok(Value::Int(magnitude.bits() as i64)),
        "bit_count" => {
            Ok(Value::Int(magnitude.to_u32_digits().1.iter().map(|d| d.count_ones() as i64).sum()))
        }
        "conjugate" => Ok(Value::from_int(i)),
        "as_integer_ratio" => Ok(Value::pair(Value::from_int(i), Value::Int(1))),
        _ => Err(type_error(format!("pyglass cannot call int.{name}() yet"))),
    }
}

/// The method resolution order of a built-in type, by name.
/// `T.__dict__` of a built-in type, as a snapshot: the names `dir(T)` lists beyond those of
/// its base, each its method taken from the type, with `__hash__` None for the unhashable
/// types (what `__subclasshook__`s look for).
fn type_namespace(type_value: &Value, type_name: &'static str) -> Value {
    let own = super::dir_table::names(type_name).unwrap_or_default();
    let base = type_mro(type_name).get(1).copied();
    let inherited = base.and_then(super::dir_table::names).unwrap_or_default();
    let mut map = crate::runtime::value::DictMap::default();
    for name in own.iter().filter(|n| !inherited.contains(n)) {
        let method = Object::BoundMethod { receiver: type_value.clone(), name: (*name).into() };
        map.insert(Key(Value::str(*name)), Value::obj(method));
    }
    if matches!(type_name, "list" | "dict" | "set" | "bytearray" | "slice" | "dict_keys" | "dict_items") {
        map.insert(Key(Value::str("__hash__")), Value::None);
    }
    Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(map))))
}

pub fn type_mro(name: &'static str) -> Vec<&'static str> {
    if name == "object" {
        return vec!["object"];
    }
    if name == "ExceptionGroup" {
        return vec!["ExceptionGroup", "BaseExceptionGroup", "Exception", "BaseException", "object"];
    }
    if let Some(kind) = ExcKind::from_name(name) {
        let mut out = Vec::new();
        let mut k = Some(kind);
        while let Some(kind) = k {
            out.push(kind.name());
            k = kind.parent();
        }
        out.push("object");
        return out;
    }
    match name {
        "bool" => vec!["bool", "int", "object"],
        other => vec![other, "object"],
    }
}

/// Attributes of code objects (`co_name`, `co_argcount`, ...).
fn code_attribute(code: &crate::bytecode::code::CodeObject, name: &str) -> Option<Value> {
    let names = |list: &[String]| Value::tuple(list.iter().map(|n| Value::str(n.as_str())).collect());
    Some(match name {
        "co_name" => Value::str(code.name.as_str()),
        "co_qualname" => Value::str(code.qualname.as_str()),
        "co_filename" => Value::str(&*code.filename),
        "co_firstlineno" => Value::Int(i64::from(code.first_line)),
        "co_argcount" => Value::Int(i64::from(code.arg_count)),
        "co_posonlyargcount" => Value::Int(i64::from(code.posonly_count)),
        "co_kwonlyargcount" => Value::Int(i64::from(code.kwonly_count)),
        "co_varnames" => names(&code.varnames),
        "co_cellvars" => names(&code.cellvars),
        "co_freevars" => names(&code.freevars),
        "co_names" => names(&code.names),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_flags" => Value::Int(code_flags(code)),
        "co_consts" => code_consts(code),
        "co_code" => Value::obj(Object::Bytes(code.code_bytes())),
        _ => return None,
    })
}

/// `co_consts`: the constants in the order the compiler made them; a function's (and a
/// lambda's) first is its docstring or None, as in CPython 3.11. Constant folding differs
/// (no folded tuples here), so the rest may differ from CPython's.
fn code_consts(code: &crate::bytecode::code::CodeObject) -> Value {
    use crate::bytecode::code::ConstValue;
    let function = !code.name.starts_with('<') || code.name == "<lambda>";
    let first = match (&code.doc, function) {
        (Some(doc), true) => Some(ConstValue::Str(doc.as_str().into())),
        (None, true) => Some(ConstValue::None),
        _ => None,
    };
    let rest = code.consts.iter().filter(|c| first.as_ref() != Some(*c));
    Value::tuple(first.iter().chain(rest).map(crate::vm::const_value).collect())
}

/// CPython's `co_flags` bits for what a code object records (class bodies count as
/// functions here: OPTIMIZED and NEWLOCALS).
fn code_flags(code: &crate::bytecode::code::CodeObject) -> i64 {
    let f = &code.flags;
    let bits = [
        (code.name != "<module>", 0x3),
        (f.varargs, 0x4),
        (f.varkeywords, 0x8),
        (f.generator, 0x20),
        (code.freevars.is_empty() && code.cellvars.is_empty(), 0x40),
        (f.coroutine, 0x80),
        (f.iterable_coroutine, 0x100),
        (f.async_generator, 0x200),
    ];
    bits.iter().filter(|(set, _)| *set).map(|(_, bit)| bit).sum()
}

/// `int.to_bytes(length, byteorder, *, signed=False)`.
fn int_to_bytes(receiver: &Value, args: &CallArgs) -> BuiltinResult {
    let n = receiver.as_int().map(|i| i.to_bigint()).unwrap_or_default();
    let length = args
        .positional
        .first()
        .or_else(|| args.keywords.iter().find(|(k, _)| k == "length").map(|(_, v)| v))
        .and_then(|v| v.as_int())
        .and_then(|i| i.as_i64())
        .unwrap_or(1);
    let length = usize::try_from(length).map_err(|_| value_error("length argument must be non-negative"))?;
    let order = args
        .positional
        .get(1)
        .or_else(|| args.keywords.iter().find(|(k, _)| k == "byteorder").map(|(_, v)| v));
    let big = byte_order("to_bytes", order)?;
    let signed = args.keywords.iter().any(|(k, v)| k == "signed" && v.truthy());
    if n < num_bigint::BigInt::from(0) && !signed {
        return Err(new_exception(ExcKind::OverflowError, "can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n == num_bigint::BigInt::from(0) {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(new_exception(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if signed && n < num_bigint::BigInt::from(0) { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::obj(Object::Bytes(bytes)))
}

/// The methods `object` and `BaseException` give Python classes (reached through `super()`
/// or the class: `object.__init__(self)`, `Exception.__init__(self, msg)`), and the
/// accessors of `property` objects.
/// The built-in types deriving directly from `object` that `object.__subclasses__()` lists.
const OBJECT_SUBCLASSES: &[&str] = &[
    "type",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "float",
    "frozenset",
    "list",
    "int",
    "property",
    "range",
    "set",
    "slice",
    "staticmethod",
    "super",
    "tuple",
    "str",
    "zip",
    "BaseException",
];

/// `prop.__get__(instance, owner=None)`, `prop.__set__(instance, value)` and
/// `prop.__delete__(instance)`, with CPython's messages (those of its slot wrappers).
fn property_call(vm: &mut Vm, p: &Property, prop: &Value, name: &str, args: &CallArgs) -> BuiltinResult {
    let n = args.positional.len();
    let (accessor, what, positional) = match (name, args.positional.as_slice()) {
        ("__get__", [Value::None] | [Value::None, Value::None]) => {
            return Err(type_error("__get__(None, None) is invalid"));
        }
        ("__get__", [Value::None, _]) => return Ok(prop.clone()),
        ("__get__", [instance] | [instance, _]) => (&p.fget, "getter", vec![instance.clone()]),
        ("__get__", []) => return Err(type_error(" expected at least 1 argument, got 0")),
        ("__get__", _) => return Err(type_error(format!(" expected at most 2 arguments, got {n}"))),
        ("__set__", [instance, value]) => (&p.fset, "setter", vec![instance.clone(), value.clone()]),
        ("__set__", _) => return Err(type_error(format!(" expected 2 arguments, got {n}"))),
        (_, [instance]) => (&p.fdel, "deleter", vec![instance.clone()]),
        _ => return Err(type_error(format!("expected 1 argument, got {n}"))),
    };
    if matches!(accessor, Value::None) {
        let owner = positional[0].type_name();
        return Err(new_exception(
            ExcKind::AttributeError,
            &format!("property of '{owner}' object has no {what}"),
        ));
    }
    vm.call_value(accessor, CallArgs { positional, keywords: Vec::new() })
}

fn object_method(vm: &mut Vm, receiver: &Value, name: &str, args: &CallArgs) -> Option<BuiltinResult> {
    let first = args.positional.first().cloned().unwrap_or(Value::None);
    Some(match (receiver.object()?, name) {
        (Object::Exception(e), "__init__") => {
            e.borrow_mut().args = args.positional.clone();
            Ok(Value::None)
        }
        (Object::Class(_) | Object::Type(_), "__subclasses__") => {
            let mut found: Vec<Value> = match receiver.object() {
                // Built-in exceptions derived directly from this one.
                // The core built-in types, in CPython's order (it lists its internal types too).
                Some(Object::Type("object")) => {
                    OBJECT_SUBCLASSES.iter().map(|t| Value::obj(Object::Type(t))).collect()
                }
                Some(Object::Type(name)) => ExcKind::ALL
                    .iter()
                    .filter(|k| k.parent().is_some_and(|p| p.name() == *name))
                    .map(|k| Value::obj(Object::Type(k.name())))
                    .collect(),
                _ => Vec::new(),
            };
            found.extend(crate::runtime::class::subclasses(receiver));
            Ok(Value::list(found))
        }
        // `object.__subclasshook__` (a class method): no opinion, whatever it is given.
        (Object::Class(_) | Object::Type(_), "__subclasshook__") if args.keywords.is_empty() => {
            Ok(Value::obj(Object::NotImplemented))
        }
        (Object::Class(_) | Object::Type(_), "__subclasshook__") => {
            Err(type_error("__subclasshook__() takes no keyword arguments"))
        }
        (Object::Class(_) | Object::Type(_), "mro") => {
            vm.get_attr(receiver, "__mro__").and_then(|mro| vm.collect(&mro)).map(Value::list)
        }
        // `dict.__init__(self, ...)` and the like refill the built-in value of a subclass.
        (Object::Instance(instance), "__init__") if let Some(base) = &instance.base => {
            let fresh = match super::construct(
                vm,
                base.type_name(),
                CallArgs { positional: args.positional.clone(), keywords: args.keywords.clone() },
            ) {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            match (base.object(), fresh.object()) {
                (Some(Object::Dict(d)), Some(Object::Dict(f))) => {
                    d.borrow_mut().extend(f.borrow().iter().map(|(k, v)| (k.clone(), v.clone())))
                }
                (Some(Object::List(l)), Some(Object::List(f))) => *l.borrow_mut() = f.borrow().clone(),
                (Some(Object::Set(t)), Some(Object::Set(f))) => *t.borrow_mut() = f.borrow().clone(),
                (Some(Object::ByteArray(b)), Some(Object::ByteArray(f))) => {
                    *b.borrow_mut() = f.borrow().clone()
                }
                _ => {}
            }
            Ok(Value::None)
        }
        (Object::Instance(_), "__init__") => Ok(Value::None),
        // `type.__init__`, `type.__call__` and `type.__setattr__` (reached by `super()` in a
        // metaclass, or through `type.`): a class's plain initialisation, instantiation and
        // attribute store.
        (Object::Class(_), "__init__") => Ok(Value::None),
        (Object::Class(_), "__call__") => {
            let args = CallArgs { positional: args.positional.clone(), keywords: args.keywords.clone() };
            vm.construct_instance(receiver, args)
        }
        (Object::Class(c), "__setattr__" | "__delattr__") => {
            let value = if name == "__setattr__" { args.positional.get(1).cloned() } else { None };
            crate::vm::classes::store_attribute(receiver, &c.dict, &first.to_str(), value)
                .map(|()| Value::None)
        }
        (Object::Class(c), "__repr__") => Ok(Value::str(crate::runtime::class::class_repr(c))),
        (Object::Type("type"), "__init__" | "__call__" | "__setattr__" | "__delattr__" | "__repr__") => {
            let Some(Object::Class(_)) = first.object() else {
                return Some(Err(type_error(format!(
                    "descriptor '{name}' requires a 'type' object but received a '{}'",
                    first.type_name()
                ))));
            };
            let rest =
                CallArgs { positional: args.positional[1..].to_vec(), keywords: args.keywords.clone() };
            object_method(vm, &first, name, &rest)?
        }
        // `object.__init_subclass__` (reached by `super()`): accepts nothing more.
        (Object::Class(_), "__init_subclass__") if args.keywords.is_empty() => Ok(Value::None),
        (Object::Class(c), "__init_subclass__") => {
            Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", c.qualname.borrow())))
        }
        // `super().__new__(cls, ...)`: `__new__` is static, so `cls` comes as an argument.
        (Object::Class(_), "__new__") => {
            let class = args.positional.first().cloned().unwrap_or_else(|| receiver.clone());
            let rest = CallArgs {
                positional: args.positional.iter().skip(1).cloned().collect(),
                keywords: args.keywords.clone(),
            };
            vm.new_instance(&class, &rest, true)
        }
        (Object::Instance(_) | Object::Exception(_), "__repr__") => Ok(Value::str(receiver.repr())),
        (Object::Instance(_), "__str__") => vm.to_str(receiver).map(Value::str),
        (Object::Exception(_), "__str__") => Ok(Value::str(receiver.to_str())),
        (Object::Instance(_), "__eq__") => Ok(match ops::is_same(receiver, &first) {
            true => Value::bool(true),
            false => Value::obj(Object::NotImplemented),
        }),
        // `object.__ne__`: the inverse of `__eq__` (the class's own, else identity), and
        // NotImplemented where that is.
        (Object::Instance(_), "__ne__") => {
            let equal = match vm.call_special(receiver, "__eq__", vec![first.clone()]) {
                Some(result) => match result {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                },
                None if ops::is_same(receiver, &first) => Value::bool(true),
                None => Value::obj(Object::NotImplemented),
            };
            if matches!(equal.object(), Some(Object::NotImplemented)) {
                return Some(Ok(equal));
            }
            vm.truthy(&equal).map(|b| Value::bool(!b))
        }
        (Object::Instance(_), "__lt__" | "__le__" | "__gt__" | "__ge__") => {
            Ok(Value::obj(Object::NotImplemented))
        }
        (Object::Instance(_), "__format__") => match first.as_str() {
            Some("") => vm.to_str(receiver).map(Value::str),
            Some(_) => Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                receiver.type_name()
            ))),
            None => Err(type_error(format!("__format__() argument must be str, not {}", first.type_name()))),
        },
        (Object::Instance(_), "__dir__") => {
            super::dir(vm, CallArgs { positional: vec![receiver.clone()], keywords: Vec::new() })
        }
        (Object::Instance(_), "__hash__") => ops::hash_value(receiver).map(Value::Int),
        (Object::Instance(_), "__setattr__" | "__delattr__") => {
            let Some(attr) = first.as_str() else {
                return Some(Err(type_error(format!(
                    "attribute name must be string, not '{}'",
                    first.type_name()
                ))));
            };
            let value = if name == "__setattr__" { args.positional.get(1).cloned() } else { None };
            vm.object_setattr(receiver, attr, value).map(|()| Value::None)
        }
        (Object::Instance(i), "__getattribute__") => {
            vm.generic_instance_attribute(receiver, i, &first.to_str(), false)
        }
        (Object::Type("object"), "__getattribute__") => match first.object() {
            Some(Object::Instance(i)) => {
                let name = args.positional.get(1).map(Value::to_str).unwrap_or_default();
                vm.generic_instance_attribute(&first, i, &name, false)
            }
            _ => vm.get_attr(&first, &args.positional.get(1).map(Value::to_str).unwrap_or_default()),
        },
        (Object::Type("object"), "__init__") => Ok(Value::None),
        (Object::Type("object"), "__repr__" | "__str__") => Ok(Value::str(first.repr())),
        // `object.__setattr__(obj, name, value)` / `object.__delattr__(obj, name)`: the
        // instance's own dictionary, whatever its class's hooks say.
        (Object::Type("object"), "__setattr__" | "__delattr__") => {
            let Some(Object::Instance(_)) = first.object() else {
                return Some(Err(type_error("descriptor requires an instance")));
            };
            let rest = CallArgs { positional: args.positional[1..].to_vec(), keywords: Vec::new() };
            object_method(vm, &first, name, &rest)?
        }
        // `object.__eq__(obj, other)` and the like: the instance's inherited method.
        (
            Object::Type("object"),
            "__eq__" | "__ne__" | "__hash__" | "__lt__" | "__le__" | "__gt__" | "__ge__",
        )
        | (Object::Type("object"), "__format__" | "__dir__")
            if matches!(first.object(), Some(Object::Instance(_))) =>
        {
            let rest =
                CallArgs { positional: args.positional[1..].to_vec(), keywords: args.keywords.clone() };
            object_method(vm, &first, name, &rest)?
        }
        // `function.__get__(instance, owner=None)`: the function bound to the instance (itself
        // for `None`).
        (Object::Function(_), "__get__") => match args.positional.as_slice() {
            [Value::None] | [Value::None, _] => Ok(receiver.clone()),
            [instance] | [instance, _] => {
                Ok(Value::obj(Object::Method { func: receiver.clone(), receiver: instance.clone() }))
            }
            _ => Err(type_error(format!("expected 1 or 2 arguments, got {}", args.positional.len()))),
        },
        // `staticmethod.__get__(instance, owner=None)`: the function itself.
        (Object::StaticMethod(f), "__get__") => match args.positional.len() {
            1 | 2 => Ok(f.clone()),
            n => Err(type_error(format!("expected 1 or 2 arguments, got {n}"))),
        },
        // `classmethod.__get__(instance, owner=None)`: the function bound to the owner (the
        // instance's class when no owner is given).
        (Object::ClassMethod(f), "__get__") => match args.positional.as_slice() {
            [instance] | [instance, Value::None] => Ok(Value::obj(Object::Method {
                func: f.clone(),
                receiver: crate::vm::classes::class_of(instance),
            })),
            [_, owner] => Ok(Value::obj(Object::Method { func: f.clone(), receiver: owner.clone() })),
            _ => Err(type_error(format!("expected 1 or 2 arguments, got {}", args.positional.len()))),
        },
        (Object::Property(p), "getter" | "setter" | "deleter") => {
            Ok(crate::vm::classes::property_with(p, name, first))
        }
        (Object::Property(p), "__get__" | "__set__" | "__delete__") => {
            property_call(vm, p, receiver, name, args)
        }
        _ => return None,
    })
}
