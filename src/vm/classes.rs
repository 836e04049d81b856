//! Classes at run time: `__build_class__` (running a class body with its namespace),
//! instantiation (`__init__`), attribute lookup and assignment on instances, classes and
//! `super()` objects with method binding, properties, `staticmethod`/`classmethod`, and the
//! class of any value (for `type()`, `isinstance()` and `except`). Classes made by a
//! metaclass other than `type` go through `metaclass.rs` for creation and class attributes.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use super::frame::Returning;
use crate::runtime::class::{self, Class, Instance, lineage};
use crate::runtime::exception::{ExcKind, new_exception, type_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Prehashed, Property, Stream, Value};

/// The class of any value: its Python class, or its built-in type (a class's is its
/// metaclass).
pub fn class_of(v: &Value) -> Value {
    match v.object() {
        Some(Object::Instance(i)) => i.class(),
        Some(Object::Class(c)) => c.metaclass.clone().unwrap_or_else(|| Value::obj(Object::Type("type"))),
        Some(Object::Exception(e)) if e.borrow().class.is_some() => {
            e.borrow().class.clone().unwrap_or(Value::None)
        }
        _ => Value::obj(Object::Type(v.type_name())),
    }
}

/// Whether `v` is an instance of the class or built-in type `class`.
pub fn is_instance(v: &Value, class: &Value) -> bool {
    match (v.object(), class.object()) {
        (Some(Object::Instance(_) | Object::Class(_)), _)
        | (Some(Object::Exception(_)), Some(Object::Class(_))) => class::is_subclass(&class_of(v), class),
        _ => false,
    }
}

pub(super) fn attribute_error(owner: &Value, name: &str) -> Value {
    let message = match owner.object() {
        Some(Object::Class(c)) => format!("type object '{}' has no attribute '{name}'", c.name),
        _ => format!("'{}' object has no attribute '{name}'", owner.type_name()),
    };
    let exc = new_exception(ExcKind::AttributeError, &message);
    if let Some(Object::Exception(e)) = exc.object() {
        e.borrow_mut().set_attr("name", Value::str(name));
        e.borrow_mut().set_attr("obj", owner.clone());
    }
    exc
}

/// Bind an attribute found in a class to the object it was looked up on.
pub(super) fn bind(found: Value, receiver: &Value, owner_class: &Value) -> Value {
    match found.object() {
        Some(Object::Function(_)) if !matches!(receiver.object(), Some(Object::Class(_))) => {
            Value::obj(Object::Method { func: found, receiver: receiver.clone() })
        }
        Some(Object::ClassMethod(f)) => {
            Value::obj(Object::Method { func: f.clone(), receiver: owner_class.clone() })
        }
        Some(Object::StaticMethod(f)) => f.clone(),
        _ => found,
    }
}

/// Whether `v` is an instance of a class with `__set__` or `__delete__` (a data descriptor).
pub(super) fn is_data_descriptor(v: &Value) -> bool {
    matches!(v.object(), Some(Object::Instance(d))
        if class::lookup(&d.class(), "__set__").is_some() || class::lookup(&d.class(), "__delete__").is_some())
}

/// The first class of `class`'s lineage whose namespace has `key` (looked up with its
/// precomputed hash), and the value there. (A plain loop rather than `lineage`'s iterator
/// chain: on the attribute fast paths, where the chain stopped being inlined (8% more
/// instructions on richards).)
#[inline]
pub(super) fn lookup_prehashed(class: &Value, key: &Prehashed) -> Option<Value> {
    let Some(Object::Class(c)) = class.object() else { return None };
    if let Some(v) = c.dict.borrow().get(key) {
        return Some(v.clone());
    }
    for base in &c.mro {
        if let Some(Object::Class(b)) = base.object()
            && let Some(v) = b.dict.borrow().get(key)
        {
            return Some(v.clone());
        }
    }
    None
}

/// A class that defines `__eq__` but not `__hash__` gets `__hash__ = None`: its instances
/// are unhashable, as CPython's type creation decides.
fn unhashable_if_eq_only(dict: &mut DictMap) {
    let has = |name: &str| dict.contains_key(&Key(Value::str(name)));
    if has("__eq__") && !has("__hash__") {
        dict.insert(Key(Value::str("__hash__")), Value::None);
    }
}

/// Check that a new class's bases are classes or built-in types that may be subclassed.
fn check_bases(bases: &[Value]) -> Result<(), Value> {
    for base in bases {
        match base.object() {
            // The built-in types CPython marks final.
            Some(Object::Type(
                name @ ("bool"
                | "function"
                | "NoneType"
                | "range"
                | "slice"
                | "generator"
                | "method"
                | "builtin_function_or_method"
                | "ellipsis"
                | "NotImplementedType"
                | "code"
                | "cell"),
            )) => return Err(type_error(format!("type '{name}' is not an acceptable base type"))),
            Some(Object::Class(_) | Object::Type(_)) => {}
            _ => return Err(type_error("bases must be types")),
        }
    }
    Ok(())
}

/// The methods of `object` an instance has when its class defines none of its own.
const OBJECT_METHODS: &[&str] = &[
    "__setattr__",
    "__delattr__",
    "__getattribute__",
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__init__",
    "__format__",
    "__dir__",
];

impl Vm {
    /// `__build_class__(body, name, *bases, metaclass=None, **kwds)`: run the class body with
    /// a fresh namespace and make the class; a metaclass other than `type` (given, or the
    /// most derived of the bases') takes the general path of `build_with_metaclass`.
    pub fn build_class(&mut self, args: CallArgs) -> BuiltinResult {
        let mut positional = args.positional.into_iter();
        let (Some(body), Some(name)) = (positional.next(), positional.next()) else {
            return Err(type_error("__build_class__: not enough arguments"));
        };
        let original: Vec<Value> = positional.collect();
        // A base that is no class may stand for classes (`__mro_entries__`, PEP 560:
        // `class C(list[int])` derives from `list`).
        let mut bases = Vec::with_capacity(original.len());
        let mut resolved = false;
        for base in &original {
            if matches!(base.object(), Some(Object::Class(_) | Object::Type(_))) {
                bases.push(base.clone());
                continue;
            }
            let Ok(entries) = self.get_attr(base, "__mro_entries__") else {
                return Err(type_error("bases must be types"));
            };
            let entries = self.call_value(
                &entries,
                CallArgs { positional: vec![Value::tuple(original.clone())], keywords: Vec::new() },
            )?;
            let Some(Object::Tuple(items)) = entries.object() else {
                return Err(type_error("__mro_entries__ must return a tuple"));
            };
            bases.extend(items.iter().cloned());
            resolved = true;
        }
        for base in &bases {
            if !matches!(base.object(), Some(Object::Class(_) | Object::Type(_))) {
                return Err(type_error("bases must be types"));
            }
        }
        let Some(Object::Function(f)) = body.object() else {
            return Err(type_error("__build_class__: func must be a function"));
        };
        let mut keywords = args.keywords;
        let explicit = keywords.iter().position(|(k, _)| k == "metaclass").map(|i| keywords.remove(i).1);
        let metaclass = match explicit {
            None => class::calculate_metaclass(None, &bases)?,
            Some(m) if matches!(m.object(), Some(Object::Type("type"))) => {
                class::calculate_metaclass(None, &bases)?
            }
            Some(m) if matches!(m.object(), Some(Object::Class(_))) => {
                class::calculate_metaclass(Some(&m), &bases)?
            }
            // Any other callable (a function) makes the class itself.
            Some(m) => return self.build_with_metaclass(f, name, bases, m, keywords),
        };
        if let Some(metaclass) = metaclass {
            return self.build_with_metaclass(f, name, bases, metaclass, keywords);
        }
        let namespace = Rc::new(RefCell::new(DictMap::default()));
        self.run_class_body(f, namespace.clone(), None)?;
        let mut dict = namespace.borrow().clone();
        if resolved {
            dict.insert(Key(Value::str("__orig_bases__")), Value::tuple(original));
        }
        self.create_class(None, &name.to_str(), bases, dict, keywords)
    }

    /// Run a class body with `names` as its namespace (`mapping`, when given, is the object
    /// whose own `__getitem__`/`__setitem__`/`__delitem__` the name operations go through).
    pub(super) fn run_class_body(
        &mut self,
        body: &crate::runtime::function::Function,
        names: Rc<RefCell<DictMap>>,
        mapping: Option<Value>,
    ) -> Result<(), Value> {
        let mut frame = self.bind_frame(body, CallArgs::default())?;
        let hooked = mapping.is_some();
        if let Some(mapping) = mapping {
            self.class_namespaces.push((names.clone(), mapping));
        }
        frame.names = Some(names);
        let base_depth = self.frames.len();
        self.frames.push(frame);
        let result = self.execute(base_depth);
        if hooked {
            self.class_namespaces.pop();
        }
        result.map(|_| ())
    }

    /// What `type.__new__(metaclass, name, bases, dict, **kwds)` does once its arguments are
    /// checked: the class object, its `__class__` cell filled (from `__classcell__`),
    /// `__set_name__` called on its descriptors and `__init_subclass__` on its parent.
    pub(super) fn create_class(
        &mut self,
        metaclass: Option<Value>,
        name: &str,
        bases: Vec<Value>,
        mut dict: DictMap,
        keywords: Vec<(String, Value)>,
    ) -> Result<Value, Value> {
        let qualname = dict
            .shift_remove(&Key(Value::str("__qualname__")))
            .map_or_else(|| name.to_string(), |q| q.to_str());
        let cell = dict.shift_remove(&Key(Value::str("__classcell__")));
        check_bases(&bases)?;
        unhashable_if_eq_only(&mut dict);
        // `__new__` is an implicit static method; `__init_subclass__` and `__class_getitem__`
        // implicit class methods.
        if let Some(new) = dict.get_mut(&Key(Value::str("__new__")))
            && matches!(new.object(), Some(Object::Function(_)))
        {
            *new = Value::obj(Object::StaticMethod(new.clone()));
        }
        for name in ["__init_subclass__", "__class_getitem__"] {
            if let Some(method) = dict.get_mut(&Key(Value::str(name)))
                && matches!(method.object(), Some(Object::Function(_)))
            {
                *method = Value::obj(Object::ClassMethod(method.clone()));
            }
        }
        let bases = if bases.is_empty() { vec![Value::obj(Object::Type("object"))] } else { bases };
        let mro = class::c3_mro(&bases)?;
        crate::runtime::finalize::note_namespace(&dict);
        let class = Value::obj(Object::Class(Box::new(Class {
            name: Box::leak(name.to_string().into_boxed_str()),
            qualname: RefCell::new(qualname),
            bases,
            mro,
            dict: Rc::new(RefCell::new(dict)),
            flags: Default::default(),
            specials: Default::default(),
            attr_names: Default::default(),
            metaclass,
            c_name: Default::default(),
        })));
        if let Some(Object::Cell(c)) = cell.as_ref().and_then(Value::object) {
            *c.borrow_mut() = Some(class.clone());
        }
        class::register(&class);
        // Descriptors learn their names (`__set_name__`, PEP 487).
        let members: Vec<(Value, Value)> = match class.object() {
            Some(Object::Class(c)) => c.dict.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect(),
            _ => Vec::new(),
        };
        for (name, member) in members {
            if let Some(Object::Instance(d)) = member.object()
                && let Some(set_name) = class::lookup(&d.class(), "__set_name__")
            {
                let args = CallArgs {
                    positional: vec![member.clone(), class.clone(), name.clone()],
                    keywords: Vec::new(),
                };
                // An error is reported as a RuntimeError caused by it, as `type.__new__` does.
                if let Err(exc) = self.call_value(&set_name, args) {
                    let message = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        class::class_name(&d.class()),
                        name.repr(),
                        class::class_name(&class)
                    );
                    return Err(crate::runtime::exception::runtime_error_from(&message, exc));
                }
            }
        }
        self.init_subclass(&class, keywords)?;
        Ok(class)
    }

    /// Call the `__init_subclass__` a new class inherits (an implicit classmethod), as
    /// `type.__new__` does; `object`'s accepts no keywords.
    fn init_subclass(&mut self, class: &Value, keywords: Vec<(String, Value)>) -> Result<(), Value> {
        let Some(Object::Class(c)) = class.object() else { return Ok(()) };
        let hook = c.mro.iter().find_map(|base| match base.object() {
            Some(Object::Class(b)) => b.dict.borrow().get(&Key(Value::str("__init_subclass__"))).cloned(),
            _ => None,
        });
        match hook {
            Some(hook) => {
                let function = match hook.object() {
                    Some(Object::ClassMethod(f)) => f.clone(),
                    _ => hook,
                };
                let args = CallArgs { positional: vec![class.clone()], keywords };
                self.call_value(&function, args).map(|_| ())
            }
            None if !keywords.is_empty() => Err(type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                c.qualname.borrow()
            ))),
            None => Ok(()),
        }
    }

    /// `type(name, bases, namespace, **kwds)` (`metatype` `None`) or
    /// `type.__new__(metatype, name, bases, namespace, **kwds)`: a class made without a class
    /// statement, by the most derived metaclass of `metatype` and the bases' (whose own
    /// `__new__` takes over when it has one, as CPython's `type_new` defers to it).
    pub fn new_class(&mut self, metatype: Option<Value>, args: &CallArgs) -> BuiltinResult {
        let [name, bases, namespace] = args.positional.as_slice() else {
            return Err(type_error(match metatype {
                None => "type() takes 1 or 3 arguments".to_string(),
                Some(_) => {
                    format!("type.__new__() takes exactly 3 arguments ({} given)", args.positional.len())
                }
            }));
        };
        let Some(name) = name.as_str() else {
            return Err(type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                name.type_name()
            )));
        };
        let Some(Object::Tuple(bases)) = bases.object() else {
            return Err(type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                bases.type_name()
            )));
        };
        let dict = match namespace.object() {
            Some(Object::Dict(d)) => d,
            _ => match class::base_value(namespace).map(Value::object) {
                Some(Some(Object::Dict(d))) => d,
                _ => {
                    return Err(type_error(format!(
                        "type.__new__() argument 3 must be dict, not {}",
                        namespace.type_name()
                    )));
                }
            },
        };
        // A base that is not a class has a metaclass (its type) that is not `type`'s kind.
        if bases.iter().any(|b| !matches!(b.object(), Some(Object::Class(_) | Object::Type(_)))) {
            return Err(class::metaclass_conflict());
        }
        let winner = class::calculate_metaclass(metatype.as_ref(), bases)?;
        if let Some(w) = &winner
            && !metatype.as_ref().is_some_and(|m| class::same_class(m, w))
            && let Some(new) = class::lookup(w, "__new__")
        {
            let new = match new.object() {
                Some(Object::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut positional = vec![w.clone()];
            positional.extend(args.positional.iter().cloned());
            return self.call_value(&new, CallArgs { positional, keywords: args.keywords.clone() });
        }
        let mut dict = dict.borrow().clone();
        // `__module__` comes from the calling code's globals, as CPython takes it.
        let module =
            self.frames.last().and_then(|f| f.globals.borrow().get(&Key(Value::str("__name__"))).cloned());
        let module_key = Key(Value::str("__module__"));
        if !dict.contains_key(&module_key)
            && let Some(module) = module
        {
            dict.insert(module_key, module);
        }
        self.create_class(winner, name, bases.to_vec(), dict, args.keywords.clone())
    }

    /// Make an instance of `class` and, for a Python `__init__`, the frame that initialises it
    /// (returned for the run loop to push); a built-in base initialises here.
    pub fn instantiate(
        &mut self,
        class_value: &Value,
        args: CallArgs,
    ) -> Result<(Value, Option<super::frame::Frame>), Value> {
        let flags = class::flags(class_value);
        if flags.plain_new && !flags.abstract_methods {
            return self.instantiate_plain(class_value, args);
        }
        let base = class::builtin_base(class_value);
        let python_init = class::lookup(class_value, "__init__").is_some();
        let instance = match class::lookup(class_value, "__new__") {
            // A class's own `__new__` makes the instance; `__init__` runs only on an instance
            // of the class, as CPython decides.
            Some(new) => {
                let new = match new.object() {
                    Some(Object::StaticMethod(f)) => f.clone(),
                    _ => new,
                };
                let positional =
                    std::iter::once(class_value.clone()).chain(args.positional.iter().cloned()).collect();
                let made = self.call_value(&new, CallArgs { positional, keywords: args.keywords.clone() })?;
                if !is_instance(&made, class_value) {
                    return Ok((made, None));
                }
                made
            }
            None => self.new_instance(class_value, &args, !python_init)?,
        };
        match class::lookup(class_value, "__init__") {
            Some(init) if matches!(init.object(), Some(Object::Function(_))) => {
                let Some(Object::Function(f)) = init.object() else { unreachable!() };
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(instance.clone());
                positional.extend(args.positional);
                let mut frame = self.bind_frame(f, CallArgs { positional, keywords: args.keywords })?;
                frame.returning = Some(Box::new(Returning::Instance(instance.clone())));
                Ok((instance, Some(frame)))
            }
            Some(other) => {
                let mut positional = vec![instance.clone()];
                positional.extend(args.positional);
                self.call_value(&other, CallArgs { positional, keywords: args.keywords })?;
                Ok((instance, None))
            }
            None if base == "object"
                && class::lookup(class_value, "__new__").is_none()
                && (!args.positional.is_empty() || !args.keywords.is_empty()) =>
            {
                let name = class::class_name(class_value);
                Err(type_error(format!("{name}() takes no arguments")))
            }
            None => Ok((instance, None)),
        }
    }

    /// A call of a class that has a `plain_init` (`init`), with its `count` arguments on the
    /// top frame's stack above the class: the arguments move straight into the locals of
    /// `__init__`'s frame, pushed for the run loop to run (the instance is the call's
    /// result), without the argument list and the checks of `instantiate`.
    #[inline(never)]
    pub(super) fn construct_plain(&mut self, init: &Value, count: usize) -> Result<(), Value> {
        // (`plain_init` gave a Python function.)
        let Some(Object::Function(f)) = init.object() else { return Ok(()) };
        if self.frames.len() >= self.recursion_limit {
            return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut new_frame = self.pool.take(f);
        let locals = &mut new_frame.locals;
        let frame = self.frames.last_mut().expect("the calling frame");
        let from = frame.stack.len() - count;
        locals.reserve(count + 1);
        locals.push(None);
        for arg in &mut frame.stack[from..] {
            locals.push(Some(std::mem::replace(arg, Value::None)));
        }
        frame.stack.truncate(from);
        let class_value = frame.stack.pop().unwrap_or(Value::None);
        let instance = Value::obj(Object::Instance(Box::new(Instance::new(class_value, None))));
        locals[0] = Some(instance.clone());
        let mut frame = super::call::simple_frame(f, new_frame);
        frame.returning = Some(self.pool.returning_box(Returning::Instance(instance)));
        self.frames.push(frame);
        Ok(())
    }

    /// `instantiate` for the common case: a class whose lineage has no `__new__` and no
    /// built-in base, so the instance is a plain object and only `__init__` runs.
    fn instantiate_plain(
        &mut self,
        class_value: &Value,
        args: CallArgs,
    ) -> Result<(Value, Option<super::frame::Frame>), Value> {
        let instance = Value::obj(Object::Instance(Box::new(Instance::new(class_value.clone(), None))));
        let mut positional = args.positional;
        match class::lookup_special(class_value, "__init__") {
            Some(init) => {
                if let Some(Object::Function(f)) = init.object()
                    && args.keywords.is_empty()
                    && super::call::binds_directly(f, positional.len() + 1)
                {
                    let mut frame = self.pool.take(f);
                    frame.locals.push(Some(instance.clone()));
                    frame.locals.extend(positional.into_iter().map(Some));
                    let mut frame = super::call::simple_frame(f, frame);
                    frame.returning = Some(Box::new(Returning::Instance(instance.clone())));
                    return Ok((instance, Some(frame)));
                }
                positional.insert(0, instance.clone());
                let args = CallArgs { positional, keywords: args.keywords };
                if let Some(Object::Function(f)) = init.object() {
                    let mut frame = self.bind_frame(f, args)?;
                    frame.returning = Some(Box::new(Returning::Instance(instance.clone())));
                    return Ok((instance, Some(frame)));
                }
                self.call_value(&init, args)?;
                Ok((instance, None))
            }
            None if !positional.is_empty() || !args.keywords.is_empty() => {
                let name = class::class_name(class_value);
                Err(type_error(format!("{name}() takes no arguments")))
            }
            None => Ok((instance, None)),
        }
    }

    /// `cls(*args)` as `type.__call__` makes it: the instance, initialised (a Python
    /// `__init__` runs in a nested loop).
    pub fn construct_instance(&mut self, class_value: &Value, args: CallArgs) -> BuiltinResult {
        let (instance, init) = self.instantiate(class_value, args)?;
        if let Some(frame) = init {
            let base = self.frames.len();
            self.frames.push(frame);
            self.execute(base)?;
        }
        Ok(instance)
    }

    /// A new instance of `class_value` before `__init__`: an exception for exception classes,
    /// an instance holding a built-in value for subclasses of built-in types (made from `args`
    /// when `with_args`: always for immutable types, for mutable ones when no Python
    /// `__init__` will fill it), else a plain instance.
    pub fn new_instance(
        &mut self,
        class_value: &Value,
        args: &CallArgs,
        with_args: bool,
    ) -> Result<Value, Value> {
        refuse_abstract(class_value)?;
        let base = class::builtin_base(class_value);
        // A metaclass makes classes, always from its arguments.
        if base == "type" {
            return self.new_class(Some(class_value.clone()), args);
        }
        if ExcKind::from_name(base).is_some() {
            let exc = crate::builtins::construct(
                self,
                base,
                CallArgs { positional: args.positional.clone(), keywords: Vec::new() },
            )?;
            if let Some(Object::Exception(e)) = exc.object() {
                e.borrow_mut().class = Some(class_value.clone());
            }
            return Ok(exc);
        }
        if base == "object" {
            return Ok(Value::obj(Object::Instance(Box::new(Instance::new(class_value.clone(), None)))));
        }
        if !class::SUBCLASSABLE.contains(&base) {
            return Err(type_error(format!("pyglass cannot subclass '{base}' yet")));
        }
        let mutable = matches!(base, "dict" | "list" | "set" | "bytearray");
        let value_args = if with_args || !mutable {
            CallArgs { positional: args.positional.clone(), keywords: args.keywords.clone() }
        } else {
            CallArgs::default()
        };
        let value = crate::builtins::construct(self, base, value_args)?;
        Ok(Value::obj(Object::Instance(Box::new(Instance::new(class_value.clone(), Some(value))))))
    }

    /// `obj.name` for any value. An AttributeError that comes out is given the object and
    /// the name (unless it has them), as CPython's attribute lookup does for its report's
    /// "Did you mean" hint.
    pub fn get_attr(&mut self, object: &Value, name: &str) -> Result<Value, Value> {
        self.get_attr_plain(object, name).inspect_err(|error| {
            if let Some(Object::Exception(e)) = error.object() {
                let mut e = e.borrow_mut();
                let unset = |e: &crate::runtime::exception::Exception, key| {
                    e.attr(key).is_none_or(|v| matches!(v, Value::None))
                };
                if e.kind == ExcKind::AttributeError && unset(&e, "name") && unset(&e, "obj") {
                    e.set_attr("name", Value::str(name));
                    e.set_attr("obj", object.clone());
                }
            }
        })
    }

    fn get_attr_plain(&mut self, object: &Value, name: &str) -> Result<Value, Value> {
        if let Some(result) = self.class_attribute(object, name) {
            return result;
        }
        match (object.object(), name) {
            // Every object knows its type.
            (_, "__class__") => Ok(class_of(object)),
            // `C.mro()`: the MRO as a list.
            (Some(Object::Type(_)), "mro") => {
                Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }))
            }
            (
                Some(Object::Property(_)),
                "getter" | "setter" | "deleter" | "__get__" | "__set__" | "__delete__",
            ) => Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() })),
            (Some(Object::Property(p)), "fget" | "fset" | "fdel" | "__doc__") => Ok(match name {
                "fget" => p.fget.clone(),
                "fset" => p.fset.clone(),
                "fdel" => p.fdel.clone(),
                _ => p.doc.borrow().clone(),
            }),
            (
                Some(Object::Type("object")),
                "__setattr__" | "__delattr__" | "__getattribute__" | "__init__" | "__repr__" | "__str__",
            )
            | (
                Some(Object::Type("type")),
                "__setattr__" | "__delattr__" | "__init__" | "__repr__" | "__call__",
            ) => Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() })),
            (Some(Object::Type("property")), "__new__") => {
                Ok(Value::obj(Object::Builtin(crate::runtime::function::Builtin {
                    name: "__new__",
                    func: property_new,
                })))
            }
            (Some(Object::Type(_)), "__new__") => Ok(type_new_builtin()),
            (Some(Object::StaticMethod(f) | Object::ClassMethod(f)), "__func__") => Ok(f.clone()),
            (Some(Object::Method { func, .. }), "__func__") => Ok(func.clone()),
            (Some(Object::Method { receiver, .. }), "__self__") => Ok(receiver.clone()),
            (Some(Object::Method { func, .. }), _) => self.get_attr(&func.clone(), name),
            (Some(Object::Stream(stream)), "name" | "mode" | "encoding") => Ok(Value::str(match name {
                "name" if *stream == Stream::Stdout => "<stdout>",
                "name" => "<stderr>",
                "mode" => "w",
                _ => "utf-8",
            })),
            (Some(Object::Module { .. }), _) => match crate::builtins::methods::get_attribute(object, name) {
                Err(missing) => self.module_getattr_hook(object, name).unwrap_or(Err(missing)),
                found => found,
            },
            _ => crate::builtins::methods::get_attribute(object, name),
        }
    }

    /// A module's own `__getattr__(name)` (PEP 562), for a name the module does not have.
    fn module_getattr_hook(&mut self, module: &Value, name: &str) -> Option<Result<Value, Value>> {
        let Some(Object::Module { dict, .. }) = module.object() else { return None };
        let hook = dict.borrow().get(&Key(Value::str("__getattr__"))).cloned()?;
        Some(self.call_value(&hook, CallArgs { positional: vec![Value::str(name)], keywords: Vec::new() }))
    }

    /// `obj.name = value`, or `del obj.name` when `value` is `None`.
    pub fn set_attr(&mut self, object: &Value, name: Key, value: Option<Value>) -> Result<(), Value> {
        let text = name.0.to_str();
        if let Some(result) = self.set_class_attribute(object, &text, value.clone()) {
            return result;
        }
        if text == "__class__" {
            match object.object() {
                Some(Object::Class(_)) => {}
                Some(Object::Exception(e)) => {
                    return super::class_assign::assign_exception(e, value.as_ref());
                }
                _ => return Err(super::class_assign::refuse(value.as_ref())),
            }
        }
        crate::builtins::methods::set_attribute(object, name, value)
    }

    /// `obj.name` when `obj` is an instance, a class, a `super()` object or an exception of
    /// a Python class; `None` to let the built-in lookup answer.
    pub fn class_attribute(&mut self, object: &Value, name: &str) -> Option<Result<Value, Value>> {
        match object.object()? {
            Object::Instance(i) => Some(self.instance_attribute(object, i, name)),
            Object::Class(c) => Some(self.class_own_attribute(object, c, name)),
            Object::Super { class, receiver } => Some(self.super_attribute(class, receiver, name)),
            Object::Exception(e) => {
                let class = e.borrow().class.clone()?;
                if crate::runtime::exception_args::attribute(&e.borrow(), name).is_some()
                    || name == "__class__"
                {
                    return None;
                }
                let found = class::lookup(&class, name)?;
                Some(self.resolve_found(found, object, &class))
            }
            _ => None,
        }
    }

    fn instance_attribute(
        &mut self,
        object: &Value,
        instance: &Instance,
        name: &str,
    ) -> Result<Value, Value> {
        let class = &instance.class();
        // A Python `__getattribute__` answers every read; `__getattr__` is the fallback when it
        // raises AttributeError.
        if class::flags(class).getattribute
            && let Some(hook) = class::lookup(class, "__getattribute__")
        {
            let method = bind(hook, object, class);
            let args = CallArgs { positional: vec![Value::str(name)], keywords: Vec::new() };
            return match self.call_value(&method, args) {
                Err(e) if crate::runtime::exception::is_kind(&e, ExcKind::AttributeError) => {
                    self.getattr_hook(object, class, name).unwrap_or(Err(e))
                }
                result => result,
            };
        }
        self.generic_instance_attribute(object, instance, name, true)
    }

    /// `object.__getattribute__(instance, name)`: data descriptors, then the instance's own
    /// attributes, then the class's; `__getattr__` as the fallback when `with_getattr`.
    pub fn generic_instance_attribute(
        &mut self,
        object: &Value,
        instance: &Instance,
        name: &str,
        with_getattr: bool,
    ) -> Result<Value, Value> {
        let class = &instance.class();
        match name {
            // (Unless the class defines `__class__` itself: a property, as a mock's spec.)
            "__class__" if class::lookup(class, name).is_none() => return Ok(class.clone()),
            // Instances of classes whose whole lineage declares `__slots__` have no `__dict__`;
            // a class that defines `__dict__` itself (a property) overrides it.
            "__dict__" if class::slots(class).is_none() && class::lookup(class, name).is_none() => {
                return Ok(Value::obj(Object::Dict(instance.dict())));
            }
            _ => {}
        }
        let found = class::lookup(class, name);
        // A property or another data descriptor (with `__set__`) wins over the instance's own
        // attributes.
        if let Some(p) = &found
            && (matches!(p.object(), Some(Object::Property(_))) || is_data_descriptor(p))
        {
            // (An AttributeError raised by a property's getter falls back to `__getattr__`.)
            return match self.resolve_found(p.clone(), object, class) {
                Err(e) if with_getattr && crate::runtime::exception::is_kind(&e, ExcKind::AttributeError) => {
                    self.getattr_hook(object, class, name).unwrap_or(Err(e))
                }
                result => result,
            };
        }
        if let Some(v) = instance.attribute(&Key(Value::str(name))) {
            return Ok(v);
        }
        if let Some(found) = found {
            return self.resolve_found(found, object, class);
        }
        // A subclass of a built-in type has the type's methods, acting on the built-in value;
        // its class methods bind to the class (`D().fromkeys(...)` makes a `D`).
        if let Some(base) = class::base_value(object)
            && crate::builtins::type_classmethods::has(base.type_name(), name)
        {
            return Ok(Value::obj(Object::BoundMethod { receiver: class.clone(), name: name.into() }));
        }
        if let Some(base) = class::base_value(object)
            && let Ok(v) = crate::builtins::methods::get_attribute(base, name)
        {
            return Ok(v);
        }
        // The special methods every instance inherits from `object`.
        if OBJECT_METHODS.contains(&name) && matches!(object.object(), Some(Object::Instance(_))) {
            return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
        }
        if with_getattr && let Some(result) = self.getattr_hook(object, class, name) {
            return result;
        }
        Err(attribute_error(object, name))
    }

    /// `object.__getattr__(name)` if the class of `object` has a `__getattr__`: the fallback
    /// when the ordinary lookup raised AttributeError.
    fn getattr_hook(&mut self, object: &Value, class: &Value, name: &str) -> Option<Result<Value, Value>> {
        let method = bind(class::lookup(class, "__getattr__")?, object, class);
        Some(self.call_value(&method, CallArgs { positional: vec![Value::str(name)], keywords: Vec::new() }))
    }

    /// A class attribute as seen through `receiver`: functions bind, properties run.
    pub(super) fn resolve_found(
        &mut self,
        found: Value,
        receiver: &Value,
        class: &Value,
    ) -> Result<Value, Value> {
        // A descriptor object: its class's `__get__(descriptor, instance or None, owner)`.
        if let Some(Object::Instance(d)) = found.object()
            && let Some(get) = class::lookup(&d.class(), "__get__")
        {
            let instance = if matches!(receiver.object(), Some(Object::Class(_))) {
                Value::None
            } else {
                receiver.clone()
            };
            let args =
                CallArgs { positional: vec![found.clone(), instance, class.clone()], keywords: Vec::new() };
            return self.call_value(&get, args);
        }
        if let Some(Object::Property(p)) = found.object() {
            if matches!(receiver.object(), Some(Object::Class(_))) {
                return Ok(found.clone());
            }
            if matches!(p.fget, Value::None) {
                return Err(attribute_error(receiver, "property"));
            }
            let fget = p.fget.clone();
            return self
                .call_value(&fget, CallArgs { positional: vec![receiver.clone()], keywords: Vec::new() });
        }
        Ok(bind(found, receiver, class))
    }

    fn class_own_attribute(&mut self, object: &Value, c: &Class, name: &str) -> Result<Value, Value> {
        match name {
            "__name__" => return Ok(Value::str(c.name)),
            "__qualname__" => return Ok(Value::str(c.qualname.borrow().as_str())),
            "__bases__" => return Ok(Value::tuple(c.bases.clone())),
            "__base__" => return Ok(c.bases.first().cloned().unwrap_or(Value::None)),
            "__mro__" => return Ok(Value::tuple(lineage(object).cloned().collect())),
            "__dict__" => return Ok(Value::obj(Object::Dict(c.dict.clone()))),
            "__class__" => return Ok(class_of(object)),
            "mro" | "__subclasses__" if class::lookup(object, name).is_none() => {
                return Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }));
            }
            // A class's docstring is its own (not inherited).
            "__doc__" => {
                return Ok(c.dict.borrow().get(&Key(Value::str("__doc__"))).cloned().unwrap_or(Value::None));
            }
            _ => {}
        }
        if let Some(metaclass) = &c.metaclass {
            return self.meta_attribute(object, metaclass, name);
        }
        match class::lookup(object, name) {
            Some(found) => self.resolve_found(found, object, object),
            None if name == "__doc__" => Ok(Value::None),
            None if name == "__new__" => Ok(type_new_builtin()),
            // `object.__subclasshook__` is a class method: bound to the class asked.
            None if name == "__subclasshook__" => {
                Ok(Value::obj(Object::BoundMethod { receiver: object.clone(), name: name.into() }))
            }
            // The methods a class inherits from `object` (unbound: `A.__init__(self)`).
            None if (OBJECT_METHODS.contains(&name) || name == "__init_subclass__")
                && class::builtin_base(object) == "object" =>
            {
                Ok(Value::obj(Object::BoundMethod {
                    receiver: Value::obj(Object::Type("object")),
                    name: name.into(),
                }))
            }
            None => base_type_attribute(object, name).ok_or_else(|| attribute_error(object, name)),
        }
    }

    /// `super().name`: search the receiver's MRO after `class`.
    fn super_attribute(&mut self, class: &Value, receiver: &Value, name: &str) -> Result<Value, Value> {
        // A class receiver searches its own MRO (a classmethod's `super()`), unless it is an
        // instance of `class` (a metaclass method's `super()`), which searches its metaclass's.
        let on_class =
            matches!(receiver.object(), Some(Object::Class(_))) && class::is_subclass(receiver, class);
        let receiver_class = if on_class { receiver.clone() } else { class_of(receiver) };
        let mro = class::full_mro(&receiver_class);
        let start = mro.iter().position(|c| class::same_class(c, class)).map_or(mro.len(), |i| i + 1);
        let key = Key(Value::str(name));
        for c in &mro[start..] {
            match c.object() {
                Some(Object::Class(k)) => {
                    if let Some(found) = k.dict.borrow().get(&key).cloned() {
                        if !on_class && matches!(receiver.object(), Some(Object::Class(_))) {
                            return self.bind_to_class(found, receiver, &receiver_class);
                        }
                        return self.resolve_found(found, receiver, &receiver_class);
                    }
                }
                // The built-in value of an instance of a subclass of a built-in type:
                // `super().__setitem__(k, v)` in a `dict` subclass, `super().append(x)`, ...
                Some(Object::Type(t))
                    if name != "__init__"
                        && let Some(base) = class::base_value(receiver)
                        && base.type_name() == *t
                        && let Ok(method) = crate::builtins::methods::get_attribute(base, name) =>
                {
                    return Ok(method);
                }
                // A built-in base: its methods act on the receiver (`object.__init__`,
                // `Exception.__init__`, `object.__repr__`, ...).
                Some(Object::Type(_)) if name.starts_with("__") => {
                    return Ok(Value::obj(Object::BoundMethod {
                        receiver: receiver.clone(),
                        name: name.into(),
                    }));
                }
                _ => {}
            }
        }
        Err(new_exception(ExcKind::AttributeError, &format!("'super' object has no attribute '{name}'")))
    }

    /// `obj.name = value` (or `del obj.name` with `None`) for instances and classes; `None`
    /// to let the built-in assignment answer.
    pub fn set_class_attribute(
        &mut self,
        object: &Value,
        name: &str,
        value: Option<Value>,
    ) -> Option<Result<(), Value>> {
        self.set_attribute_through(object, name, value, true)
    }

    /// `object.__setattr__(obj, name, value)` (`object.__delattr__` for `None`): assignment
    /// through descriptors, properties and `__slots__`, but not the class's own hooks.
    pub fn object_setattr(&mut self, object: &Value, name: &str, value: Option<Value>) -> Result<(), Value> {
        self.set_attribute_through(object, name, value, false)
            .unwrap_or_else(|| Err(type_error("descriptor requires an instance")))
    }

    fn set_attribute_through(
        &mut self,
        object: &Value,
        name: &str,
        value: Option<Value>,
        with_hook: bool,
    ) -> Option<Result<(), Value>> {
        // `through`: assignment goes through the hooks and descriptors of `class`, the
        // instance's class or the class's metaclass (a plain class's own are not involved).
        // `namespace`: a class's own dict; `None` for an instance's attributes.
        let (class, namespace, through) = match object.object()? {
            Object::Instance(i) => (i.class(), None, true),
            Object::Class(c) => match &c.metaclass {
                Some(metaclass) => (metaclass.clone(), Some(c.dict.clone()), true),
                None => (object.clone(), Some(c.dict.clone()), false),
            },
            _ => return None,
        };
        if namespace.is_some() && name == "__del__" && value.is_some() {
            crate::runtime::finalize::note_finalizer();
        }
        if through {
            // A class's own `__setattr__`/`__delattr__` takes over assignment to its instances.
            let hook = if value.is_some() { "__setattr__" } else { "__delattr__" };
            if with_hook
                && let Some(method) = class::lookup(&class, hook)
                    .filter(|m| matches!(m.object(), Some(Object::Function(_) | Object::Builtin(_))))
            {
                let mut positional = vec![object.clone(), Value::str(name)];
                positional.extend(value.clone());
                return Some(
                    self.call_value(&method, CallArgs { positional, keywords: Vec::new() }).map(|_| ()),
                );
            }
            // A data descriptor in the class: its `__set__(descriptor, instance, value)`.
            if let Some(descriptor) = class::lookup(&class, name)
                && let Some(Object::Instance(d)) = descriptor.object()
            {
                let (hook, mut positional) = match &value {
                    Some(v) => ("__set__", vec![descriptor.clone(), object.clone(), v.clone()]),
                    None => ("__delete__", vec![descriptor.clone(), object.clone()]),
                };
                if let Some(method) = class::lookup(&d.class(), hook) {
                    positional.truncate(if value.is_some() { 3 } else { 2 });
                    return Some(
                        self.call_value(&method, CallArgs { positional, keywords: Vec::new() }).map(|_| ()),
                    );
                }
            }
            // `__slots__`: only the declared attributes (or those the class provides).
            if value.is_some()
                && name != "__class__"
                && let Some(allowed) = class::slots(&class)
                && !allowed.iter().any(|n| n == name)
                && class::lookup(&class, name).is_none()
            {
                return Some(Err(attribute_error(object, name)));
            }
            if let Some(found) = class::lookup(&class, name)
                && let Some(Object::Property(p)) = found.object()
            {
                let (accessor, positional) = match &value {
                    Some(v) => (&p.fset, vec![object.clone(), v.clone()]),
                    None => (&p.fdel, vec![object.clone()]),
                };
                if matches!(accessor, Value::None) {
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    let owner = class::class_name(&class);
                    return Some(Err(new_exception(
                        ExcKind::AttributeError,
                        &format!("property '{name}' of '{owner}' object has no {what}"),
                    )));
                }
                let accessor = accessor.clone();
                return Some(
                    self.call_value(&accessor, CallArgs { positional, keywords: Vec::new() }).map(|_| ()),
                );
            }
        }
        Some(match namespace {
            Some(dict) => store_attribute(object, &dict, name, value),
            None => store_instance_attribute(object, name, value),
        })
    }
}

/// `C.name` from the built-in type class `C` derives from (`D.keys`), the type's class
/// methods bound to `C` (`D.fromkeys` makes a `D`).
fn base_type_attribute(class: &Value, name: &str) -> Option<Value> {
    let base = class::builtin_base(class);
    if !class::SUBCLASSABLE.contains(&base) {
        return None;
    }
    if crate::builtins::type_classmethods::has(base, name) {
        return Some(Value::obj(Object::BoundMethod { receiver: class.clone(), name: name.into() }));
    }
    crate::builtins::methods::get_attribute(&Value::obj(Object::Type(base)), name).ok()
}

/// `obj.name = value` (or `del obj.name` with `None`) into the own attributes of an
/// instance, past any hooks.
fn store_instance_attribute(object: &Value, name: &str, value: Option<Value>) -> Result<(), Value> {
    let Some(Object::Instance(instance)) = object.object() else { return Err(attribute_error(object, name)) };
    if name == "__class__" {
        return super::class_assign::assign(instance, value.as_ref());
    }
    // `obj.__dict__ = d` makes `d` the instance's own attributes; `del obj.__dict__` leaves
    // it a new empty one (CPython makes it when next asked for). Not for `__slots__` classes.
    if name == "__dict__" && class::slots(&instance.class()).is_none() {
        let dict = match &value {
            None => Rc::new(RefCell::new(DictMap::default())),
            // A dict subclass gives its contents (shared), not its own identity.
            Some(v) => match v.object() {
                Some(Object::Dict(d)) => d.clone(),
                _ => match class::base_value(v).and_then(|b| b.object()) {
                    Some(Object::Dict(d)) => d.clone(),
                    _ => {
                        return Err(type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            v.type_name()
                        )));
                    }
                },
            },
        };
        instance.replace_dict(dict);
        return Ok(());
    }
    let key = Key(Value::str(name));
    match value {
        Some(v) => {
            instance.set_attribute(key, v);
            Ok(())
        }
        None => instance.remove_attribute(&key).map(drop).ok_or_else(|| attribute_error(object, name)),
    }
}

/// `obj.name = value` (or `del obj.name` with `None`) straight into the namespace `dict` of an
/// instance or class, past any hooks (`object.__setattr__`, `type.__setattr__`).
pub fn store_attribute(
    object: &Value,
    dict: &Rc<RefCell<DictMap>>,
    name: &str,
    value: Option<Value>,
) -> Result<(), Value> {
    // A class's `__qualname__` lives in the class, not in its namespace (as CPython's).
    if let Some(Object::Class(c)) = object.object()
        && name == "__qualname__"
    {
        return match value.as_ref().map(|v| (v, v.as_str())) {
            Some((_, Some(text))) => {
                *c.qualname.borrow_mut() = text.to_string();
                Ok(())
            }
            Some((v, None)) => Err(type_error(format!(
                "can only assign string to {}.__qualname__, not '{}'",
                c.name,
                v.type_name()
            ))),
            None => Err(type_error(format!(
                "cannot delete '__qualname__' attribute of immutable type '{}'",
                c.name
            ))),
        };
    }
    let key = Key(Value::str(name));
    if matches!(object.object(), Some(Object::Class(_))) {
        class::classes_changed();
    }
    match value {
        Some(v) => {
            dict.borrow_mut().insert(key, v);
            Ok(())
        }
        None => match dict.borrow_mut().shift_remove(&key) {
            Some(_) => Ok(()),
            None => Err(attribute_error(object, name)),
        },
    }
}

/// The `__init__` of a call of `class_value` with `count` positional arguments when the call
/// needs no more than `Vm::construct_plain`: a class without a metaclass, whose lineage has
/// no `__new__`, no built-in base and no abstract methods, and whose `__init__` is a Python
/// function binding the instance and the arguments directly.
#[inline(never)]
pub(super) fn plain_init(class_value: &Value, count: usize) -> Option<Value> {
    let Some(Object::Class(c)) = class_value.object() else { return None };
    let flags = class::flags(class_value);
    if c.metaclass.is_some() || !flags.plain_new || flags.abstract_methods {
        return None;
    }
    let init = class::lookup_special(class_value, "__init__")?;
    match init.object() {
        Some(Object::Function(f)) if super::call::binds_directly(f, count + 1) => Some(init),
        _ => None,
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn make_property(args: &CallArgs) -> Value {
    let get = |i: usize, name: &str| {
        args.positional
            .get(i)
            .or_else(|| args.keywords.iter().find(|(k, _)| k == name).map(|(_, v)| v))
            .cloned()
            .unwrap_or(Value::None)
    };
    let fget = get(0, "fget");
    // Without a `doc`, the getter's docstring (CPython reads any object's `__doc__`; here
    // a Python function's).
    let doc = match (get(3, "doc"), fget.object()) {
        (Value::None, Some(Object::Function(f))) => {
            f.code.doc.as_ref().map_or(Value::None, |d| Value::str(d.as_str()))
        }
        (doc, _) => doc,
    };
    Value::obj(Object::Property(Box::new(Property {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc: RefCell::new(doc),
    })))
}

/// `prop.setter(f)` / `.getter(f)` / `.deleter(f)`: a copy of the property with `f` put in
/// (`None` keeps the one it had, as CPython's).
pub fn property_with(p: &Property, which: &str, f: Value) -> Value {
    let mut copy = Property {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: RefCell::new(p.doc.borrow().clone()),
    };
    if matches!(f, Value::None) {
        return Value::obj(Object::Property(Box::new(copy)));
    }
    match which {
        "getter" => copy.fget = f,
        "setter" => copy.fset = f,
        _ => copy.fdel = f,
    }
    Value::obj(Object::Property(Box::new(copy)))
}

/// `ExcKind` of an exception class value (built-in or Python), for `except` clauses.
pub fn exception_class_kind(class: &Value) -> Option<ExcKind> {
    match class.object() {
        Some(Object::Type(name)) => ExcKind::from_name(name),
        Some(Object::Class(_)) => ExcKind::from_name(class::builtin_base(class)),
        _ => None,
    }
}

/// CPython's `object.__new__` refuses a class whose own `__abstractmethods__` (computed by
/// `abc` for its classes) is not empty, naming the methods in sorted order.
fn refuse_abstract(class_value: &Value) -> Result<(), Value> {
    let Some(Object::Class(c)) = class_value.object() else { return Ok(()) };
    let Some(names) = c.dict.borrow().get(&Key(Value::str("__abstractmethods__"))).cloned() else {
        return Ok(());
    };
    let mut names: Vec<String> = match names.object() {
        Some(Object::FrozenSet(t)) => t.items().map(Value::to_str).collect(),
        _ => return Ok(()),
    };
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let s = if names.len() > 1 { "s" } else { "" };
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{s} {}",
        c.name,
        names.join(", ")
    )))
}

/// The built-in `__new__` of built-in types (and of classes that define none).
pub(super) fn type_new_builtin() -> Value {
    Value::obj(Object::Builtin(crate::runtime::function::Builtin { name: "__new__", func: type_new }))
}

/// `property.__new__(cls, ...)`: an empty property, for `property` itself only (the shared
/// `type_new` does not know the type it was taken from, so cannot refuse another).
fn property_new(_vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    match args.positional.first().map(|c| (c, c.object())) {
        None => Err(type_error("property.__new__(): not enough arguments")),
        Some((_, Some(Object::Type("property")))) => Ok(make_property(&CallArgs::default())),
        Some((c, Some(Object::Type(_) | Object::Class(_)))) => Err(type_error(format!(
            "property.__new__({}): {} is not a subtype of property",
            class::class_name(c),
            class::class_name(c)
        ))),
        Some((c, _)) => {
            Err(type_error(format!("property.__new__(X): X is not a type object ({})", c.type_name())))
        }
    }
}

/// `object.__new__(cls, ...)`, `tuple.__new__(cls, iterable)`, ...: a new instance of `cls`
/// (for a subclass of a built-in type, holding the built-in value made from the arguments).
fn type_new(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some((class, rest)) = args.positional.split_first() else {
        return Err(type_error("__new__(): not enough arguments"));
    };
    let rest = CallArgs { positional: rest.to_vec(), keywords: args.keywords.clone() };
    match class.object() {
        Some(Object::Class(_)) => vm.new_instance(class, &rest, true),
        Some(Object::Type(name)) => crate::builtins::construct(vm, name, rest),
        _ => Err(type_error(format!("__new__(X): X is not a type object ({})", class.type_name()))),
    }
}
