//! The run loop: fetch an instruction of the top frame, execute it, repeat. A Python call
//! pushes a frame and a return pops one; an exception unwinds frames, recording traceback
//! entries, until a handler is found or the base frame is left.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Vm;
use super::frame::{Frame, FrameData, FramePool, Returning};
use super::generator::{GenLink, Input, Resume};
use super::observed::Watch;
use super::special;
use crate::bytecode::opcode::{BinaryOp, CompareOp, Op};
use crate::observe::{ExceptionEvent, Interest, Observers, STALE};
use crate::runtime::exception::{
    ExcKind, TraceEntry, TraceLocals, exception_with_args, new_exception, type_error,
};
use crate::runtime::function::{CallArgs, Function};
use crate::runtime::ops;
use crate::runtime::set::SetTable;
use crate::runtime::value::{DictMap, Key, Object, Slice, Value};

/// What one instruction did to the frame stack.
pub enum Step {
    Continue,
    /// The top frame returned this value.
    Return(Value),
    /// The top frame, a generator's, yielded this value; `true` if it is an async
    /// generator's own `yield` (ASYNC_GEN_WRAP came before).
    Yield(Value, bool),
    /// The top frame, new, is to become a generator object (RETURN_GENERATOR).
    Generator,
    /// The running thread's slice is used up, or it parked in a blocking call.
    Switch,
}

type StepResult = Result<Step, Value>;

// (The small helpers of the run loop are inlined by hand: with the loop compiled three
// times, the compiler stopped inlining some of them on its own.)
#[inline(always)]
/// The top frame, and the depth of the frame stack (what a run of instructions is keyed by).
fn top_frame(frames: &mut [Frame]) -> (&mut FrameData, usize) {
    let depth = frames.len();
    (frames.last_mut().expect("the run loop always has a frame"), depth)
}

#[inline(always)]
fn pop(frame: &mut FrameData) -> Value {
    frame.stack.pop().unwrap_or(Value::None)
}

/// The index of the stack item `n` places down (1 = the top), or an internal error if the
/// stack is not that deep (code from a damaged cache file must never crash the VM).
#[inline(always)]
fn depth_below(stack: &[Value], n: usize) -> Result<usize, Value> {
    stack.len().checked_sub(n).ok_or_else(stack_underflow)
}

/// The index of the item `n` places down (1 = the top).
#[inline(always)]
fn item_below(stack: &[Value], n: usize) -> Result<usize, Value> {
    if n == 0 {
        return Err(stack_underflow());
    }
    depth_below(stack, n)
}

/// The value a returning frame gives its caller: an `__init__` run by instantiation gives
/// the instance, and must have returned None; a `__len__` run by `len()` gives its result,
/// which must be a non-negative int. (The box goes back to `pool`.)
fn returned(returning: Option<Box<Returning>>, value: Value, pool: &mut FramePool) -> Result<Value, Value> {
    let Some(boxed) = returning else { return Ok(value) };
    match pool.unbox_returning(boxed) {
        Returning::Instance(_) if !matches!(value, Value::None) => {
            Err(type_error(format!("__init__() should return None, not '{}'", value.type_name())))
        }
        Returning::Instance(instance) => Ok(instance),
        Returning::Length => super::special::length_of(&value).map(|n| Value::Int(n as i64)),
    }
}

/// `args` with `receiver` put first (calling a bound method).
fn with_receiver(receiver: &Value, args: CallArgs) -> CallArgs {
    let mut positional = Vec::with_capacity(args.positional.len() + 1);
    positional.push(receiver.clone());
    positional.extend(args.positional);
    CallArgs { positional, keywords: args.keywords }
}

/// Whether a comparison runs the conditional jump after it itself (`push_or_jump`): in the
/// plain loop (where the instruction is not armed); observed for runs only, when there is
/// such a jump and it joins the current run (taken into it here).
#[inline(always)]
fn fuses_jump(
    observed: bool,
    armed: bool,
    unarmed: bool,
    frame: &FrameData,
    observers: &mut Observers,
) -> bool {
    let jump_follows = || {
        frame
            .instruction(frame.pc)
            .is_some_and(|next| matches!(next.op, Op::PopJumpIfFalse | Op::PopJumpIfTrue))
    };
    match (observed, armed) {
        (false, _) => unarmed,
        (true, false) => {
            observers.interest.only_runs() && jump_follows() && observers.run.take_following(frame.pc, 1)
        }
        (true, true) => false,
    }
}

/// The bool result of a comparison, fused (when `fuse`: no observer watches each
/// instruction) with a conditional jump right after it when there is one (no bool pushed
/// and popped): the jump is taken or skipped here.
#[inline(always)]
fn push_or_jump(frame: &mut FrameData, result: bool, fuse: bool) {
    if fuse
        && let Some(next) = frame.instruction(frame.pc)
        && matches!(next.op, Op::PopJumpIfFalse | Op::PopJumpIfTrue)
    {
        frame.pc = match result == (next.op == Op::PopJumpIfTrue) {
            true => next.arg as usize,
            false => frame.pc + 1,
        };
        return;
    }
    frame.stack.push(Value::bool(result));
}

/// LOAD_FAST of local `a` (fused with an attribute instruction after it when it can be and
/// `fuse`: no observer watches each instruction).
#[inline(always)]
fn load_fast(frame: &mut FrameData, a: usize, fuse: bool) -> Result<(), Value> {
    if fuse && fused_attribute(frame, a) {
        return Ok(());
    }
    match frame.locals.get(a) {
        Some(Some(v)) => {
            v.push_clone(&mut frame.stack);
            Ok(())
        }
        _ => Err(unbound_local(&frame.code.varnames[a])),
    }
}

/// Whether the `n` instructions after the current one are STORE_FASTs (into locals that
/// exist), so an UNPACK_SEQUENCE of `n` items can store them itself.
#[inline(always)]
fn stores_follow(frame: &FrameData, n: usize) -> bool {
    frame.prepared.instructions.get(frame.pc..frame.pc + n).is_some_and(|next| {
        next.iter().map(Cell::get).all(|i| i.op == Op::StoreFast && (i.arg as usize) < frame.locals.len())
    })
}

/// Whether UNPACK_SEQUENCE of `n` takes `v`'s items where they are: a tuple or list of `n`.
fn unpacks_to(v: &Value, n: usize) -> bool {
    match v.object() {
        Some(Object::Tuple(items)) => items.len() == n,
        Some(Object::List(items)) => items.try_borrow().is_ok_and(|items| items.len() == n),
        _ => false,
    }
}

/// UNPACK_SEQUENCE of `items` (its length checked): onto the stack, last first; or with
/// `into_locals`, the STORE_FASTs after it (see `stores_follow`) done at once, the first
/// item into the first one's local and so on, as the stores would pop them. True when a
/// generator freed by a store waits to be closed: it is closed after the last store rather
/// than at once (no Python code runs between the stores either way).
#[inline(always)]
fn unpack_items(frame: &mut FrameData, items: &[Value], into_locals: bool) -> bool {
    if !into_locals {
        frame.stack.extend(items.iter().rev().cloned());
        return false;
    }
    for item in items {
        // (`stores_follow` found them all STORE_FASTs.)
        let local = frame.prepared.instructions[frame.pc].get().arg as usize;
        frame.locals[local] = Some(item.clone());
        frame.pc += 1;
    }
    crate::runtime::generator::has_unclosed()
}

#[cold]
fn unbound_local(name: &str) -> Value {
    new_exception(
        ExcKind::UnboundLocalError,
        &format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// LOAD_FAST of local `a` fused with a LOAD_ATTR, LOAD_METHOD or STORE_ATTR right after it
/// (`self.x`, `self.f(...)`, `self.x = v`), when the attribute caches answer: the local is
/// used where it is, not pushed and popped. True if done (the second instruction too).
#[inline(always)]
fn fused_attribute(frame: &mut FrameData, a: usize) -> bool {
    let Some(next) = frame.instruction(frame.pc) else { return false };
    let (op, name) = (next.op, next.arg as usize);
    if !matches!(op, Op::LoadAttr | Op::LoadMethod | Op::StoreAttr) {
        return false;
    }
    let Some(Some(object)) = frame.locals.get(a) else { return false };
    if !matches!(object.object(), Some(Object::Instance(_))) {
        return false;
    }
    match op {
        Op::LoadAttr => {
            if !super::attr_cache::push_attr(object, &frame.prepared, name, &mut frame.stack) {
                return false;
            }
        }
        Op::LoadMethod => {
            let Some(function) = super::attr_cache::load_method(object, &frame.prepared, name) else {
                return false;
            };
            let object = object.clone();
            frame.stack.push(function);
            frame.stack.push(object);
        }
        _ => {
            let Some(value) = frame.stack.pop() else { return false };
            if let Err(value) = super::attr_cache::store_attr(object, &frame.prepared, name, value) {
                frame.stack.push(value);
                return false;
            }
        }
    }
    frame.pc += 1;
    true
}

fn stack_underflow() -> Value {
    new_exception(ExcKind::RuntimeError, "internal error: value stack underflow")
}

pub(super) fn name_error(name: &str) -> Value {
    let exc = new_exception(ExcKind::NameError, &format!("name '{name}' is not defined"));
    if let Some(Object::Exception(e)) = exc.object() {
        e.borrow_mut().set_attr("name", Value::str(name));
    }
    exc
}

/// The NameError for `name`, missing from a frame with these local variables, globals and
/// builtins, with the name its report suggests: the closest of the locals, else of the
/// globals, else of the builtins, as CPython looks.
fn name_error_in(name: &str, varnames: &[String], globals: &DictMap, builtins: &DictMap) -> Value {
    let exc = name_error(name);
    let keys = |names: &DictMap| names.keys().map(|k| k.0.to_str()).collect::<Vec<_>>();
    let suggestion = crate::runtime::suggestions::best_match(name, varnames)
        .or_else(|| crate::runtime::suggestions::best_match(name, &keys(globals)))
        .or_else(|| {
            let builtins = crate::runtime::suggestions::builtin_names(builtins.keys().map(|k| k.0.to_str()));
            crate::runtime::suggestions::best_match(name, &builtins)
        });
    if let Some(Object::Exception(e)) = exc.object() {
        e.borrow_mut().suggestion = suggestion;
    }
    exc
}

impl Vm {
    /// Run until the frame stack drops back to `base` frames; returns the last frame's result.
    pub fn execute(&mut self, base: usize) -> Result<Value, Value> {
        self.run(base, None)
    }

    /// `execute`, starting with `raised` raised in the top frame if it is given (an exception
    /// thrown into a generator).
    pub(super) fn run(&mut self, base: usize, raised: Option<Value>) -> Result<Value, Value> {
        self.runs += 1;
        let outer = std::mem::replace(&mut self.run_base, base);
        let result = self.run_loop(base, raised);
        self.run_base = outer;
        self.runs -= 1;
        result
    }

    fn run_loop(&mut self, base: usize, raised: Option<Value>) -> Result<Value, Value> {
        let mut pending = raised;
        loop {
            let step = match pending.take() {
                Some(exc) => Err(exc),
                None => {
                    if crate::runtime::generator::has_unclosed() {
                        self.close_unreachable();
                    }
                    match self.top_frame_watch() {
                        Watch::Not => self.step::<false, false>(),
                        Watch::Armed => self.step::<false, true>(),
                        Watch::Every => self.step::<true, false>(),
                    }
                }
            };
            let delivered = match step {
                Ok(Step::Continue) => Ok(()),
                // The thread's own run loop gives it back to the scheduler; a nested one
                // (a call from Rust code) lets another thread run a slice from here.
                Ok(Step::Switch) if self.runs == self.thread_runs => {
                    self.switched = true;
                    return Ok(Value::None);
                }
                Ok(Step::Switch) => {
                    self.yield_nested();
                    Ok(())
                }
                // A module body finished: the import that ran it goes on (or fails).
                // (An import begun by built-in code, `__import__`, ends with its frame.)
                Ok(Step::Return(_)) if self.module_body_on_top() => match self.module_body_returned() {
                    Ok(()) if self.frames.len() <= base => return Ok(Value::None),
                    other => other,
                },
                Ok(Step::Return(value)) => {
                    if self.observers.interest.calls {
                        self.observe_return(&value);
                    }
                    let returning = self.frames.last_mut().and_then(|f| f.returning.take());
                    let link = self.pop_frame();
                    if let Some(link) = &link {
                        self.generator_left(link);
                    }
                    let value = match returning {
                        None => Ok(value),
                        Some(_) => returned(returning, value, &mut self.pool),
                    };
                    match value {
                        Err(exc) => Err(exc),
                        Ok(value) if self.frames.len() <= base => return Ok(value),
                        Ok(value) => match link {
                            Some(link) => self.deliver_return(link.resume, value),
                            None => {
                                self.frame().stack.push(value);
                                Ok(())
                            }
                        },
                    }
                }
                Ok(Step::Generator) => {
                    let Some(frame) = self.frames.pop() else { continue };
                    let generator = crate::runtime::generator::new_generator(frame);
                    if self.frames.len() <= base {
                        return Ok(generator);
                    }
                    self.frame().stack.push(generator);
                    Ok(())
                }
                Ok(Step::Yield(value, wrapped)) => {
                    let Some(resume) = self.suspend() else { continue };
                    if self.frames.len() <= base {
                        return Ok(value);
                    }
                    self.deliver_yield(resume, value, wrapped)
                }
                Err(exc) => {
                    // A generator freed by the failed instruction (an argument of the call
                    // that raised) is closed before the handler runs, as CPython frees it
                    // before unwinding: its warning names the raising line.
                    if crate::runtime::generator::has_unclosed() {
                        self.close_unreachable();
                    }
                    self.unwind(base, exc)
                }
            };
            if let Err(exc) = delivered {
                if self.frames.len() <= base {
                    return Err(exc);
                }
                pending = Some(exc);
            }
        }
    }

    /// RETURN_GENERATOR in a frame called from a frame below it in the same loop: the frame
    /// becomes a new generator object, which the caller gets.
    #[inline(never)]
    fn generator_made(&mut self) {
        if let Some(frame) = self.frames.pop() {
            let generator = crate::runtime::generator::new_generator(frame);
            self.frame().stack.push(generator);
        }
    }

    /// What `raise X` raises: an exception instance as it is, an exception class called
    /// with no arguments.
    fn instantiate_exception(&mut self, v: Value) -> Result<Value, Value> {
        let not_exception = || type_error("exceptions must derive from BaseException");
        match v.object() {
            Some(Object::Exception(_)) => Ok(v),
            Some(Object::Type(name)) => match ExcKind::from_name(name) {
                Some(kind) => Ok(exception_with_args(kind, Vec::new())),
                None => Err(not_exception()),
            },
            Some(Object::Class(_)) if super::classes::exception_class_kind(&v).is_some() => {
                self.call_exception_class(&v, true)
            }
            _ => Err(not_exception()),
        }
    }

    /// An instance of the exception class `class` made by calling it with no arguments (its
    /// `__new__` may return something else, which is an error here). CPython's message names
    /// the wrong type by its repr after `raise`, by its name after `throw`.
    pub(super) fn call_exception_class(&mut self, class: &Value, for_raise: bool) -> Result<Value, Value> {
        let made = self.call_value(class, CallArgs::default())?;
        if !matches!(made.object(), Some(Object::Exception(_))) {
            let kind = match for_raise {
                true => super::classes::class_of(&made).repr(),
                false => made.type_name().to_string(),
            };
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {kind}",
                class.repr()
            )));
        }
        Ok(made)
    }

    /// Raise `exc` in the top frame: unwind to the innermost handler, leaving frames that have
    /// none. Gives the exception back if it escapes every frame above `base`.
    fn unwind(&mut self, base: usize, mut exc: Value) -> Result<(), Value> {
        if !std::mem::take(&mut self.reraising) {
            if !std::mem::take(&mut self.thrown) {
                self.chain_context(&exc);
            }
            self.record_traceback(&exc);
            if !self.observers.is_empty() {
                self.observe_exception(&exc, ExceptionEvent::Raised);
            }
        }
        loop {
            if self.jump_to_handler(&exc) {
                if !self.observers.is_empty() {
                    self.observe_exception(&exc, ExceptionEvent::Caught);
                }
                return Ok(());
            }
            if !self.observers.is_empty() {
                self.observe_exception(&exc, ExceptionEvent::Unwound);
            }
            self.abandon_module_body();
            let link = self.pop_frame();
            if let Some(link) = &link {
                self.generator_left(link);
                exc = super::generator::escaping(exc, &link.generator);
            }
            if self.frames.len() <= base {
                return Err(exc);
            }
            if let Some(link) = link
                && super::generator::swallows(&link.resume, &exc)
            {
                return self.deliver_return(link.resume, Value::None);
            }
            self.record_traceback(&exc);
        }
    }

    /// A new exception raised while another is handled gets it as `__context__`.
    fn chain_context(&mut self, exc: &Value) {
        if matches!(self.handled, Value::None) || ops::is_same(&self.handled, exc) {
            return;
        }
        if let Some(Object::Exception(e)) = exc.object() {
            let mut e = e.borrow_mut();
            if e.context.is_none() {
                e.context = Some(self.handled.clone());
            }
        }
    }

    /// If the top frame protects its current instruction, set up its handler and say so.
    fn jump_to_handler(&mut self, exc: &Value) -> bool {
        let Some(frame) = self.frames.last_mut() else { return false };
        let index = frame.current_index() as u32;
        let Some(entry) =
            frame.code.exception_table.iter().find(|e| e.start <= index && index < e.end).copied()
        else {
            return false;
        };
        frame.stack.truncate(entry.depth as usize);
        if entry.push_lasti {
            frame.stack.push(Value::Int(i64::from(index)));
        }
        frame.stack.push(exc.clone());
        frame.pc = entry.target as usize;
        true
    }

    /// Leave the top frame, keeping it for the next call. Gives back its link to its
    /// generator, if it is a generator's frame.
    pub(super) fn pop_frame(&mut self) -> Option<Box<GenLink>> {
        // (The frame is dropped in place, its vectors taken out of it: moved out whole, its
        // fields were copied with loads straddling the stores that moved it, which stalls
        // the processor's store-to-load forwarding.)
        let mut frame = self.frames.pop()?;
        let link = frame.generator.take();
        self.pool.recycle(frame);
        link
    }

    /// Add the top frame's current position to the exception's traceback.
    /// A frame whose local `__tracebackhide__` is true (pytest's convention) is left out:
    /// the asyncio module uses it so that its tasks' tracebacks look like CPython's, whose
    /// task machinery is written in C.
    fn record_traceback(&mut self, exc: &Value) {
        let Some(frame) = self.frames.last() else { return };
        let Some(Object::Exception(e)) = exc.object() else { return };
        let hidden = frame.code.varnames.iter().position(|n| n == "__tracebackhide__");
        if hidden.and_then(|i| frame.locals.get(i)).is_some_and(|v| v.as_ref().is_some_and(Value::truthy)) {
            return;
        }
        let index = frame.current_index();
        // The locals are kept for the traceback's `tb_frame`, except the exception itself
        // (`except E as e: raise`): it would keep itself alive, having no cycle collector.
        let locals = match &frame.names {
            Some(names) => TraceLocals::Namespace(names.clone()),
            None => TraceLocals::Fast(
                (frame.locals.iter())
                    .map(|v| v.as_ref().filter(|v| !crate::runtime::ops::is_same(v, exc)).cloned())
                    .collect(),
            ),
        };
        e.borrow_mut().traceback.push(TraceEntry {
            code: frame.code.clone(),
            index,
            span: frame.code.spans.get(index).copied().unwrap_or_default(),
            globals: frame.globals.clone(),
            locals,
        });
    }

    pub(super) fn frame(&mut self) -> &mut FrameData {
        self.frames.last_mut().expect("the run loop always has a frame")
    }

    /// Run instructions of the top frame until a frame is pushed or popped or an exception is
    /// raised; the caller (`execute`) handles those and calls again.
    /// Compiled three times: plain; with `OBSERVED` the attached observers see each
    /// instruction first.
    ///
    /// With `ARMED` it runs the one instruction the plain loop found marked BREAKPOINT (the
    /// code holds a breakpoint there; see `Prepared::instructions`): the code's own
    /// instruction, after the events due before it, fused with no instruction that has one.
    /// It then hands back to the run loop, as at a change of frame and when the observers'
    /// armings change (`STALE`), so `stops` stays this frame's.
    fn step<const OBSERVED: bool, const ARMED: bool>(&mut self) -> StepResult {
        let held = if ARMED { self.top_frame_stops() } else { None };
        let stops: &[Cell<u8>] = held.as_deref().unwrap_or(&[]);
        // (A recursive call or its return stays in this loop: the frame runs the same code.)
        let armed_code =
            if ARMED { self.frames.last().map_or(0, |f| Rc::as_ptr(&f.code) as usize) } else { 0 };
        let unarmed = |pc: usize| !ARMED || stops.get(pc).is_none_or(|e| e.get() == 0);
        // Frame changes go straight on in this loop when nothing is watched, or only runs of
        // instructions (asked at each change: an observer may change what it wants).
        let watched = |interest: &Interest| ARMED || (OBSERVED && !interest.only_runs());
        let own = if OBSERVED { Watch::Every } else { Watch::Not };
        // The frame may have changed since the last instruction observed: the first one here
        // goes to the observers even if it seems to continue the current run.
        let mut first = true;
        // The top frame, kept from one instruction to the next: an arm that only touches the
        // frame ends with `continue` and the next instruction uses it as it is; an arm that
        // reaches `self` (which may push or pop frames) falls through to the end of the loop,
        // which fetches the top frame again. (Borrowing only the frame stack keeps
        // `self.builtins` and the other fields reachable.)
        let (mut frame, mut depth) = top_frame(&mut self.frames);
        // ARMED runs one instruction at a time: the one a BREAKPOINT marks in the plain loop.
        let mut ran_one = false;
        loop {
            if ARMED && std::mem::replace(&mut ran_one, true) {
                return Ok(Step::Continue);
            }
            if self.budget == 0 {
                return Ok(Step::Switch);
            }
            self.budget -= 1;
            // (An instruction that continues the run keeps the frame at hand, as unobserved.)
            if OBSERVED
                && (std::mem::take(&mut first)
                    || !(self.observers.interest.runs && self.observers.run.extend(depth, frame.pc)))
            {
                if let Err(stop) = self.observe_instruction() {
                    // An observer's Stop is raised by the instruction about to run. (Charged to
                    // the one before, it could be caught again and again: at the first
                    // instruction of a handler, the one before is in the handler's own
                    // protected range.)
                    self.frame().pc += 1;
                    return Err(stop);
                }
                (frame, depth) = top_frame(&mut self.frames);
            }
            if ARMED && !unarmed(frame.pc) {
                // The armings changed: the run loop looks again, before this instruction.
                if stops[frame.pc].get() & STALE != 0 {
                    self.budget += 1;
                    return Ok(Step::Continue);
                }
                if let Err(stop) = self.observe_instruction() {
                    self.frame().pc += 1;
                    return Err(stop);
                }
                (frame, depth) = top_frame(&mut self.frames);
            }
            // The observed and armed loops run the code's own instructions, never a debugger's
            // BREAKPOINT (they deliver the events due themselves).
            let next = match OBSERVED || ARMED {
                true => frame.code.instructions.get(frame.pc).copied(),
                false => frame.instruction(frame.pc),
            };
            let Some(instruction) = next else {
                return Ok(Step::Return(Value::None));
            };
            frame.pc += 1;
            let arg = instruction.arg;
            let a = arg as usize;
            match instruction.op {
                // A debugger's mark in the plain loop (see `Prepared::instructions`): the
                // armed loop runs the instruction it stands for, after its events.
                Op::Breakpoint
                    if !OBSERVED
                        && !ARMED
                        && frame
                            .code
                            .instructions
                            .get(frame.pc - 1)
                            .is_some_and(|i| i.op != Op::Breakpoint) =>
                {
                    frame.pc -= 1;
                    self.budget += 1;
                    self.observers.at_breakpoint = true;
                    return Ok(Step::Continue);
                }
                Op::Nop | Op::Breakpoint => {}
                // Where a statement may free the last reference to a value, a freed generator
                // is closed (or an unawaited coroutine reported) before the next instruction,
                // as CPython does it on the spot: the run loop sees to it on `Continue`.
                Op::PopTop => {
                    pop(frame);
                    if crate::runtime::generator::has_unclosed() {
                        return Ok(Step::Continue);
                    }
                    continue;
                }
                Op::Copy => {
                    let v = frame.stack[item_below(&frame.stack, a)?].clone();
                    frame.stack.push(v);
                    continue;
                }
                Op::Swap => {
                    let other = item_below(&frame.stack, a)?;
                    let top = frame.stack.len() - 1;
                    frame.stack.swap(top, other);
                    continue;
                }
                Op::LoadConst => {
                    frame.prepared.consts[a].push_clone(&mut frame.stack);
                    continue;
                }
                Op::LoadFast => {
                    // (Observed for runs only, the attribute instruction after it is fused too
                    // when it can join the run; it is added once done.)
                    let fuse = match (OBSERVED, ARMED) {
                        (false, _) => unarmed(frame.pc),
                        (true, false) => {
                            self.observers.interest.only_runs()
                                && self.observers.run.can_take_following(frame.pc, 1)
                        }
                        (true, true) => false,
                    };
                    let at = frame.pc;
                    load_fast(frame, a, fuse)?;
                    if OBSERVED && frame.pc != at {
                        self.observers.run.take_following(at, 1);
                    }
                    // A second LOAD_FAST right after (`a + b`, `f(x, y)`) runs here, without
                    // a dispatch of its own.
                    // (Observed for runs only, when the second joins the run.)
                    if unarmed(frame.pc)
                        && let Some(next) = frame.instruction(frame.pc)
                        && next.op == Op::LoadFast
                        && (!OBSERVED
                            || self.observers.interest.only_runs()
                                && self.observers.run.take_following(frame.pc, 1))
                    {
                        frame.pc += 1;
                        load_fast(frame, next.arg as usize, !OBSERVED && unarmed(frame.pc))?;
                    }
                    continue;
                }
                Op::StoreFast => {
                    let v = pop(frame);
                    frame.locals[a] = Some(v);
                    if crate::runtime::generator::has_unclosed() {
                        return Ok(Step::Continue);
                    }
                    continue;
                }
                Op::DeleteFast => {
                    if frame.locals[a].take().is_none() {
                        return Err(unbound_local(&frame.code.varnames[a]));
                    }
                    if crate::runtime::generator::has_unclosed() {
                        return Ok(Step::Continue);
                    }
                    continue;
                }
                // The value is cloned straight onto the stack (see `Value::push_clone`).
                Op::LoadGlobal => {
                    let (globals, builtins) = (frame.globals.borrow(), self.builtins.borrow());
                    match frame.prepared.find(a, &globals).or_else(|| frame.prepared.find(a, &builtins)) {
                        Some(v) => v.push_clone(&mut frame.stack),
                        None => {
                            let name = &frame.code.names[a];
                            return Err(name_error_in(name, &frame.code.varnames, &globals, &builtins));
                        }
                    }
                    continue;
                }
                Op::StoreGlobal => {
                    let v = pop(frame);
                    let key = frame.prepared.names[a].clone();
                    frame.globals.borrow_mut().insert(key, v);
                    if crate::runtime::generator::has_unclosed() {
                        return Ok(Step::Continue);
                    }
                }
                Op::DeleteGlobal => {
                    let name = frame.code.names[a].clone();
                    if frame.globals.borrow_mut().shift_remove(&Key(Value::str(name.as_str()))).is_none() {
                        return Err(name_error(&name));
                    }
                }
                Op::LoadName
                    if !self.class_namespaces.is_empty() && names_hooked(&self.class_namespaces, frame) =>
                {
                    self.load_name_from_mapping(a)?;
                }
                Op::StoreName | Op::DeleteName
                    if !self.class_namespaces.is_empty() && names_hooked(&self.class_namespaces, frame) =>
                {
                    self.store_name_in_mapping(a, instruction.op == Op::StoreName)?;
                }
                Op::LoadName => {
                    let prepared = &frame.prepared;
                    let local = frame.names.as_ref().and_then(|n| prepared.lookup(a, &n.borrow()));
                    let found = local.or_else(|| prepared.lookup(a, &frame.globals.borrow()));
                    let v = match found.or_else(|| prepared.lookup(a, &self.builtins.borrow())) {
                        Some(v) => v,
                        None => {
                            let (globals, builtins) = (frame.globals.borrow(), self.builtins.borrow());
                            let name = &frame.code.names[a];
                            return Err(name_error_in(name, &frame.code.varnames, &globals, &builtins));
                        }
                    };
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(v);
                    continue;
                }
                Op::StoreName => {
                    let v = pop(frame);
                    let key = frame.prepared.names[a].clone();
                    let names = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
                    names.borrow_mut().insert(key, v);
                    if crate::runtime::generator::has_unclosed() {
                        return Ok(Step::Continue);
                    }
                }
                Op::DeleteName => {
                    let name = frame.code.names[a].clone();
                    let names = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
                    if names.borrow_mut().shift_remove(&Key(Value::str(name.as_str()))).is_none() {
                        return Err(name_error(&name));
                    }
                    if crate::runtime::generator::has_unclosed() {
                        return Ok(Step::Continue);
                    }
                }
                Op::LoadDeref => {
                    let Some(Object::Cell(cell)) = frame.cells.get(a).and_then(Value::object) else {
                        return Err(bad_cell());
                    };
                    let Some(v) = cell.borrow().clone() else {
                        let name = frame.code.deref_name(a).unwrap_or("?").to_string();
                        return Err(free_variable_error(&frame.code, a, &name));
                    };
                    frame.stack.push(v);
                    continue;
                }
                Op::StoreDeref => {
                    let v = pop(frame);
                    if let Some(Object::Cell(cell)) = frame.cells.get(a).and_then(Value::object) {
                        *cell.borrow_mut() = Some(v);
                    }
                    continue;
                }
                Op::DeleteDeref => {
                    if let Some(Object::Cell(cell)) = frame.cells.get(a).and_then(Value::object) {
                        cell.borrow_mut().take();
                    }
                }
                Op::LoadClosure => {
                    let cell = frame.cells.get(a).cloned().ok_or_else(bad_cell)?;
                    frame.stack.push(cell);
                    continue;
                }
                Op::LoadAttr => {
                    let object = pop(frame);
                    if super::attr_cache::push_attr(&object, &frame.prepared, a, &mut frame.stack) {
                        continue;
                    }
                    if let Some(v) = super::attr_cache::class_attribute(&object, &frame.prepared, a) {
                        frame.stack.push(v);
                        continue;
                    }
                    // A property's Python getter runs as a frame of this loop (not a nested
                    // one): its return value lands on this stack as the attribute.
                    if let Some(getter) = super::attr_cache::property_getter(&object, &frame.prepared, a) {
                        let step = self.call_getter(getter, object)?;
                        if !self.goes_on(watched(&self.observers.interest), own, armed_code, &step) {
                            return Ok(step);
                        }
                        (frame, depth) = top_frame(&mut self.frames);
                        continue;
                    }
                    let name = frame.code.names[a].clone();
                    let v = self.get_attr(&object, &name)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(v);
                    continue;
                }
                Op::StoreAttr => {
                    let object = pop(frame);
                    let value = pop(frame);
                    let Err(value) = super::attr_cache::store_attr(&object, &frame.prepared, a, value) else {
                        continue;
                    };
                    let key = frame.prepared.names[a].clone();
                    self.set_attr(&object, key, Some(value))?;
                }
                Op::DeleteAttr => {
                    let object = pop(frame);
                    let key = frame.prepared.names[a].clone();
                    self.set_attr(&object, key, None)?;
                }
                Op::BinaryOp => {
                    let right = pop(frame);
                    let left = pop(frame);
                    let (op, inplace) = BinaryOp::from_arg(arg).ok_or_else(|| type_error("bad operator"))?;
                    if let Some(result) = ops::fast_binary(op, &left, &right) {
                        frame.stack.push(result);
                        continue;
                    }
                    let formats = op == BinaryOp::Remainder
                        && (left.as_str().is_some()
                            || matches!(left.object(), Some(Object::Bytes(_) | Object::ByteArray(_))));
                    if !formats && (special::is_instance(&left) || special::is_instance(&right)) {
                        let result = self.binary_special(op, inplace, &left, &right)?;
                        (frame, depth) = top_frame(&mut self.frames);
                        frame.stack.push(result);
                        continue;
                    }
                    let result = match inplace {
                        true => self.inplace_op(op, &left, &right)?,
                        false => None,
                    };
                    let result = match (result, left.as_str()) {
                        (Some(r), _) => r,
                        (None, Some(template)) if op == BinaryOp::Remainder => {
                            crate::builtins::percent_format(self, template, &right)?
                        }
                        (None, None)
                            if op == BinaryOp::Remainder
                                && matches!(left.object(), Some(Object::Bytes(_) | Object::ByteArray(_))) =>
                        {
                            crate::builtins::percent_format_bytes(&left, &right)?
                        }
                        (None, _) => {
                            let result = match inplace {
                                true => ops::inplace_binary_op(op, &left, &right),
                                false => ops::binary_op(op, &left, &right),
                            };
                            match result {
                                // `int | None`: a union of types.
                                Err(e) if op == BinaryOp::Or => self.union_of(&left, &right)?.ok_or(e)?,
                                other => other?,
                            }
                        }
                    };
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(result);
                    continue;
                }
                Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert => {
                    let v = pop(frame);
                    let result = match (special::is_instance(&v), instruction.op) {
                        (true, Op::UnaryNegative) => self.unary_special(&v, "__neg__", "-")?,
                        (true, Op::UnaryPositive) => self.unary_special(&v, "__pos__", "+")?,
                        (true, _) => self.unary_special(&v, "__invert__", "~")?,
                        (false, _) => ops::unary(instruction.op, &v)?,
                    };
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(result);
                    continue;
                }
                Op::UnaryNot => {
                    let v = pop(frame);
                    let truthy = self.truthy(&v)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(Value::bool(!truthy));
                    continue;
                }
                Op::CompareOp => {
                    let right = pop(frame);
                    let left = pop(frame);
                    let op = CompareOp::from_arg(arg).ok_or_else(|| type_error("bad comparison"))?;
                    if let Some(result) = ops::fast_compare(op, &left, &right) {
                        let fuse = fuses_jump(OBSERVED, ARMED, unarmed(frame.pc), frame, &mut self.observers);
                        push_or_jump(frame, result, fuse);
                        continue;
                    }
                    let result = ops::raising_too_deep(|| self.compare_any(op, &left, &right))?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(result);
                    continue;
                }
                Op::IsOp => {
                    let right = pop(frame);
                    let left = pop(frame);
                    let fuse = fuses_jump(OBSERVED, ARMED, unarmed(frame.pc), frame, &mut self.observers);
                    push_or_jump(frame, ops::is_same(&left, &right) != (arg == 1), fuse);
                    continue;
                }
                Op::ContainsOp => {
                    let container = pop(frame);
                    let item = pop(frame);
                    let found = ops::raising_too_deep(|| match container.object() {
                        Some(Object::Iterator(_) | Object::Generator(_)) => {
                            self.iterator_contains(&container, &item)
                        }
                        _ => self.contains(&container, &item),
                    })?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(Value::bool(found != (arg == 1)));
                    continue;
                }
                Op::BinarySubscr => {
                    let index = pop(frame);
                    let container = pop(frame);
                    if let Some(v) = ops::index_sequence(&container, &index) {
                        frame.stack.push(v);
                        continue;
                    }
                    let v = self.get_item(&container, &index)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(v);
                    continue;
                }
                Op::StoreSubscr => {
                    let index = pop(frame);
                    let container = pop(frame);
                    let value = pop(frame);
                    let value = match ops::store_in_list(&container, &index, value) {
                        Ok(()) => continue,
                        Err(value) => value,
                    };
                    self.set_item(&container, &index, Some(value))?;
                }
                Op::DeleteSubscr => {
                    let index = pop(frame);
                    let container = pop(frame);
                    self.set_item(&container, &index, None)?;
                }
                // `items[i:j]` and `items[i:j] = other` of lists and tuples: no slice object.
                Op::BuildSlice
                    if !OBSERVED
                        && unarmed(frame.pc)
                        && let Some(next) = frame.instruction(frame.pc)
                        && matches!(next.op, Op::BinarySubscr | Op::StoreSubscr)
                        && super::slicing::fused(&mut frame.stack, a, next.op) =>
                {
                    frame.pc += 1;
                    continue;
                }
                Op::BuildSlice => {
                    let step = if a == 3 { pop(frame) } else { Value::None };
                    let stop = pop(frame);
                    let start = pop(frame);
                    frame.stack.push(Value::obj(Object::Slice(Box::new(Slice { start, stop, step }))));
                    continue;
                }
                // `x, y = y, x`: a tuple built only to be unpacked at once is never made;
                // its items are reversed where they are (unobserved).
                Op::BuildTuple
                    if !OBSERVED
                        && unarmed(frame.pc)
                        && let Some(next) = frame.instruction(frame.pc)
                        && next.op == Op::UnpackSequence
                        && next.arg == arg =>
                {
                    let from = depth_below(&frame.stack, a)?;
                    frame.stack[from..].reverse();
                    frame.pc += 1;
                    continue;
                }
                Op::BuildTuple if a == 2 && frame.stack.len() >= 2 => {
                    let second = pop(frame);
                    let first = pop(frame);
                    frame.stack.push(Value::pair(first, second));
                    continue;
                }
                Op::BuildTuple | Op::BuildList => {
                    let items = frame.stack.split_off(depth_below(&frame.stack, a)?);
                    let v = if instruction.op == Op::BuildTuple {
                        Value::tuple(items)
                    } else {
                        Value::list(items)
                    };
                    frame.stack.push(v);
                    continue;
                }
                Op::BuildMap => {
                    let items = frame.stack.split_off(depth_below(&frame.stack, 2 * a)?);
                    let dict = Value::obj(Object::Dict(std::rc::Rc::new(std::cell::RefCell::new(
                        DictMap::default(),
                    ))));
                    for pair in items.chunks(2) {
                        let key = self.canonical_key(&dict, pair[0].clone())?;
                        ops::set_item(&dict, &key, pair[1].clone())?;
                    }
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(dict);
                    continue;
                }
                Op::BuildString => {
                    let items = frame.stack.split_off(depth_below(&frame.stack, a)?);
                    let text: String = items.iter().map(Value::to_str).collect();
                    frame.stack.push(Value::str(text));
                }
                Op::ListAppend => {
                    let v = pop(frame);
                    let target = &frame.stack[item_below(&frame.stack, a)?];
                    if let Some(Object::List(l)) = target.object() {
                        l.borrow_mut().push(v);
                    }
                    continue;
                }
                Op::MapAdd => {
                    let value = pop(frame);
                    let key = pop(frame);
                    let target = frame.stack[item_below(&frame.stack, a)?].clone();
                    let key = self.canonical_key(&target, key)?;
                    ops::hash_value(&key)?;
                    if let Some(Object::Dict(d)) = target.object() {
                        d.borrow_mut().insert(Key(key), value);
                    }
                }
                Op::ListExtend => {
                    let iterable = pop(frame);
                    if !special::is_iterable(&iterable) {
                        return Err(type_error(format!(
                            "Value after * must be an iterable, not {}",
                            iterable.type_name()
                        )));
                    }
                    let items = self.collect(&iterable)?;
                    let frame = self.frame();
                    let target = &frame.stack[item_below(&frame.stack, a)?];
                    if let Some(Object::List(l)) = target.object() {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::DictUpdate => {
                    let mapping = pop(frame);
                    // A mapping other than a dict (a dict subclass too) through `keys()`.
                    let mapping = self.keyword_mapping(mapping)?;
                    let Some(Object::Dict(source)) = mapping.object() else {
                        return Err(type_error(format!("'{}' object is not a mapping", mapping.type_name())));
                    };
                    let frame = self.frame();
                    let target = &frame.stack[item_below(&frame.stack, a)?];
                    if let Some(Object::Dict(d)) = target.object() {
                        let pairs: Vec<(Key, Value)> =
                            source.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                        d.borrow_mut().extend(pairs);
                    }
                }
                Op::DictMerge => {
                    let mapping = pop(frame);
                    let at = item_below(&frame.stack, a)?;
                    let callable = at.checked_sub(2).map(|i| frame.stack[i].clone()).unwrap_or(Value::None);
                    let target = frame.stack[at].clone();
                    let mapping = self.keyword_mapping(mapping)?;
                    super::call::merge_keywords(&callable, &target, &mapping)?;
                }
                Op::ListToTuple => {
                    let v = pop(frame);
                    let items = match v.object() {
                        Some(Object::List(l)) => l.borrow().clone(),
                        _ => Vec::new(),
                    };
                    frame.stack.push(Value::tuple(items));
                }
                Op::UnpackSequence => {
                    let v = pop(frame);
                    // A tuple or list of the right length: its items, last first, straight
                    // onto the stack; or straight into the locals when STORE_FASTs take them
                    // all (`a, b = pair`, `for k, v in items`), unobserved or with only runs
                    // watched (the stores then join the run, as one by one they would).
                    // (Observed, the stores join the run only if they are sure to be done
                    // here: the sequence is checked first.)
                    let into_locals = match (OBSERVED, ARMED) {
                        (false, false) => stores_follow(frame, a),
                        (true, false) => {
                            self.observers.interest.only_runs()
                                && unpacks_to(&v, a)
                                && stores_follow(frame, a)
                                && self.observers.run.take_following(frame.pc, a)
                        }
                        _ => false,
                    };
                    match v.object() {
                        Some(Object::Tuple(items)) if items.len() == a => {
                            if unpack_items(frame, items, into_locals) {
                                return Ok(Step::Continue);
                            }
                            continue;
                        }
                        Some(Object::List(items))
                            if let Ok(items) = items.try_borrow()
                                && items.len() == a =>
                        {
                            if unpack_items(frame, &items, into_locals) {
                                return Ok(Step::Continue);
                            }
                            continue;
                        }
                        _ => {}
                    }
                    let items = self.collect(&v).map_err(|e| unpack_error(e, &v))?;
                    if items.len() != a {
                        let msg = if items.len() > a {
                            format!("too many values to unpack (expected {a})")
                        } else {
                            format!("not enough values to unpack (expected {a}, got {})", items.len())
                        };
                        return Err(new_exception(ExcKind::ValueError, &msg));
                    }
                    self.frame().stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx => {
                    let v = pop(frame);
                    let items = self.collect(&v).map_err(|e| unpack_error(e, &v))?;
                    let (before, after) = (a & 0xff, a >> 8);
                    if items.len() < before + after {
                        let msg = format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        );
                        return Err(new_exception(ExcKind::ValueError, &msg));
                    }
                    let middle = items[before..items.len() - after].to_vec();
                    let frame = self.frame();
                    for item in items[items.len() - after..].iter().rev() {
                        frame.stack.push(item.clone());
                    }
                    frame.stack.push(Value::list(middle));
                    for item in items[..before].iter().rev() {
                        frame.stack.push(item.clone());
                    }
                }
                Op::Jump => {
                    // A backward jump closes a loop: the place to notice Ctrl-C.
                    if a < frame.pc && self.host.flagged() {
                        if let Some(interrupt) = self.take_flags() {
                            return Err(interrupt);
                        }
                        self.frame().pc = a;
                        // An observer may want this frame observed now (a debugger's pause):
                        // the run loop decides again.
                        return Ok(Step::Continue);
                    }
                    frame.pc = a;
                    continue;
                }
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    let v = pop(frame);
                    if !special::truth_needs_vm(&v) {
                        if v.truthy() == (instruction.op == Op::PopJumpIfTrue) {
                            frame.pc = a;
                        }
                        continue;
                    }
                    if self.truthy(&v)? == (instruction.op == Op::PopJumpIfTrue) {
                        self.frame().pc = a;
                    }
                }
                Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                    let top = frame.stack.last().cloned().unwrap_or(Value::None);
                    let truthy = self.truthy(&top)?;
                    let frame = self.frame();
                    if truthy == (instruction.op == Op::JumpIfTrueOrPop) {
                        frame.pc = a;
                    } else {
                        pop(frame);
                    }
                }
                Op::GetIter => {
                    let v = pop(frame);
                    if let Some(it) = self.spare_iterator.reuse(&v) {
                        frame.stack.push(it);
                        continue;
                    }
                    let it = self.iterate(&v)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(it);
                    continue;
                }
                Op::ForIter => {
                    if let Some(step) = frame.stack.last().and_then(ops::next_in_sequence) {
                        match step {
                            // Fused with a STORE_FAST of the item right after (unobserved, or
                            // observed for runs only when the store joins the run).
                            Some(item)
                                if unarmed(frame.pc)
                                    && let Some(next) = frame.instruction(frame.pc)
                                    && next.op == Op::StoreFast
                                    && let Some(local) = frame.locals.get_mut(next.arg as usize)
                                    && (!OBSERVED
                                        || self.observers.interest.only_runs()
                                            && self.observers.run.take_following(frame.pc, 1)) =>
                            {
                                *local = Some(item);
                                frame.pc += 1;
                            }
                            Some(item) => frame.stack.push(item),
                            None => {
                                self.spare_iterator.keep(pop(frame));
                                frame.pc = a;
                            }
                        }
                        continue;
                    }
                    let it = frame.stack.last().cloned().unwrap_or(Value::None);
                    if let Some(Object::Generator(_)) = it.object() {
                        self.resume_sent(&it, Value::None, Resume::ForIter)?;
                        // Unobserved, the loop goes straight on in the generator's frame.
                        if !watched(&self.observers.interest) {
                            (frame, depth) = top_frame(&mut self.frames);
                            continue;
                        }
                        return Ok(Step::Continue);
                    }
                    match self.next_item(&it)? {
                        Some(item) => self.frame().stack.push(item),
                        None => {
                            let frame = self.frame();
                            pop(frame);
                            frame.pc = a;
                        }
                    }
                }
                Op::Call => {
                    let step = self.call_instruction(a)?;
                    if !self.goes_on(watched(&self.observers.interest), own, armed_code, &step) {
                        return Ok(step);
                    }
                }
                Op::LoadMethod => {
                    let object = pop(frame);
                    // A Python method of an instance: the function, then the instance as its
                    // first argument (no bound-method object), as CPython's LOAD_METHOD.
                    if let Some(function) = super::attr_cache::load_method(&object, &frame.prepared, a) {
                        frame.stack.push(function);
                        frame.stack.push(object);
                        continue;
                    }
                    // `Class.name(...)`: what the class gives, called as it is.
                    if let Some(v) = super::attr_cache::class_attribute(&object, &frame.prepared, a) {
                        frame.stack.push(v);
                        frame.stack.push(Value::None);
                        continue;
                    }
                    let name = &frame.code.names[a];
                    // (A generator's `send`, `throw`, `close` and `__next__` too: CALL_METHOD
                    // resumes it, with no bound-method object made.)
                    if crate::builtins::methods::is_plain_method_cached(&frame.prepared, a, &object, name)
                        || crate::runtime::generator::kind_of(&object)
                            .is_some_and(|kind| crate::runtime::generator::resumes(kind, name))
                    {
                        let name = frame.prepared.names[a].0.clone();
                        frame.stack.push(object);
                        frame.stack.push(name);
                    } else {
                        let name = name.clone();
                        let v = self.get_attr(&object, &name)?;
                        let frame = self.frame();
                        frame.stack.push(v);
                        frame.stack.push(Value::None);
                    }
                }
                Op::CallMethod => {
                    let at = item_below(&frame.stack, a + 1)?;
                    if matches!(frame.stack[at], Value::None) {
                        // Not a built-in method: an ordinary call of what lies below.
                        frame.stack.remove(at);
                        return self.call_instruction(a);
                    }
                    if matches!(frame.stack[at].object(), Some(Object::Instance(_))) {
                        // A Python method: the function called with the instance and the arguments.
                        let step = self.call_instruction(a + 1)?;
                        if !self.goes_on(watched(&self.observers.interest), own, armed_code, &step) {
                            return Ok(step);
                        }
                        (frame, depth) = top_frame(&mut self.frames);
                        continue;
                    }
                    // `list.append(x)`, the commonest method call, without an argument list.
                    if a == 1
                        && at > 0
                        && frame.stack[at].as_str() == Some("append")
                        && matches!(frame.stack[at - 1].object(), Some(Object::List(_)))
                    {
                        let item = pop(frame);
                        match ops::append_to_list(&frame.stack[at - 1], item) {
                            Ok(()) => {
                                frame.stack.truncate(at - 1);
                                frame.stack.push(Value::None);
                                continue;
                            }
                            Err(item) => frame.stack.push(item),
                        }
                    }
                    // `g.send(v)` and `g.__next__()` (LOAD_METHOD checked the name against the
                    // generator's kind): resumed without an argument list.
                    if a <= 1
                        && at > 0
                        && crate::runtime::generator::as_generator(&frame.stack[at - 1]).is_some()
                        && frame.stack[at].as_str() == Some(if a == 1 { "send" } else { "__next__" })
                    {
                        let input = if a == 1 { pop(frame) } else { Value::None };
                        frame.stack.pop();
                        let receiver = pop(frame);
                        if crate::runtime::generator::has_unclosed() {
                            self.close_unreachable();
                        }
                        self.resume_sent(&receiver, input, Resume::Call { default: None })?;
                        // Unobserved, the loop goes straight on in the generator's frame.
                        if !watched(&self.observers.interest) {
                            (frame, depth) = top_frame(&mut self.frames);
                            continue;
                        }
                        return Ok(Step::Continue);
                    }
                    // The commonest methods of lists, dicts and strs (see `builtin_methods`).
                    if at > 0 {
                        let done = self.call_builtin_method(at);
                        (frame, depth) = top_frame(&mut self.frames);
                        if let Some(done) = done {
                            done?;
                            continue;
                        }
                    }
                    let args = frame.stack.split_off(at + 1);
                    if crate::runtime::generator::has_unclosed() {
                        self.close_unreachable();
                    }
                    frame = top_frame(&mut self.frames).0;
                    let name = pop(frame);
                    let receiver = pop(frame);
                    let name = name.as_str().unwrap_or_default();
                    let args = CallArgs { positional: args, keywords: Vec::new() };
                    if crate::runtime::generator::as_generator(&receiver).is_some() {
                        let (input, resume) = super::generator::method_call(name, args)?;
                        self.resume(&receiver, input, resume)?;
                        return Ok(Step::Continue);
                    }
                    self.parkable = self.runs == self.thread_runs;
                    let result = ops::raising_too_deep(|| {
                        crate::builtins::methods::call_method(self, &receiver, name, args)
                    });
                    self.parkable = false;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(result?);
                    continue;
                }
                Op::CallKw => {
                    if self.call_keywords_directly(a) {
                        return Ok(Step::Continue);
                    }
                    frame = top_frame(&mut self.frames).0;
                    let names = pop(frame);
                    let mut values = frame.stack.split_off(depth_below(&frame.stack, a)?);
                    let callable = pop(frame);
                    let names: Vec<String> = match names.object() {
                        Some(Object::Tuple(t)) => t.iter().map(Value::to_str).collect(),
                        _ => Vec::new(),
                    };
                    let keyword_values = values.split_off(values.len() - names.len());
                    let keywords = names.into_iter().zip(keyword_values).collect();
                    return self.call(callable, CallArgs { positional: values, keywords });
                }
                Op::CallFunctionEx => {
                    let kwargs = if a & 1 == 1 { Some(pop(frame)) } else { None };
                    let args = pop(frame);
                    let callable = pop(frame);
                    let positional = match args.object() {
                        Some(Object::Tuple(items)) => items.to_vec(),
                        _ if !special::is_iterable(&args) => {
                            return Err(type_error(format!(
                                "{} argument after * must be an iterable, not {}",
                                super::call::function_str(&callable),
                                args.type_name()
                            )));
                        }
                        _ => self.collect(&args)?,
                    };
                    let mut keywords = Vec::new();
                    if let Some(Some(Object::Dict(d))) = kwargs.as_ref().map(Value::object) {
                        for (k, v) in d.borrow().iter() {
                            let name = k.0.as_str().ok_or_else(|| type_error("keywords must be strings"))?;
                            keywords.push((name.to_string(), v.clone()));
                        }
                    }
                    return self.call(callable, CallArgs { positional, keywords });
                }
                Op::MakeFunction => {
                    let code = pop(frame);
                    let closure = if a & 8 != 0 { pop(frame) } else { Value::None };
                    let annotations = if a & 4 != 0 { Some(pop(frame)) } else { None };
                    let kw_defaults = if a & 2 != 0 { pop(frame) } else { Value::None };
                    let defaults = if a & 1 != 0 { pop(frame) } else { Value::None };
                    let Some(Object::Code(code)) = code.object() else {
                        return Err(type_error("MAKE_FUNCTION needs a code object"));
                    };
                    let items = |v: &Value| match v.object() {
                        Some(Object::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    let kw_defaults = match kw_defaults.object() {
                        Some(Object::Dict(d)) => {
                            d.borrow().iter().map(|(k, v)| (k.0.to_str(), v.clone())).collect()
                        }
                        _ => Vec::new(),
                    };
                    let mut attributes = DictMap::default();
                    // `__annotations__`: a dict from the (name, value, ...) tuple.
                    if let Some(Some(Object::Tuple(pairs))) = annotations.as_ref().map(Value::object) {
                        let map: DictMap =
                            pairs.chunks(2).map(|p| (Key(p[0].clone()), p[1].clone())).collect();
                        attributes.insert(
                            Key(Value::str("__annotations__")),
                            Value::obj(Object::Dict(std::rc::Rc::new(RefCell::new(map)))),
                        );
                    }
                    let function = Function {
                        prepared: super::prepared_for(&mut self.prepared, code),
                        code: code.clone(),
                        globals: frame.globals.clone(),
                        attributes: RefCell::new(attributes),
                        defaults: items(&defaults),
                        kw_defaults,
                        closure: items(&closure),
                    };
                    frame.stack.push(Value::obj(Object::Function(Box::new(function))));
                    continue;
                }
                Op::ReturnValue => {
                    let plain = frame.generator.is_none() && frame.returning.is_none();
                    let value = pop(frame);
                    // Unobserved, a plain function's return to a frame of this loop is done
                    // here: the run loop's other cases (generators, `__init__`, module bodies,
                    // the loop's own base frame) take the general way.
                    let caller_watched = match (ARMED, OBSERVED) {
                        (true, _) => !self.frame_runs(1, armed_code),
                        (false, true) => {
                            watched(&self.observers.interest)
                                || (self.observers.interest.armed && self.frame_armed(1))
                        }
                        // An armed caller runs in this loop too, its breakpoints marked.
                        (false, false) => {
                            if self.observers.interest.armed {
                                self.mark_breakpoints(1);
                            }
                            false
                        }
                    };
                    if caller_watched
                        || !plain
                        || self.frames.len() <= self.run_base + 1
                        || self.observers.interest.calls
                        || self.module_body_on_top()
                    {
                        return Ok(Step::Return(value));
                    }
                    self.pop_frame();
                    self.frame().stack.push(value);
                    if crate::runtime::generator::has_unclosed() {
                        return Ok(Step::Continue);
                    }
                }
                Op::FormatValue => {
                    let spec = if a & 4 != 0 { pop(frame).to_str() } else { String::new() };
                    let v = pop(frame);
                    let converted = match a & 3 {
                        2 => Value::str(self.repr(&v)?),
                        1 => Value::str(self.to_str(&v)?),
                        3 => Value::str(crate::builtins::ascii(&self.repr(&v)?)),
                        _ => v,
                    };
                    let text = self.format(&converted, &spec)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(Value::str(text));
                    continue;
                }
                Op::RaiseVarargs if a == 0 => {
                    if matches!(self.handled, Value::None) {
                        return Err(new_exception(ExcKind::RuntimeError, "No active exception to reraise"));
                    }
                    self.reraising = true;
                    return Err(self.handled.clone());
                }
                Op::RaiseVarargs => {
                    let cause = if a == 2 { Some(pop(frame)) } else { None };
                    let exc = if a >= 1 { pop(frame) } else { Value::None };
                    let exc = self.instantiate_exception(exc)?;
                    if let (Some(cause), Some(Object::Exception(e))) = (cause, exc.object()) {
                        let mut e = e.borrow_mut();
                        e.suppress_context = true;
                        e.cause = if matches!(cause, Value::None) {
                            None
                        } else {
                            Some(self.instantiate_exception(cause)?)
                        };
                    }
                    return Err(exc);
                }
                Op::LoadAssertionError => frame.stack.push(Value::obj(Object::Type("AssertionError"))),
                Op::PushExcInfo => {
                    let exc = pop(frame);
                    let previous = std::mem::replace(&mut self.handled, exc.clone());
                    let frame = self.frame();
                    frame.stack.push(previous);
                    frame.stack.push(exc);
                    super::generator::count_handlers(frame, 1);
                }
                Op::PopExcept => {
                    self.handled = pop(frame);
                    super::generator::count_handlers(frame, -1);
                }
                Op::CheckExcMatch => {
                    let class = pop(frame);
                    let exc = frame.stack.last().cloned().unwrap_or(Value::None);
                    let matched = exception_matches(&exc, &class)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(Value::bool(matched));
                    continue;
                }
                Op::Reraise => {
                    let exc = pop(frame);
                    if a != 0 {
                        pop(frame);
                    }
                    self.reraising = true;
                    return Err(exc);
                }
                Op::BuildSet => {
                    let items = frame.stack.split_off(depth_below(&frame.stack, a)?);
                    let set = Value::obj(Object::Set(Box::new(RefCell::new(SetTable::default()))));
                    for item in items {
                        let item = self.canonical_key(&set, item)?;
                        if let Some(Object::Set(table)) = set.object() {
                            table.borrow_mut().insert(item)?;
                        }
                    }
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(set);
                    continue;
                }
                Op::SetAdd => {
                    let item = pop(frame);
                    let target = frame.stack[item_below(&frame.stack, a)?].clone();
                    let item = self.canonical_key(&target, item)?;
                    if let Some(Object::Set(set)) = target.object() {
                        set.borrow_mut().insert(item)?;
                    }
                }
                Op::SetUpdate => {
                    let iterable = pop(frame);
                    if let Some(source) = crate::runtime::set_ops::table_of(&iterable) {
                        let target = &frame.stack[item_below(&frame.stack, a)?];
                        if let Some(Object::Set(set)) = target.object() {
                            set.borrow_mut().merge(&source)?;
                        }
                        return Ok(Step::Continue);
                    }
                    let items = self.collect(&iterable)?;
                    let frame = self.frame();
                    let target = &frame.stack[item_below(&frame.stack, a)?];
                    if let Some(Object::Set(set)) = target.object() {
                        let mut set = set.borrow_mut();
                        for item in items {
                            set.insert(item)?;
                        }
                    }
                }
                Op::ImportName => {
                    let fromlist = pop(frame);
                    let level = pop(frame);
                    let name = frame.code.names[a].clone();
                    self.import_instruction(&name, fromlist, level)?;
                    return Ok(Step::Continue);
                }
                Op::ImportFrom => {
                    let module = frame.stack.last().cloned().unwrap_or(Value::None);
                    let name = frame.code.names[a].clone();
                    let value = self.import_from(&module, &name)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(value);
                    continue;
                }
                Op::ImportStar => {
                    let module = pop(frame);
                    self.import_star(&module)?;
                }
                Op::LoadBuildClass => {
                    // (Looked up in builtins, where a program may have replaced it.)
                    let found = self.builtins.borrow().get(&Key(Value::str("__build_class__"))).cloned();
                    let Some(build_class) = found else {
                        return Err(new_exception(ExcKind::NameError, "__build_class__ not found"));
                    };
                    self.frame().stack.push(build_class);
                }
                Op::BeforeWith => {
                    let manager = pop(frame);
                    match self.context_methods(&manager)? {
                        super::special::ContextEntry::Entered(exit, entered) => {
                            let frame = self.frame();
                            frame.stack.push(exit);
                            frame.stack.push(entered);
                        }
                        // `__enter__` is called as CALL would call it: a Python one runs as
                        // a frame of this loop, and its result lands above `__exit__`.
                        super::special::ContextEntry::Enter(exit, enter) => {
                            self.frame().stack.push(exit);
                            return self.call(enter, CallArgs::default());
                        }
                    }
                }
                Op::WithExceptStart => {
                    let exc = frame.stack.last().cloned().unwrap_or(Value::None);
                    let exit = frame.stack[depth_below(&frame.stack, 4)?].clone();
                    let args = vec![super::classes::class_of(&exc), exc, Value::None];
                    let result =
                        self.call_value(&exit, CallArgs { positional: args, keywords: Vec::new() })?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(result);
                    continue;
                }
                Op::GetLen => {
                    let v = frame.stack.last().cloned().unwrap_or(Value::None);
                    let n = self.len(&v)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(Value::Int(n as i64));
                    continue;
                }
                Op::MatchMapping | Op::MatchSequence => {
                    let v = frame.stack.last().unwrap_or(&Value::None);
                    let matched = match instruction.op {
                        Op::MatchMapping => super::matching::is_mapping(v),
                        _ => super::matching::is_sequence(v),
                    };
                    frame.stack.push(Value::bool(matched));
                }
                Op::MatchKeys => {
                    let keys = frame.stack.last().cloned().unwrap_or(Value::None);
                    let subject = frame.stack[item_below(&frame.stack, 2)?].clone();
                    let values = self.match_keys(&subject, &keys)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(values);
                    continue;
                }
                Op::MatchClass => {
                    let names = pop(frame);
                    let class = pop(frame);
                    let subject = pop(frame);
                    let attributes = self.match_class(&subject, &class, a, &names)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(attributes);
                    continue;
                }
                Op::ReturnGenerator => {
                    // Unobserved, with the caller a frame of this loop, the generator is made
                    // here and the caller goes on, without leaving the loop and coming back.
                    if OBSERVED || ARMED || self.frames.len() <= self.run_base + 1 {
                        return Ok(Step::Generator);
                    }
                    self.generator_made();
                }
                Op::YieldValue => {
                    if frame.generator.is_none() {
                        return Err(new_exception(
                            ExcKind::RuntimeError,
                            "internal error: yield outside a generator",
                        ));
                    }
                    let value = pop(frame);
                    // A built-in consuming this generator takes the item, and the generator
                    // goes on as if resumed with None (unobserved: observers see it yield).
                    let value = match frame.generator.as_deref_mut() {
                        Some(GenLink { resume: Resume::Consume(consumer), .. })
                            if !watched(&self.observers.interest) =>
                        {
                            match consumer.take(value) {
                                None => {
                                    frame.stack.push(Value::None);
                                    continue;
                                }
                                Some(value) => value,
                            }
                        }
                        // Yielded to a FOR_ITER, a `yield from` or a call of `next(g)` or
                        // `g.send(v)` (unobserved): the value goes to the resumer's frame, just
                        // below, and the loop goes on there. (That frame runs in this loop, as
                        // the instruction that resumed the generator did.)
                        Some(GenLink {
                            resume: Resume::ForIter | Resume::Send | Resume::Call { .. },
                            ..
                        }) if !watched(&self.observers.interest) => {
                            self.suspend();
                            (frame, depth) = top_frame(&mut self.frames);
                            super::generator::receive(frame, value, !OBSERVED && !ARMED);
                            continue;
                        }
                        _ => value,
                    };
                    let wrapped =
                        frame.pc >= 2 && frame.code.instructions[frame.pc - 2].op == Op::AsyncGenWrap;
                    return Ok(Step::Yield(value, wrapped));
                }
                Op::GetAwaitable => {
                    let v = pop(frame);
                    let awaitable = self.get_awaitable(v, arg)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(awaitable);
                    continue;
                }
                Op::GetAiter => {
                    let v = pop(frame);
                    let aiter = self.get_aiter(v)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(aiter);
                    continue;
                }
                Op::GetAnext => {
                    let aiter = frame.stack.last().cloned().unwrap_or(Value::None);
                    let awaitable = self.get_anext(&aiter)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(awaitable);
                    continue;
                }
                Op::EndAsyncFor => {
                    let exc = pop(frame);
                    if !super::awaiting::ends_async_for(&exc) {
                        self.reraising = true;
                        return Err(exc);
                    }
                    pop(frame);
                }
                Op::BeforeAsyncWith => {
                    let manager = pop(frame);
                    let (exit, entered) = self.before_async_with(&manager)?;
                    let frame = self.frame();
                    frame.stack.push(exit);
                    frame.stack.push(entered);
                }
                Op::AsyncGenWrap => {}
                Op::CheckEgMatch => {
                    let class = pop(frame);
                    let exc = pop(frame);
                    let (rest, matched) = self.exception_group_match(exc, &class)?;
                    if !matches!(matched, Value::None) {
                        self.handled = matched.clone();
                    }
                    let frame = self.frame();
                    frame.stack.push(rest);
                    frame.stack.push(matched);
                }
                Op::PrepReraiseStar => {
                    let raised = pop(frame);
                    let original = pop(frame);
                    let exc = self.prep_reraise_star(&original, &raised)?;
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(exc);
                    continue;
                }
                Op::GetYieldFromIter => {
                    let v = pop(frame);
                    // A coroutine here came from its `__await__()` (see `get_awaitable`).
                    let is_coroutine = crate::runtime::generator::kind_of(&v)
                        == Some(crate::runtime::generator::GenKind::Coroutine);
                    let it = if is_coroutine { v } else { self.iterate(&v)? };
                    (frame, depth) = top_frame(&mut self.frames);
                    frame.stack.push(it);
                    continue;
                }
                Op::Send => {
                    let value = pop(frame);
                    let receiver = frame.stack.last().cloned().unwrap_or(Value::None);
                    match receiver.object() {
                        Some(Object::Generator(_)) => {
                            self.resume_sent(&receiver, value, Resume::Send)?;
                            // Unobserved, the loop goes straight on in the generator's frame.
                            if !watched(&self.observers.interest) {
                                (frame, depth) = top_frame(&mut self.frames);
                                continue;
                            }
                            return Ok(Step::Continue);
                        }
                        Some(Object::AsyncGenStep(_)) => {
                            self.resume_step(&receiver, Input::Send(value), false)?;
                            return Ok(Step::Continue);
                        }
                        _ => {}
                    }
                    match self.send_to_iterator(&receiver, value)? {
                        super::generator::Stop::Yielded(item) => self.frame().stack.push(item),
                        super::generator::Stop::Returned(result) => {
                            let frame = self.frame();
                            pop(frame);
                            frame.stack.push(result);
                            frame.pc = a;
                        }
                    }
                }
            }
            (frame, depth) = top_frame(&mut self.frames);
        }
    }

    /// CALL with `a` positional arguments: a plain Python function given exactly its
    /// parameters gets its frame directly; anything else goes through `call`.
    fn call_instruction(&mut self, a: usize) -> StepResult {
        let frame = self.frames.last_mut().expect("the run loop always has a frame");
        // The common case, a plain Python function given exactly its positional
        // parameters: the arguments move from this stack into the new frame's locals.
        let callee_at = item_below(&frame.stack, a + 1)?;
        if let Some(Object::Function(f)) = frame.stack[callee_at].object()
            && super::call::is_simple_call(f, a)
        {
            if self.host.flagged()
                && let Some(interrupt) = self.take_flags()
            {
                return Err(interrupt);
            }
            if self.frames.len() >= self.recursion_limit {
                return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
            }
            let frame = self.frames.last_mut().expect("the calling frame");
            let Some(Object::Function(f)) = frame.stack[callee_at].object() else {
                return Ok(Step::Continue);
            };
            let mut new_frame = self.pool.take(f);
            // The arguments are moved out one by one (a `drain` iterator is built in memory
            // field by field and read back whole by a function that is not inlined, which
            // stalls the processor's store-to-load forwarding); the callee is moved too.
            new_frame.locals.reserve(a);
            for arg in &mut frame.stack[callee_at + 1..] {
                new_frame.locals.push(Some(std::mem::replace(arg, Value::None)));
            }
            for _ in 0..a {
                pop(frame);
            }
            let callee = pop(frame);
            let Some(Object::Function(f)) = callee.object() else { return Ok(Step::Continue) };
            self.frames.push(super::call::simple_frame(f, new_frame));
            return Ok(Step::Continue);
        }
        // Fewer arguments, the other parameters taking their defaults: the frame directly too.
        if let Some(Object::Function(f)) = frame.stack[callee_at].object()
            && super::call::binds_directly(f, a)
        {
            return self.call_with_defaults(a);
        }
        // `len(container)` of a built-in container, without building an argument list.
        if a == 1
            && let Some(Object::Builtin(b)) = frame.stack[callee_at].object()
            && b.name == "len"
            && let Some(Object::List(_) | Object::Tuple(_) | Object::Dict(_) | Object::Set(_)) =
                frame.stack[callee_at + 1].object()
            && let Ok(n) = ops::len(&frame.stack[callee_at + 1])
        {
            frame.stack.truncate(callee_at);
            frame.stack.push(Value::Int(n as i64));
            return Ok(Step::Continue);
        }
        // `len(instance)` of a class whose `__len__` is a plain Python function: its frame runs
        // in this loop, and its result is checked when it returns (`Returning::Length`).
        if a == 1
            && let Some(Object::Builtin(b)) = frame.stack[callee_at].object()
            && b.name == "len"
            && let Some(method) = super::special::python_method(&frame.stack[callee_at + 1], "__len__")
        {
            return self.call_length(method);
        }
        // `sum(g)`, `list(g)`, ... of a generator `g`: it runs in this loop (`consume.rs`).
        if a == 1
            && (self.observers.interest.only_runs()
                || !(self.observers.interest.any() || self.observers.interest.armed))
            && let Some(consumer) =
                super::consume::consumer_for(&frame.stack[callee_at], &frame.stack[callee_at + 1])
        {
            frame.stack.truncate(callee_at);
            let generator = consumer.generator().clone();
            self.resume_sent(&generator, Value::None, Resume::Consume(Box::new(consumer)))?;
            return Ok(Step::Continue);
        }
        // A class with a plain Python `__init__`: the instance and `__init__`'s frame at once.
        if let Some(Object::Class(_)) = frame.stack[callee_at].object()
            && let Some(init) = super::classes::plain_init(&frame.stack[callee_at], a)
        {
            self.construct_plain(&init, a)?;
            return Ok(Step::Continue);
        }
        // A built-in function (not `next`, which may resume a generator in this loop): called
        // at once, without `call`'s and `call_value`'s dispatch on the callable.
        if let Some(Object::Builtin(b)) = frame.stack[callee_at].object()
            && b.name != "next"
        {
            let function = b.func;
            let args = CallArgs { positional: frame.stack.split_off(callee_at + 1), keywords: Vec::new() };
            frame.stack.pop();
            // As in `call`: a freed generator's `finally` comes before the built-in's output.
            if crate::runtime::generator::has_unclosed() {
                self.close_unreachable();
            }
            self.parkable = self.runs == self.thread_runs;
            let result = ops::raising_too_deep(|| function(self, args));
            self.parkable = false;
            self.frame().stack.push(result?);
            return Ok(Step::Continue);
        }
        let args = frame.stack.split_off(depth_below(&frame.stack, a)?);
        let callable = pop(frame);
        self.call(callable, CallArgs { positional: args, keywords: Vec::new() })
    }

    /// Whether the step loop goes straight on after a call instruction did `step`: a call
    /// that pushed a frame (or ran a built-in) needs nothing of the run loop, unless a freed
    /// generator waits to be closed or the frame now on top (the callee) is watched otherwise
    /// than this loop watches (`watched`, or `own` when frames go on; armed at `armed_code`,
    /// the same code may go on).
    #[inline(always)]
    fn goes_on(&mut self, watched: bool, own: Watch, armed_code: usize, step: &Step) -> bool {
        if !matches!(step, Step::Continue) || crate::runtime::generator::has_unclosed() {
            return false;
        }
        match watched {
            false => self.top_frame_watch() == own,
            true => armed_code != 0 && self.frame_runs(0, armed_code),
        }
    }

    /// Whether the frame `below` frames under the top one runs the code at address `code`.
    #[inline]
    fn frame_runs(&self, below: usize, code: usize) -> bool {
        let at = self.frames.len().checked_sub(below + 1);
        at.and_then(|i| self.frames.get(i)).is_some_and(|f| Rc::as_ptr(&f.code) as usize == code)
    }

    /// `len(x)` (`len` and `x` on top of the stack) with `x`'s `__len__`, the Python function
    /// `method`: its frame, pushed for this loop to run, gives `len`'s result.
    #[inline(never)]
    fn call_length(&mut self, method: Value) -> StepResult {
        let Some(Object::Function(f)) = method.object() else { return Ok(Step::Continue) };
        if self.frames.len() >= self.recursion_limit {
            return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut new_frame = self.pool.take(f);
        let frame = self.frame();
        let object = pop(frame);
        pop(frame);
        new_frame.locals.push(Some(object));
        let mut frame = super::call::simple_frame(f, new_frame);
        frame.returning = Some(self.pool.returning_box(Returning::Length));
        self.frames.push(frame);
        Ok(Step::Continue)
    }

    /// Call the Python function `getter` with `object` as its only argument, as a frame of
    /// this loop (a property read by LOAD_ATTR).
    fn call_getter(&mut self, getter: Value, object: Value) -> StepResult {
        match getter.object() {
            Some(Object::Function(f))
                if super::call::binds_directly(f, 1) && self.frames.len() < self.recursion_limit =>
            {
                let mut frame = self.pool.take(f);
                frame.locals.push(Some(object));
                self.frames.push(super::call::simple_frame(f, frame));
                Ok(Step::Continue)
            }
            _ => self.call(getter, CallArgs { positional: vec![object], keywords: Vec::new() }),
        }
    }

    /// Call the Python function `function` with `receiver` then `args`, as a frame of this
    /// loop (a bound method, an instance's `__call__`), without a new list of the arguments
    /// when it is a simple call.
    fn call_with_receiver(&mut self, function: Value, receiver: Value, args: CallArgs) -> StepResult {
        match function.object() {
            Some(Object::Function(f))
                if args.keywords.is_empty()
                    && super::call::binds_directly(f, args.positional.len() + 1)
                    && self.frames.len() < self.recursion_limit =>
            {
                let mut frame = self.pool.take(f);
                frame.locals.push(Some(receiver));
                frame.locals.extend(args.positional.into_iter().map(Some));
                self.frames.push(super::call::simple_frame(f, frame));
                Ok(Step::Continue)
            }
            _ => self.call(function, with_receiver(&receiver, args)),
        }
    }

    /// CALL of a Python function with `a` positional arguments, fewer than its parameters,
    /// the others taking their defaults (`binds_directly`). (Kept out of `call_instruction`,
    /// whose exact case is the hot one.)
    #[inline(never)]
    fn call_with_defaults(&mut self, a: usize) -> StepResult {
        let frame = self.frames.last_mut().expect("the run loop always has a frame");
        let from = depth_below(&frame.stack, a)?;
        if self.frames.len() >= self.recursion_limit {
            return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let frame = self.frames.last_mut().expect("the run loop always has a frame");
        let Some(Object::Function(f)) = from.checked_sub(1).and_then(|at| frame.stack[at].object()) else {
            return Ok(Step::Continue);
        };
        let mut new_frame = self.pool.take(f);
        new_frame.locals.extend(frame.stack.drain(from..).map(Some));
        let callee = pop(frame);
        let Some(Object::Function(f)) = callee.object() else { return Ok(Step::Continue) };
        self.frames.push(super::call::simple_frame(f, new_frame));
        Ok(Step::Continue)
    }

    /// `a op= b` for mutable containers, which change in place (`list += iterable`,
    /// `set |= other`); `None` when the ordinary operator applies.
    pub(crate) fn inplace_op(&mut self, op: BinaryOp, a: &Value, b: &Value) -> Result<Option<Value>, Value> {
        match (a.object(), op) {
            (Some(Object::List(list)), BinaryOp::Add) => {
                let items = self.collect(b)?;
                list.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (Some(Object::List(list)), BinaryOp::Multiply) => {
                let Some(n) = b.as_int().and_then(|i| i.as_i64()) else { return Ok(None) };
                let items = list.borrow().clone();
                let repeated: Vec<Value> = (0..n.max(0)).flat_map(|_| items.iter().cloned()).collect();
                *list.borrow_mut() = repeated;
                Ok(Some(a.clone()))
            }
            (Some(Object::ByteArray(bytes)), BinaryOp::Add) => {
                let Some(more) = b.bytes_like() else {
                    return Err(ops::cannot_concat(a, b));
                };
                bytes.borrow_mut().extend(more);
                Ok(Some(a.clone()))
            }
            (Some(Object::ByteArray(bytes)), BinaryOp::Multiply) => {
                let Some(n) = b.as_int().and_then(|i| i.as_i64()) else { return Ok(None) };
                let repeated = bytes.borrow().repeat(n.max(0) as usize);
                *bytes.borrow_mut() = repeated;
                Ok(Some(a.clone()))
            }
            // `d |= other` updates `d` from a mapping or an iterable of pairs, like `d.update`.
            (Some(Object::Dict(map)), BinaryOp::Or) => {
                let mut additions = crate::runtime::value::DictMap::default();
                crate::builtins::add_pairs(self, &mut additions, b)?;
                map.borrow_mut().extend(additions);
                Ok(Some(a.clone()))
            }
            (Some(Object::Set(set)), BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor) => {
                let Some(result) = crate::runtime::set_ops::set_binary(op, a, b) else { return Ok(None) };
                if let Some(table) = crate::runtime::set_ops::table_of(&result?) {
                    *set.borrow_mut() = table;
                }
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// The `**` argument of a call as a dict: a dict as is, another mapping (an object with
    /// `keys` and `__getitem__`) read into a new dict.
    fn keyword_mapping(&mut self, mapping: Value) -> Result<Value, Value> {
        if !matches!(mapping.object(), Some(Object::Instance(_))) || self.get_attr(&mapping, "keys").is_err()
        {
            return Ok(mapping);
        }
        let keys = self.get_attr(&mapping, "keys")?;
        let keys = self.call_value(&keys, CallArgs::default())?;
        let mut map = crate::runtime::value::DictMap::default();
        for key in self.collect(&keys)? {
            let value = self.get_item(&mapping, &key)?;
            map.insert(Key(key), value);
        }
        Ok(Value::obj(Object::Dict(std::rc::Rc::new(RefCell::new(map)))))
    }

    /// All items of an iterable.
    pub fn collect(&mut self, iterable: &Value) -> Result<Vec<Value>, Value> {
        match special::iterated(iterable).object() {
            Some(Object::List(l)) => return Ok(l.borrow().clone()),
            Some(Object::Tuple(t)) => return Ok(t.to_vec()),
            // (No Python code runs while the keys are copied: the dict cannot change.)
            Some(Object::Dict(d)) => return Ok(d.borrow().keys().map(|k| k.0.clone()).collect()),
            // (As CPython, which sizes the list by the length or length hint first: an
            // OverflowError past `isize::MAX` items, a MemoryError past the machine's memory.)
            Some(Object::Range(r)) => crate::runtime::memory::check_length(r.len())?,
            Some(Object::Iterator(it)) if let Some(hint) = it.borrow().length_hint() => {
                crate::runtime::memory::check_length(hint)?
            }
            _ => {}
        }
        let it = self.iterate(iterable)?;
        let mut items = Vec::new();
        while let Some(item) = self.next_item(&it)? {
            items.push(item);
        }
        Ok(items)
    }

    /// Push a frame for a Python function (the loop continues in it) or run a builtin.
    fn call(&mut self, callable: Value, args: CallArgs) -> StepResult {
        match callable.object() {
            Some(Object::Function(f)) => {
                if self.frames.len() >= self.recursion_limit {
                    return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                }
                let frame = self.bind_frame(f, args)?;
                self.frames.push(frame);
                Ok(Step::Continue)
            }
            // A bound method: the function, with the receiver as its first argument.
            Some(Object::Method { func, receiver }) => {
                let (func, receiver) = (func.clone(), receiver.clone());
                self.call_with_receiver(func, receiver, args)
            }
            // An instance whose class has a Python `__call__`: the method's frame, with the
            // instance first.
            Some(Object::Instance(i))
                if let Some(call) = crate::runtime::class::lookup(&i.class(), "__call__")
                    && matches!(call.object(), Some(Object::Function(_))) =>
            {
                self.call_with_receiver(call, callable.clone(), args)
            }
            // A metaclass's `__call__` takes over the call of its classes.
            Some(Object::Class(c)) if let Some(call) = c.metaclass.as_ref().and_then(metaclass_call) => {
                let receiver = callable.clone();
                self.call(call, with_receiver(&receiver, args))
            }
            // Instantiation: a Python `__init__` runs as a frame of this loop.
            Some(Object::Class(_)) => {
                let (instance, init) = self.instantiate(&callable, args)?;
                match init {
                    Some(frame) => {
                        if self.frames.len() >= self.recursion_limit {
                            return Err(new_exception(
                                ExcKind::RecursionError,
                                "maximum recursion depth exceeded",
                            ));
                        }
                        self.frames.push(frame);
                    }
                    None => self.frame().stack.push(instance),
                }
                Ok(Step::Continue)
            }
            _ if super::generator::resumes_generator(&callable, &args) => {
                self.call_generator(&callable, args)?;
                Ok(Step::Continue)
            }
            _ if let Some((step, name)) = super::async_gen::resumes_step(&callable) => {
                let (step, name) = (step.clone(), name.to_string());
                self.call_step(&step, &name, args)?;
                Ok(Step::Continue)
            }
            _ => {
                // Code run by a built-in (output above all) comes after any `finally` of a
                // generator freed just before.
                if crate::runtime::generator::has_unclosed() {
                    self.close_unreachable();
                }
                self.direct_call = self.runs == self.thread_runs;
                let result = self.call_value(&callable, args)?;
                self.frame().stack.push(result);
                Ok(Step::Continue)
            }
        }
    }

    /// Run `frame`, a new call's, in a nested loop and give its result.
    pub(super) fn run_frame(&mut self, frame: Frame) -> Result<Value, Value> {
        if self.frames.len() >= self.recursion_limit {
            return Err(new_exception(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let base = self.frames.len();
        self.frames.push(frame);
        self.execute(base)
    }

    /// Call any callable and wait for its result (a Python function runs a nested loop).
    pub fn call_value(&mut self, callable: &Value, args: CallArgs) -> Result<Value, Value> {
        let direct = std::mem::take(&mut self.direct_call);
        match callable.object() {
            Some(Object::Builtin(b)) => {
                self.parkable = direct;
                let result = ops::raising_too_deep(|| (b.func)(self, args));
                self.parkable = false;
                result
            }
            Some(Object::BoundMethod { receiver, name }) => {
                self.parkable = direct;
                let result = ops::raising_too_deep(|| {
                    crate::builtins::methods::call_method(self, receiver, name, args)
                });
                self.parkable = false;
                result
            }
            Some(Object::Type(name)) => crate::builtins::construct(self, name, args),
            Some(Object::Method { func, receiver }) => {
                let func = func.clone();
                let args = with_receiver(receiver, args);
                self.call_value(&func, args)
            }
            Some(Object::StaticMethod(f)) => {
                let f = f.clone();
                self.call_value(&f, args)
            }
            Some(Object::Class(c)) if let Some(call) = c.metaclass.as_ref().and_then(metaclass_call) => {
                self.call_value(&call, with_receiver(callable, args))
            }
            Some(Object::Class(_)) => self.construct_instance(callable, args),
            Some(Object::Instance(i)) if crate::runtime::class::lookup(&i.class(), "__call__").is_some() => {
                let method = self.get_attr(callable, "__call__")?;
                // A `__call__` that is itself a callable instance (even the same one) calls
                // on without a Python frame: counted, so that a loop raises RecursionError
                // rather than overflowing the Rust stack.
                if self.native_nesting >= self.recursion_limit {
                    return Err(new_exception(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded while calling a Python object",
                    ));
                }
                self.native_nesting += 1;
                let result = self.call_value(&method, args);
                self.native_nesting -= 1;
                result
            }
            Some(Object::Function(f)) => {
                let frame = self.bind_frame(f, args)?;
                self.run_frame(frame)
            }
            _ => Err(type_error(format!("'{}' object is not callable", callable.type_name()))),
        }
    }
}

/// Whether `frame` is a class body whose namespace goes through a mapping's item methods.
fn names_hooked(namespaces: &[(Rc<RefCell<DictMap>>, Value)], frame: &FrameData) -> bool {
    matches!((namespaces.last(), &frame.names), (Some((hooked, _)), Some(names)) if Rc::ptr_eq(hooked, names))
}

/// The Python `__call__` of a metaclass, which calling its classes runs.
fn metaclass_call(metaclass: &Value) -> Option<Value> {
    crate::runtime::class::lookup(metaclass, "__call__")
}

/// A cell index the code object does not have: a compiler bug, reported rather than a crash.
fn bad_cell() -> Value {
    new_exception(ExcKind::RuntimeError, "internal error: bad cell reference in code object")
}

fn free_variable_error(code: &crate::bytecode::code::CodeObject, index: usize, name: &str) -> Value {
    if index < code.cellvars.len() {
        new_exception(
            ExcKind::UnboundLocalError,
            &format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    } else {
        new_exception(
            ExcKind::NameError,
            &format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

/// "cannot unpack non-iterable X object" when the value to unpack is not iterable.
fn unpack_error(error: Value, value: &Value) -> Value {
    if !special::is_iterable(value) {
        return type_error(format!("cannot unpack non-iterable {} object", value.type_name()));
    }
    error
}

/// Does the exception `exc` match the class (or tuple of classes) of an `except` clause?
pub(super) fn exception_matches(exc: &Value, class: &Value) -> Result<bool, Value> {
    let classes: Vec<Value> = match class.object() {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![class.clone()],
    };
    let Some(Object::Exception(e)) = exc.object() else { return Ok(false) };
    let kind = e.borrow().kind;
    for c in classes {
        match c.object() {
            Some(Object::Class(_)) if super::classes::exception_class_kind(&c).is_some() => {
                if crate::runtime::class::is_subclass(&super::classes::class_of(exc), &c) {
                    return Ok(true);
                }
            }
            Some(Object::Type(name)) => match ExcKind::from_name(name) {
                Some(base) if kind.is_subclass_of(base) => return Ok(true),
                Some(_) => {}
                None => {
                    return Err(type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            },
            _ => {
                return Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
    }
    Ok(false)
}

/// `raise X`: an exception instance as is, an exception class called with no arguments.
/// A fresh cell holding `value`.
pub fn new_cell(value: Option<Value>) -> Value {
    Value::obj(Object::Cell(RefCell::new(value)))
}
