//! Callables: Python functions (code + globals + defaults + closure) and built-in functions.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use super::value::{DictMap, Key, Prehashed, Value};
use crate::bytecode::code::{CodeObject, Instruction};

#[derive(Debug)]
pub struct Function {
    pub code: Rc<CodeObject>,
    /// The constants and names of `code` as values, made once per code object.
    pub prepared: Rc<Prepared>,
    pub globals: Rc<RefCell<DictMap>>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kw_defaults: Vec<(String, Value)>,
    /// The cells of the free variables, in `code.freevars` order.
    pub closure: Vec<Value>,
    /// Attributes set on the function (`f.cache = {}`): its `__dict__`.
    pub attributes: RefCell<DictMap>,
}

/// Whether the attached observers arm a code object (`Prepared::arming`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArmState {
    /// Not asked since the armings last changed.
    Unknown,
    /// Armed: its armed instructions are marked BREAKPOINT in `Prepared::instructions`.
    Marked,
    Unarmed,
}

/// A code object's constants as values and its names as ready-made dict keys, so the run
/// loop neither converts constants nor allocates strings for name lookups.
#[derive(Debug)]
pub struct Prepared {
    /// The code's instructions as the plain run loop reads them: a copy of
    /// `code.instructions`, except that a debugger's armed instructions read BREAKPOINT
    /// while it has them armed (`crate::observe::Observers::patch`), so that code with a
    /// breakpoint runs in the plain loop at full speed until it reaches one (CPython 3.12's
    /// instrumentation does the same). Everything else reads `code.instructions`.
    pub instructions: Box<[Cell<Instruction>]>,
    /// Whether the observers arm the code, as far as known (`Observers::mark`).
    pub arming: Cell<ArmState>,
    /// `CodeObject::event_lines`, computed when line events are first wanted in the code.
    event_lines: OnceCell<Box<[u32]>>,
    pub consts: Vec<Value>,
    pub names: Vec<Key>,
    /// The hash of each name, computed once.
    name_hashes: Vec<i64>,
    /// Where each name was last found in a namespace (an index into the dict's entries): a
    /// hint that `lookup` checks, so a hit costs no hashing.
    slots: Vec<Cell<u32>>,
    /// For each name, what attribute access on instances learnt (see `crate::vm::attr_cache`).
    pub attr_caches: Vec<RefCell<AttrCache>>,
    /// For each name, the entries of the classes seen before the one of `attr_caches` (up
    /// to three, the latest first), for a site that sees instances of several classes in
    /// turn (a method called on subclasses): an entry found there swaps with the current
    /// one rather than the name being looked up again. (Apart, so that entries stay as small
    /// as they were: their index is computed on every attribute access.)
    pub other_attr_caches: Vec<RefCell<Vec<AttrCache>>>,
    /// For each name, the kind of built-in object (`Object` variant) it was last found to be a
    /// plain method of (`crate::builtins::methods::is_plain_method_cached`).
    pub plain_methods: Vec<Cell<Option<std::mem::Discriminant<super::value::Object>>>>,
    /// The code's number of parameters when a call can bind its positional arguments one to
    /// one (no `*args`, `**kwargs`, keyword-only parameters or cells), else `usize::MAX`:
    /// `vm::call::is_simple_call` compares one number instead of five fields of the code.
    pub simple_arity: usize,
}

/// What `instance.name` resolved to for instances of one class, valid while the class epoch
/// (`crate::runtime::class::class_epoch`) is unchanged, plus where the name last was in an
/// instance's `__dict__`.
#[derive(Debug, Default)]
pub struct AttrCache {
    /// The address of the class this entry was made for; 0 for none.
    pub class: usize,
    pub epoch: u32,
    pub found: AttrFound,
    /// Whether `instance.name = value` may store straight into the instance's dict: no
    /// `__setattr__` in the lineage, and `__slots__` (if any) allow the name. Decided on
    /// the first store (`None` until then: most names are only read).
    pub storable: Option<bool>,
    /// Index of the name in the last instance dict it was found in (a hint, checked).
    pub slot: usize,
    /// Index of the name in the class's table of attribute names (`runtime::attrs`), or
    /// `usize::MAX` when not known; it never changes for a class, as the table only grows.
    pub shared: usize,
    /// The name is not among the first `absent_below` names of the class's table.
    pub absent_below: usize,
}

/// How the class of an instance answers for a name.
#[derive(Debug, Default)]
pub enum AttrFound {
    /// The class may run code for this name (a property or other descriptor, or a Python
    /// `__getattribute__`): the general path must decide.
    #[default]
    Uncacheable,
    /// The class has nothing of that name: only the instance's own attribute can answer.
    InstanceOnly,
    /// A plain class attribute or a function, behind the instance's own attributes. Objects
    /// are held weakly, so that a code object's cache does not keep its own function alive.
    ClassValue(HeldValue),
    /// A property whose getter is a Python function (held weakly too), in a class without
    /// `__getattr__`: reading the name calls the getter as a frame of the run loop.
    Getter(HeldValue),
}

/// A value held without owning it when it is an object.
#[derive(Debug)]
pub enum HeldValue {
    Inline(Value),
    Object(std::rc::Weak<super::value::Object>),
}

impl HeldValue {
    pub fn new(v: &Value) -> HeldValue {
        match v {
            Value::Obj(rc) => HeldValue::Object(Rc::downgrade(rc)),
            other => HeldValue::Inline(other.clone()),
        }
    }

    /// The value, unless it has been freed.
    pub fn get(&self) -> Option<Value> {
        match self {
            HeldValue::Inline(v) => Some(v.clone()),
            HeldValue::Object(weak) => weak.upgrade().map(Value::Obj),
        }
    }
}

impl Prepared {
    pub fn new(code: &CodeObject, consts: Vec<Value>, names: Vec<Key>, simple_arity: usize) -> Prepared {
        let name_hashes = names.iter().map(|k| super::ops::hash_value(&k.0).unwrap_or(0)).collect();
        let slots = names.iter().map(|_| Cell::new(0)).collect();
        let attr_caches = names.iter().map(|_| RefCell::default()).collect();
        let other_attr_caches = names.iter().map(|_| RefCell::new(Vec::new())).collect();
        let plain_methods = names.iter().map(|_| Cell::new(None)).collect();
        Prepared {
            instructions: code.instructions.iter().copied().map(Cell::new).collect(),
            arming: Cell::new(ArmState::Unknown),
            event_lines: OnceCell::new(),
            consts,
            names,
            name_hashes,
            slots,
            attr_caches,
            other_attr_caches,
            plain_methods,
            simple_arity,
        }
    }

    /// The line a line event before instruction `pc` of `code` (this `Prepared`'s code)
    /// reports; 0 for none.
    pub fn event_line(&self, code: &CodeObject, pc: usize) -> u32 {
        let lines = self.event_lines.get_or_init(|| code.event_lines().into());
        lines.get(pc).copied().unwrap_or(0)
    }

    /// Forget whether the code is armed, putting its own instructions back if they were
    /// marked.
    pub fn forget_arming(&self, code: &CodeObject) {
        if self.arming.replace(ArmState::Unknown) == ArmState::Marked {
            for (cell, &instruction) in self.instructions.iter().zip(&code.instructions) {
                cell.set(instruction);
            }
        }
    }

    /// The value of name `i` in `namespace`. The entry at the remembered index is used when its
    /// key is this very name object (names are interned, so that is the usual case after the
    /// first lookup); anything else takes the hashed lookup and remembers the new index.
    #[inline]
    pub fn lookup(&self, i: usize, namespace: &DictMap) -> Option<Value> {
        self.find(i, namespace).cloned()
    }

    /// `lookup`, giving the value where it is in `namespace`.
    #[inline]
    pub fn find<'n>(&self, i: usize, namespace: &'n DictMap) -> Option<&'n Value> {
        let slot = &self.slots[i];
        if let Some((key, value)) = namespace.get_index(slot.get() as usize)
            && let (Value::Obj(found), Value::Obj(name)) = (&key.0, &self.names[i].0)
            && (Rc::ptr_eq(found, name) || same_text(found, name))
        {
            return Some(value);
        }
        let (index, _, value) = namespace.get_full(&self.name(i))?;
        slot.set(index as u32);
        Some(value)
    }

    /// Name `i` as text.
    pub fn code_name(&self, i: usize) -> String {
        self.names[i].0.to_str()
    }

    /// Name `i` as a lookup key that does not hash the string again.
    pub fn name(&self, i: usize) -> Prehashed<'_> {
        Prehashed { key: &self.names[i], hash: self.name_hashes[i] }
    }
}

/// Positional arguments and keyword arguments of a call.
#[derive(Debug, Default)]
pub struct CallArgs {
    pub positional: Vec<Value>,
    pub keywords: Vec<(String, Value)>,
}

/// The result of a built-in: a value, or an exception to raise.
pub type BuiltinResult = Result<Value, Value>;

pub type BuiltinFn = fn(&mut crate::vm::Vm, CallArgs) -> BuiltinResult;

pub struct Builtin {
    pub name: &'static str,
    pub func: BuiltinFn,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in function {}>", self.name)
    }
}

/// Whether a dict key is a str with the same text as a name: the key of a namespace filled
/// by Rust code (the builtins) is not the interned name object, but is as good a match.
#[inline]
fn same_text(key: &super::value::Object, name: &super::value::Object) -> bool {
    use super::value::Object::Str;
    matches!((key, name), (Str(k), Str(n)) if k == n)
}
