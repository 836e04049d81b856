//! The fast paths of `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR` on instances of Python
//! classes, with an inline cache per name of the code object (`Prepared::attr_caches`), in
//! the spirit of CPython 3.11's specialised attribute instructions.
//!
//! An entry records, for one class, what the class's lineage holds under the name (nothing,
//! a plain value or function, or something that may run code), valid until any class changes
//! (`class_epoch`); and where the name is among the instance's attributes: its index in the
//! class's table of names for instances in the shared form (`runtime::attrs`: fixed for the
//! class, as the table only grows), else where it was last found in an instance's own dict
//! (instances of a class usually get their attributes in the same order, so the index is
//! usually right and a hit needs no hashing). Every answer is checked; anything the cache
//! cannot vouch for returns `None`/`false` and the general path (`Vm::get_attr`/`set_attr`)
//! decides.

use std::rc::Rc;

use super::classes::{bind, lookup_prehashed};
use crate::runtime::attrs::{self, Attrs};
use crate::runtime::class::{self, Instance};
use crate::runtime::function::{AttrCache, AttrFound, HeldValue, Prepared};
use crate::runtime::value::{DictMap, Key, Object, Prehashed, Value};

/// What the lineage of `class` holds under `key`, as a cache entry.
fn resolve(class: &Value, key: &Prehashed) -> AttrFound {
    if class::flags(class).getattribute {
        return AttrFound::Uncacheable;
    }
    let Some(found) = lookup_prehashed(class, key) else { return AttrFound::InstanceOnly };
    match found.object() {
        Some(Object::Property(p))
            if matches!(p.fget.object(), Some(Object::Function(_)))
                && class::lookup_special(class, "__getattr__").is_none() =>
        {
            AttrFound::Getter(HeldValue::new(&p.fget))
        }
        Some(Object::Property(_) | Object::Instance(_)) => AttrFound::Uncacheable,
        _ => AttrFound::ClassValue(HeldValue::new(&found)),
    }
}

/// Whether assigning `name` on instances of `class` is a plain store into the instance dict.
fn storable(class: &Value, name: &str) -> bool {
    let hook = |h: &'static str| class::lookup_special(class, h).is_some();
    // `obj.__dict__ = d` replaces the attributes themselves (`Vm::set_attr`), and
    // `obj.__class__ = C` the class (`vm::class_assign`).
    name != "__dict__"
        && name != "__class__"
        && !hook("__setattr__")
        && !hook("__delattr__")
        && class::slots(class).is_none_or(|allowed| allowed.iter().any(|a| a == name))
}

/// The entry for name `i` of `prepared`, made valid for `instance`'s class.
#[inline]
fn entry<'p>(prepared: &'p Prepared, i: usize, instance: &Instance) -> std::cell::RefMut<'p, AttrCache> {
    let mut cache = prepared.attr_caches[i].borrow_mut();
    let id = instance.class_address();
    let epoch = class::class_epoch();
    if cache.class != id || cache.epoch != epoch {
        switch_class(&mut cache, prepared, i, id, epoch, || resolve(&instance.class(), &prepared.name(i)));
    }
    cache
}

/// Entries kept per name besides the current one: a site that sees instances of up to four
/// classes in turn (richards' `t.fn(...)` over its task classes) finds each one again.
const KEPT: usize = 3;

/// Make `cache` (name `i`'s) the entry of the class at address `id`: the entry kept for that
/// class, if there is one still valid, swapped in; else a new one made by `fill`, the
/// current entry (if valid) kept first in its place and the oldest kept one dropped past
/// `KEPT`.
///
/// (`resolve` says what the new entry holds: `resolve` for instances of the class,
/// `resolve_for_class` for the class itself as the receiver.)
#[inline(never)]
fn switch_class(
    cache: &mut AttrCache,
    prepared: &Prepared,
    i: usize,
    id: usize,
    epoch: u32,
    resolve: impl FnOnce() -> AttrFound,
) {
    let mut kept = prepared.other_attr_caches[i].borrow_mut();
    if let Some(j) = kept.iter().position(|entry| entry.class == id && entry.epoch == epoch) {
        std::mem::swap(cache, &mut kept[j]);
        return;
    }
    // (Only valid entries are worth keeping: the first fill of a site allocates nothing.)
    kept.retain(|entry| entry.epoch == epoch);
    if cache.class != 0 && cache.epoch == epoch {
        kept.truncate(KEPT - 1);
        kept.insert(0, std::mem::take(cache));
    }
    refill(cache, resolve(), id, epoch);
}

/// Make `cache` a new entry holding `found`, for the class at `id` (a cache miss: the first
/// access, or classes changed).
#[cold]
#[inline(never)]
fn refill(cache: &mut AttrCache, found: AttrFound, id: usize, epoch: u32) {
    cache.found = found;
    cache.storable = None;
    cache.shared = usize::MAX;
    cache.absent_below = 0;
    cache.class = id;
    cache.epoch = epoch;
}

/// `Class.name` for name `i` of `prepared` (`Strength.stronger(a, b)`, `Color.RED`), when
/// the class has no metaclass of its own and its lineage answers with what no code computes:
/// a function (unbound, as a class gives it), a static method's function, or a plain value.
/// `None`: the general path decides. The entry is the class's as a receiver, told apart from
/// the entry for its instances by a tag in the low bit of its address.
#[inline]
pub fn class_attribute(object: &Value, prepared: &Prepared, i: usize) -> Option<Value> {
    let Some(Object::Class(c)) = object.object() else { return None };
    let id = attrs::address_of(object) | 1;
    let epoch = class::class_epoch();
    let mut cache = prepared.attr_caches.get(i)?.try_borrow_mut().ok()?;
    if cache.class != id || cache.epoch != epoch {
        if c.metaclass.is_some() {
            return None;
        }
        switch_class(&mut cache, prepared, i, id, epoch, || resolve_for_class(object, &prepared.name(i)));
    }
    match &cache.found {
        AttrFound::ClassValue(held) => held.get(),
        _ => None,
    }
}

/// `resolve` for a class as the receiver: what `Vm::get_attr` would answer, when that is a
/// value that stays the same while no class changes. (Dunder names are left to the general
/// path, which answers some of them, `__name__` or `__dict__`, itself; so are descriptors,
/// properties and class methods, which make or compute their answer.)
fn resolve_for_class(class: &Value, key: &Prehashed) -> AttrFound {
    let dunder = key.key.0.as_str().is_some_and(|name| name.starts_with("__") && name.ends_with("__"));
    match lookup_prehashed(class, key) {
        Some(found) if !dunder => match found.object() {
            Some(Object::Instance(_) | Object::Property(_) | Object::ClassMethod(_)) => {
                AttrFound::Uncacheable
            }
            Some(Object::StaticMethod(function)) => AttrFound::ClassValue(HeldValue::new(function)),
            _ => AttrFound::ClassValue(HeldValue::new(&found)),
        },
        _ => AttrFound::Uncacheable,
    }
}

/// Whether `key` is this very (interned) name object.
fn same_name(key: &Key, name: &Key) -> bool {
    matches!((&key.0, &name.0), (Value::Obj(a), Value::Obj(b)) if Rc::ptr_eq(a, b))
}

/// The instance's own attribute `key`, trying the remembered index first.
#[inline(always)]
fn own_attribute<'d>(dict: &'d DictMap, key: &Prehashed, slot: &mut usize) -> Option<&'d Value> {
    if let Some((k, v)) = dict.get_index(*slot)
        && same_name(k, key.key)
    {
        return Some(v);
    }
    own_attribute_hashed(dict, key, slot)
}

/// `own_attribute` when the remembered index is wrong: the hashed lookup, remembering anew.
#[inline(never)]
fn own_attribute_hashed<'d>(dict: &'d DictMap, key: &Prehashed, slot: &mut usize) -> Option<&'d Value> {
    let (index, _, v) = dict.get_full(key)?;
    *slot = index;
    Some(v)
}

/// The index of the name of `cache` among the `len` values of an instance of the cache's
/// class in the shared form, if it has that attribute.
#[inline(always)]
fn shared_index(instance: &Instance, len: usize, key: &Key, cache: &mut AttrCache) -> Option<usize> {
    if cache.shared < len {
        return Some(cache.shared);
    }
    if cache.shared != usize::MAX || len <= cache.absent_below {
        return None;
    }
    shared_index_searched(instance, len, key, cache)
}

/// `shared_index` when the cache does not know yet: search the class's table, remembering
/// the index, or that the name is not among the names the table has now.
#[inline(never)]
fn shared_index_searched(instance: &Instance, len: usize, key: &Key, cache: &mut AttrCache) -> Option<usize> {
    let class = instance.class.borrow();
    let names = class::as_class(&class)?.attr_names.borrow();
    match attrs::position(&names, key) {
        Some(index) => {
            cache.shared = index;
            (index < len).then_some(index)
        }
        None => {
            cache.absent_below = names.len();
            None
        }
    }
}

/// Push the instance's own attribute (the name of `cache`) on `stack`; false when it has none.
#[inline(always)]
fn push_own(instance: &Instance, key: &Prehashed, cache: &mut AttrCache, stack: &mut Vec<Value>) -> bool {
    match &*instance.attrs.borrow() {
        Attrs::Values(values) => match shared_index(instance, values.len(), key.key, cache) {
            Some(index) => values[index].push_clone(stack),
            None => return false,
        },
        Attrs::Dict(dict) => match own_attribute(&dict.borrow(), key, &mut cache.slot) {
            Some(v) => v.push_clone(stack),
            None => return false,
        },
    }
    true
}

/// The entry for name `i` when it is valid for `instance`'s class and the class holds no
/// descriptor of that name, so that an attribute of the instance's own answers: the check of
/// the common hits, which fill nothing (`entry` does, on the general paths).
#[inline(always)]
fn valid_entry<'p>(
    prepared: &'p Prepared,
    i: usize,
    instance: &Instance,
) -> Option<std::cell::Ref<'p, AttrCache>> {
    let cache = prepared.attr_caches.get(i)?.try_borrow().ok()?;
    let valid = cache.class == instance.class_address()
        && cache.epoch == class::class_epoch()
        && matches!(cache.found, AttrFound::InstanceOnly | AttrFound::ClassValue(_));
    valid.then_some(cache)
}

/// Push `object.name` (name `i` of `prepared`) on `stack` for an instance whose class holds
/// no descriptor of that name: its own attribute, or the class's value bound to it. False
/// (nothing pushed) when the general path must decide. (Pushing here rather than returning
/// the value lets the value be cloned straight into the stack: see `Value::push_clone`.)
///
/// The commonest case, an attribute of an instance in the shared form whose index the entry
/// knows, is tried first in a few loads and compares: the rest (`push_attr_general`) costs
/// register saves and calls that the hit would otherwise pay too.
#[inline]
pub fn push_attr(object: &Value, prepared: &Prepared, i: usize, stack: &mut Vec<Value>) -> bool {
    let Some(Object::Instance(instance)) = object.object() else { return false };
    if let Some(cache) = valid_entry(prepared, i, instance)
        && let Ok(attrs) = instance.attrs.try_borrow()
        && let Attrs::Values(values) = &*attrs
        && let Some(value) = values.get(cache.shared)
    {
        stack.push(value.clone());
        return true;
    }
    push_attr_general(object, instance, prepared, i, stack)
}

/// `push_attr` past its commonest case.
#[inline(never)]
fn push_attr_general(
    object: &Value,
    instance: &Instance,
    prepared: &Prepared,
    i: usize,
    stack: &mut Vec<Value>,
) -> bool {
    let mut cache = entry(prepared, i, instance);
    let cache = &mut *cache;
    let key = prepared.name(i);
    match cache.found {
        AttrFound::Uncacheable | AttrFound::Getter(_) => return false,
        AttrFound::InstanceOnly => return push_own(instance, &key, cache, stack),
        AttrFound::ClassValue(_) => {}
    }
    if push_own(instance, &key, cache, stack) {
        return true;
    }
    let AttrFound::ClassValue(held) = &cache.found else { return false };
    match held.get() {
        Some(found) => stack.push(bind(found, object, &instance.class())),
        None => return false,
    }
    true
}

/// The function behind `object.name(...)` when `object` is an instance and `name` a plain
/// function of its class, not shadowed by an instance attribute.
///
/// As in `push_attr`, the commonest case (an instance in the shared form, under an entry
/// valid for its class that knows the name is not among the instance's attributes) is tried
/// first, without filling anything.
#[inline]
pub fn load_method(object: &Value, prepared: &Prepared, i: usize) -> Option<Value> {
    let Some(Object::Instance(instance)) = object.object() else { return None };
    if let Some(cache) = valid_entry(prepared, i, instance)
        && let AttrFound::ClassValue(HeldValue::Object(held)) = &cache.found
        && let Ok(attrs) = instance.attrs.try_borrow()
        && let Attrs::Values(values) = &*attrs
        && cache.shared >= values.len()
        && (cache.shared != usize::MAX || values.len() <= cache.absent_below)
        && let Some(function) = held.upgrade()
        && let Object::Function(_) = &*function
    {
        return Some(Value::Obj(function));
    }
    load_method_general(instance, prepared, i)
}

/// `load_method` past its commonest case.
#[inline(never)]
fn load_method_general(instance: &Instance, prepared: &Prepared, i: usize) -> Option<Value> {
    let mut cache = entry(prepared, i, instance);
    let AttrFound::ClassValue(held) = &cache.found else { return None };
    let function = held.get().filter(|f| matches!(f.object(), Some(Object::Function(_))))?;
    let shadowed = match &*instance.attrs.borrow() {
        Attrs::Values(values) => {
            shared_index(instance, values.len(), &prepared.names[i], &mut cache).is_some()
        }
        Attrs::Dict(dict) => {
            let dict = dict.borrow();
            !dict.is_empty() && dict.contains_key(&prepared.name(i))
        }
    };
    (!shadowed).then_some(function)
}

/// The getter of the property `object.name` when it is a Python function (see
/// `AttrFound::Getter`): the caller runs it as a call, its result is the attribute.
pub fn property_getter(object: &Value, prepared: &Prepared, i: usize) -> Option<Value> {
    let Some(Object::Instance(instance)) = object.object() else { return None };
    let cache = entry(prepared, i, instance);
    let AttrFound::Getter(held) = &cache.found else { return None };
    held.get()
}

/// `object.name = value` for an instance whose class has no `__setattr__`, `__slots__` or
/// descriptor of that name. `Err` hands the value back when the general path must decide.
///
/// As in `push_attr`, the commonest cases (replacing an attribute of an instance in the shared
/// form, or adding the next one, under an entry that already found the name storable) are
/// tried first.
#[inline]
pub fn store_attr(object: &Value, prepared: &Prepared, i: usize, value: Value) -> Result<(), Value> {
    let Some(Object::Instance(instance)) = object.object() else { return Err(value) };
    // (`storable` is only decided past the class check of `store_attr_general`.)
    if let Some(cache) = valid_entry(prepared, i, instance)
        && cache.storable == Some(true)
        && let Ok(mut attrs) = instance.attrs.try_borrow_mut()
        && let Attrs::Values(values) = &mut *attrs
    {
        if let Some(slot) = values.get_mut(cache.shared) {
            *slot = value;
            return Ok(());
        }
        // The next name of the class's table (an `__init__` setting up a new instance).
        if cache.shared == values.len() {
            values.push(value);
            return Ok(());
        }
    }
    store_attr_general(instance, prepared, i, value)
}

/// `store_attr` past its commonest case.
#[inline(never)]
fn store_attr_general(instance: &Instance, prepared: &Prepared, i: usize, value: Value) -> Result<(), Value> {
    if class::as_class(&instance.class()).is_none() {
        return Err(value);
    }
    let mut cache = entry(prepared, i, instance);
    let storable = *cache.storable.get_or_insert_with(|| storable(&instance.class(), &prepared.code_name(i)));
    if !storable || matches!(cache.found, AttrFound::Uncacheable | AttrFound::Getter(_)) {
        return Err(value);
    }
    let name = &prepared.names[i];
    let mut attrs = instance.attrs.borrow_mut();
    match &mut *attrs {
        Attrs::Values(values) if cache.shared < values.len() => values[cache.shared] = value,
        // The next name of the class's table: the usual order of assignment.
        Attrs::Values(values) if cache.shared == values.len() => values.push(value),
        Attrs::Values(_) => {
            drop(attrs);
            instance.set_attribute(name.clone(), value);
            if let Attrs::Values(values) = &*instance.attrs.borrow() {
                shared_index(instance, values.len(), name, &mut cache);
            }
        }
        Attrs::Dict(dict) => {
            let mut dict = dict.borrow_mut();
            if let Some((k, v)) = dict.get_index_mut(cache.slot)
                && same_name(k, name)
            {
                *v = value;
                return Ok(());
            }
            cache.slot = insert_prehashed(&mut dict, &prepared.name(i), value);
        }
    }
    Ok(())
}

/// Insert or replace `key` in `dict` using its precomputed hash; the entry's index.
fn insert_prehashed(dict: &mut DictMap, key: &Prehashed, value: Value) -> usize {
    use indexmap::map::{RawEntryApiV1, raw_entry_v1::RawEntryMut};
    use std::hash::BuildHasher;
    let hash = dict.hasher().hash_one(key);
    match dict.raw_entry_mut_v1().from_hash(hash, |k| indexmap::Equivalent::equivalent(key, k)) {
        RawEntryMut::Occupied(mut entry) => {
            *entry.get_mut() = value;
            entry.index()
        }
        RawEntryMut::Vacant(entry) => {
            let index = entry.index();
            entry.insert_hashed_nocheck(hash, key.key.clone(), value);
            index
        }
    }
}
