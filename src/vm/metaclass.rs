//! Metaclasses: classes whose class is a Python subclass of `type`. Making a class through
//! one (`__prepare__`, a class body whose namespace is any mapping, the call of the
//! metaclass), and the attributes a class gets from its metaclass (methods, properties,
//! `__getattr__`). Plain classes (metaclass `type`) never come here: their creation and
//! lookups stay in `classes.rs`; special methods of classes are in `special.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use super::classes::{attribute_error, is_data_descriptor};
use crate::runtime::class;
use crate::runtime::exception::{ExcKind, type_error};
use crate::runtime::function::{BuiltinResult, CallArgs, Function};
use crate::runtime::value::{DictMap, Object, Value};

impl Vm {
    /// The rest of `__build_class__` for a class made by `metaclass` (a Python metaclass or
    /// any callable): its `__prepare__` makes the namespace, the body runs in it, and the
    /// metaclass is called with `(name, bases, namespace, **kwds)`.
    pub(super) fn build_with_metaclass(
        &mut self,
        body: &Function,
        name: Value,
        bases: Vec<Value>,
        metaclass: Value,
        keywords: Vec<(String, Value)>,
    ) -> BuiltinResult {
        let bases = Value::tuple(bases);
        let namespace = match class::lookup(&metaclass, "__prepare__") {
            Some(_) => {
                let prepare = self.get_attr(&metaclass, "__prepare__")?;
                let args =
                    CallArgs { positional: vec![name.clone(), bases.clone()], keywords: keywords.clone() };
                self.call_value(&prepare, args)?
            }
            None => Value::obj(Object::Dict(Rc::new(RefCell::new(DictMap::default())))),
        };
        let (names, mapping) = match namespace.object() {
            Some(Object::Dict(d)) => (d.clone(), None),
            Some(Object::Instance(i)) => {
                let overrides = ["__getitem__", "__setitem__", "__delitem__"].iter().any(|n| {
                    matches!(
                        class::lookup(&i.class(), n).as_ref().and_then(Value::object),
                        Some(Object::Function(_))
                    )
                });
                match class::base_value(&namespace).and_then(Value::object) {
                    Some(Object::Dict(d)) if !overrides => (d.clone(), None),
                    Some(Object::Dict(d)) => (d.clone(), Some(namespace.clone())),
                    _ => (Rc::new(RefCell::new(DictMap::default())), Some(namespace.clone())),
                }
            }
            _ => {
                let owner = match metaclass.object() {
                    Some(Object::Class(_)) => class::class_name(&metaclass),
                    _ => "<metaclass>",
                };
                return Err(type_error(format!(
                    "{owner}.__prepare__() must return a mapping, not {}",
                    namespace.type_name()
                )));
            }
        };
        self.run_class_body(body, names, mapping)?;
        self.call_value(&metaclass, CallArgs { positional: vec![name, bases, namespace], keywords })
    }

    /// The mapping the running frame's names go through, when it is a class body whose
    /// namespace (from `__prepare__`) has its own item methods.
    fn name_mapping(&self) -> Option<Value> {
        let (names, mapping) = self.class_namespaces.last()?;
        let frame_names = self.frames.last()?.names.as_ref()?;
        Rc::ptr_eq(names, frame_names).then(|| mapping.clone())
    }

    /// LOAD_NAME in a class body whose namespace has its own item methods: the mapping's
    /// item, else (on KeyError) the global or built-in.
    pub(super) fn load_name_from_mapping(&mut self, index: usize) -> Result<(), Value> {
        let Some(mapping) = self.name_mapping() else { return Ok(()) };
        let frame = self.frame();
        let (key, prepared, globals) =
            (frame.prepared.names[index].0.clone(), frame.prepared.clone(), frame.globals.clone());
        let value = match self.get_item(&mapping, &key) {
            Ok(v) => v,
            Err(e) if is_key_error(&e) => {
                let found = prepared.lookup(index, &globals.borrow());
                match found.or_else(|| prepared.lookup(index, &self.builtins.borrow())) {
                    Some(v) => v,
                    None => return Err(super::run::name_error(&key.to_str())),
                }
            }
            Err(e) => return Err(e),
        };
        self.frame().stack.push(value);
        Ok(())
    }

    /// STORE_NAME (`store`) or DELETE_NAME in a class body whose namespace has its own item
    /// methods: the mapping's `__setitem__`/`__delitem__`.
    pub(super) fn store_name_in_mapping(&mut self, index: usize, store: bool) -> Result<(), Value> {
        let Some(mapping) = self.name_mapping() else { return Ok(()) };
        let frame = self.frame();
        let key = frame.prepared.names[index].0.clone();
        let value = if store { frame.stack.pop() } else { None };
        match self.set_item(&mapping, &key, value) {
            Err(e) if !store && is_key_error(&e) => Err(super::run::name_error(&key.to_str())),
            other => other,
        }
    }

    /// `cls.name` for a class whose metaclass is `metaclass`, in the order of CPython's
    /// `type_getattro`: a data descriptor of the metaclass, then the class's own lineage,
    /// then the metaclass's attribute bound to the class, then the metaclass's `__getattr__`.
    pub(super) fn meta_attribute(&mut self, cls: &Value, metaclass: &Value, name: &str) -> BuiltinResult {
        let in_metaclass = class::lookup(metaclass, name);
        if let Some(found) = &in_metaclass
            && (matches!(found.object(), Some(Object::Property(_))) || is_data_descriptor(found))
        {
            return self.bind_to_class(found.clone(), cls, metaclass);
        }
        if let Some(found) = class::lookup(cls, name) {
            return self.resolve_found(found, cls, cls);
        }
        if let Some(found) = in_metaclass {
            return self.bind_to_class(found, cls, metaclass);
        }
        if let Some(getattr) = class::lookup(metaclass, "__getattr__") {
            let args = CallArgs { positional: vec![cls.clone(), Value::str(name)], keywords: Vec::new() };
            return self.call_value(&getattr, args);
        }
        match name {
            "__doc__" => Ok(Value::None),
            "__new__" => Ok(super::classes::type_new_builtin()),
            _ => Err(attribute_error(cls, name)),
        }
    }

    /// An attribute found in `metaclass`, as seen through its instance `cls` (a class):
    /// functions bind to the class, properties and descriptors run with it.
    pub(super) fn bind_to_class(&mut self, found: Value, cls: &Value, metaclass: &Value) -> BuiltinResult {
        let call = |vm: &mut Vm, f: &Value, positional: Vec<Value>| {
            vm.call_value(f, CallArgs { positional, keywords: Vec::new() })
        };
        match found.object() {
            Some(Object::Function(_)) => {
                Ok(Value::obj(Object::Method { func: found, receiver: cls.clone() }))
            }
            Some(Object::ClassMethod(f)) => {
                Ok(Value::obj(Object::Method { func: f.clone(), receiver: metaclass.clone() }))
            }
            Some(Object::StaticMethod(f)) => Ok(f.clone()),
            Some(Object::Property(p)) if matches!(p.fget, Value::None) => {
                Err(attribute_error(cls, "property"))
            }
            Some(Object::Property(p)) => {
                let fget = p.fget.clone();
                call(self, &fget, vec![cls.clone()])
            }
            Some(Object::Instance(d)) => match class::lookup(&d.class(), "__get__") {
                Some(get) => call(self, &get, vec![found.clone(), cls.clone(), metaclass.clone()]),
                None => Ok(found),
            },
            _ => Ok(found),
        }
    }
}

fn is_key_error(e: &Value) -> bool {
    matches!(e.object(), Some(Object::Exception(x)) if x.borrow().kind.is_subclass_of(ExcKind::KeyError))
}
