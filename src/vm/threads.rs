//! Green threads: every Python thread runs inside this one VM, in one OS thread, one at a
//! time, as under CPython's GIL, but by a schedule that is visible and reproducible.
//!
//! Each thread owns an execution state (its frame stack and what goes with it). The running
//! thread's state lives in the VM's own fields; the others' are saved in their records. The
//! VM counts instructions down from the thread's slice (`Vm::budget`); at zero the run loop
//! gives control back here, which saves the thread and picks the next one: round robin by
//! default, or a seeded random choice with random slice lengths (`--schedule random`).
//!
//! A blocking call (`lock.acquire()`, `time.sleep`, `join`) made directly by a thread's
//! code *parks* the thread: the call returns a placeholder at once, the thread leaves the
//! run loop, and when it is woken its result replaces the placeholder on its stack. A
//! blocking call made from inside Rust code (a lock taken in a `sort` key function) cannot
//! leave the Rust stack, so it runs the other threads from where it is (`wait_nested`)
//! until it is woken. When no thread can run and none has a deadline, that is a deadlock:
//! it is reported, with what each thread waits for, instead of hanging as CPython does.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use super::frame::Frame;
use crate::observe::{Control, ThreadState};
use crate::runtime::exception::{ExcKind, new_exception};
use crate::runtime::ops;
use crate::runtime::value::{DictMap, Key, Object, Value};

/// Instructions a thread runs before the scheduler may switch (`sys.getswitchinterval()`
/// reports it as `interval / INSTRUCTIONS_PER_SECOND`, so the default reads 0.005 s, as CPython's).
pub const DEFAULT_INTERVAL: u64 = 1000;
/// How `sys.setswitchinterval` seconds map to instructions.
pub const INSTRUCTIONS_PER_SECOND: f64 = 200_000.0;
/// The ident of the main thread (CPython's idents are pthread addresses; ours are small
/// and the same every run).
pub const MAIN_IDENT: u64 = 1;

/// What a blocked thread waits for.
#[derive(Clone)]
pub enum Wait {
    /// `lock.acquire()`: the lock (the scheduler hands it over when it is released).
    Lock(Value),
    /// `time.sleep`: only its deadline.
    Sleep,
    /// `thread.join()`: that thread's end.
    Join(u64),
}

/// A blocked thread's wait.
#[derive(Clone)]
pub struct Blocked {
    pub wait: Wait,
    /// Monotonic nanoseconds at which the wait times out (`None`: never).
    pub deadline: Option<u128>,
    /// When it began (for the time-blocked count).
    pub since: u128,
    /// Order of blocking, so a released lock goes to its longest waiter.
    pub order: u64,
    /// What the Python code says it waits on (a Condition, Event, Queue...), if anything.
    pub what: Value,
}

/// Where a thread is in its life.
#[derive(Clone)]
pub enum State {
    /// Holds the GIL.
    Running,
    /// Waiting for the GIL.
    Ready,
    Blocked(Blocked),
    Finished,
}

impl State {
    /// The state without its details, as observers are told it.
    pub fn kind(&self) -> ThreadState {
        match self {
            State::Running => ThreadState::Running,
            State::Ready => ThreadState::Ready,
            State::Blocked(_) => ThreadState::Blocked,
            State::Finished => ThreadState::Finished,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            State::Running => "running",
            State::Ready => "ready",
            State::Blocked(_) => "blocked",
            State::Finished => "finished",
        }
    }
}

/// The part of the VM that belongs to the running thread.
pub struct Execution {
    pub frames: Vec<Frame>,
    pub handled: Value,
    pub(crate) importing: Vec<super::import::PendingImport>,
    pub(crate) class_namespaces: Vec<(Rc<RefCell<DictMap>>, Value)>,
    pub(crate) repr_active: Vec<usize>,
}

impl Default for Execution {
    fn default() -> Execution {
        Execution {
            frames: Vec::new(),
            handled: Value::None,
            importing: Vec::new(),
            class_namespaces: Vec::new(),
            repr_active: Vec::new(),
        }
    }
}

/// One thread.
pub struct GreenThread {
    pub ident: u64,
    pub name: String,
    pub daemon: bool,
    pub state: State,
    /// Its execution state while it is not running.
    saved: Option<Execution>,
    /// Suspended inside a blocking call made from Rust code (`wait_nested`): it can only go
    /// on when the Rust calls above it return.
    on_rust_stack: bool,
    /// The result of the blocking call it is parked in, given when it is woken.
    wake: Option<Result<Value, Value>>,
    /// The `threading.Thread`'s target, for reports.
    pub target: Value,
    pub instructions: u64,
    pub switches: u64,
    pub blocked_ns: u128,
    /// How the thread ended: an exception that escaped it (the main thread's decides the
    /// exit status).
    pub outcome: Option<Result<(), Value>>,
}

impl GreenThread {
    /// Its frames while it is not running (the running thread's are `Vm::frames`).
    pub fn saved_frames(&self) -> &[Frame] {
        self.saved.as_ref().map_or(&[], |e| e.frames.as_slice())
    }
}

/// How the scheduler picks threads.
pub enum Schedule {
    RoundRobin,
    /// Seeded random choice of thread at each switch point and of slice length.
    Random(u64),
}

/// All threads and the schedule.
pub struct Threads {
    pub all: Vec<GreenThread>,
    /// Index in `all` of the running thread.
    pub current: usize,
    pub interval: u64,
    pub schedule: Schedule,
    /// The wait of the running thread, set by a blocking call that parked it.
    parked: Option<Blocked>,
    /// What the running thread's next wait is for (`_thread._waiting_for`).
    pub waiting_for: Value,
    next_ident: u64,
    block_order: u64,
    /// Instructions in the running thread's current slice.
    slice: u64,
    /// The main program has ended and the main thread runs `threading._shutdown()`.
    shutting_down: bool,
    /// The exception that ended the main program, while it shuts down.
    main_error: Option<Value>,
}

impl Threads {
    pub fn new(interval: u64, schedule: Schedule) -> Threads {
        let main = GreenThread {
            ident: MAIN_IDENT,
            name: "MainThread".into(),
            daemon: false,
            state: State::Running,
            saved: None,
            on_rust_stack: false,
            wake: None,
            target: Value::None,
            instructions: 0,
            switches: 0,
            blocked_ns: 0,
            outcome: None,
        };
        Threads {
            all: vec![main],
            current: 0,
            interval: interval.max(1),
            schedule,
            parked: None,
            waiting_for: Value::None,
            next_ident: MAIN_IDENT + 1,
            block_order: 0,
            slice: u64::MAX,
            shutting_down: false,
            main_error: None,
        }
    }

    pub fn current(&self) -> &GreenThread {
        &self.all[self.current]
    }

    pub fn current_ident(&self) -> u64 {
        self.all[self.current].ident
    }

    fn index_of(&self, ident: u64) -> Option<usize> {
        self.all.iter().position(|t| t.ident == ident)
    }

    pub fn by_ident(&self, ident: u64) -> Option<&GreenThread> {
        self.all.iter().find(|t| t.ident == ident)
    }

    /// Threads that have not finished.
    pub fn alive(&self) -> impl Iterator<Item = &GreenThread> {
        self.all.iter().filter(|t| !matches!(t.state, State::Finished))
    }

    /// Whether another thread exists that has not finished.
    pub fn others_alive(&self) -> bool {
        self.alive().count() > 1
    }

    /// The next pseudo-random number (xorshift64*), for the random schedule.
    fn random(&mut self) -> Option<u64> {
        let Schedule::Random(state) = &mut self.schedule else { return None };
        let mut x = *state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        *state = x;
        Some(x.wrapping_mul(0x2545_f491_4f6c_dd1d))
    }

    /// The length of the next slice: the interval, or a random length up to twice it.
    fn next_slice(&mut self) -> u64 {
        match self.random() {
            Some(r) => 1 + r % (2 * self.interval),
            None => self.interval,
        }
    }
}

/// The random schedule's state for `seed` (never zero, which xorshift cannot leave).
pub fn random_schedule(seed: u64) -> Schedule {
    Schedule::Random(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
}

/// What stops a run of the scheduler.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Until {
    /// Every non-daemon thread has finished (the main program's end).
    ProgramDone,
    /// The thread at this index (suspended on the Rust stack) can go on.
    Resumable(usize),
    /// One slice of some other thread has run (preemption inside Rust code).
    OneSlice,
}

impl Vm {
    /// Set thread `index`'s state; the observers hear of it when its kind changes.
    fn set_state(&mut self, index: usize, state: State) {
        let thread = &mut self.threads.all[index];
        let changed = thread.state.kind() != state.kind();
        thread.state = state;
        if changed && !self.observers.is_empty() {
            let (ident, kind) = (thread.ident, thread.state.kind());
            self.each_observer(|o, vm| {
                o.on_thread_state(vm, ident, kind);
                Control::Continue
            });
        }
    }

    /// Tell the observers the scheduler switched threads.
    fn observe_switch(&mut self, from: usize, to: usize) {
        if from != to && !self.observers.is_empty() {
            let (from, to) = (self.threads.all[from].ident, self.threads.all[to].ident);
            self.each_observer(|o, vm| {
                o.on_thread_switch(vm, from, to);
                Control::Continue
            });
        }
    }

    /// At exit: daemon threads still alive are dropped, never to run again.
    pub(super) fn end_daemons(&mut self) {
        for index in 0..self.threads.all.len() {
            if !matches!(self.threads.all[index].state, State::Finished) {
                self.threads.all[index].saved = None;
                self.set_state(index, State::Finished);
            }
        }
    }

    /// The slice budget for a thread that starts running now: unlimited while it is the only
    /// thread (the run loop then never stops to switch).
    fn arm_budget(&mut self) {
        let slice = if self.threads.others_alive() { self.threads.next_slice() } else { u64::MAX };
        self.threads.slice = slice;
        self.budget = slice;
    }

    /// Count the instructions the running thread ran in its slice.
    fn account_slice(&mut self) {
        let ran = self.threads.slice - self.budget;
        let thread = &mut self.threads.all[self.threads.current];
        thread.instructions += ran;
        self.threads.slice = self.budget;
    }

    fn take_execution(&mut self) -> Execution {
        Execution {
            frames: std::mem::take(&mut self.frames),
            handled: std::mem::replace(&mut self.handled, Value::None),
            importing: std::mem::take(&mut self.importing),
            class_namespaces: std::mem::take(&mut self.class_namespaces),
            repr_active: std::mem::take(&mut self.repr_active),
        }
    }

    fn restore_execution(&mut self, e: Execution) {
        self.frames = e.frames;
        self.handled = e.handled;
        self.importing = e.importing;
        self.class_namespaces = e.class_namespaces;
        self.repr_active = e.repr_active;
    }

    /// Start a thread that runs `frame` (the target's call), named `name`; its ident.
    pub fn start_thread(&mut self, frame: Frame, name: String, daemon: bool, target: Value) -> u64 {
        let ident = self.threads.next_ident;
        self.threads.next_ident += 1;
        let execution = Execution { frames: vec![frame], ..Execution::default() };
        self.threads.all.push(GreenThread {
            ident,
            name,
            daemon,
            state: State::Ready,
            saved: Some(execution),
            on_rust_stack: false,
            wake: None,
            target,
            instructions: 0,
            switches: 0,
            blocked_ns: 0,
            outcome: None,
        });
        if !self.observers.is_empty() {
            self.each_observer(|o, vm| {
                o.on_thread_state(vm, ident, ThreadState::Ready);
                Control::Continue
            });
        }
        // The running thread now shares the GIL: give it a slice.
        if self.threads.slice == u64::MAX {
            self.account_slice();
            self.arm_budget();
        }
        ident
    }

    /// Block the running thread on `wait` until `deadline` (monotonic ns). Directly from a
    /// thread's code this parks it and returns a placeholder (its result comes when it is
    /// woken); from inside Rust code it runs the other threads until it is woken.
    pub fn block_on(&mut self, wait: Wait, deadline: Option<u128>) -> Result<Value, Value> {
        self.threads.block_order += 1;
        let blocked = Blocked {
            wait,
            deadline,
            since: self.host.monotonic_ns(),
            order: self.threads.block_order,
            what: std::mem::replace(&mut self.threads.waiting_for, Value::None),
        };
        if std::mem::take(&mut self.parkable) {
            self.threads.parked = Some(blocked);
            // The run loop stops at its next instruction and gives the thread back here.
            self.account_slice();
            self.budget = 0;
            self.threads.slice = 0;
            return Ok(Value::None);
        }
        self.wait_nested(blocked)
    }

    /// Run other threads until the running one, blocked inside Rust code, is woken; its result.
    fn wait_nested(&mut self, blocked: Blocked) -> Result<Value, Value> {
        let me = self.threads.current;
        self.set_state(me, State::Blocked(blocked));
        self.threads.all[me].on_rust_stack = true;
        self.suspend_for(Until::Resumable(me));
        let thread = &mut self.threads.all[me];
        thread.on_rust_stack = false;
        thread.wake.take().unwrap_or(Ok(Value::None))
    }

    /// Preemption inside Rust code (a nested run loop): let one other thread run a slice.
    pub(super) fn yield_nested(&mut self) {
        let me = self.threads.current;
        self.account_slice();
        if !self.threads.all.iter().enumerate().any(|(i, t)| i != me && is_ready(t)) {
            self.arm_budget();
            return;
        }
        self.set_state(me, State::Ready);
        self.threads.all[me].on_rust_stack = true;
        self.suspend_for(Until::OneSlice);
        self.threads.all[me].on_rust_stack = false;
    }

    /// Save the running thread (suspended on the Rust stack), run the scheduler until
    /// `until`, then make it the running thread again.
    fn suspend_for(&mut self, until: Until) {
        let me = self.threads.current;
        let saved_runs = self.thread_runs;
        let execution = self.take_execution();
        self.threads.all[me].saved = Some(execution);
        if let Some(code) = self.schedule(until) {
            // A deadlock inside a nested wait: nothing can unwind the threads stuck on the
            // Rust stack, so the report ends the process here.
            self.host.flush();
            super::host::exit_abruptly(code);
        }
        let last = std::mem::replace(&mut self.threads.current, me);
        self.observe_switch(last, me);
        let execution = self.threads.all[me].saved.take().unwrap_or_default();
        self.restore_execution(execution);
        self.set_state(me, State::Running);
        self.thread_runs = saved_runs;
        self.arm_budget();
    }

    /// Run the main program's thread and then every other until the program is done; the
    /// main thread's result. A deadlock is reported and gives exit status 1.
    pub(super) fn run_threads(&mut self) -> Result<Result<(), Value>, i32> {
        let main = self.take_execution();
        self.threads.all[0].saved = Some(main);
        self.set_state(0, State::Ready);
        if let Some(code) = self.schedule(Until::ProgramDone) {
            return Err(code);
        }
        Ok(self.threads.all[0].outcome.take().unwrap_or(Ok(())))
    }

    /// The scheduler loop: wake threads whose deadline passed, pick one, run its slice;
    /// until `until`. Gives an exit status if it had to stop at a deadlock.
    fn schedule(&mut self, until: Until) -> Option<i32> {
        let mut slices = 0;
        loop {
            self.wake_expired();
            match until {
                Until::ProgramDone if self.program_done() => return None,
                Until::Resumable(i) if matches!(self.threads.all[i].state, State::Ready) => return None,
                Until::OneSlice if slices > 0 => return None,
                _ => {}
            }
            match self.pick_thread(until) {
                Some(next) => {
                    slices += 1;
                    self.run_slice(next);
                }
                None => match self.earliest_deadline() {
                    Some(deadline) => {
                        let now = self.host.monotonic_ns();
                        self.host.sleep(std::time::Duration::from_nanos(deadline.saturating_sub(now) as u64));
                        if self.host.take_interrupt() {
                            self.interrupt_main();
                        }
                    }
                    None if until == Until::OneSlice => return None,
                    None => {
                        self.report_deadlock();
                        return Some(1);
                    }
                },
            }
        }
    }

    /// Whether the main thread and every non-daemon thread have finished.
    fn program_done(&self) -> bool {
        self.threads.all.iter().all(|t| t.daemon || matches!(t.state, State::Finished))
    }

    /// The thread to run next: a ready one not stuck under Rust frames, or the resumable one
    /// we are waiting for. Round robin starts after the current thread; the random schedule
    /// picks any.
    fn pick_thread(&mut self, until: Until) -> Option<usize> {
        let runnable: Vec<usize> = (0..self.threads.all.len())
            .filter(|&i| {
                let t = &self.threads.all[i];
                is_ready(t) && (!t.on_rust_stack || until == Until::Resumable(i))
            })
            .collect();
        if runnable.is_empty() {
            return None;
        }
        if let Some(r) = self.threads.random() {
            return Some(runnable[(r % runnable.len() as u64) as usize]);
        }
        let current = self.threads.current;
        runnable.iter().copied().find(|&i| i > current).or_else(|| runnable.first().copied())
    }

    /// Run thread `index` until it is switched out, parks, or ends.
    fn run_slice(&mut self, index: usize) {
        let previous = self.threads.current;
        self.threads.current = index;
        if previous != index {
            self.threads.all[index].switches += 1;
            self.observe_switch(previous, index);
        }
        let execution = self.threads.all[index].saved.take().unwrap_or_default();
        self.restore_execution(execution);
        self.set_state(index, State::Running);
        let mut pending = None;
        match self.threads.all[index].wake.take() {
            Some(Ok(result)) => {
                if let Some(top) = self.frames.last_mut().and_then(|f| f.stack.last_mut()) {
                    *top = result;
                }
            }
            Some(Err(exc)) => pending = Some(exc),
            None => {}
        }
        self.arm_budget();
        self.thread_runs = self.runs + 1;
        let result = self.run(0, pending);
        self.account_slice();
        if std::mem::take(&mut self.switched) {
            let execution = self.take_execution();
            let state = match self.threads.parked.take() {
                Some(blocked) => State::Blocked(blocked),
                None => State::Ready,
            };
            self.threads.all[index].saved = Some(execution);
            self.set_state(index, state);
            return;
        }
        self.thread_finished(index, result);
    }

    /// A thread's code returned or raised: it ends, and whoever joins it goes on.
    fn thread_finished(&mut self, index: usize, result: Result<Value, Value>) {
        let leftover = self.take_execution();
        drop(leftover);
        if index == 0 && self.main_shutdown_begins(&result) {
            return;
        }
        let outcome = match result {
            Ok(_) if index == 0 => self.threads.main_error.take().map_or(Ok(()), Err),
            Ok(_) => Ok(()),
            // The main thread's error is reported now, before the program waits for the
            // other threads, as CPython does.
            Err(exc) if index == 0 => {
                if !is_system_exit(&exc) {
                    self.report_uncaught(&exc);
                }
                Err(exc)
            }
            // `sys.exit()` in a thread ends only that thread, silently.
            Err(exc) if is_system_exit(&exc) => Ok(()),
            Err(exc) => {
                let target = self.threads.all[index].target.repr();
                let report = super::traceback::format_exception(&exc);
                self.host
                    .write_stderr(&format!("Exception ignored in thread started by: {target}\n{report}"));
                Ok(())
            }
        };
        let ident = self.threads.all[index].ident;
        self.threads.all[index].outcome = Some(outcome);
        self.set_state(index, State::Finished);
        for i in 0..self.threads.all.len() {
            if let State::Blocked(Blocked { wait: Wait::Join(joined), .. }) = &self.threads.all[i].state
                && *joined == ident
            {
                self.wake(i, Ok(Value::bool(true)));
            }
        }
    }

    /// When the main program ends and `atexit` or `threading` was imported, the main thread
    /// goes on to run `atexit._shutdown()` or `threading._shutdown()` (threading's atexit
    /// calls, joining every non-daemon thread, then the `atexit` functions), as in CPython;
    /// its own outcome is kept. Says whether that began.
    fn main_shutdown_begins(&mut self, result: &Result<Value, Value>) -> bool {
        if self.threads.shutting_down {
            return false;
        }
        self.threads.shutting_down = true;
        // `atexit._shutdown` runs threading's first, then the exit functions.
        let module = |name: &str| self.modules.borrow().get(&Key(Value::str(name))).cloned();
        let owner = module("atexit").or_else(|| module("threading"));
        let Some(Some(Object::Module { dict, .. })) = owner.as_ref().map(Value::object) else {
            return false;
        };
        let Some(shutdown) = dict.borrow().get(&Key(Value::str("_shutdown"))).cloned() else { return false };
        let Ok(frame) = self.frame_for_call(&shutdown, crate::runtime::function::CallArgs::default()) else {
            return false;
        };
        if let Err(exc) = result {
            if !is_system_exit(exc) {
                self.report_uncaught(exc);
            }
            self.threads.main_error = Some(exc.clone());
        }
        self.threads.all[0].saved = Some(Execution { frames: vec![frame], ..Execution::default() });
        self.set_state(0, State::Ready);
        true
    }

    /// Make blocked thread `index` ready, its blocking call giving `result`.
    fn wake(&mut self, index: usize, result: Result<Value, Value>) {
        let now = self.host.monotonic_ns();
        let thread = &mut self.threads.all[index];
        if let State::Blocked(b) = &thread.state {
            thread.blocked_ns += now.saturating_sub(b.since);
        }
        thread.wake = Some(result);
        self.set_state(index, State::Ready);
    }

    /// Wake the threads whose wait timed out (a sleep's end is its deadline); the blocking
    /// call gives False (a lock or join that timed out) or None (a sleep).
    fn wake_expired(&mut self) {
        let now = self.host.monotonic_ns();
        for i in 0..self.threads.all.len() {
            let State::Blocked(b) = &self.threads.all[i].state else { continue };
            if b.deadline.is_some_and(|d| d <= now) {
                let result = match b.wait {
                    Wait::Sleep => Value::None,
                    Wait::Lock(_) | Wait::Join(_) => Value::bool(false),
                };
                self.wake(i, Ok(result));
            }
        }
    }

    fn earliest_deadline(&self) -> Option<u128> {
        self.threads
            .all
            .iter()
            .filter_map(|t| match &t.state {
                State::Blocked(b) => b.deadline,
                _ => None,
            })
            .min()
    }

    /// Ctrl-C while every thread waits: KeyboardInterrupt in the main thread, as CPython.
    fn interrupt_main(&mut self) {
        let exc = crate::runtime::exception::exception_with_args(ExcKind::KeyboardInterrupt, Vec::new());
        if matches!(self.threads.all[0].state, State::Blocked(_)) {
            self.wake(0, Err(exc));
        }
    }

    /// `lock.release()` by the running thread: the lock goes to its longest waiter, if any.
    pub fn release_lock(&mut self, lock_value: &Value, lock: &crate::runtime::lock::Lock) {
        lock.owner.set(None);
        lock.count.set(0);
        let waiter = (0..self.threads.all.len())
            .filter_map(|i| match &self.threads.all[i].state {
                State::Blocked(Blocked { wait: Wait::Lock(l), order, .. }) if ops::is_same(l, lock_value) => {
                    Some((*order, i))
                }
                _ => None,
            })
            .min();
        if let Some((_, i)) = waiter {
            lock.owner.set(Some(self.threads.all[i].ident));
            lock.count.set(1);
            self.wake(i, Ok(Value::bool(true)));
        }
    }

    /// The deadlock report: every live thread, what it waits for and who holds that, and
    /// where it stands.
    fn report_deadlock(&mut self) {
        let mut report = String::from("pyglass: deadlock: every thread is blocked and none can wake\n");
        for thread in self.threads.alive() {
            report.push_str(&format!("\nThread {:?} (ident {}) ", thread.name, thread.ident));
            match &thread.state {
                State::Blocked(b) => report.push_str(&self.describe_wait(b)),
                other => report.push_str(other.name()),
            }
            report.push('\n');
            if let Some(e) = &thread.saved {
                report.push_str(&super::traceback::format_stack(&e.frames));
            }
        }
        self.write_report(&report);
    }

    /// What a blocked thread waits for, in words (deadlock reports, the debugger).
    pub fn describe_wait(&self, b: &Blocked) -> String {
        let holder = |ident: Option<u64>| match ident.and_then(|i| self.threads.by_ident(i)) {
            Some(t) => format!("held by thread {:?}", t.name),
            None => "not held".to_string(),
        };
        let mut text = match &b.wait {
            Wait::Lock(l) => match l.object() {
                Some(Object::Lock(lock)) => {
                    format!("waits for a {} {}", lock.type_name(), holder(lock.owner.get()))
                }
                _ => "waits for a lock".to_string(),
            },
            Wait::Sleep => "sleeps".to_string(),
            Wait::Join(ident) => match self.threads.by_ident(*ident) {
                Some(t) => format!("joins thread {:?}", t.name),
                None => "joins a thread".to_string(),
            },
        };
        if !matches!(b.what, Value::None) {
            text = format!("{text}, in a wait on {}", b.what.repr());
        }
        text
    }

    /// `thread.join(timeout)`: wait for thread `ident` to end; False if the wait timed out.
    pub fn join_thread(&mut self, ident: u64, deadline: Option<u128>) -> Result<Value, Value> {
        let Some(index) = self.threads.index_of(ident) else { return Ok(Value::bool(true)) };
        if index == self.threads.current {
            return Err(new_exception(ExcKind::RuntimeError, "cannot join current thread"));
        }
        if matches!(self.threads.all[index].state, State::Finished) {
            return Ok(Value::bool(true));
        }
        self.block_on(Wait::Join(ident), deadline)
    }
}

fn is_ready(t: &GreenThread) -> bool {
    matches!(t.state, State::Ready)
}

fn is_system_exit(exc: &Value) -> bool {
    matches!(exc.object(), Some(Object::Exception(e)) if e.borrow().kind == ExcKind::SystemExit)
}
