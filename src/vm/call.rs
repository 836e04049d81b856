//! Calling a Python function: binding arguments to parameters (positional, defaults, keyword,
//! `*args`, `**kwargs`, keyword-only, positional-only) with CPython's error messages, and
//! building the new frame with its cells.

use super::Vm;
use super::frame::{Frame, FrameData};
use super::run::new_cell;
use crate::runtime::exception::type_error;
use crate::runtime::function::{CallArgs, Function};
use crate::runtime::value::{DictMap, Key, Object, Value};

/// Can a call with `count` positional arguments and nothing else bind them directly, one to
/// one, to `f`'s parameters (no defaults needed, no `*args`, `**kwargs`, keyword-only
/// parameters or cells: `Prepared::simple_arity`)?
#[inline(always)]
pub fn is_simple_call(f: &Function, count: usize) -> bool {
    f.prepared.simple_arity == count
}

/// `is_simple_call`, or fewer arguments, the parameters after them taking their defaults
/// (see `fill_defaults`).
pub fn binds_directly(f: &Function, count: usize) -> bool {
    let params = f.prepared.simple_arity;
    // (`usize::MAX` for code that does not bind one to one: the sum never reaches it.)
    count <= params && count + f.defaults.len() >= params
}

/// The defaults of the parameters after the `given` arguments of a call that
/// `binds_directly` (`locals` holds all the parameters).
fn fill_defaults(f: &Function, locals: &mut [Option<Value>], given: usize) {
    let params = f.code.arg_count as usize;
    if given < params {
        let first_default = params - f.defaults.len();
        for (slot, default) in locals[given..params].iter_mut().zip(&f.defaults[given - first_default..]) {
            *slot = Some(default.clone());
        }
    }
}

/// Make `frame` (from `FramePool::take`, its locals the arguments) the frame of a call of
/// `f` that `binds_directly`: the other locals are added, unbound, the parameters after the
/// arguments take their defaults, the value stack is given room for what the code needs,
/// and the cells are the closure's. (Inlined into the call instructions.)
#[inline(always)]
pub fn simple_frame(f: &Function, mut frame: Frame) -> Frame {
    let given = frame.locals.len();
    if given < f.code.varnames.len() {
        frame.locals.resize(f.code.varnames.len(), None);
        fill_defaults(f, &mut frame.locals, given);
    }
    frame.stack.reserve(f.code.max_stack as usize);
    // Most functions have no free variables: skip the call to `extend_from_slice`.
    if !f.closure.is_empty() {
        frame.cells.extend_from_slice(&f.closure);
    }
    frame
}

/// The most keyword arguments a call binds by position (`keyword_slots`).
const MAX_KEYWORDS: usize = 8;

/// The parameter each keyword argument binds to, for a call of `f` with `given` positional
/// arguments then the keywords `names` that needs none of `bind_general`'s work: no
/// `*args`, `**kwargs` or cells (keyword-only parameters are fine), each keyword naming a
/// parameter that is not positional-only and not given already, each parameter left out
/// having a default. None sends the call the general way, which also makes its errors.
fn keyword_slots(f: &Function, given: usize, names: &[Value]) -> Option<[usize; MAX_KEYWORDS]> {
    let code = &f.code;
    let positional = code.arg_count as usize;
    let params = positional + code.kwonly_count as usize;
    if code.flags.varargs
        || code.flags.varkeywords
        || !code.cellvars.is_empty()
        || params >= 64
        || names.len() > MAX_KEYWORDS
        || given > positional
    {
        return None;
    }
    // A bit per parameter bound so far.
    let mut bound: u64 = (1 << given) - 1;
    let mut slots = [0; MAX_KEYWORDS];
    let posonly = code.posonly_count as usize;
    for (slot, name) in slots.iter_mut().zip(names) {
        let name = name.as_str()?;
        let i = posonly + code.varnames[posonly..params].iter().position(|n| n == name)?;
        if bound & (1 << i) != 0 {
            return None;
        }
        bound |= 1 << i;
        *slot = i;
    }
    let first_default = positional - f.defaults.len().min(positional);
    let unbound = |i: &usize| bound & (1 << i) == 0;
    if (given..first_default).any(|i| unbound(&i))
        || (positional..params)
            .filter(unbound)
            .any(|i| !f.kw_defaults.iter().any(|(name, _)| *name == code.varnames[i]))
    {
        return None;
    }
    Some(slots)
}

/// `Vm::bind_frame` for a call that does not `binds_directly`: the general binding.
fn bind_general(f: &Function, args: CallArgs) -> Result<Frame, Value> {
    let code = &f.code;
    let name = &code.qualname;
    let positional_count = code.arg_count as usize;
    let kwonly = code.kwonly_count as usize;
    let mut locals: Vec<Option<Value>> = vec![None; code.varnames.len()];
    let CallArgs { positional, keywords } = args;

    let given = positional.len();
    let mut extra = Vec::new();
    for (i, v) in positional.into_iter().enumerate() {
        if i < positional_count {
            locals[i] = Some(v);
        } else {
            extra.push(v);
        }
    }
    let mut slot = positional_count + kwonly;
    if code.flags.varargs {
        locals[slot] = Some(Value::tuple(extra));
        slot += 1;
    }
    let mut kwargs = DictMap::default();
    let posonly_as_keyword: Vec<&str> = keywords
        .iter()
        .filter(|(k, _)| code.varnames[..code.posonly_count as usize].contains(k))
        .map(|(k, _)| k.as_str())
        .collect();
    if !posonly_as_keyword.is_empty() && !code.flags.varkeywords {
        return Err(type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_keyword.join(", ")
        )));
    }
    for (key, value) in keywords {
        let index = code.varnames[..positional_count + kwonly].iter().position(|n| *n == key);
        match index {
            Some(i) if i < code.posonly_count as usize => {
                if code.flags.varkeywords {
                    kwargs.insert(Key(Value::str(key)), value);
                } else {
                    return Err(type_error(format!(
                        "{name}() got some positional-only arguments passed as keyword arguments: '{key}'"
                    )));
                }
            }
            Some(i) => {
                if locals[i].is_some() {
                    return Err(type_error(format!("{name}() got multiple values for argument '{key}'")));
                }
                locals[i] = Some(value);
            }
            None if code.flags.varkeywords => {
                kwargs.insert(Key(Value::str(key)), value);
            }
            None => return Err(type_error(format!("{name}() got an unexpected keyword argument '{key}'"))),
        }
    }
    // (Checked after the keywords, as CPython does: their errors come first, and the message
    // counts the keyword-only arguments they gave.)
    if given > positional_count && !code.flags.varargs {
        return Err(too_many_positional(f, given, &locals));
    }
    if code.flags.varkeywords {
        locals[slot] = Some(Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(kwargs)))));
    }
    // Defaults fill the last positional parameters, then keyword-only ones.
    let first_default = positional_count - f.defaults.len().min(positional_count);
    for (i, default) in f.defaults.iter().enumerate() {
        let at = first_default + i;
        if locals[at].is_none() {
            locals[at] = Some(default.clone());
        }
    }
    for (param, default) in &f.kw_defaults {
        if let Some(i) =
            code.varnames[positional_count..positional_count + kwonly].iter().position(|n| n == param)
            && locals[positional_count + i].is_none()
        {
            locals[positional_count + i] = Some(default.clone());
        }
    }
    let missing: Vec<String> = (0..positional_count)
        .filter(|&i| locals[i].is_none())
        .map(|i| format!("'{}'", code.varnames[i]))
        .collect();
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{name}() missing {} required positional {}: {}",
            missing.len(),
            if missing.len() == 1 { "argument" } else { "arguments" },
            join_names(&missing)
        )));
    }
    let missing_kw: Vec<String> = (positional_count..positional_count + kwonly)
        .filter(|&i| locals[i].is_none())
        .map(|i| format!("'{}'", code.varnames[i]))
        .collect();
    if !missing_kw.is_empty() {
        return Err(type_error(format!(
            "{name}() missing {} required keyword-only {}: {}",
            missing_kw.len(),
            if missing_kw.len() == 1 { "argument" } else { "arguments" },
            join_names(&missing_kw)
        )));
    }
    // Cells: captured locals (a captured parameter starts with the argument), then the closure.
    let mut cells: Vec<Value> = code
        .cellvars
        .iter()
        .map(|cell| {
            let initial = code.varnames.iter().position(|n| n == cell).and_then(|i| locals[i].clone());
            new_cell(initial)
        })
        .collect();
    cells.extend(f.closure.iter().cloned());
    Ok(Box::new(FrameData {
        code: code.clone(),
        prepared: f.prepared.clone(),
        pc: 0,
        stack: Vec::with_capacity(code.max_stack as usize),
        locals,
        cells,
        globals: f.globals.clone(),
        names: None,
        returning: None,
        generator: None,
    }))
}

/// CPython's error for more positional arguments than `f` takes (`given` of them; `locals`
/// holds what the keywords bound).
fn too_many_positional(f: &Function, given: usize, locals: &[Option<Value>]) -> Value {
    let code = &f.code;
    let positional_count = code.arg_count as usize;
    let kwonly = code.kwonly_count as usize;
    let required = positional_count - f.defaults.len().min(positional_count);
    let takes = if required < positional_count {
        format!("from {required} to {positional_count} positional arguments")
    } else {
        format!("{} positional argument{}", positional_count, if positional_count == 1 { "" } else { "s" })
    };
    let kwonly_given =
        locals[positional_count..positional_count + kwonly].iter().filter(|v| v.is_some()).count();
    let (given_text, were) = match kwonly_given {
        0 => (given.to_string(), if given == 1 { "was" } else { "were" }),
        _ => (
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            ),
            "were",
        ),
    };
    type_error(format!("{}() takes {takes} but {given_text} {were} given", code.qualname))
}

/// `'a', 'b' and 'c'`, as CPython lists missing arguments.
pub(crate) fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] if rest.len() == 1 => format!("{} and {last}", rest[0]),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `__main__.f()`,
/// `len()`, `list.append()`.
pub fn function_str(callable: &Value) -> String {
    match callable.object() {
        Some(Object::Function(f)) => {
            let module = f.globals.borrow().get(&Key(Value::str("__name__"))).map(Value::to_str);
            match module.as_deref() {
                Some(m) if m != "builtins" => format!("{m}.{}()", f.code.qualname),
                _ => format!("{}()", f.code.qualname),
            }
        }
        Some(Object::Builtin(b)) => format!("{}()", b.name),
        Some(Object::BoundMethod { receiver, name }) => format!("{}.{name}()", receiver.type_name()),
        Some(Object::Type(name)) => format!("{name}()"),
        _ => callable.to_str(),
    }
}

/// DICT_MERGE: add the `**` mapping (or a dict of named keywords) to a call's keywords.
pub fn merge_keywords(callable: &Value, target: &Value, mapping: &Value) -> Result<(), Value> {
    let (Some(Object::Dict(target)), Some(Object::Dict(source))) = (target.object(), mapping.object()) else {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(callable),
            mapping.type_name()
        )));
    };
    let pairs: Vec<(Key, Value)> = source.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut target = target.borrow_mut();
    for (key, value) in pairs {
        if key.0.as_str().is_none() {
            return Err(type_error("keywords must be strings"));
        }
        if target.contains_key(&key) {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                function_str(callable),
                key.0.to_str()
            )));
        }
        target.insert(key, value);
    }
    Ok(())
}

impl Vm {
    /// A new frame for calling `f` with `args`, or the TypeError for a bad call. A call that
    /// `binds_directly` puts its arguments into recycled vectors, the rest of the locals
    /// after them.
    pub fn bind_frame(&mut self, f: &Function, args: CallArgs) -> Result<Frame, Value> {
        if args.keywords.is_empty() && binds_directly(f, args.positional.len()) {
            let mut frame = self.pool.take(f);
            frame.locals.extend(args.positional.into_iter().map(Some));
            return Ok(simple_frame(f, frame));
        }
        bind_general(f, args)
    }

    /// CALL_KW of a Python function, or a method of one, whose keywords bind by position
    /// (`keyword_slots`): the arguments move from the caller's stack into the new frame's
    /// locals, without the argument list, keyword strings, vectors and checks of
    /// `bind_general`. False, with nothing done, for any other call.
    pub(super) fn call_keywords_directly(&mut self, count: usize) -> bool {
        let depth = self.frames.len();
        let frame = self.frames.last_mut().expect("the run loop always has a frame");
        let Some(callee_at) = frame.stack.len().checked_sub(count + 2) else { return false };
        // (Clones, so the stack is free to change: the names stay on it until the end.)
        let (callee, names) = (frame.stack[callee_at].clone(), frame.stack[frame.stack.len() - 1].clone());
        let (f, receiver) = match callee.object() {
            Some(Object::Function(f)) => (f, None),
            Some(Object::Method { func, receiver }) => match func.object() {
                Some(Object::Function(f)) => (f, Some(receiver)),
                _ => return false,
            },
            _ => return false,
        };
        let Some(Object::Tuple(names)) = names.object() else { return false };
        let Some(given) = count.checked_sub(names.len()) else { return false };
        let given = given + usize::from(receiver.is_some());
        let Some(slots) = keyword_slots(f, given, names) else { return false };
        if depth >= self.recursion_limit {
            return false;
        }
        let mut new_frame = self.pool.take(f);
        let locals = &mut new_frame.locals;
        locals.resize(f.code.varnames.len(), None);
        let mut values = frame.stack.drain(callee_at + 1..);
        if let Some(receiver) = receiver {
            locals[0] = Some(receiver.clone());
        }
        let first = usize::from(receiver.is_some());
        for (slot, value) in locals[first..given].iter_mut().zip(values.by_ref()) {
            *slot = Some(value);
        }
        // (The names, last on the stack, are dropped with the drain.)
        for (&i, value) in slots[..names.len()].iter().zip(values) {
            locals[i] = Some(value);
        }
        frame.stack.truncate(callee_at);
        // The parameters left out take their defaults (`keyword_slots` saw they have them).
        let code = &f.code;
        let positional = code.arg_count as usize;
        let first_default = positional - f.defaults.len().min(positional);
        for (i, slot) in locals.iter_mut().enumerate().take(positional).skip(given) {
            if slot.is_none() {
                *slot = Some(f.defaults[i - first_default].clone());
            }
        }
        let kwonly = &code.varnames[positional..positional + code.kwonly_count as usize];
        for (slot, param) in locals[positional..].iter_mut().zip(kwonly) {
            if slot.is_none() {
                *slot = f.kw_defaults.iter().find(|(name, _)| name == param).map(|(_, v)| v.clone());
            }
        }
        self.frames.push(simple_frame(f, new_frame));
        true
    }

    /// The frame of a call of `callable` (a Python function, or a method of one) that has
    /// not begun: what a new thread starts with.
    pub fn frame_for_call(&mut self, callable: &Value, args: CallArgs) -> Result<Frame, Value> {
        match callable.object() {
            Some(Object::Function(f)) => self.bind_frame(f, args),
            Some(Object::Method { func, receiver }) => {
                let mut positional = vec![receiver.clone()];
                positional.extend(args.positional);
                self.frame_for_call(&func.clone(), CallArgs { positional, keywords: args.keywords })
            }
            _ if crate::builtins::is_callable(callable) => Err(type_error(format!(
                "pyglass can start a thread only with a Python function, not {}",
                callable.type_name()
            ))),
            _ => Err(type_error("first arg must be callable")),
        }
    }
}
