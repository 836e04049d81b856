//! Classes defined in Python (`class C(B): ...`) and their instances: the class object with
//! its namespace and C3 method resolution order, instances with their `__dict__`, and the
//! objects that bind functions to them (bound methods, `staticmethod`, `classmethod`,
//! `property`). Running Python code (special methods, `__init__`) is the VM's job
//! (`crate::vm::classes`); this module only describes and searches.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use super::exception::type_error;
use super::value::{DictMap, Key, Object, Value};

#[derive(Debug)]
pub struct Class {
    /// Leaked once per class statement, so `Value::type_name` can stay `&'static str`.
    pub name: &'static str,
    /// Replaceable (`C.__qualname__ = "..."`).
    pub qualname: RefCell<String>,
    pub bases: Vec<Value>,
    /// The method resolution order after the class itself: classes and built-in types.
    pub mro: Vec<Value>,
    pub dict: Rc<RefCell<DictMap>>,
    /// Facts about the lineage that hot paths ask for, computed on first use and again after
    /// any class changes (see `class_epoch`).
    pub flags: Cell<ClassFlags>,
    /// Special methods looked up by the VM (`__init__`, `__eq__`, ...), remembered until
    /// classes change (see `lookup_special`).
    pub specials: RefCell<SpecialCache>,
    /// The names of its instances' attributes in the shared form, in the order they were
    /// first set (see `super::attrs`).
    pub attr_names: RefCell<Vec<Key>>,
    /// The class's metaclass when it is not `type` (a Python subclass of `type`); `None` keeps
    /// plain classes on the fast paths, which never look at the metaclass.
    pub metaclass: Option<Value>,
    /// For a class that stands in for one of CPython's built-in (C) types, the dotted name
    /// CPython's messages give that type (`collections.deque`); `type_name` answers it.
    pub c_name: Cell<Option<&'static str>>,
}

/// A class made by Rust code (the type of `sys.implementation`, of frame objects): `name`,
/// deriving from `object` alone, with `dict` as its namespace.
pub fn native_class(name: &'static str, dict: DictMap) -> Value {
    let object = Value::obj(Object::Type("object"));
    Value::obj(Object::Class(Box::new(Class {
        name,
        qualname: RefCell::new(name.into()),
        bases: vec![object.clone()],
        mro: vec![object],
        dict: Rc::new(RefCell::new(dict)),
        flags: Default::default(),
        specials: Default::default(),
        attr_names: Default::default(),
        metaclass: None,
        c_name: Default::default(),
    })))
}

/// Results of `lookup_special` for one class, valid for one class epoch.
#[derive(Debug, Default)]
pub struct SpecialCache {
    epoch: u32,
    entries: Vec<(&'static str, Option<Value>)>,
}

/// `lookup(class, name)` for the fixed names the VM asks for over and over (special methods),
/// answered from a per-class cache after the first time.
pub fn lookup_special(class: &Value, name: &'static str) -> Option<Value> {
    let Some(c) = as_class(class) else { return lookup(class, name) };
    let epoch = class_epoch();
    let mut cache = c.specials.borrow_mut();
    if cache.epoch != epoch {
        cache.entries.clear();
        cache.epoch = epoch;
    }
    // The names are literals: the same address, usually, so compared as addresses before
    // as text (several special names have the same length).
    let same = |(n, _): &&(&str, _)| std::ptr::eq(*n, name);
    if let Some((_, found)) =
        cache.entries.iter().find(same).or_else(|| cache.entries.iter().find(|(n, _)| *n == name))
    {
        return found.clone();
    }
    let found = lookup(class, name);
    cache.entries.push((name, found.clone()));
    found
}

impl Drop for Class {
    /// A new class may be allocated where this one was: caches keyed by class address must
    /// not mistake it for this one.
    fn drop(&mut self) {
        classes_changed();
    }
}

/// An atomic only so that it can be a plain `static` (a thread-local costs a call per read
/// here); VMs in other threads bumping it merely invalidate caches early.
static CLASS_EPOCH: AtomicU32 = AtomicU32::new(1);

/// A number that changes whenever any class's namespace is assigned to or a class is freed:
/// what a cached lookup through a class (attribute caches, `ClassFlags`) was valid for.
/// One global counter rather than one per class, because a change to a base class must
/// invalidate what was cached for its subclasses; classes change rarely after creation.
#[inline]
pub fn class_epoch() -> u32 {
    CLASS_EPOCH.load(Ordering::Relaxed)
}

/// Invalidate everything cached about classes (see `class_epoch`).
pub fn classes_changed() {
    // Never 0, which marks entries never filled.
    if CLASS_EPOCH.fetch_add(1, Ordering::Relaxed) == u32::MAX {
        CLASS_EPOCH.store(1, Ordering::Relaxed);
    }
}

/// What the lineage of a class defines among the special methods the VM's fast paths must
/// respect. `epoch` 0 means not computed yet.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClassFlags {
    epoch: u32,
    /// `__getattribute__` is overridden in Python: every attribute read calls it.
    pub getattribute: bool,
    /// `__hash__` or `__eq__` is a Python function: dict and set keys need the VM.
    pub python_identity: bool,
    /// Instances are plain objects: no built-in base, no `__new__` in the lineage.
    pub plain_new: bool,
    /// The class's own `__abstractmethods__` (set by `abc`) is not empty: it cannot be
    /// instantiated.
    pub abstract_methods: bool,
    /// Instances have a `__del__` (see `super::finalize`).
    pub finalizer: bool,
}

impl ClassFlags {
    /// The class epoch the flags were computed in (0: never).
    pub fn epoch(&self) -> u32 {
        self.epoch
    }
}

/// The `ClassFlags` of `class` (a `Class` value), recomputed when classes have changed.
/// (Inlined: the check of the cached flags is a few instructions, a call cost more.)
#[inline]
pub fn flags(class: &Value) -> ClassFlags {
    let Some(c) = as_class(class) else { return ClassFlags::default() };
    let epoch = class_epoch();
    let cached = c.flags.get();
    if cached.epoch == epoch {
        return cached;
    }
    compute_flags(class, c, epoch)
}

/// `flags` when classes have changed since they were computed.
#[inline(never)]
fn compute_flags(class: &Value, c: &Class, epoch: u32) -> ClassFlags {
    let python = |name: &str| {
        matches!(lookup(class, name).as_ref().and_then(Value::object), Some(Object::Function(_)))
    };
    let computed = ClassFlags {
        epoch,
        getattribute: lookup(class, "__getattribute__").is_some(),
        plain_new: builtin_base(class) == "object" && lookup(class, "__new__").is_none(),
        python_identity: python("__hash__") || python("__eq__"),
        abstract_methods: c.dict.borrow().get(&Key(Value::str("__abstractmethods__"))).is_some_and(
            |names| matches!(names.object(), Some(Object::FrozenSet(t)) if t.items().next().is_some()),
        ),
        finalizer: lookup(class, "__del__").is_some(),
    };
    if computed.finalizer {
        super::finalize::note_finalizer();
    }
    c.flags.set(computed);
    computed
}

/// The attribute names instances of `class` may have, when every class of its lineage
/// declares `__slots__` (without `__dict__`); `None` when instances have a `__dict__`.
pub fn slots(class: &Value) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for c in lineage(class) {
        let Some(c) = as_class(c) else { continue };
        let items = declared_slots(c)?;
        if items.iter().any(|n| n == "__dict__") {
            return None;
        }
        names.extend(items);
    }
    Some(names)
}

/// The names the `__slots__` of class `c` itself declares (private ones mangled with the
/// class's name, as names in its body are); `None` if it declares none.
pub fn declared_slots(c: &Class) -> Option<Vec<String>> {
    let declared = c.dict.borrow().get(&Key(Value::str("__slots__"))).cloned()?;
    let items: Vec<String> = match declared.object() {
        Some(Object::Str(s)) => vec![s.to_string()],
        Some(Object::Tuple(t)) => t.iter().map(Value::to_str).collect(),
        Some(Object::List(l)) => l.borrow().iter().map(Value::to_str).collect(),
        _ => return None,
    };
    let stripped = c.name.trim_start_matches('_');
    Some(
        items
            .into_iter()
            .map(|n| match stripped {
                "" => n,
                _ => crate::compiler::mangle::mangled(stripped, &n).unwrap_or(n),
            })
            .collect(),
    )
}

thread_local! {
    /// Every class made by a class statement or `type()`, weakly, in creation order (for
    /// `__subclasses__`).
    static CLASSES: RefCell<Vec<std::rc::Weak<Object>>> = const { RefCell::new(Vec::new()) };
}

/// Remember a new class (for `__subclasses__`).
pub fn register(class: &Value) {
    if let Value::Obj(rc) = class {
        CLASSES.with(|all| {
            let mut all = all.borrow_mut();
            all.retain(|w| w.strong_count() > 0);
            all.push(Rc::downgrade(rc));
        });
    }
}

/// `cls.__subclasses__()`: the live classes that name `class` among their direct bases.
pub fn subclasses(class: &Value) -> Vec<Value> {
    CLASSES.with(|all| {
        all.borrow()
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .map(Value::Obj)
            .filter(|c| as_class(c).is_some_and(|k| k.bases.iter().any(|b| same_class(b, class))))
            .collect()
    })
}

/// An instance of a Python class.
#[derive(Debug)]
pub struct Instance {
    /// Replaceable (`obj.__class__ = C`): read it with `class()`.
    pub class: RefCell<Value>,
    /// The address of `class`'s object, kept beside it so that the attribute caches' check
    /// of the class is one load, not a `RefCell` borrow (`class_address`).
    pub(super) class_address: Cell<usize>,
    /// Its own attributes (`__dict__`): see `super::attrs`.
    pub attrs: RefCell<super::attrs::Attrs>,
    /// For a class deriving from a built-in type (`class C(dict)`, `class P(tuple)`): the
    /// built-in value the instance is, which the operations the class does not override act on.
    pub base: Option<Box<Value>>,
    /// The result of the class's `__hash__`, computed by the VM when the instance is used as
    /// a dict key or set member (hashing inside the dict cannot run Python code);
    /// `attrs::NO_HASH` until then.
    pub hash: Cell<i64>,
}

/// The built-in value inside an instance of a subclass of a built-in type.
pub fn base_value(v: &Value) -> Option<&Value> {
    match v.object() {
        Some(Object::Instance(i)) => i.base.as_deref(),
        _ => None,
    }
}

/// The built-in types a Python class may derive from (beyond `object` and the exceptions).
pub const SUBCLASSABLE: &[&str] = &[
    "dict",
    "list",
    "tuple",
    "set",
    "frozenset",
    "int",
    "float",
    "str",
    "bytes",
    "bytearray",
    "map",
    "filter",
    "zip",
    "enumerate",
    "reversed",
];

/// The class behind a value that is a class object.
pub fn as_class(v: &Value) -> Option<&Class> {
    match v.object() {
        Some(Object::Class(c)) => Some(c),
        _ => None,
    }
}

/// The class object itself, then its MRO: what attribute lookup searches, in order.
pub fn lineage(class: &Value) -> impl Iterator<Item = &Value> {
    std::iter::once(class).chain(as_class(class).map(|c| c.mro.iter()).into_iter().flatten())
}

/// `name` in the namespace of `class` or of the first class of its MRO that has it.
pub fn lookup(class: &Value, name: &str) -> Option<Value> {
    let key = super::value::StrKey(name);
    lineage(class).find_map(|c| as_class(c).and_then(|c| c.dict.borrow().get(&key).cloned()))
}

/// The MRO of a class or built-in type, the type itself first.
pub fn full_mro(class: &Value) -> Vec<Value> {
    match class.object() {
        Some(Object::Class(_)) => lineage(class).cloned().collect(),
        Some(Object::Type(name)) => crate::builtins::methods::type_mro(name)
            .into_iter()
            .map(|t| Value::obj(Object::Type(t)))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether two class values are the same class.
pub fn same_class(a: &Value, b: &Value) -> bool {
    match (a.object(), b.object()) {
        (Some(Object::Type(x)), Some(Object::Type(y))) => x == y,
        (Some(Object::Class(_)), Some(Object::Class(_))) => super::ops::is_same(a, b),
        _ => false,
    }
}

/// Whether `class` is `base` or derives from it.
pub fn is_subclass(class: &Value, base: &Value) -> bool {
    match class.object() {
        // (Its lineage as it is: no MRO list collected for the question.)
        Some(Object::Class(_)) => lineage(class).any(|c| same_class(c, base)),
        _ => full_mro(class).iter().any(|c| same_class(c, base)),
    }
}

/// The C3 linearisation of a new class with `bases` (its MRO after itself), or CPython's
/// TypeError when the bases cannot be ordered consistently.
pub fn c3_mro(bases: &[Value]) -> Result<Vec<Value>, Value> {
    let mut sequences: Vec<Vec<Value>> = bases.iter().map(full_mro).collect();
    sequences.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            break;
        }
        // The first head that appears in no other sequence's tail.
        let candidate = sequences
            .iter()
            .map(|s| s[0].clone())
            .find(|head| !sequences.iter().any(|s| s[1..].iter().any(|c| same_class(c, head))));
        let Some(next) = candidate else {
            // The heads still to merge, each class once, in the order first seen.
            let mut heads: Vec<&Value> = Vec::new();
            for head in sequences.iter().map(|s| &s[0]) {
                if !heads.iter().any(|seen| same_class(seen, head)) {
                    heads.push(head);
                }
            }
            let names: Vec<String> = heads.iter().map(|c| class_name(c).to_string()).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut sequences {
            if same_class(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
    // Every class derives from `object` last.
    if !out.iter().any(|c| matches!(c.object(), Some(Object::Type("object")))) {
        out.push(Value::obj(Object::Type("object")));
    }
    Ok(out)
}

/// The `__name__` of a class or built-in type.
pub fn class_name(class: &Value) -> &'static str {
    match class.object() {
        Some(Object::Class(c)) => c.name,
        Some(Object::Type(name)) => name,
        _ => "?",
    }
}

/// The type's name in messages about an instance: `class_name`, or the C type's dotted name.
pub fn instance_type_name(class: &Value) -> &'static str {
    match class.object() {
        Some(Object::Class(c)) => c.c_name.get().unwrap_or(c.name),
        _ => class_name(class),
    }
}

/// The nearest built-in type a class derives from (`object` for plain classes).
pub fn builtin_base(class: &Value) -> &'static str {
    full_mro(class)
        .iter()
        .find_map(|c| match c.object() {
            Some(Object::Type(name)) => Some(*name),
            _ => None,
        })
        .unwrap_or("object")
}

/// The `__module__` of a class, as stored in its namespace.
pub fn module_name(class: &Class) -> String {
    class.dict.borrow().get(&Key(Value::str("__module__"))).map(Value::to_str).unwrap_or_default()
}

/// The metaclass of a class or built-in type (`None` for `type`).
pub fn metaclass_of(class: &Value) -> Option<&Value> {
    as_class(class).and_then(|c| c.metaclass.as_ref())
}

/// Whether the metaclass `a` derives from `b` (`None` standing for `type`).
fn meta_derives(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(a), Some(b)) => is_subclass(a, b),
    }
}

/// CPython's TypeError for bases whose metaclasses do not derive from one another.
pub fn metaclass_conflict() -> Value {
    type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the \
         metaclasses of all its bases",
    )
}

/// The most derived of `start` and the metaclasses of `bases` (`None` for `type`), or
/// CPython's TypeError when neither of two derives from the other.
pub fn calculate_metaclass(start: Option<&Value>, bases: &[Value]) -> Result<Option<Value>, Value> {
    let mut winner = start;
    for base in bases {
        let candidate = metaclass_of(base);
        if meta_derives(winner, candidate) {
            continue;
        }
        if !meta_derives(candidate, winner) {
            return Err(metaclass_conflict());
        }
        winner = candidate;
    }
    Ok(winner.cloned())
}

/// `<class '__main__.C'>`.
pub fn class_repr(class: &Class) -> String {
    let module = module_name(class);
    if module.is_empty() || module == "builtins" {
        format!("<class '{}'>", class.qualname.borrow())
    } else {
        format!("<class '{module}.{}'>", class.qualname.borrow())
    }
}
