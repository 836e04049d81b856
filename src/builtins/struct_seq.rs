//! CPython's struct sequences (`time.struct_time`, `sys.version_info`, `sys.float_info`,
//! `sys.int_info`, `sys.hash_info`): classes deriving from `tuple` whose instances are the
//! tuple of their visible fields and have every field, the invisible ones too (`tm_zone`), as
//! a read-only attribute. Each is described once in `SPECS`; the special methods are
//! built-ins that find the description by the class's C-type name (`Class::c_name`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::class::{Class, Instance};
use crate::runtime::exception::{ExcKind, new_exception, type_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

/// One struct sequence type.
pub struct Spec {
    /// `module.name`, as its repr and messages name it.
    pub qualified: &'static str,
    pub fields: &'static [&'static str],
    /// How many of the fields (the first ones) the tuple holds.
    pub visible: usize,
    /// Whether Python code may make instances (`time.struct_time(seq)`).
    pub constructible: bool,
}

pub const STRUCT_TIME: Spec = Spec {
    qualified: "time.struct_time",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    visible: 9,
    constructible: true,
};

pub const VERSION_INFO: Spec = Spec {
    qualified: "sys.version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    visible: 5,
    constructible: false,
};

pub const FLOAT_INFO: Spec = Spec {
    qualified: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    visible: 11,
    constructible: false,
};

pub const INT_INFO: Spec = Spec {
    qualified: "sys.int_info",
    fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    visible: 4,
    constructible: false,
};

pub const HASH_INFO: Spec = Spec {
    qualified: "sys.hash_info",
    fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    visible: 9,
    constructible: false,
};

const SPECS: [&Spec; 5] = [&STRUCT_TIME, &VERSION_INFO, &FLOAT_INFO, &INT_INFO, &HASH_INFO];

/// The description of the struct sequence class `class` (or of the class of an instance).
fn spec_of(value: &Value) -> Option<&'static Spec> {
    let class = match value.object() {
        Some(Object::Instance(i)) => &i.class(),
        _ => value,
    };
    let Some(Object::Class(c)) = class.object() else { return None };
    // A Python subclass inherits its base's description.
    let name = std::iter::once(class).chain(&c.mro).find_map(|k| match k.object() {
        Some(Object::Class(k)) => k.c_name.get(),
        _ => None,
    })?;
    SPECS.into_iter().find(|s| s.qualified == name)
}

/// A new class object for `spec`.
pub fn new_class(spec: &'static Spec) -> Value {
    let (module, name) = spec.qualified.split_once('.').unwrap_or(("", spec.qualified));
    let mut dict = DictMap::default();
    let methods: [(&'static str, BuiltinFn); 4] =
        [("__new__", new), ("__repr__", repr), ("__setattr__", set_attr), ("__delattr__", set_attr)];
    for (method, func) in methods {
        dict.insert(Key(Value::str(method)), Value::obj(Object::Builtin(Builtin { name: method, func })));
    }
    dict.insert(Key(Value::str("__module__")), Value::str(module));
    let visible = &spec.fields[..spec.visible];
    dict.insert(
        Key(Value::str("__match_args__")),
        Value::tuple(visible.iter().map(|f| Value::str(*f)).collect()),
    );
    dict.insert(Key(Value::str("n_fields")), Value::Int(spec.fields.len() as i64));
    dict.insert(Key(Value::str("n_sequence_fields")), Value::Int(spec.visible as i64));
    dict.insert(Key(Value::str("n_unnamed_fields")), Value::Int(0));
    let tuple = Value::obj(Object::Type("tuple"));
    Value::obj(Object::Class(Box::new(Class {
        name,
        qualname: RefCell::new(name.into()),
        bases: vec![tuple.clone()],
        mro: vec![tuple, Value::obj(Object::Type("object"))],
        dict: Rc::new(RefCell::new(dict)),
        flags: Default::default(),
        specials: Default::default(),
        attr_names: Default::default(),
        metaclass: None,
        c_name: std::cell::Cell::new(Some(spec.qualified)),
    })))
}

/// An instance of `class` (made by `new_class(spec)`) with one value per field.
pub fn new_instance(class: &Value, spec: &Spec, values: Vec<Value>) -> Value {
    let dict: DictMap =
        spec.fields.iter().zip(&values).map(|(f, v)| (Key(Value::str(*f)), v.clone())).collect();
    let visible = values.into_iter().take(spec.visible).collect();
    Value::obj(Object::Instance(Box::new(Instance::with_dict(
        class.clone(),
        Some(Value::tuple(visible)),
        dict,
    ))))
}

/// `Type(sequence, dict=None)`: the fields from a sequence of at least the visible ones; the
/// invisible fields it lacks are taken from `dict`, or are None.
fn new(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let class = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(spec) = spec_of(&class) else { return Err(type_error("struct sequence expected")) };
    if !spec.constructible {
        return Err(type_error(format!("cannot create '{}' instances", spec.qualified)));
    }
    let mut given = args.positional[1..].to_vec();
    for (name, value) in &args.keywords {
        match name.as_str() {
            "sequence" if given.is_empty() => given.push(value.clone()),
            "dict" if given.len() == 1 => given.push(value.clone()),
            _ => return Err(type_error(format!("'{name}' is an invalid keyword argument for structseq()"))),
        }
    }
    let (sequence, extra) = match given.as_slice() {
        [sequence] => (sequence, None),
        [sequence, dict] => (sequence, Some(dict)),
        [] => return Err(type_error("structseq() missing required argument 'sequence' (pos 1)")),
        more => {
            return Err(type_error(format!("structseq() takes at most 2 arguments ({} given)", more.len())));
        }
    };
    let is_dict = |d: &Value| {
        matches!(crate::runtime::class::base_value(d).unwrap_or(d).object(), Some(Object::Dict(_)))
    };
    if let Some(dict) = extra
        && !is_dict(dict)
    {
        return Err(type_error(format!("{}() takes a dict as second arg, if any", spec.qualified)));
    }
    let mut values = vm.collect(sequence).map_err(|_| type_error("constructor requires a sequence"))?;
    let (n, low, high) = (values.len(), spec.visible, spec.fields.len());
    let sized = |how: &str, size: usize| {
        type_error(format!("{}() takes {how}{size}-sequence ({n}-sequence given)", spec.qualified))
    };
    if n < low || n > high {
        return Err(match (low == high, n < low) {
            (true, _) => sized("a ", low),
            (false, true) => sized("an at least ", low),
            (false, false) => sized("an at most ", high),
        });
    }
    for field in &spec.fields[n..] {
        let value = match extra {
            Some(dict) => vm.get_item(dict, &Value::str(*field)).unwrap_or(Value::None),
            None => Value::None,
        };
        values.push(value);
    }
    Ok(new_instance(&class, spec, values))
}

/// `module.name(field=value, ...)` of the visible fields.
fn repr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let (Some(spec), Some(Object::Instance(i))) = (spec_of(&this), this.object()) else {
        return Err(type_error("descriptor '__repr__' requires a struct sequence"));
    };
    let values = i.base.as_deref().map(crate::runtime::ops::collect_builtin).transpose()?.unwrap_or_default();
    let mut parts = Vec::new();
    for (name, value) in spec.fields.iter().zip(&values) {
        parts.push(format!("{name}={}", vm.repr(value)?));
    }
    Ok(Value::str(format!("{}({})", spec.qualified, parts.join(", "))))
}

/// Assigning or deleting an attribute: the fields are read-only and there are no others.
fn set_attr(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let name = args.positional.get(1).map(Value::to_str).unwrap_or_default();
    let Some(spec) = spec_of(&this) else { return Err(type_error("struct sequence expected")) };
    let message = if spec.fields.contains(&name.as_str()) {
        "readonly attribute".to_string()
    } else {
        format!("'{}' object has no attribute '{name}'", spec.qualified)
    };
    Err(new_exception(ExcKind::AttributeError, &message))
}
