//! Embedding pyglass: run Python source from a Rust program with an observer attached that
//! counts calls per function. Run it with `cargo run --release --example embed`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use pyglass::observe::{Control, Interest, Observer};
use pyglass::vm::host::Host;
use pyglass::vm::{Outcome, Vm};

/// Counts how many times each Python function starts (the PY_START event).
#[derive(Default)]
struct CallCounter {
    calls: BTreeMap<String, u64>,
}

impl Observer for CallCounter {
    fn interest(&self) -> Interest {
        Interest { calls: true, ..Interest::default() }
    }

    fn on_call(&mut self, vm: &mut Vm) -> Control {
        if let Some(frame) = vm.frames.last() {
            *self.calls.entry(frame.code.qualname.clone()).or_insert(0) += 1;
        }
        Control::Continue
    }
}

const PROGRAM: &str = "
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Greeter:
    def greet(self, name):
        return f'hello, {name}'

print(fib(15), Greeter().greet('pyglass'))
";

fn main() {
    let code = match pyglass::pipeline::compile_source("<embedded>", PROGRAM.as_bytes()) {
        Ok(code) => code,
        Err(error) => {
            eprint!("{}", error.render());
            std::process::exit(1);
        }
    };
    let counter = Rc::new(RefCell::new(CallCounter::default()));
    let mut vm = Vm::new(Host::stdio());
    vm.attach(Box::new(counter.clone()));
    let status = match vm.run_main(code) {
        Outcome::Finished => 0,
        Outcome::Uncaught(_) => 1,
        Outcome::Exit(code) => code,
    };
    for (function, calls) in &counter.borrow().calls {
        println!("{function:>16}: {calls} call{}", if *calls == 1 { "" } else { "s" });
    }
    std::process::exit(status);
}
