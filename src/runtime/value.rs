//! `Value`: every Python value the VM handles, in 16 bytes. `None`, bools, small ints and
//! floats live inline; everything else is a reference-counted `Object` (the VM runs in one OS
//! thread, so `Rc` suffices).

use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;

use super::exception::Exception;
use super::function::{Builtin, Function};
use super::int::Int;
use super::set::SetTable;
use crate::ast::float_repr::repr_float;
use crate::ast::repr::{repr_bytes, repr_str};

/// A Python value. `repr(u64)`: the tag fills the first 8 bytes and every payload is the
/// second 8 (see `Truth`), so the compiler moves a value as two whole words. With a tag byte
/// and a bool at offset 1 it copied bytes 1-7 piecewise through temporaries in the run loop,
/// whose reloads missed the processor's store-to-load forwarding and stalled it: about 15% of
/// the run time of attribute-heavy programs. (`Option<Value>` still uses the tag's spare
/// values, so both stay 16 bytes.)
#[derive(Debug)]
#[repr(u64)]
pub enum Value {
    None,
    Bool(Truth),
    Int(i64),
    Float(FloatBits),
    Obj(Rc<Object>),
}

/// A bool's payload in a `Value`: a whole word, like every other payload. With 8-byte
/// integer payloads only, `Value` is a scalar pair to the compiler (a `bool` or an `f64`
/// beside them made it an aggregate): returned in two registers rather than through memory,
/// and moved as two words, which store-to-load forwarding always serves.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u64)]
pub enum Truth {
    False = 0,
    True = 1,
}

impl Truth {
    #[inline(always)]
    pub const fn of(b: bool) -> Truth {
        if b { Truth::True } else { Truth::False }
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        matches!(self, Truth::True)
    }
}

impl std::fmt::Debug for Truth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// A float's payload in a `Value`: its bits as an integer word (see `Truth`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub const fn of(x: f64) -> FloatBits {
        FloatBits(x.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::fmt::Debug for FloatBits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// Inlined everywhere: a clone is a copy or a reference count increment, less than the call
/// that the derived `clone` (not inlined in the larger functions) cost.
///
/// The one `unsafe` of the project. Written as a match that rebuilds each variant, a clone
/// was assembled in a stack temporary by two 8-byte stores and then moved by one 16-byte
/// load, which cannot be forwarded from those stores: the processor stalled until they
/// reached the cache, at every LOAD_FAST, LOAD_CONST and attribute load (about a third of
/// the samples of a loop indexing a list). A bitwise copy is one 16-byte load and store.
/// Measured (user time, best of 5): go 0.553 -> 0.498 s, nbody 0.153 -> 0.133 s, hexiom
/// 0.284 -> 0.260 s, chaos 0.245 -> 0.226 s, deltablue 0.207 -> 0.193 s, fib 0.055 -> 0.052 s.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(rc) = self {
            // The copy made below owns this new reference.
            std::mem::forget(Rc::clone(rc));
        }
        // SAFETY: `self` is a valid, initialized `Value`, read once. The only variant owning
        // a resource is `Obj`, whose reference count was raised above for the copy; the
        // others are plain data (no drop glue), so the two values are independent.
        unsafe { std::ptr::read(self) }
    }
}

/// A dict: insertion-ordered, keyed by hashable values.
pub type DictMap = IndexMap<Key, Value, DictHasher>;

/// A dict's hasher (FxHash), which also carries the dict's mark of having held a key with
/// Python-level `__eq__`/`__hash__` (see `Vm::canonical_key`): a built-in key looked up in
/// a marked dict may equal such a key, which only Python code can tell, so it is looked up
/// by the VM; in a dict never marked, the map's own lookup is the whole answer.
#[derive(Clone, Debug, Default)]
pub struct DictHasher {
    python_keys: std::cell::Cell<bool>,
}

impl DictHasher {
    /// Whether the dict has held a key with Python-level equality (it may still).
    #[inline]
    pub fn python_keys(&self) -> bool {
        self.python_keys.get()
    }

    /// Mark the dict as holding a key with Python-level equality (for good: a mark left
    /// after the key is gone only makes lookups take the longer way).
    pub fn mark_python_keys(&self) {
        self.python_keys.set(true);
    }
}

impl std::hash::BuildHasher for DictHasher {
    type Hasher = rustc_hash::FxHasher;

    #[inline(always)]
    fn build_hasher(&self) -> rustc_hash::FxHasher {
        rustc_hash::FxHasher::default()
    }
}

/// The heap-allocated values.
#[derive(Debug)]
pub enum Object {
    BigInt(BigInt),
    Str(super::pystr::PyStr),
    Bytes(Vec<u8>),
    ByteArray(RefCell<Vec<u8>>),
    /// A `memoryview` (boxed: it is larger than the other variants).
    MemoryView(Box<super::memoryview::MemoryView>),
    /// A complex number: its real and imaginary parts.
    Complex(f64, f64),
    List(RefCell<Vec<Value>>),
    /// Pairs inline, other sizes in a vector (see `super::tuple`).
    Tuple(super::tuple::TupleItems),
    /// Shared (`Rc`) so a module's namespace can be handed out as a live dict (`globals()`).
    Dict(Rc<RefCell<DictMap>>),
    /// Sets are boxed (as the other variants larger than 32 bytes) so that `Object`, and so
    /// every str, tuple and list, stays 40 bytes.
    Set(Box<RefCell<SetTable>>),
    FrozenSet(Box<SetTable>),
    /// `d.keys()`, `d.values()` or `d.items()`: a live view sharing the dict's table.
    DictView {
        dict: Rc<RefCell<DictMap>>,
        kind: ViewKind,
    },
    Range(Box<super::range::Range>),
    Slice(Box<Slice>),
    /// An iterator over a sequence or range, advanced by `FOR_ITER` and `next()`.
    Iterator(Box<RefCell<Iter>>),
    /// Boxed, like `Exception`, to keep `Object` (and so every str, tuple and list) small.
    Function(Box<Function>),
    Builtin(Builtin),
    /// A generator: its suspended frame and state. Boxed, as it holds a whole frame.
    Generator(Box<RefCell<super::generator::Generator>>),
    /// The awaitable of an async generator's `__anext__()`, `asend`, `athrow` or `aclose`.
    AsyncGenStep(Box<RefCell<super::generator::AsyncGenStep>>),
    /// A method of a built-in type bound to its receiver (`[].append`).
    BoundMethod {
        receiver: Value,
        name: Box<str>,
    },
    /// A closure cell.
    Cell(RefCell<Option<Value>>),
    Exception(Box<RefCell<Exception>>),
    /// A built-in type object (`int`, `ValueError`, ...), by name.
    Type(&'static str),
    Code(Rc<crate::bytecode::code::CodeObject>),
    /// A module: its name and namespace.
    Module {
        name: String,
        dict: Rc<RefCell<DictMap>>,
    },
    /// `sys.stdout` or `sys.stderr`.
    Stream(Stream),
    /// The `Ellipsis` singleton (`...`).
    Ellipsis,
    /// The `NotImplemented` singleton.
    NotImplemented,
    /// A class defined by a class statement.
    Class(Box<super::class::Class>),
    /// An instance of such a class (boxed: its class, attributes, built-in base and hash
    /// would make every object larger).
    Instance(Box<super::class::Instance>),
    /// A Python function bound to a receiver (an instance, or a class for a classmethod).
    Method {
        func: Value,
        receiver: Value,
    },
    /// A `_thread.lock` or `_thread.RLock`.
    Lock(Box<super::lock::Lock>),
    /// The weak reference inside a `weakref.ref` (see `crate::builtins::weakrefs`).
    WeakRef(std::rc::Weak<Object>),
    /// A `random.Random` generator (boxed: its state is 2.5 KB).
    Random(Box<RefCell<crate::builtins::random::RandomState>>),
    /// A `hashlib` hash object (boxed: the largest states are a few hundred bytes).
    Hash(Box<crate::builtins::hashlib::Hash>),
    StaticMethod(Value),
    ClassMethod(Value),
    Property(Box<Property>),
    /// `super()`: attribute lookup on `receiver` starting after `class` in its MRO.
    Super {
        class: Value,
        receiver: Value,
    },
}

/// A `slice` object's bounds.
#[derive(Debug)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A `property`: its accessor functions (`None` when absent).
#[derive(Debug)]
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// Replaceable (`p.__doc__ = "..."`), as CPython's.
    pub doc: RefCell<Value>,
}

/// The standard output streams as objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What a dict view or dict iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    /// The view's type name (`dict_keys`, ...).
    pub fn view_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }

    /// The type name of an iterator over the view (`dict_keyiterator`, ...).
    pub fn iterator_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keyiterator",
            ViewKind::Values => "dict_valueiterator",
            ViewKind::Items => "dict_itemiterator",
        }
    }

    /// The entry at `index` of `map` as this view yields it.
    pub fn entry(self, map: &DictMap, index: usize) -> Option<Value> {
        let (key, value) = map.get_index(index)?;
        Some(match self {
            ViewKind::Keys => key.0.clone(),
            ViewKind::Values => value.clone(),
            ViewKind::Items => Value::pair(key.0.clone(), value.clone()),
        })
    }

    /// Every entry of `map` as this view yields it.
    pub fn entries(self, map: &DictMap) -> Vec<Value> {
        (0..map.len()).filter_map(|i| self.entry(map, i)).collect()
    }
}

/// The state of a built-in iterator.
#[derive(Debug)]
pub enum Iter {
    /// Items of a list, tuple or bytes (read live), or a snapshot; `kind` is the iterator's
    /// type name (`list_iterator`, ...).
    Sequence {
        items: Value,
        index: usize,
        kind: &'static str,
    },
    /// Keys, values or items of a dict, checking that its size does not change while iterating.
    Dict {
        dict: Rc<RefCell<DictMap>>,
        index: usize,
        size: usize,
        kind: ViewKind,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not fit in machine ints.
    LongRange {
        next: Int,
        remaining: Int,
        step: Int,
    },
    /// Characters of a str, by byte offset.
    Str {
        text: Value,
        offset: usize,
    },
    /// `enumerate(inner, start)`.
    Enumerate {
        inner: Value,
        /// The next count: an int, unbounded (`enumerate(x, 2 ** 200)`).
        count: Value,
    },
    /// `zip(*inners, strict=...)`.
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    /// `map(func, *inners)`: calls back into Python, so the VM advances it.
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    /// `filter(func, inner)`: calls back into Python, so the VM advances it.
    Filter {
        func: Value,
        inner: Value,
    },
    /// The iteration of an instance that has `__getitem__` but no `__iter__`: items 0, 1, ...
    /// until IndexError (the VM advances it: it calls into Python).
    GetItem {
        object: Value,
        index: i64,
    },
    /// `reversed(x)` of an instance with `__len__` and `__getitem__`: items `index`, `index - 1`,
    /// ... down to 0 (the VM advances it: it calls into Python).
    Reversed {
        object: Value,
        index: i64,
    },
    /// `iter(func, sentinel)`: `func()` until it returns `sentinel` (advanced by the VM).
    Call {
        func: Value,
        sentinel: Value,
    },
    Done,
}

impl Iter {
    /// How many items are left (`__length_hint__`), for the iterators that know. (An `Int`:
    /// a range's iterator may have more than `isize::MAX` left, as CPython's says.)
    pub fn length_hint(&self) -> Option<Int> {
        let count = |n: usize| Int::Small(n as i64);
        Some(match self {
            Iter::Sequence { items, index, .. } => count(super::ops::len(items).ok()?.saturating_sub(*index)),
            Iter::Dict { size, index, .. } => count(size.saturating_sub(*index)),
            Iter::Range { next, stop, step } => {
                let (next, stop, step) = (i128::from(*next), i128::from(*stop), i128::from(*step));
                let span = if step > 0 { stop - next } else { next - stop };
                let left = if span <= 0 { 0 } else { (span - 1) / step.abs() + 1 };
                i64::try_from(left).map_or_else(|_| Int::from(num_bigint::BigInt::from(left)), Int::Small)
            }
            Iter::LongRange { remaining, .. } => {
                if remaining.is_negative() {
                    Int::Small(0)
                } else {
                    remaining.clone()
                }
            }
            Iter::Str { text, offset } => count(text.as_str()?.get(*offset..)?.chars().count()),
            Iter::Reversed { index, .. } => count((*index + 1).max(0) as usize),
            Iter::Done => Int::Small(0),
            _ => return None,
        })
    }

    /// Whether advancing this iterator may run Python code (it wraps a function or other
    /// iterators), so the VM must advance it rather than `ops::next`.
    pub fn calls_back(&self) -> bool {
        matches!(
            self,
            Iter::Map { .. }
                | Iter::Filter { .. }
                | Iter::Zip { .. }
                | Iter::Enumerate { .. }
                | Iter::GetItem { .. }
                | Iter::Reversed { .. }
                | Iter::Call { .. }
        )
    }
}

/// A hashable value used as a dict key, with Python's equality: `1 == 1.0 == True`.
#[derive(Clone, Debug)]
pub struct Key(pub Value);

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        super::ops::identical_or_equal(&self.0, &other.0)
    }
}

impl Eq for Key {}

/// A dict key whose hash was computed in advance (the names of a code object): looking it up
/// skips hashing the string. Hashes exactly as `Key` does.
pub struct Prehashed<'a> {
    pub key: &'a Key,
    pub hash: i64,
}

impl std::hash::Hash for Prehashed<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.hash.hash(state);
    }
}

/// A probe that collects the keys of a dict whose hash is `hash` (it never matches), so the
/// VM can compare them with a key by Python's `__eq__`.
pub struct HashProbe {
    pub hash: i64,
    pub found: RefCell<Vec<Value>>,
}

impl std::hash::Hash for HashProbe {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.hash.hash(state);
    }
}

impl indexmap::Equivalent<Key> for HashProbe {
    fn equivalent(&self, key: &Key) -> bool {
        if super::ops::hash_value(&key.0).is_ok_and(|h| h == self.hash) {
            self.found.borrow_mut().push(key.0.clone());
        }
        false
    }
}

impl indexmap::Equivalent<Key> for Prehashed<'_> {
    /// As `Key`'s `==`: the very same object, or equal.
    fn equivalent(&self, key: &Key) -> bool {
        super::ops::identical_or_equal(&self.key.0, &key.0)
    }
}

/// A str looked up as a dict key without a `Value` made of it (a class attribute by name):
/// hashes exactly as `Key` does the str, and matches as `Key`'s `==` would.
pub struct StrKey<'a>(pub &'a str);

impl std::hash::Hash for StrKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        super::ops::str_hash(self.0).hash(state);
    }
}

impl indexmap::Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        match key.0.as_str() {
            Some(text) => text == self.0,
            // (A key of a str subclass, say: rare enough to compare the general way.)
            None => super::ops::identical_or_equal(&Value::str(self.0), &key.0),
        }
    }
}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        super::ops::hash_value(&self.0).unwrap_or(0).hash(state);
    }
}

impl Value {
    /// The bool `b`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(Truth::of(b))
    }

    /// The float `x` as it is (a NaN keeps its payload; `float` is for results of operations).
    #[inline(always)]
    pub const fn raw_float(x: f64) -> Value {
        Value::Float(FloatBits::of(x))
    }

    pub fn obj(object: Object) -> Value {
        Value::Obj(Rc::new(object))
    }

    /// A float made by an operation. Each NaN made gets its own payload bits, so NaNs
    /// have identity as CPython's float objects do: `x is x` and `[x] == [x]` hold for one
    /// NaN, while two NaNs made separately are neither identical nor equal.
    pub fn float(x: f64) -> Value {
        if !x.is_nan() {
            return Value::raw_float(x);
        }
        static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let serial = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        const QUIET_NAN: u64 = 0x7ff8_0000_0000_0000;
        const PAYLOAD: u64 = 0x0007_ffff_ffff_ffff;
        let sign = x.to_bits() & (1 << 63);
        // A zero payload would not matter (the quiet bit keeps it a NaN), but skip it anyway.
        Value::raw_float(f64::from_bits(sign | QUIET_NAN | (serial % PAYLOAD).max(1)))
    }

    pub fn str(text: impl Into<String>) -> Value {
        Value::obj(Object::Str(super::pystr::PyStr::new(text.into())))
    }

    /// A 2-tuple, its items inline (see `super::tuple`).
    pub fn pair(first: Value, second: Value) -> Value {
        Value::obj(Object::Tuple(super::tuple::TupleItems::Pair([first, second])))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::obj(Object::List(RefCell::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::empty_tuple();
        }
        Value::obj(Object::Tuple(items.into()))
    }

    /// `()`: one object per thread, as CPython's empty tuple is a singleton (`() is ()`).
    pub fn empty_tuple() -> Value {
        thread_local! {
            static EMPTY: Value = Value::obj(Object::Tuple(Vec::new().into()));
        }
        EMPTY.with(Value::clone)
    }

    pub fn from_int(n: Int) -> Value {
        match n {
            Int::Small(i) => Value::Int(i),
            Int::Big(b) => Value::obj(Object::BigInt((*b).clone())),
        }
    }

    /// The int value, if this is an int (or a bool, which is an int in Python).
    #[inline]
    pub fn as_int(&self) -> Option<Int> {
        match self {
            Value::Int(i) => Some(Int::Small(*i)),
            Value::Bool(b) => Some(Int::Small(i64::from(b.get()))),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => Some(Int::from(b.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// Run `f` on the contents of a bytes or bytearray (a "bytes-like object"), also of an
    /// instance of a subclass of either, whose buffer is its value's.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        match self.object()? {
            Object::Bytes(b) => Some(f(b)),
            Object::ByteArray(b) => Some(f(&b.borrow())),
            Object::MemoryView(m) => m.with_raw(f),
            Object::Instance(i) => i.base.as_deref()?.with_bytes(f),
            _ => None,
        }
    }

    /// A copy of the contents of a bytes or bytearray.
    pub fn bytes_like(&self) -> Option<Vec<u8>> {
        self.with_bytes(<[u8]>::to_vec)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &**o {
                Object::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn as_slice(&self) -> Option<&Slice> {
        match self.object()? {
            Object::Slice(slice) => Some(slice),
            _ => None,
        }
    }

    pub fn object(&self) -> Option<&Object> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The name of the value's type, as `type(x).__name__` gives it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Obj(o) => match &**o {
                Object::BigInt(_) => "int",
                Object::Str(_) => "str",
                Object::Bytes(_) => "bytes",
                Object::ByteArray(_) => "bytearray",
                Object::MemoryView(_) => "memoryview",
                Object::Complex(..) => "complex",
                Object::List(_) => "list",
                Object::Tuple(_) => "tuple",
                Object::Dict(_) => "dict",
                Object::Set(_) => "set",
                Object::FrozenSet(_) => "frozenset",
                Object::DictView { kind, .. } => kind.view_name(),
                Object::Range(_) => "range",
                Object::Slice(_) => "slice",
                Object::Iterator(it) => match &*it.borrow() {
                    Iter::Sequence { kind, .. } => kind,
                    Iter::Dict { kind, .. } => kind.iterator_name(),
                    Iter::Enumerate { .. } => "enumerate",
                    Iter::Zip { .. } => "zip",
                    Iter::Map { .. } => "map",
                    Iter::Filter { .. } => "filter",
                    Iter::GetItem { .. } => "iterator",
                    Iter::Reversed { .. } => "reversed",
                    Iter::Call { .. } => "callable_iterator",
                    Iter::Range { .. } => "range_iterator",
                    Iter::LongRange { .. } => "longrange_iterator",
                    Iter::Str { text, .. } if text.as_str().is_some_and(str::is_ascii) => {
                        "str_ascii_iterator"
                    }
                    Iter::Str { .. } => "str_iterator",
                    _ => "iterator",
                },
                Object::Function(_) => "function",
                Object::Generator(g) => g.borrow().kind.name(),
                Object::AsyncGenStep(s) => s.borrow().type_name(),
                Object::Builtin(_) | Object::BoundMethod { .. } => "builtin_function_or_method",
                Object::Cell(_) => "cell",
                Object::Exception(e) => match &e.borrow().class {
                    Some(class) => super::class::class_name(class),
                    None => e.borrow().kind.name(),
                },
                Object::Class(c) => c.metaclass.as_ref().map_or("type", super::class::class_name),
                Object::Instance(i) => super::class::instance_type_name(&i.class()),
                Object::Method { .. } => "method",
                Object::StaticMethod(_) => "staticmethod",
                Object::ClassMethod(_) => "classmethod",
                Object::Property(_) => "property",
                Object::Random(_) => "Random",
                Object::Hash(h) => h.algorithm.type_name(),
                Object::Lock(l) => l.type_name(),
                Object::WeakRef(_) => "weakref_handle",
                Object::Super { .. } => "super",
                Object::Type(_) => "type",
                Object::Code(_) => "code",
                Object::Module { .. } => "module",
                Object::Stream(_) => "TextIOWrapper",
                Object::Ellipsis => "ellipsis",
                Object::NotImplemented => "NotImplementedType",
            },
        }
    }

    /// Python truthiness (`bool(x)`) for the built-in types.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(x) => x.get() != 0.0,
            Value::Obj(o) => match &**o {
                Object::BigInt(_) => true,
                Object::Str(s) => !s.is_empty(),
                Object::Bytes(b) => !b.is_empty(),
                Object::ByteArray(b) => !b.borrow().is_empty(),
                Object::MemoryView(m) => m.len != 0,
                Object::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Object::List(l) => !l.borrow().is_empty(),
                Object::Tuple(t) => !t.is_empty(),
                Object::Dict(d) => !d.borrow().is_empty(),
                Object::Set(s) => !s.borrow().is_empty(),
                Object::FrozenSet(s) => !s.is_empty(),
                Object::DictView { dict, .. } => !dict.borrow().is_empty(),
                Object::Range(r) => !r.is_empty(),
                _ => true,
            },
        }
    }

    /// Push a clone of this value on `stack`. (It was `extend_from_slice`, which writes the
    /// clone straight into the vector; since the run loop is compiled three times, that
    /// call is no longer inlined there, and a plain push costs 11% fewer instructions on
    /// call-heavy code with the same user time.)
    #[inline(always)]
    pub fn push_clone(&self, stack: &mut Vec<Value>) {
        stack.push(self.clone());
    }

    /// `repr(x)` for the built-in types.
    pub fn repr(&self) -> String {
        if let Value::Int(i) = self {
            return i.to_string();
        }
        let mut out = String::new();
        self.write_repr(&mut out, &mut Vec::new());
        out
    }

    /// `str(x)` for the built-in types.
    pub fn to_str(&self) -> String {
        match self {
            Value::Obj(o) => match &**o {
                Object::Str(s) => s.to_string(),
                Object::Exception(e) => e.borrow().message(),
                _ => self.repr(),
            },
            _ => self.repr(),
        }
    }

    fn write_repr(&self, out: &mut String, stack: &mut Vec<usize>) {
        if stack.len() > 200 {
            out.push_str("...");
            return;
        }
        // A container that contains itself prints as `[...]`, `{...}` or `set(...)`, as in
        // CPython.
        if let Value::Obj(o) = self
            && matches!(**o, Object::List(_) | Object::Dict(_) | Object::Set(_))
        {
            let id = Rc::as_ptr(o) as usize;
            if stack.contains(&id) {
                out.push_str(match **o {
                    Object::List(_) => "[...]",
                    Object::Set(_) => "set(...)",
                    _ => "{...}",
                });
                return;
            }
            stack.push(id);
            self.write_repr_inner(out, stack);
            stack.pop();
            return;
        }
        self.write_repr_inner(out, stack);
    }

    fn write_repr_inner(&self, out: &mut String, stack: &mut Vec<usize>) {
        match self {
            Value::None => out.push_str("None"),
            Value::Bool(Truth::True) => out.push_str("True"),
            Value::Bool(Truth::False) => out.push_str("False"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(x) => out.push_str(&repr_float(x.get())),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => {
                    let _ = write!(out, "{b}");
                }
                Object::Str(s) => out.push_str(&repr_str(s)),
                Object::Bytes(b) => repr_bytes(b, out),
                Object::Complex(re, im) => out.push_str(&super::complex::repr(*re, *im)),
                Object::ByteArray(b) => {
                    out.push_str("bytearray(");
                    repr_bytes(&b.borrow(), out);
                    out.push(')');
                }
                Object::List(items) => write_items(out, "[", "]", &items.borrow(), stack, false),
                Object::Tuple(items) => write_items(out, "(", ")", items, stack, items.len() == 1),
                Object::Dict(map) => {
                    out.push('{');
                    for (i, (k, v)) in map.borrow().iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        k.0.write_repr(out, stack);
                        out.push_str(": ");
                        v.write_repr(out, stack);
                    }
                    out.push('}');
                }
                Object::Set(s) => write_set(out, "", &s.borrow(), stack),
                Object::FrozenSet(s) => write_set(out, "frozenset", s, stack),
                Object::DictView { dict, kind } => {
                    // Entries are copied out first: a repr may not hold the dict borrowed.
                    let entries = kind.entries(&dict.borrow());
                    out.push_str(kind.view_name());
                    write_items(out, "([", "])", &entries, stack, false);
                }
                Object::Range(r) => out.push_str(&r.repr()),
                Object::Slice(slice) => {
                    let Slice { start, stop, step } = &**slice;
                    out.push_str("slice(");
                    start.write_repr(out, stack);
                    out.push_str(", ");
                    stop.write_repr(out, stack);
                    out.push_str(", ");
                    step.write_repr(out, stack);
                    out.push(')');
                }
                Object::Function(f) => {
                    let _ = write!(out, "<function {} at {:#x}>", f.code.qualname, address(o));
                }
                Object::Builtin(b) => {
                    let _ = write!(out, "<built-in function {}>", b.name);
                }
                Object::BoundMethod { receiver, name } => match receiver.object() {
                    Some(Object::Type(t)) => out.push_str(&crate::builtins::methods::unbound_repr(t, name)),
                    _ => {
                        let _ = write!(out, "<built-in method {name} of {} object>", receiver.type_name());
                    }
                },
                Object::Exception(e) => out.push_str(&e.borrow().repr()),
                Object::Type(name) => {
                    // Built-in types of importable modules print with their module's name.
                    let module = match *name {
                        "Random" => "random.",
                        "lock" | "RLock" => "_thread.",
                        _ => "",
                    };
                    let _ = write!(out, "<class '{module}{name}'>");
                }
                Object::Iterator(_) => {
                    let _ = write!(out, "<{} object>", self.type_name());
                }
                Object::Generator(_) => out.push_str(&super::generator::repr(self)),
                Object::AsyncGenStep(s) => {
                    let address = &**s as *const RefCell<super::generator::AsyncGenStep> as usize;
                    let _ = write!(out, "<{} object at {address:#x}>", self.type_name());
                }
                Object::Cell(_) => out.push_str("<cell>"),
                Object::Code(c) => {
                    let _ = write!(out, "<code object {}>", c.name);
                }
                Object::Ellipsis => out.push_str("Ellipsis"),
                Object::NotImplemented => out.push_str("NotImplemented"),
                Object::Class(c) => out.push_str(&super::class::class_repr(c)),
                Object::Instance(i) => {
                    let _ = match super::class::as_class(&i.class()) {
                        Some(class) => write!(
                            out,
                            "<{}.{} object at {:#x}>",
                            super::class::module_name(class),
                            class.qualname.borrow(),
                            address(o)
                        ),
                        // An instance of a built-in type (`object()`).
                        None => write!(out, "<{} object at {:#x}>", self.type_name(), address(o)),
                    };
                }
                Object::Method { func, receiver } => {
                    let _ = write!(out, "<bound method {} of ", method_name(func));
                    receiver.write_repr(out, stack);
                    out.push('>');
                }
                Object::Super { class, receiver } => {
                    // CPython names the class by its bare name here.
                    let name = match class.object() {
                        Some(Object::Class(c)) => c.name,
                        Some(Object::Type(name)) => name,
                        _ => "?",
                    };
                    let _ = write!(out, "<super: <class '{name}'>, <{} object>>", receiver.type_name());
                }
                Object::StaticMethod(_) | Object::ClassMethod(_) | Object::Property(_) => {
                    let _ = write!(out, "<{} object at {:#x}>", self.type_name(), address(o));
                }
                Object::Module { name, dict } => {
                    let dict = dict.borrow();
                    let file = dict.get(&Key(Value::str("__file__")));
                    let _ = match file {
                        Some(Value::None) => write!(out, "<module '{name}' (namespace)>"),
                        Some(file) => write!(out, "<module '{name}' from {}>", file.repr()),
                        None => write!(out, "<module '{name}' (built-in)>"),
                    };
                }
                Object::MemoryView(m) => {
                    let released = if m.released.get() { "released " } else { "" };
                    let _ = write!(out, "<{released}memory at {:#x}>", address(o));
                }
                Object::Random(_) => {
                    let _ = write!(out, "<random.Random object at {:#x}>", address(o));
                }
                Object::Hash(h) => out.push_str(&h.algorithm.repr(address(o))),
                Object::Lock(lock) => out.push_str(&crate::builtins::thread::repr(lock, address(o))),
                Object::WeakRef(_) => {
                    let _ = write!(out, "<weakref_handle at {:#x}>", address(o));
                }
                Object::Stream(Stream::Stdout) => {
                    out.push_str("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>")
                }
                Object::Stream(Stream::Stderr) => {
                    out.push_str("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>")
                }
            },
        }
    }
}

/// `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`.
fn write_set(out: &mut String, frozen: &str, table: &SetTable, stack: &mut Vec<usize>) {
    if table.is_empty() {
        out.push_str(if frozen.is_empty() { "set()" } else { "frozenset()" });
        return;
    }
    if !frozen.is_empty() {
        out.push_str(frozen);
        out.push('(');
    }
    out.push('{');
    for (i, item) in table.items().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.write_repr(out, stack);
    }
    out.push('}');
    if !frozen.is_empty() {
        out.push(')');
    }
}

fn write_items(
    out: &mut String,
    open: &str,
    close: &str,
    items: &[Value],
    stack: &mut Vec<usize>,
    trailing_comma: bool,
) {
    out.push_str(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.write_repr(out, stack);
    }
    if trailing_comma {
        out.push(',');
    }
    out.push_str(close);
}

/// The name a bound method's repr gives its function `func` (`<bound method NAME of ...>`).
pub fn method_name(func: &Value) -> String {
    match func.object() {
        Some(Object::Function(f)) => f.code.qualname.to_string(),
        Some(Object::Builtin(b)) => b.name.to_string(),
        _ => "?".to_string(),
    }
}

/// The address of an object, as `id()` and default reprs show it.
pub fn address(object: &Rc<Object>) -> usize {
    Rc::as_ptr(object) as usize
}

#[cfg(test)]
mod tests {
    use super::Value;

    /// Every str, tuple, list and instance is an `Rc<Object>`: 16 bytes of counts and this.
    /// Variants larger than 32 bytes are boxed to keep it at 40.
    #[test]
    fn an_object_is_five_words() {
        assert_eq!(std::mem::size_of::<super::Object>(), 40);
    }

    #[test]
    fn a_value_and_an_optional_value_are_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    /// The bitwise clone (see `impl Clone for Value`): each variant comes out equal, and an
    /// object's reference count goes up by one per clone and down by one per dropped clone,
    /// so the object lives exactly as long as its last value.
    #[test]
    fn a_clone_copies_plain_values_and_counts_references() {
        for v in [Value::None, Value::bool(true), Value::Int(-7), Value::raw_float(2.5)] {
            assert_eq!(format!("{:?}", v.clone()), format!("{v:?}"));
        }
        let original = Value::str("text");
        let Value::Obj(rc) = &original else { panic!("a str is an object") };
        let weak = std::rc::Rc::downgrade(rc);
        let copies: Vec<Value> = (0..3).map(|_| original.clone()).collect();
        assert_eq!(weak.strong_count(), 4);
        assert!(copies.iter().all(|c| c.as_str() == Some("text")));
        drop(copies);
        assert_eq!(weak.strong_count(), 1);
        drop(original);
        assert_eq!(weak.strong_count(), 0);
        assert!(weak.upgrade().is_none());
    }
}
