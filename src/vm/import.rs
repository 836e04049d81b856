//! The import system: `IMPORT_NAME`, `IMPORT_FROM` and `IMPORT_STAR`, following CPython
//! 3.11 (`PyImport_ImportModuleLevelObject`, importlib's `_find_and_load` and
//! `_handle_fromlist`, ceval's `import_from` and `import_all_from`) with the same messages.
//!
//! Modules live in `sys.modules` (`Vm::modules`, the dict the program sees). A module is
//! registered there before its body runs, so a circular import finds it partially initialised,
//! as in CPython. The body runs on the VM's frame stack, not in a nested run loop: when an
//! import needs a body to run, `IMPORT_NAME` pushes the module's frame and records a
//! `PendingImport`. When that frame returns, the run loop calls `module_body_returned`, which
//! binds the module to its parent package and asks for the same import again; every step
//! starts from what `sys.modules` holds, so asking again continues where the import stopped.
//! If the body raises, the module leaves `sys.modules` as the frame is unwound.
//! The search for source files is in `finder.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use super::finder::{self, Found};
use super::frame::Frame;
use crate::builtins::methods::{get_attribute, set_attribute};
use crate::bytecode::pyc;
use crate::pipeline;
use crate::runtime::exception::{ExcKind, exception_kind, new_exception, type_error, value_error};
use crate::runtime::function::CallArgs;
use crate::runtime::syntax_exc;
use crate::runtime::value::{DictMap, Key, Object, Value};

/// A module body running for an import.
pub(crate) struct PendingImport {
    /// The frame-stack depth with the module's frame on top.
    depth: usize,
    /// The module's name.
    name: String,
    /// The import that needs the module, resumed when the body returns.
    request: ImportRequest,
}

/// What one `IMPORT_NAME` asks for.
struct ImportRequest {
    /// The absolute module name (a relative one resolved against the package).
    name: String,
    /// The names after `from ... import` (empty for `import x`).
    fromlist: Vec<String>,
    /// The number of leading dots.
    level: u32,
}

/// How far an import got.
enum Progress {
    /// The import is complete: the value `IMPORT_NAME` pushes.
    Done(Value),
    /// This module's body must run first.
    Run { name: String, frame: Frame },
}

fn key(name: &str) -> Key {
    Key(Value::str(name))
}

fn import_error(kind: ExcKind, msg: &str, name: Option<&str>, path: Option<&str>) -> Value {
    let exc = new_exception(kind, msg);
    if let Some(Object::Exception(e)) = exc.object() {
        let mut e = e.borrow_mut();
        e.set_attr("name", name.map_or(Value::None, Value::str));
        e.set_attr("path", path.map_or(Value::None, Value::str));
    }
    exc
}

fn module_not_found(msg: &str, name: &str) -> Value {
    import_error(ExcKind::ModuleNotFoundError, msg, Some(name), None)
}

fn no_parent() -> Value {
    import_error(ExcKind::ImportError, "attempted relative import with no known parent package", None, None)
}

/// The directories of a package (`__path__`), or None if `module` is not a package.
fn package_path(module: &Value) -> Option<Vec<String>> {
    let path = get_attribute(module, "__path__").ok()?;
    let items = crate::runtime::ops::collect_builtin(&path).unwrap_or_default();
    Some(items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
}

/// A module's `__file__`, if it is a str.
fn module_file(module: &Value) -> Option<String> {
    let Some(Object::Module { dict, .. }) = module.object() else { return None };
    dict.borrow().get(&key("__file__")).and_then(|f| f.as_str().map(str::to_string))
}

/// The absolute name of a relative import of `name` at `level` from the module whose globals
/// are `globals` (`resolve_name` in CPython's import.c).
fn resolve_name(name: &str, globals: &DictMap, level: u32) -> Result<String, Value> {
    let package = match globals.get(&key("__package__")) {
        Some(p) if !matches!(p, Value::None) => {
            p.as_str().ok_or_else(|| type_error("package must be a string"))?.to_string()
        }
        // Without `__package__` (and `__spec__`), the package comes from `__name__`.
        _ => {
            let name = globals
                .get(&key("__name__"))
                .ok_or_else(|| new_exception(ExcKind::KeyError, "'__name__' not in globals"))?;
            let name = name.as_str().ok_or_else(|| type_error("__name__ must be a string"))?;
            if globals.contains_key(&key("__path__")) {
                name.to_string()
            } else {
                name.rsplit_once('.').ok_or_else(no_parent)?.0.to_string()
            }
        }
    };
    if package.is_empty() {
        return Err(no_parent());
    }
    let mut base = package.as_str();
    for _ in 1..level {
        base = base.rsplit_once('.').map(|(b, _)| b).ok_or_else(|| {
            import_error(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package",
                None,
                None,
            )
        })?;
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

impl Vm {
    /// `IMPORT_NAME name` with the `fromlist` and `level` it popped: pushes the module on the
    /// current frame's stack, or pushes the frame of a module body that must run first.
    #[cold]
    /// IMPORT_NAME: `import_name`, or a call of the program's own `builtins.__import__` if it
    /// replaced it (with the frame's globals, its locals in a module or class body, else
    /// None, as CPython calls it).
    pub(super) fn import_instruction(
        &mut self,
        name: &str,
        fromlist: Value,
        level: Value,
    ) -> Result<(), Value> {
        let import = self.builtins.borrow().get(&key("__import__")).cloned();
        let replaced =
            import.filter(|f| !matches!(f.object(), Some(Object::Builtin(b)) if b.name == "__import__"));
        let Some(import) = replaced else { return self.import_name(name, &fromlist, &level) };
        let frame = self.frame();
        let globals = Value::obj(Object::Dict(frame.globals.clone()));
        let locals =
            frame.names.as_ref().map_or(Value::None, |names| Value::obj(Object::Dict(names.clone())));
        let positional = vec![Value::str(name), globals, locals, fromlist, level];
        let module = self.call_value(&import, CallArgs { positional, keywords: Vec::new() })?;
        self.frame().stack.push(module);
        Ok(())
    }

    pub(super) fn import_name(&mut self, name: &str, fromlist: &Value, level: &Value) -> Result<(), Value> {
        let level = match level.as_int().and_then(|i| i.as_i64()) {
            Some(n) if n < 0 => return Err(value_error("level must be >= 0")),
            Some(n) => n as u32,
            None => return Err(type_error("level must be an integer")),
        };
        let fromlist = match fromlist {
            Value::None => Vec::new(),
            list => self
                .collect(list)?
                .iter()
                .map(|item| {
                    item.as_str().map(str::to_string).ok_or_else(|| {
                        type_error(format!("Item in ``from list'' must be str, not {}", item.type_name()))
                    })
                })
                .collect::<Result<_, _>>()?,
        };
        let name = if level > 0 {
            let globals = self.frame().globals.clone();
            let globals = globals.borrow();
            resolve_name(name, &globals, level)?
        } else if name.is_empty() {
            return Err(value_error("Empty module name"));
        } else {
            name.to_string()
        };
        self.advance_import(ImportRequest { name, fromlist, level })
    }

    /// Take an import as far as it goes without running Python code.
    fn advance_import(&mut self, request: ImportRequest) -> Result<(), Value> {
        match self.import_step(&request)? {
            Progress::Done(module) => self.frame().stack.push(module),
            Progress::Run { name, frame } => {
                self.frames.push(frame);
                self.importing.push(PendingImport { depth: self.frames.len(), name, request });
            }
        }
        Ok(())
    }

    /// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the module as
    /// the import statement gets it (the top-level package unless `fromlist` is given).
    pub fn import_builtin(&mut self, args: CallArgs) -> Result<Value, Value> {
        let mut slots: [Option<Value>; 5] = Default::default();
        if args.positional.len() > 5 {
            let n = args.positional.len();
            return Err(type_error(format!("__import__() takes at most 5 arguments ({n} given)")));
        }
        for (slot, v) in slots.iter_mut().zip(args.positional) {
            *slot = Some(v);
        }
        for (k, v) in args.keywords {
            let at = ["name", "globals", "locals", "fromlist", "level"].iter().position(|n| *n == k);
            let Some(at) = at else {
                return Err(type_error(format!("__import__() got an unexpected keyword argument '{k}'")));
            };
            slots[at] = Some(v);
        }
        let [name, _, _, fromlist, level] = slots;
        let name = name.ok_or_else(|| type_error("__import__() missing required argument 'name' (pos 1)"))?;
        let name = name
            .as_str()
            .ok_or_else(|| {
                type_error(format!("__import__() argument 1 must be str, not {}", name.type_name()))
            })?
            .to_string();
        let fromlist = fromlist.unwrap_or(Value::None);
        let level = level.unwrap_or(Value::Int(0));
        let depth = self.frames.len();
        self.import_name(&name, &fromlist, &level)?;
        if self.frames.len() > depth {
            self.execute(depth)?;
        }
        Ok(self.frame().stack.pop().unwrap_or(Value::None))
    }

    /// A module for built-in code that needs one (`open` needs `io`): already imported, or a
    /// standard-library module written in Python, run to completion here.
    pub fn import_module(&mut self, name: &str) -> Result<Value, Value> {
        if let Some(module) = self.modules.borrow().get(&key(name)).cloned() {
            return Ok(module);
        }
        let Some(source) = crate::stdlib::source(name) else {
            return Err(module_not_found(&format!("No module named '{name}'"), name));
        };
        let Progress::Run { frame, .. } = self.load_builtin_source(name, source)? else {
            return Err(module_not_found(&format!("No module named '{name}'"), name));
        };
        let base = self.frames.len();
        self.frames.push(frame);
        if let Err(e) = self.execute(base) {
            self.modules.borrow_mut().shift_remove(&key(name));
            return Err(e);
        }
        Ok(self.modules.borrow().get(&key(name)).cloned().unwrap_or(Value::None))
    }

    /// Is the top frame the body of a module being imported? (Checked at every return.)
    #[inline]
    pub(super) fn module_body_on_top(&self) -> bool {
        self.importing.last().is_some_and(|p| p.depth == self.frames.len())
    }

    /// Called by the run loop when a module body returns: the module is bound to its parent
    /// package, the frame is popped and the import that needed it goes on (its result is
    /// what the importing frame gets).
    #[cold]
    pub(super) fn module_body_returned(&mut self) -> Result<(), Value> {
        let Some(pending) = self.importing.pop() else { return Ok(()) };
        self.pop_frame();
        self.bind_to_parent(&pending.name);
        self.advance_import(pending.request)
    }

    /// Called as an exception unwinds the top frame: a module body that raised takes its
    /// module out of `sys.modules` (as importlib's `_load_unlocked` does).
    pub(super) fn abandon_module_body(&mut self) {
        if self.module_body_on_top()
            && let Some(pending) = self.importing.pop()
        {
            self.modules.borrow_mut().shift_remove(&key(&pending.name));
        }
    }

    /// The modules that `request` needs, each loaded once, then the value it gives.
    fn import_step(&mut self, request: &ImportRequest) -> Result<Progress, Value> {
        let name = &request.name;
        if let Some(run) = self.ensure_loaded(name)? {
            return Ok(run);
        }
        let module = self.loaded(name)?;
        if !request.fromlist.is_empty() {
            return Ok(self.import_fromlist(&module, &request.fromlist)?.unwrap_or(Progress::Done(module)));
        }
        // `import a.b.c` gives `a`.
        match name.split_once('.') {
            Some((top, _)) if request.level == 0 => Ok(Progress::Done(self.loaded(top)?)),
            _ => Ok(Progress::Done(module)),
        }
    }

    /// `sys.modules[name]`, which must be there and not None.
    fn loaded(&self, name: &str) -> Result<Value, Value> {
        match self.modules.borrow().get(&key(name)) {
            Some(Value::None) | None => {
                Err(module_not_found(&format!("import of {name} halted; None in sys.modules"), name))
            }
            Some(module) => Ok(module.clone()),
        }
    }

    /// Load `name` and the packages above it that are not in `sys.modules` yet, outermost
    /// first; stops at the first module whose body must run.
    fn ensure_loaded(&mut self, name: &str) -> Result<Option<Progress>, Value> {
        let ends = name.match_indices('.').map(|(i, _)| i).chain([name.len()]);
        for end in ends {
            let prefix = &name[..end];
            if self.modules.borrow().contains_key(&key(prefix)) {
                continue;
            }
            if let Some(run) = self.load(prefix)? {
                return Ok(Some(run));
            }
        }
        Ok(None)
    }

    /// Find the module `name` (its parent package already loaded) and register it; a source
    /// module's body is returned to run.
    fn load(&mut self, name: &str) -> Result<Option<Progress>, Value> {
        let search = match name.rsplit_once('.') {
            None => {
                if let Some(module) = self.builtin_module(name) {
                    self.modules.borrow_mut().insert(key(name), module);
                    return Ok(None);
                }
                self.search_path()
            }
            Some((parent, _)) => {
                let parent_module = self.modules.borrow().get(&key(parent)).cloned().unwrap_or(Value::None);
                package_path(&parent_module).ok_or_else(|| {
                    module_not_found(&format!("No module named '{name}'; '{parent}' is not a package"), name)
                })?
            }
        };
        let child = name.rsplit('.').next().unwrap_or(name);
        let Some(found) = finder::find(child, &search) else {
            if let Some(source) = crate::stdlib::source(name) {
                return self.load_builtin_source(name, source).map(Some);
            }
            return Err(module_not_found(&format!("No module named '{name}'"), name));
        };
        let (file, package_dir) = match found {
            Found::Namespace { dirs } => {
                let namespace = self.namespace_package(name, dirs);
                self.modules.borrow_mut().insert(key(name), namespace);
                self.bind_to_parent(name);
                return Ok(None);
            }
            Found::Source { file, package_dir } => (file, package_dir),
        };
        let bytes = std::fs::read(&file)
            .map_err(|e| import_error(ExcKind::ImportError, &e.to_string(), Some(name), Some(&file)))?;
        let path = std::path::Path::new(&file);
        let (code, outcome) = pipeline::compile_file(path, &file, &bytes, self.cache)
            .map_err(|e| syntax_exc::from_error(&e))?;
        // (A module's cached code was compiled, and warned about, before.)
        if outcome != pipeline::CacheOutcome::Hit {
            self.issue_syntax_warnings(&code);
        }
        let package = match &package_dir {
            Some(_) => name,
            None => name.rsplit_once('.').map_or("", |(p, _)| p),
        };
        let mut entries = vec![
            ("__name__", Value::str(name)),
            ("__doc__", doc_of(&code)),
            ("__package__", Value::str(package)),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
        ];
        if let Some(dir) = package_dir {
            entries.push(("__path__", Value::list(vec![Value::str(dir)])));
        }
        let cached = pyc::cache_path(path).to_string_lossy().into_owned();
        entries.push(("__file__", Value::str(file.as_str())));
        entries.push(("__cached__", Value::str(cached)));
        entries.push(("__builtins__", self.builtins_module()));
        let dict = Rc::new(RefCell::new(namespace(entries)));
        let module = Value::obj(Object::Module { name: name.to_string(), dict: dict.clone() });
        self.modules.borrow_mut().insert(key(name), module);
        let frame = self.module_frame(code, dict);
        Ok(Some(Progress::Run { name: name.to_string(), frame }))
    }

    /// A standard-library module written in Python and built into pyglass: compiled from its
    /// embedded source (named `<frozen NAME>`, as CPython names its frozen modules).
    fn load_builtin_source(&mut self, name: &str, source: &str) -> Result<Progress, Value> {
        let filename = format!("<frozen {name}>");
        let (code, _) = pipeline::compile_embedded(name, &filename, source, self.cache)
            .map_err(|e| syntax_exc::from_error(&e))?;
        let is_package = crate::stdlib::PACKAGES.contains(&name);
        let package = if is_package { name } else { name.rsplit_once('.').map_or("", |(p, _)| p) };
        let mut entries = vec![
            ("__name__", Value::str(name)),
            ("__doc__", doc_of(&code)),
            ("__package__", Value::str(package)),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__builtins__", self.builtins_module()),
        ];
        // A package's submodules are built in too: its `__path__` holds no directory.
        if is_package {
            entries.push(("__path__", Value::list(Vec::new())));
        }
        let dict = Rc::new(RefCell::new(namespace(entries)));
        let module = Value::obj(Object::Module { name: name.to_string(), dict: dict.clone() });
        self.modules.borrow_mut().insert(key(name), module);
        let frame = self.module_frame(code, dict);
        Ok(Progress::Run { name: name.to_string(), frame })
    }

    /// A namespace package (a directory without `__init__.py`): nothing to run.
    fn namespace_package(&self, name: &str, dirs: Vec<String>) -> Value {
        let package = Value::str(name);
        let dict = namespace(vec![
            ("__name__", package.clone()),
            ("__doc__", Value::None),
            ("__package__", package),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__file__", Value::None),
            ("__path__", Value::list(dirs.into_iter().map(Value::str).collect())),
        ]);
        Value::obj(Object::Module { name: name.to_string(), dict: Rc::new(RefCell::new(dict)) })
    }

    /// A loaded submodule becomes an attribute of its package (`a.b` of `a`).
    fn bind_to_parent(&mut self, name: &str) {
        let Some((parent, child)) = name.rsplit_once('.') else { return };
        let modules = self.modules.borrow();
        if let (Some(parent), Some(module)) = (modules.get(&key(parent)), modules.get(&key(name))) {
            // CPython only warns (ImportWarning, ignored by default) when this fails.
            let _ = set_attribute(parent, key(child), Some(module.clone()));
        }
    }

    /// `from package import a, b`: names that are not attributes of the package are imported
    /// as its submodules, when they exist (`*` stands for the names in `__all__`).
    fn import_fromlist(&mut self, module: &Value, fromlist: &[String]) -> Result<Option<Progress>, Value> {
        if package_path(module).is_none() {
            return Ok(None);
        }
        let mut names = Vec::new();
        for x in fromlist {
            if x != "*" {
                names.push(Value::str(x.as_str()));
            } else if let Ok(all) = get_attribute(module, "__all__") {
                names.extend(self.collect(&all)?);
            }
        }
        let package = get_attribute(module, "__name__")?.to_str();
        for x in names {
            let Some(x) = x.as_str() else {
                let what = format!("Item in {package}.__all__ must be str, not {}", x.type_name());
                return Err(type_error(what));
            };
            if get_attribute(module, x).is_ok() {
                continue;
            }
            let submodule = format!("{package}.{x}");
            let loaded = match self.ensure_loaded(&submodule) {
                Ok(Some(run)) => return Ok(Some(run)),
                Ok(None) => self.loaded(&submodule).map(drop),
                Err(exc) => Err(exc),
            };
            // A name that is neither an attribute nor a submodule is left to IMPORT_FROM,
            // unless `sys.modules` blocks the submodule with None.
            if let Err(exc) = loaded {
                let blocked = matches!(self.modules.borrow().get(&key(&submodule)), Some(Value::None));
                if blocked || !is_not_found(&exc, &submodule) {
                    return Err(exc);
                }
            }
        }
        Ok(None)
    }

    /// `IMPORT_FROM name`: the attribute of `module`, or its submodule from `sys.modules`
    /// (which a circular import may not have bound yet).
    #[cold]
    pub(super) fn import_from(&mut self, module: &Value, name: &str) -> Result<Value, Value> {
        // (Any object: a replaced `__import__` may return one. An AttributeError, from a
        // module's own `__getattr__` too, becomes the ImportError below.)
        match self.get_attr(module, name) {
            Ok(value) => return Ok(value),
            Err(e) if exception_kind(&e).is_some_and(|k| k.is_subclass_of(ExcKind::AttributeError)) => {}
            Err(e) => return Err(e),
        }
        let package = get_attribute(module, "__name__").ok().filter(|n| n.as_str().is_some());
        if let Some(package) = &package
            && let Some(found) = self.modules.borrow().get(&key(&format!("{}.{name}", package.to_str())))
        {
            return Ok(found.clone());
        }
        let shown = package.clone().unwrap_or_else(|| Value::str("<unknown module name>")).repr();
        let name_repr = Value::str(name).repr();
        let package = package.map(|p| p.to_str());
        let Some(file) = module_file(module) else {
            let msg = format!("cannot import name {name_repr} from {shown} (unknown location)");
            return Err(import_error(ExcKind::ImportError, &msg, package.as_deref(), None));
        };
        let initializing = package.as_ref().is_some_and(|p| self.importing.iter().any(|i| &i.name == p));
        let msg = if initializing {
            format!(
                "cannot import name {name_repr} from partially initialized module {shown} \
                 (most likely due to a circular import) ({file})"
            )
        } else {
            format!("cannot import name {name_repr} from {shown} ({file})")
        };
        Err(import_error(ExcKind::ImportError, &msg, package.as_deref(), Some(&file)))
    }

    /// `IMPORT_STAR`: bind the module's `__all__` names (else its names not starting with
    /// `_`) in the current namespace.
    #[cold]
    pub(super) fn import_star(&mut self, module: &Value) -> Result<(), Value> {
        let (names, source) = match get_attribute(module, "__all__") {
            Ok(all) => (self.collect(&all)?, "__all__"),
            Err(_) => {
                let Ok(dict) = get_attribute(module, "__dict__") else {
                    let msg = "from-import-* object has no __dict__ and no __all__";
                    return Err(new_exception(ExcKind::ImportError, msg));
                };
                let Some(Object::Dict(dict)) = dict.object() else { return Ok(()) };
                let names = dict.borrow().keys().map(|k| k.0.clone()).collect();
                (names, "__dict__")
            }
        };
        let frame = self.frame();
        let target = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
        for name in names {
            let Some(text) = name.as_str() else {
                let package = get_attribute(module, "__name__").map(|n| n.to_str()).unwrap_or_default();
                let msg = format!("Item in {package}.{source} must be str, not {}", name.type_name());
                return Err(type_error(msg));
            };
            if source == "__dict__" && text.starts_with('_') {
                continue;
            }
            let value = get_attribute(module, text)?;
            target.borrow_mut().insert(Key(name.clone()), value);
        }
        Ok(())
    }

    /// The directories `sys.path` names (the list the program sees, which it may replace).
    fn search_path(&self) -> Vec<String> {
        let sys = self.modules.borrow().get(&key("sys")).cloned();
        let path = sys.and_then(|s| get_attribute(&s, "path").ok()).unwrap_or_else(|| self.sys_path.clone());
        let items = crate::runtime::ops::collect_builtin(&path).unwrap_or_default();
        items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
    }
}

/// Is `exc` the ModuleNotFoundError for the module `name`?
fn is_not_found(exc: &Value, name: &str) -> bool {
    let Some(Object::Exception(e)) = exc.object() else { return false };
    let e = e.borrow();
    e.kind == ExcKind::ModuleNotFoundError && e.attr("name").and_then(Value::as_str) == Some(name)
}

/// A module namespace with `entries` in order.
pub(super) fn namespace(entries: Vec<(&str, Value)>) -> DictMap {
    entries.into_iter().map(|(k, v)| (key(k), v)).collect()
}

/// A module's `__doc__`: its docstring, or None.
pub(super) fn doc_of(code: &crate::bytecode::code::CodeObject) -> Value {
    code.doc.as_ref().map_or(Value::None, |d| Value::str(d.as_str()))
}
