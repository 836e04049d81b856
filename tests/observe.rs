//! The observer door as an embedding program uses it: an observer attached through the
//! library API, hearing the VM's execution events.

use std::cell::RefCell;
use std::rc::Rc;

use pyglass::bytecode::code::CodeObject;
use pyglass::cli::run::run_script_with;
use pyglass::cli::schedule::ScheduleArgs;
use pyglass::observe::{Arming, Control, Interest, Observer, ThreadState};
use pyglass::pipeline::CacheMode;
use pyglass::vm::Vm;
use pyglass::vm::host::Host;

/// Every thread state change, as (ident, state), checked against the thread's record.
#[derive(Default)]
struct StateLog(Vec<(u64, ThreadState)>);

impl Observer for StateLog {
    fn on_thread_state(&mut self, vm: &mut Vm, ident: u64, state: ThreadState) {
        let thread = vm.threads.by_ident(ident).expect("the thread exists");
        assert_eq!(thread.state.kind(), state, "the record is updated before the event");
        self.0.push((ident, state));
    }
}

#[test]
fn thread_state_changes_reach_observers_in_order() {
    let log = Rc::new(RefCell::new(StateLog::default()));
    let script = vec!["tests/observe/thread_states.py".to_string()];
    let status = run_script_with(&script, CacheMode::OFF, &ScheduleArgs::default(), &mut |vm| {
        vm.host = Host::with_streams(Box::new(std::io::sink()), Box::new(std::io::sink()));
        vm.attach(Box::new(log.clone()));
    });
    assert_eq!(status, 0);
    let events = &log.borrow().0;
    let of = |ident: u64| events.iter().filter(|e| e.0 == ident).map(|e| e.1).collect::<Vec<_>>();
    use ThreadState::*;
    // Started; runs until it blocks on the lock; the release wakes it; it runs to its end.
    assert_eq!(of(2), [Ready, Running, Blocked, Ready, Running, Finished]);
    // The main thread runs until its sleep blocks it, and ends last.
    let main = of(1);
    assert_eq!(main[..3], [Ready, Running, Blocked], "{main:?}");
    assert_eq!(main.last(), Some(&Finished), "{main:?}");
    assert_eq!(events.last(), Some(&(1, Finished)));
    // A state is reported only when it changes.
    for thread in [of(1), of(2)] {
        assert!(thread.windows(2).all(|w| w[0] != w[1]), "{thread:?}");
    }
}

/// Arms line 14 of `looping` and the call of `cold`; keeps every event it hears.
#[derive(Default)]
struct Armed {
    lines: Vec<(String, u32)>,
    calls: Vec<String>,
    instructions: u64,
    /// After the first line event, ask for every instruction (as a debugger that stops and
    /// then steps).
    step_after_first: bool,
}

impl Observer for Armed {
    fn interest(&self) -> Interest {
        Interest {
            armed: true,
            instructions: self.step_after_first && !self.lines.is_empty(),
            ..Interest::NONE
        }
    }
    fn arms(&self, code: &CodeObject) -> Arming {
        match code.name.as_str() {
            "looping" => Arming { call: false, lines: vec![14] },
            "cold" => Arming { call: true, lines: Vec::new() },
            _ => Arming::default(),
        }
    }
    fn on_line(&mut self, vm: &mut Vm, line: u32) -> Control {
        let name = vm.frames.last().map(|f| f.code.name.clone()).unwrap_or_default();
        if self.lines.is_empty() && self.step_after_first {
            vm.observers_changed();
        }
        self.lines.push((name, line));
        Control::Continue
    }
    fn on_call(&mut self, vm: &mut Vm) -> Control {
        self.calls.push(vm.frames.last().map(|f| f.code.name.clone()).unwrap_or_default());
        Control::Continue
    }
    fn on_instruction(&mut self, _vm: &mut Vm) -> Control {
        self.instructions += 1;
        Control::Continue
    }
}

fn run_armed(observer: Armed) -> Armed {
    let armed = Rc::new(RefCell::new(observer));
    let script = vec!["tests/observe/armed.py".to_string()];
    let status = run_script_with(&script, CacheMode::OFF, &ScheduleArgs::default(), &mut |vm| {
        vm.host = Host::with_streams(Box::new(std::io::sink()), Box::new(std::io::sink()));
        vm.attach(Box::new(armed.clone()));
    });
    assert_eq!(status, 0);
    Rc::try_unwrap(armed).ok().expect("the VM let the observer go").into_inner()
}

#[test]
fn armed_code_alone_gets_its_armed_events() {
    let seen = run_armed(Armed::default());
    // Line 14 once per iteration (a new line each time round the loop), nothing of `hot`,
    // the module or `looping`'s other lines; the one call of `cold`.
    let expected: Vec<(String, u32)> = (0..3).map(|_| ("looping".to_string(), 14)).collect();
    assert_eq!(seen.lines, expected);
    assert_eq!(seen.calls, ["cold"]);
    assert_eq!(seen.instructions, 0);
}

#[test]
fn an_observer_asking_for_more_gets_it_from_the_next_instruction() {
    let seen = run_armed(Armed { step_after_first: true, ..Armed::default() });
    // From the first line event on, every instruction of every frame is heard.
    assert!(seen.instructions > 50, "{}", seen.instructions);
    assert_eq!(seen.lines.first(), Some(&("looping".to_string(), 14)));
}

/// Stops the program before its `n`th instruction.
struct StopAt(u64);

impl Observer for StopAt {
    fn interest(&self) -> Interest {
        Interest { instructions: true, ..Interest::NONE }
    }

    fn on_instruction(&mut self, _vm: &mut Vm) -> Control {
        self.0 = self.0.saturating_sub(1);
        if self.0 == 0 { Control::Stop } else { Control::Continue }
    }
}

#[test]
fn a_stop_ends_the_program_at_any_instruction() {
    // A stop at the first instruction of a handler was once caught by that same handler,
    // again and again.
    let script = vec!["tests/observe/stop_anywhere.py".to_string()];
    for n in 1..400 {
        let status = run_script_with(&script, CacheMode::OFF, &ScheduleArgs::default(), &mut |vm| {
            vm.host = Host::with_streams(Box::new(std::io::sink()), Box::new(std::io::sink()));
            vm.attach(Box::new(StopAt(n)));
        });
        assert_eq!(status, 0, "stopped before instruction {n}");
    }
}
