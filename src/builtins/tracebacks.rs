//! Traceback objects: `exc.__traceback__`, `sys.exc_info()[2]`. An exception keeps its
//! traceback as entries (`Exception::traceback`, innermost first, one added per frame it
//! leaves); the objects are made from them when first asked for, and made again once the
//! exception has left more frames. Each is an instance of the class `traceback` with
//! `tb_frame`, `tb_lineno`, `tb_lasti` and `tb_next` (outermost first, as CPython links them).
//! A `tb_frame` is a frame object as the frame was when the exception left it, its
//! `f_back` the frame object of the entry outside it (`None` for the outermost).
//! Assigning `__traceback__` (or `with_traceback`) turns a chain of them back into entries.

use std::cell::RefCell;
use std::rc::Rc;

use super::frames::{fast_locals_dict, frame_object, vm_made_class};
use crate::runtime::class::Instance;
use crate::runtime::exception::{Exception, TraceEntry, TraceLocals, type_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

thread_local! {
    static TRACEBACK_CLASS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn traceback_class() -> Value {
    TRACEBACK_CLASS.with(|class| {
        class.borrow_mut().get_or_insert_with(|| vm_made_class("traceback", traceback_repr)).clone()
    })
}

/// `exc.__traceback__`: the traceback object of `exc`'s entries (`None` before it was raised).
pub fn traceback_of(exc: &RefCell<Exception>) -> Value {
    let mut e = exc.borrow_mut();
    let count = e.traceback.len();
    if let Some((made_for, head)) = &e.traceback_object
        && *made_for == count
    {
        return head.clone();
    }
    // The frame objects from the outermost in, each the `f_back` of the next.
    let mut back = Value::None;
    let mut frames = Vec::with_capacity(count);
    for entry in e.traceback.iter().rev() {
        let locals = match &entry.locals {
            TraceLocals::Namespace(names) => Value::obj(Object::Dict(names.clone())),
            TraceLocals::Fast(values) => fast_locals_dict(&entry.code, values),
        };
        let builtins = entry.globals.borrow().get(&Key(Value::str("__builtins__"))).cloned();
        let globals = Value::obj(Object::Dict(entry.globals.clone()));
        back = frame_object(&entry.code, entry.index, globals, locals, back, builtins.unwrap_or(Value::None));
        frames.push(back.clone());
    }
    // The traceback objects from the innermost out, each the `tb_next` of the one outside.
    let mut next = Value::None;
    for (entry, frame) in e.traceback.iter().zip(frames.into_iter().rev()) {
        let mut dict = DictMap::default();
        let mut set = |name: &str, value: Value| {
            dict.insert(Key(Value::str(name)), value);
        };
        set("tb_frame", frame);
        set("tb_lineno", Value::Int(i64::from(entry.span.lineno)));
        set("tb_lasti", Value::Int(entry.index as i64 * 2));
        set("tb_next", next);
        next = Value::obj(Object::Instance(Box::new(Instance::with_dict(traceback_class(), None, dict))));
    }
    e.traceback_object = Some((count, next.clone()));
    next
}

/// The entries of the traceback object `tb` (`None`: none), for `exc.__traceback__ = tb`.
pub fn entries_of(tb: &Value) -> Result<Vec<TraceEntry>, Value> {
    let mut entries = Vec::new();
    let mut tb = tb.clone();
    let class = traceback_class();
    while !matches!(tb, Value::None) {
        let Some(Object::Instance(instance)) = tb.object().filter(|_| is_instance_of(&tb, &class)) else {
            return Err(type_error("__traceback__ must be a traceback or None"));
        };
        let field = |name: &str| instance.attribute(&Key(Value::str(name))).unwrap_or(Value::None);
        let frame = field("tb_frame");
        let Some(Object::Instance(frame_instance)) = frame.object() else {
            return Err(type_error("__traceback__ must be a traceback or None"));
        };
        let frame_field =
            |name: &str| frame_instance.attribute(&Key(Value::str(name))).unwrap_or(Value::None);
        let (code, globals) = (frame_field("f_code"), frame_field("f_globals"));
        let (Some(Object::Code(code)), Some(Object::Dict(globals))) = (code.object(), globals.object())
        else {
            return Err(type_error("__traceback__ must be a traceback or None"));
        };
        let locals = match frame_field("f_locals").object() {
            Some(Object::Dict(names)) => TraceLocals::Namespace(names.clone()),
            _ => TraceLocals::Fast(Vec::new()),
        };
        let index =
            field("tb_lasti").as_int().and_then(|i| i.as_i64()).map_or(0, |i| (i / 2).max(0) as usize);
        entries.push(TraceEntry {
            code: code.clone(),
            index,
            span: code.spans.get(index).copied().unwrap_or_default(),
            globals: globals.clone(),
            locals,
        });
        tb = field("tb_next");
    }
    // Entries are kept innermost first.
    entries.reverse();
    Ok(entries)
}

fn is_instance_of(value: &Value, class: &Value) -> bool {
    match value.object() {
        Some(Object::Instance(i)) => crate::runtime::class::same_class(&i.class(), class),
        _ => false,
    }
}

/// `<traceback object at 0x...>`, as CPython's.
fn traceback_repr(_vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let address = match args.positional.first() {
        Some(Value::Obj(rc)) => Rc::as_ptr(rc) as usize,
        _ => 0,
    };
    Ok(Value::str(format!("<traceback object at {address:#x}>")))
}
