//! The virtual machine: runs code objects. The run loop (`run.rs`) is not recursive: a Python
//! call pushes a `Frame` on the VM's own frame stack and the loop continues in it, so deep
//! recursion is limited by `recursion_limit` (RecursionError), never by the Rust stack.
//! Calls and argument binding are in `call.rs`, generators in `generator.rs`, `match` statements' checks in `matching.rs`, imports in
//! `import.rs` (files found by `finder.rs`), output in `host.rs`, tracebacks in `traceback.rs`;
//! classes in `classes.rs`, with what metaclasses add in `metaclass.rs`.
//! What makes it fast, what was tried and what is left: `PERFORMANCE.md` beside this file.

mod async_gen;
mod attr_cache;
mod awaiting;
pub mod buffers;
mod builtin_methods;
pub(crate) mod call;
mod class_assign;
pub mod classes;
mod consume;
mod exception_group;
pub mod finder;
pub mod frame;
pub mod generator;
pub mod host;
mod host_clock;
mod host_fs;
pub mod host_process;
pub mod host_zone;
mod import;
mod iterate;
mod matching;
mod metaclass;
mod observed;
mod run;
mod slicing;
mod spare_iterator;
mod special;
pub use special::has_python_identity as special_has_python_identity;
pub use special::is_instance as special_is_instance;
pub use special::is_iterable;
pub use special::needs_canonical_key as special_needs_canonical_key;
pub use special::{OperatorForm, container_operator};
mod text;
pub mod threads;
pub mod traceback;
mod warnings;

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::code::{CodeObject, ConstValue};
use crate::pipeline::CacheMode;
use crate::runtime::exception::{ExcKind, new_exception};
use crate::runtime::function::Prepared;
use crate::runtime::value::{DictMap, Key, Object, Value};
use frame::Frame;
use host::Host;

/// How a program ended.
pub enum Outcome {
    /// Ran to the end.
    Finished,
    /// An exception escaped (already reported on stderr).
    Uncaught(Value),
    /// `sys.exit(code)`.
    Exit(i32),
}

pub struct Vm {
    pub frames: Vec<Frame>,
    pub builtins: Rc<RefCell<DictMap>>,
    pub host: Host,
    /// Deeper Python calls raise RecursionError (`sys.getrecursionlimit()`).
    pub recursion_limit: usize,
    /// How many calls made in Rust, without a Python frame of their own, are under way
    /// inside each other (comparisons of lists that hold themselves, an instance whose
    /// `__call__` is an instance): past `recursion_limit`, RecursionError, as CPython's C
    /// recursion check raises it, instead of a Rust stack overflow.
    pub native_nesting: usize,
    /// The exception being handled (`sys.exc_info()`), `None` outside handlers.
    pub handled: Value,
    /// The error being raised is a re-raise: its traceback already has this frame.
    pub reraising: bool,
    /// The error being raised was thrown into a generator (`gen.throw`): as in CPython, it
    /// takes no `__context__` from the exception being handled.
    pub thrown: bool,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Imported modules by name: the dict that is `sys.modules`.
    pub modules: Rc<RefCell<DictMap>>,
    /// The list that is `sys.path` when `sys` is first imported (the import system then
    /// reads `sys.path` itself).
    pub sys_path: Value,
    /// How imported modules use the bytecode cache.
    pub cache: CacheMode,
    /// Module bodies running for an import, innermost last.
    pub(crate) importing: Vec<import::PendingImport>,
    /// Prepared constants and names by code object address.
    pub(crate) prepared: PreparedCache,
    /// Vectors of finished frames, reused by new ones.
    pub(crate) pool: frame::FramePool,
    /// An iterator object kept from a finished `for` loop for the next one.
    pub(crate) spare_iterator: spare_iterator::SpareIterator,
    /// The argument list of the last str method called by CALL_METHOD, emptied, for the next.
    pub(crate) spare_args: Vec<Value>,
    /// Containers whose `repr` is being built (a list that contains itself prints `[...]`).
    pub(crate) repr_active: Vec<usize>,
    /// Class bodies running with a namespace that is not a plain dict (from a metaclass's
    /// `__prepare__`): the body frame's `names` and the mapping its names go through.
    pub(crate) class_namespaces: Vec<(Rc<RefCell<DictMap>>, Value)>,
    /// `sys.set_asyncgen_hooks`: called with an async generator when it is first stepped,
    /// and (the one it took then) when it is freed unfinished.
    pub asyncgen_firstiter: Value,
    pub asyncgen_finalizer: Value,
    /// The attached observers (`crate::observe`).
    pub observers: crate::observe::Observers,
    /// Green threads and their schedule (`threads.rs`).
    pub threads: threads::Threads,
    /// Instructions the running thread may still run before the scheduler switches.
    pub budget: u64,
    /// How many run loops are active (nested ones run for calls from Rust code).
    pub(crate) runs: usize,
    /// The base of the innermost active run loop: it returns when the frame stack drops to
    /// this depth (so a return in the unobserved loop can stay in the loop above it).
    pub(crate) run_base: usize,
    /// The depth of the run loop that runs the current thread's own frames: only there can
    /// it be switched out.
    pub(crate) thread_runs: usize,
    /// Set when the run loop gave its thread back to the scheduler.
    pub(crate) switched: bool,
    /// The call being made comes straight from the thread's run loop (`call_value` passes
    /// it on to `parkable`).
    pub(crate) direct_call: bool,
    /// The built-in running now was called straight from the thread's run loop: a
    /// blocking call there parks the thread (`threads::block_on`).
    pub(crate) parkable: bool,
    /// The warnings printed so far, by file, line and message: as CPython's default filter,
    /// each is printed once.
    pub(crate) warned: std::collections::HashSet<(String, u32, String)>,
}

/// Prepared code objects by address; each entry keeps its code object alive, so an address
/// is never reused while it is cached. Names are interned: every code object's `x` is the same
/// str object, so name lookups compare pointers before text. The addresses are hashed by
/// `FxHashMap` (a multiply), not SipHash (~90 instructions): every MAKE_FUNCTION looks its
/// code up here, once per generator expression or comprehension run.
#[derive(Default)]
pub(crate) struct PreparedCache {
    by_code: rustc_hash::FxHashMap<usize, (Rc<CodeObject>, Rc<Prepared>)>,
    pub(crate) interned: std::collections::HashMap<String, Value>,
}

impl PreparedCache {
    /// A cache whose interned names start as the keys of `namespace` (the builtins): a code
    /// object's `len` is then the builtins dict's own key, found there by pointer.
    fn seeded(namespace: &DictMap) -> PreparedCache {
        let interned =
            namespace.keys().filter_map(|k| Some((k.0.as_str()?.to_string(), k.0.clone()))).collect();
        PreparedCache { by_code: Default::default(), interned }
    }
}

/// The prepared constants and names of `code` from `cache`, made on first use.
pub(crate) fn prepared_for(cache: &mut PreparedCache, code: &Rc<CodeObject>) -> Rc<Prepared> {
    let key = Rc::as_ptr(code) as usize;
    if let Some((_, prepared)) = cache.by_code.get(&key) {
        return prepared.clone();
    }
    let names: Vec<Key> = code
        .names
        .iter()
        .map(|n| Key(cache.interned.entry(n.clone()).or_insert_with(|| Value::str(n.as_str())).clone()))
        .collect();
    let plain =
        code.kwonly_count == 0 && !code.flags.varargs && !code.flags.varkeywords && code.cellvars.is_empty();
    let simple_arity = if plain { code.arg_count as usize } else { usize::MAX };
    let prepared =
        Rc::new(Prepared::new(code, code.consts.iter().map(const_value).collect(), names, simple_arity));
    cache.by_code.insert(key, (code.clone(), prepared.clone()));
    prepared
}

/// The value of constant `c` (also `code.co_consts`).
pub fn const_value(c: &ConstValue) -> Value {
    match c {
        ConstValue::None => Value::None,
        ConstValue::Bool(b) => Value::bool(*b),
        ConstValue::Ellipsis => Value::obj(Object::Ellipsis),
        ConstValue::Int(n) => Value::from_int(n.clone()),
        ConstValue::Float(x) => Value::raw_float(*x),
        ConstValue::Complex { real, imag } => crate::runtime::complex::value(*real, *imag),
        ConstValue::Str(s) => Value::str(s.as_str().map_or_else(
            || s.code_points().iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect(),
            str::to_string,
        )),
        ConstValue::Bytes(b) => Value::obj(Object::Bytes(b.clone())),
        ConstValue::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        ConstValue::FrozenSet(items) => {
            let mut table = crate::runtime::set::SetTable::default();
            for item in items {
                // Constants are always hashable.
                let _ = table.insert(const_value(item));
            }
            Value::obj(Object::FrozenSet(Box::new(table)))
        }
        ConstValue::Code(code) => Value::obj(Object::Code(code.clone())),
    }
}

impl Vm {
    /// The prepared constants and names of `code`, made on first use and shared after.
    pub fn prepare(&mut self, code: &Rc<CodeObject>) -> Rc<Prepared> {
        prepared_for(&mut self.prepared, code)
    }

    /// The built-in module `name` (made fresh), if there is one.
    fn builtin_module(&mut self, name: &str) -> Option<Value> {
        match name {
            "sys" => Some(crate::builtins::sys::module(self)),
            "builtins" => Some(self.builtins_module()),
            "math" => Some(crate::builtins::math::module()),
            "random" => Some(crate::builtins::random::module(self)),
            "time" => Some(crate::builtins::time::module()),
            "hashlib" => Some(crate::builtins::hashlib::module()),
            "unicodedata" => Some(crate::builtins::unicodedata::module()),
            "_thread" => Some(crate::builtins::thread::module()),
            "_types" => Some(crate::builtins::types_native::module()),
            "_weakref_handles" => Some(crate::builtins::weakrefs::module()),
            _ => None,
        }
    }

    /// The `builtins` module: the namespace every module falls back on.
    pub(crate) fn builtins_module(&self) -> Value {
        Value::obj(Object::Module { name: "builtins".into(), dict: self.builtins.clone() })
    }

    /// A frame running a module body in the namespace `globals`.
    fn module_frame(&mut self, code: Rc<CodeObject>, globals: Rc<RefCell<DictMap>>) -> Frame {
        Box::new(frame::FrameData {
            prepared: self.prepare(&code),
            locals: vec![None; code.varnames.len()],
            cells: Vec::new(),
            code,
            pc: 0,
            stack: Vec::with_capacity(16),
            globals: globals.clone(),
            names: Some(globals),
            returning: None,
            generator: None,
        })
    }

    /// Run `code` (from `exec`, `eval` or `compile`) with `globals` and the local namespace
    /// `names`, in a nested run loop; the result is what the code returns.
    pub fn run_code(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<RefCell<DictMap>>,
        names: Rc<RefCell<DictMap>>,
    ) -> Result<Value, Value> {
        if self.frames.len() >= self.recursion_limit {
            return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut frame = self.module_frame(code, globals);
        frame.names = Some(names);
        let base = self.frames.len();
        self.frames.push(frame);
        self.execute(base)
    }

    pub fn new(host: Host) -> Vm {
        let builtins = crate::builtins::table();
        let prepared = PreparedCache::seeded(&builtins);
        Vm {
            frames: Vec::new(),
            builtins: Rc::new(RefCell::new(builtins)),
            host,
            recursion_limit: 1000,
            native_nesting: 0,
            handled: Value::None,
            reraising: false,
            thrown: false,
            argv: Vec::new(),
            modules: Rc::new(RefCell::new(DictMap::default())),
            sys_path: Value::list(Vec::new()),
            cache: CacheMode::from_environment(),
            importing: Vec::new(),
            prepared,
            repr_active: Vec::new(),
            class_namespaces: Vec::new(),
            asyncgen_firstiter: Value::None,
            asyncgen_finalizer: Value::None,
            warned: Default::default(),
            pool: frame::FramePool::default(),
            spare_iterator: Default::default(),
            spare_args: Vec::new(),
            observers: crate::observe::Observers::default(),
            threads: threads::Threads::new(threads::DEFAULT_INTERVAL, threads::Schedule::RoundRobin),
            budget: u64::MAX,
            runs: 0,
            run_base: 0,
            thread_runs: 0,
            switched: false,
            direct_call: false,
            parkable: false,
        }
    }

    /// The namespace of an interactive session's `__main__` (registered as that module,
    /// without `__file__`, as in CPython's REPL).
    pub fn interactive_main(&mut self) -> Rc<RefCell<DictMap>> {
        let code = crate::pipeline::compile_source("<string>", b"").expect("empty source compiles");
        let globals = Rc::new(RefCell::new(self.main_namespace(&code)));
        let main = Value::obj(Object::Module { name: "__main__".into(), dict: globals.clone() });
        self.modules.borrow_mut().insert(Key(Value::str("__main__")), main);
        globals
    }

    /// Run a module's code object as `__main__`.
    pub fn run_main(&mut self, code: Rc<CodeObject>) -> Outcome {
        let globals = Rc::new(RefCell::new(self.main_namespace(&code)));
        // `import __main__` finds the running program, as in CPython.
        let main = Value::obj(Object::Module { name: "__main__".into(), dict: globals.clone() });
        self.modules.borrow_mut().insert(Key(Value::str("__main__")), main);
        // A script is compiled every time in CPython: its warnings come every time, even
        // when its code comes from the cache here.
        self.issue_syntax_warnings(&code);
        let frame = self.module_frame(code, globals.clone());
        self.frames.push(frame);
        let outcome = self.run_threads_reporting();
        if !self.observers.is_empty() {
            self.each_observer(|o, vm| {
                o.on_exit(vm);
                crate::observe::Control::Continue
            });
        }
        self.clear_globals(&globals);
        self.host.flush();
        outcome
    }

    /// Run the main thread and the threads it starts. The main thread's uncaught exception
    /// is reported when it ends, before the program waits for its other threads, as CPython.
    fn run_threads_reporting(&mut self) -> Outcome {
        let result = match self.run_threads() {
            Ok(result) => result,
            Err(code) => return Outcome::Exit(code),
        };
        // Daemon threads still running are dropped at exit.
        self.end_daemons();
        self.budget = u64::MAX;
        self.host.flush();
        match result {
            Ok(()) => Outcome::Finished,
            Err(exc) => match system_exit_code(&exc, &mut self.host) {
                Some(code) => Outcome::Exit(code),
                None => Outcome::Uncaught(exc),
            },
        }
    }

    /// At exit, the module's names are released one by one in the order they were made, as
    /// CPython tears `__main__` down: a generator suspended inside a `try` is closed then.
    ///
    /// First, the generators and the instances with a `__del__` that the names hold are
    /// finalized while every name is still there: in CPython `__main__`'s namespace dies as
    /// garbage with its functions, and its collector runs every finalizer in it before it
    /// clears anything (a generator's `except SomeError:` still finds `SomeError`).
    fn clear_globals(&mut self, globals: &Rc<RefCell<DictMap>>) {
        let held: Vec<Value> = globals.borrow().values().cloned().collect();
        for value in held {
            if crate::runtime::finalize::awaits_finalizer(&value) {
                self.run_finalizer(&value);
            } else if crate::runtime::generator::kind_of(&value)
                == Some(crate::runtime::generator::GenKind::Generator)
            {
                self.close_at_exit(&value);
            }
        }
        let count = globals.borrow().len();
        for i in 0..count {
            let old = match globals.borrow_mut().get_index_mut(i) {
                Some((key, value)) if key.0.as_str() != Some("__builtins__") => {
                    std::mem::replace(value, Value::None)
                }
                _ => continue,
            };
            drop(old);
            if crate::runtime::generator::has_unclosed() {
                self.close_unreachable();
            }
        }
    }
}

impl Vm {
    /// The namespace `__main__` starts with, as CPython's: `__file__` and `__cached__` only
    /// for a script (not `-c`). `__loader__` and `__spec__` are None, as in imported modules.
    fn main_namespace(&self, code: &CodeObject) -> DictMap {
        let mut entries = vec![
            ("__name__", Value::str("__main__")),
            ("__doc__", import::doc_of(code)),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__annotations__", Value::obj(Object::Dict(Rc::new(RefCell::new(DictMap::default()))))),
            ("__builtins__", self.builtins_module()),
        ];
        if &*code.filename != "<string>" {
            entries.push(("__file__", Value::str(&*code.filename)));
            entries.push(("__cached__", Value::None));
        }
        import::namespace(entries)
    }
}

/// The exit status for an uncaught `SystemExit` (printing a non-int argument, as CPython does).
fn system_exit_code(exc: &Value, host: &mut Host) -> Option<i32> {
    let Some(Object::Exception(e)) = exc.object() else { return None };
    let e = e.borrow();
    if e.kind != ExcKind::SystemExit {
        return None;
    }
    Some(match e.args.first() {
        None | Some(Value::None) => 0,
        Some(v) => match v.as_int().and_then(|i| i.as_i64()) {
            Some(code) => code as i32,
            None => {
                host.write_stderr(&format!("{}\n", v.to_str()));
                1
            }
        },
    })
}
