//! `sys._getframe(depth=0)`: a frame object for a frame of the running thread's stack (0:
//! the caller's). A frame object here is a snapshot taken at the call, an instance of a
//! class named `frame`: `f_code`, `f_globals`, `f_builtins`, `f_locals`, `f_lineno`,
//! `f_lasti` as they were then, and `f_back` (the frame below, `None` at the bottom).
//! CPython's frame objects are live views; what `warnings`, `logging`-style callers and
//! `inspect`-style introspection read of them at once is the same.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::code::CodeObject;
use crate::runtime::class::Instance;
use crate::runtime::exception::{type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;
use crate::vm::frame::FrameData;

thread_local! {
    /// The class of frame objects, made on first use (one class, so that every frame
    /// object has the same type).
    static FRAME_CLASS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn frame_class() -> Value {
    FRAME_CLASS
        .with(|class| class.borrow_mut().get_or_insert_with(|| vm_made_class("frame", frame_repr)).clone())
}

/// A class of objects only the VM makes (frames, tracebacks): module `builtins`, this
/// `__repr__`, and a `__new__` that refuses.
pub fn vm_made_class(name: &'static str, repr: fn(&mut Vm, CallArgs) -> BuiltinResult) -> Value {
    let mut dict = DictMap::default();
    dict.insert(Key(Value::str("__module__")), Value::str("builtins"));
    let repr = Builtin { name: "__repr__", func: repr };
    dict.insert(Key(Value::str("__repr__")), Value::obj(Object::Builtin(repr)));
    let new = Builtin {
        name: "__new__",
        func: |_, args| {
            let class = args.positional.first().map_or("object", crate::runtime::class::class_name);
            Err(type_error(format!("cannot create '{class}' instances")))
        },
    };
    dict.insert(Key(Value::str("__new__")), Value::obj(Object::Builtin(new)));
    crate::runtime::class::native_class(name, dict)
}

/// `sys._getframe(depth=0)`.
pub fn getframe(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    if !args.keywords.is_empty() {
        return Err(type_error("_getframe() takes no keyword arguments"));
    }
    let depth = match args.positional.as_slice() {
        [] => 0,
        [d] => d.as_int().and_then(|i| i.as_i64()).ok_or_else(|| {
            type_error(format!("'{}' object cannot be interpreted as an integer", d.type_name()))
        })?,
        more => return Err(type_error(format!("_getframe expected at most 1 argument, got {}", more.len()))),
    };
    let count = vm.frames.len() as i64;
    if depth >= count {
        return Err(value_error("call stack is not deep enough"));
    }
    // A negative depth is the caller's frame, as in CPython.
    let top = (count - 1 - depth.max(0)) as usize;
    let builtins = Value::obj(Object::Dict(vm.builtins.clone()));
    let mut back = Value::None;
    for frame in &vm.frames[..=top] {
        back = snapshot(frame, back, &builtins);
    }
    Ok(back)
}

/// The frame object of `frame`, whose caller's frame object is `back`.
fn snapshot(frame: &FrameData, back: Value, builtins: &Value) -> Value {
    let globals = Value::obj(Object::Dict(frame.globals.clone()));
    frame_object(&frame.code, frame.current_index(), globals, locals_of(frame), back, builtins.clone())
}

/// A frame object: of `code` running instruction `index`, with these namespaces, called from
/// the frame object `back`.
pub fn frame_object(
    code: &Rc<CodeObject>,
    index: usize,
    globals: Value,
    locals: Value,
    back: Value,
    builtins: Value,
) -> Value {
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("f_code", Value::obj(Object::Code(code.clone())));
    set("f_globals", globals);
    set("f_builtins", builtins);
    set("f_locals", locals);
    set("f_lineno", Value::Int(i64::from(code.line_of(index))));
    set("f_lasti", Value::Int(index as i64 * 2));
    set("f_back", back);
    set("f_trace", Value::None);
    Value::obj(Object::Instance(Box::new(Instance::with_dict(frame_class(), None, dict))))
}

/// The local variables of `frame` as `locals()` gives them: the namespace itself in a module
/// or class body, else a new dict of the bound locals.
pub fn locals_of(frame: &FrameData) -> Value {
    if let Some(names) = &frame.names {
        return Value::obj(Object::Dict(names.clone()));
    }
    fast_locals_dict(&frame.code, &frame.locals)
}

/// A new dict of the bound fast locals `values` of `code`, by its `varnames`.
pub fn fast_locals_dict(code: &CodeObject, values: &[Option<Value>]) -> Value {
    let mut map = DictMap::default();
    for (name, value) in code.varnames.iter().zip(values) {
        if let Some(v) = value {
            map.insert(Key(Value::str(name.as_str())), v.clone());
        }
    }
    Value::obj(Object::Dict(Rc::new(RefCell::new(map))))
}

/// `<frame at 0x..., file '...', line N, code NAME>`, as CPython's.
fn frame_repr(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let Some(frame) = args.positional.first() else { return Err(type_error("__repr__ needs a frame")) };
    let code = vm.get_attr(frame, "f_code")?;
    let line = vm.get_attr(frame, "f_lineno")?;
    let (file, name) = match code.object() {
        Some(Object::Code(c)) => (c.filename.to_string(), c.name.clone()),
        _ => (String::new(), String::new()),
    };
    let address = match frame {
        Value::Obj(rc) => Rc::as_ptr(rc) as usize,
        _ => 0,
    };
    Ok(Value::str(format!("<frame at {address:#x}, file '{file}', line {}, code {name}>", line.repr())))
}
