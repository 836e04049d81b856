//! `eval`, `exec` and `compile`: source compiled while the program runs, then run in a
//! namespace (by default the caller's) in a nested run loop.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::code::CodeObject;
use crate::pipeline;
use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::syntax_exc;
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

/// Which grammar the source follows: statements (`exec`) or one expression (`eval`).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Exec,
    Eval,
}

pub fn eval(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    run(vm, args, Mode::Eval)
}

pub fn exec(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    run(vm, args, Mode::Exec).map(|_| Value::None)
}

/// `compile(source, filename, mode)`: a code object for `exec` or `eval`.
pub fn compile(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let mut positional = args.positional.iter();
    let mut take = |name: &str| {
        positional.next().or_else(|| args.keywords.iter().find(|(k, _)| k == name).map(|(_, v)| v)).cloned()
    };
    let (Some(source), Some(filename), Some(mode)) = (take("source"), take("filename"), take("mode")) else {
        return Err(type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let filename = filename.as_str().map(str::to_string).unwrap_or_else(|| filename.to_str());
    let mode = match mode.as_str() {
        Some("exec" | "single") => Mode::Exec,
        Some("eval") => Mode::Eval,
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = source_text(&source, "compile")?;
    let code = compile_text(&text, &filename, mode)?;
    vm.issue_syntax_warnings(&code);
    Ok(Value::obj(Object::Code(code)))
}

fn run(vm: &mut Vm, args: CallArgs, mode: Mode) -> BuiltinResult {
    let name = if mode == Mode::Eval { "eval" } else { "exec" };
    if let Some((key, _)) = args.keywords.iter().find(|(k, _)| k != "globals" && k != "locals") {
        return Err(type_error(format!("{name}() got an unexpected keyword argument '{key}'")));
    }
    let keyword = |k: &str| args.keywords.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let (source, globals, locals) = match args.positional.as_slice() {
        [] => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        [s] => (s.clone(), keyword("globals"), keyword("locals")),
        [s, g] => (s.clone(), Some(g.clone()), keyword("locals")),
        [s, g, l] => (s.clone(), Some(g.clone()), Some(l.clone())),
        more => return Err(type_error(format!("{name} expected at most 3 arguments, got {}", more.len()))),
    };
    let (globals, names) = namespaces(vm, name, globals, locals)?;
    let code = match source.object() {
        Some(Object::Code(code)) => code.clone(),
        _ => {
            let mut text = source_text(&source, name)?;
            if mode == Mode::Eval {
                // As CPython's `eval`, leading spaces and tabs are ignored.
                text = text.trim_start_matches([' ', '\t']).to_string();
            }
            let code = compile_text(&text, "<string>", mode)?;
            vm.issue_syntax_warnings(&code);
            code
        }
    };
    vm.run_code(code, globals, names)
}

/// The text of a str or bytes source.
fn source_text(source: &Value, name: &str) -> Result<String, Value> {
    match source.object() {
        Some(Object::Str(s)) => Ok(s.to_string()),
        _ if let Some(decoded) = source.with_bytes(super::source_bytes::decode) => decoded,
        _ if name == "compile" => Err(type_error("compile() arg 1 must be a string, bytes or AST object")),
        _ => Err(type_error(format!("{name}() arg 1 must be a string, bytes or code object"))),
    }
}

fn compile_text(text: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, Value> {
    if text.contains('\0') {
        // (A SyntaxError without a place, as CPython 3.11 raises it.)
        let error = new_exception(ExcKind::SyntaxError, "source code string cannot contain null bytes");
        if let Some(Object::Exception(e)) = error.object() {
            e.borrow_mut().set_attr("msg", Value::str("source code string cannot contain null bytes"));
        }
        return Err(error);
    }
    // Universal newlines, as CPython's tokenizer reads a source string: `\r\n` and `\r` are `\n`.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.as_str();
    let compiled = match mode {
        Mode::Exec => pipeline::compile_text(filename, text),
        Mode::Eval => pipeline::compile_expression_source(filename, text),
    };
    compiled.map_err(|e| syntax_exc::from_error(&e))
}

/// The global and local namespaces: the ones given, or the caller's. Given globals get
/// `__builtins__`, as CPython adds it.
type Namespaces = (Rc<RefCell<DictMap>>, Rc<RefCell<DictMap>>);

fn namespaces(
    vm: &mut Vm,
    name: &str,
    globals: Option<Value>,
    locals: Option<Value>,
) -> Result<Namespaces, Value> {
    let locals = locals.filter(|l| !matches!(l, Value::None));
    let locals = match &locals {
        None => None,
        Some(l) => match l.object() {
            Some(Object::Dict(d)) => Some(d.clone()),
            _ => return Err(type_error("locals must be a mapping")),
        },
    };
    match globals.filter(|g| !matches!(g, Value::None)) {
        Some(g) => {
            let Some(Object::Dict(globals)) = g.object() else {
                let kind = g.type_name();
                return Err(type_error(if name == "exec" {
                    format!("exec() globals must be a dict, not {kind}")
                } else {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                }));
            };
            let builtins = Key(Value::str("__builtins__"));
            if !globals.borrow().contains_key(&builtins) {
                let module = vm.builtins_module();
                globals.borrow_mut().insert(builtins, module);
            }
            let names = locals.unwrap_or_else(|| globals.clone());
            Ok((globals.clone(), names))
        }
        None => {
            let Some(frame) = vm.frames.last() else { return Err(type_error("no frame to run in")) };
            let globals = frame.globals.clone();
            let names = match locals {
                Some(l) => l,
                None => match super::locals(vm, CallArgs::default())?.object() {
                    Some(Object::Dict(d)) => d.clone(),
                    _ => globals.clone(),
                },
            };
            Ok((globals, names))
        }
    }
}
