//! The attributes of an instance of a Python class (what its `__dict__` shows), kept as
//! CPython 3.11 keeps them when it can (shared keys with the values inline): the names once
//! per class, in `Class::attr_names`, and in each instance only a vector of values, the i-th
//! value belonging to the i-th name. An instance holds the values of a prefix of its class's
//! names, so instances that get the same attributes in the same order (the usual case:
//! `__init__` sets them) share one table of names and cost 16 bytes per attribute.
//!
//! An instance moves its attributes to a dict of its own (`Attrs::Dict`), for good, when they
//! stop fitting that shape: one set out of the class's order, one deleted other than the
//! last, a class table full (`MAX_SHARED_NAMES`), or a program asking for `__dict__`, which
//! must be a live dict shared with the instance. The attribute caches of the VM
//! (`vm::attr_cache`) read both forms.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::class::{Instance, as_class};
use super::value::{DictMap, Key, Value};

/// The most names a class's table holds (CPython's limit for shared keys is 30).
const MAX_SHARED_NAMES: usize = 30;

/// `Instance::hash` before the VM computed it: CPython never makes -1 a hash.
pub const NO_HASH: i64 = -1;

/// Where an instance keeps its attributes.
#[derive(Debug)]
pub enum Attrs {
    /// The values of the first `len` names of the class's `attr_names`.
    Values(Vec<Value>),
    /// A dict of its own, shared with `__dict__`.
    Dict(Rc<RefCell<DictMap>>),
}

/// The index of `key` (a str) in a class's table of names.
pub fn position(names: &[Key], key: &Key) -> Option<usize> {
    let text = key.0.as_str()?;
    names.iter().position(|name| match (&name.0, &key.0) {
        // Names in code are interned: usually the very same object.
        (Value::Obj(a), Value::Obj(b)) if Rc::ptr_eq(a, b) => true,
        (name, _) => name.as_str() == Some(text),
    })
}

/// The address of a class value's object (0 for what is not an object).
pub fn address_of(class: &Value) -> usize {
    match class {
        Value::Obj(rc) => Rc::as_ptr(rc) as *const () as usize,
        _ => 0,
    }
}

impl Instance {
    /// A new instance of `class` without attributes (`base`: the built-in value of an
    /// instance of a subclass of a built-in type), with room for as many as its class's
    /// instances have had.
    pub fn new(class: Value, base: Option<Value>) -> Instance {
        let room = as_class(&class).map_or(0, |c| c.attr_names.borrow().len());
        Instance::with_attrs(class, base, Attrs::Values(Vec::with_capacity(room)))
    }

    /// A new instance of `class` whose attributes are `dict`.
    pub fn with_dict(class: Value, base: Option<Value>, dict: DictMap) -> Instance {
        Instance::with_attrs(class, base, Attrs::Dict(Rc::new(RefCell::new(dict))))
    }

    fn with_attrs(class: Value, base: Option<Value>, attrs: Attrs) -> Instance {
        Instance {
            class_address: Cell::new(address_of(&class)),
            class: RefCell::new(class),
            attrs: RefCell::new(attrs),
            base: base.map(Box::new),
            hash: Cell::new(NO_HASH),
        }
    }

    /// The instance's class (a clone: `__class__` assignment may replace it meanwhile).
    pub fn class(&self) -> Value {
        self.class.borrow().clone()
    }

    /// `obj.__class__ = class`, the checks made (`vm::class_assign`). The attributes move to a
    /// dict of their own first: in the shared form they are positions in the old class's table
    /// of names, which the new class does not have.
    pub fn set_class(&self, class: Value) {
        self.dict();
        self.class_address.set(address_of(&class));
        *self.class.borrow_mut() = class;
    }

    /// The address of the instance's class object: its identity, as cache entries record it.
    #[inline]
    pub fn class_address(&self) -> usize {
        self.class_address.get()
    }

    /// The instance's own attribute `key`.
    pub fn attribute(&self, key: &Key) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Values(values) => {
                let class = self.class.borrow();
                let names = as_class(&class)?.attr_names.borrow();
                values.get(position(&names, key)?).cloned()
            }
            Attrs::Dict(dict) => dict.borrow().get(key).cloned(),
        }
    }

    /// Set the instance's own attribute `key`.
    pub fn set_attribute(&self, key: Key, value: Value) {
        let mut attrs = self.attrs.borrow_mut();
        let class = self.class.borrow();
        if let (Attrs::Values(values), Some(class)) = (&mut *attrs, as_class(&class)) {
            let mut names = class.attr_names.borrow_mut();
            match position(&names, &key) {
                Some(i) if i < values.len() => {
                    values[i] = value;
                    return;
                }
                // The next name of the table: the class's usual order.
                Some(i) if i == values.len() => {
                    values.push(value);
                    return;
                }
                // A new name after all the table's: the table grows.
                None if names.len() == values.len()
                    && names.len() < MAX_SHARED_NAMES
                    && key.0.as_str().is_some() =>
                {
                    names.push(key);
                    values.push(value);
                    return;
                }
                _ => {}
            }
        }
        self.dict_of(&mut attrs).borrow_mut().insert(key, value);
    }

    /// Remove the instance's own attribute `key`, returning it.
    pub fn remove_attribute(&self, key: &Key) -> Option<Value> {
        let mut attrs = self.attrs.borrow_mut();
        let class = self.class.borrow();
        if let (Attrs::Values(values), Some(class)) = (&mut *attrs, as_class(&class)) {
            match position(&class.attr_names.borrow(), key) {
                // The last one set: still a prefix of the table.
                Some(i) if i + 1 == values.len() => return values.pop(),
                Some(i) if i < values.len() => {}
                _ => return None,
            }
        }
        self.dict_of(&mut attrs).borrow_mut().shift_remove(key)
    }

    /// The instance's `__dict__`: its attributes as a live dict, where they are kept from now on.
    pub fn dict(&self) -> Rc<RefCell<DictMap>> {
        self.dict_of(&mut self.attrs.borrow_mut())
    }

    /// The instance's own attributes, in the order they were set.
    pub fn attributes(&self) -> Vec<(Key, Value)> {
        let class = self.class.borrow();
        match &*self.attrs.borrow() {
            Attrs::Values(values) => match as_class(&class) {
                Some(class) => {
                    class.attr_names.borrow().iter().cloned().zip(values.iter().cloned()).collect()
                }
                None => Vec::new(),
            },
            Attrs::Dict(dict) => dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        }
    }

    /// Make `dict` the instance's attributes (`obj.__dict__ = d`), shared from now on.
    pub fn replace_dict(&self, dict: Rc<RefCell<DictMap>>) {
        *self.attrs.borrow_mut() = Attrs::Dict(dict);
    }

    /// The dict of `attrs` (the instance's), moving the values into a new one first.
    fn dict_of(&self, attrs: &mut Attrs) -> Rc<RefCell<DictMap>> {
        let values = match attrs {
            Attrs::Dict(dict) => return dict.clone(),
            Attrs::Values(values) => std::mem::take(values),
        };
        let class = self.class.borrow();
        let dict: DictMap = match as_class(&class) {
            Some(class) => class.attr_names.borrow().iter().cloned().zip(values).collect(),
            None => DictMap::default(),
        };
        let dict = Rc::new(RefCell::new(dict));
        *attrs = Attrs::Dict(dict.clone());
        dict
    }
}
