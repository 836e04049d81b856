//! `pyglass FILE [ARGS]`, `pyglass run FILE [ARGS]` and `pyglass -c CODE`: run a program as
//! python3 does, with the same output and exit status (1 after an uncaught exception or a
//! syntax error, the code given to `sys.exit`).

use std::path::Path;
use std::rc::Rc;

use clap::Args;

use super::input;
use super::schedule::ScheduleArgs;
use crate::bytecode::code::CodeObject;
use crate::pipeline::{self, CacheMode};
use crate::runtime::exception::ExcKind;
use crate::runtime::value::{Object, Value};
use crate::syntax_error::SyntaxError;
use crate::vm::finder;
use crate::vm::host::Host;
use crate::vm::{Outcome, Vm};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Do not read or write the bytecode cache (`__pycache__/*.pyglass-*.pyc`).
    #[arg(long)]
    pub no_cache: bool,
    #[command(flatten)]
    pub schedule: super::schedule::ScheduleArgs,
    /// The script to run, followed by its own arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub script: Vec<String>,
}

/// Run the script named first in `script`.
pub fn run_script(script: &[String], mode: CacheMode, schedule: &ScheduleArgs) -> i32 {
    run_script_with(script, mode, schedule, &mut |_| {})
}

/// `run_script`, with `setup` given the VM before the program starts (to attach observers).
pub fn run_script_with(
    script: &[String],
    mode: CacheMode,
    schedule: &ScheduleArgs,
    setup: &mut dyn FnMut(&mut Vm),
) -> i32 {
    let Some(path) = script.first() else { return 2 };
    match compile_script(path, mode) {
        Ok(compiled) => run_compiled(compiled, script, mode, schedule, setup),
        Err(status) => status,
    }
}

/// Read and compile a script (through the cache); if it cannot be read, the message is
/// printed and the exit status given back.
pub fn compile_script(path: &str, mode: CacheMode) -> Result<Result<Rc<CodeObject>, SyntaxError>, i32> {
    let bytes = match input::read_bytes(path) {
        Ok(bytes) => bytes,
        Err(message) => return Err(input::cannot_open(&message)),
    };
    let name = input::script_name(path);
    Ok(if path == "-" {
        pipeline::compile_source(&name, &bytes)
    } else {
        pipeline::compile_file(Path::new(path), &name, &bytes, mode).map(|(code, _)| code)
    })
}

/// Run a compiled script (`script` is its path and arguments); its exit status.
pub fn run_compiled(
    compiled: Result<Rc<CodeObject>, SyntaxError>,
    script: &[String],
    mode: CacheMode,
    schedule: &ScheduleArgs,
    setup: &mut dyn FnMut(&mut Vm),
) -> i32 {
    let script_path = script.first().map(String::as_str).filter(|p| *p != "-");
    execute(compiled, script.to_vec(), finder::initial_sys_path(script_path), mode, schedule, setup)
}

/// Run `code` given on the command line (`-c`), named `<string>` as python3 names it.
pub fn run_code(code: &str) -> i32 {
    let compiled = pipeline::compile_source("<string>", code.as_bytes());
    let (path, mode) = (finder::initial_sys_path(None), CacheMode::from_environment());
    execute(compiled, vec!["-c".to_string()], path, mode, &ScheduleArgs::default(), &mut |_| {})
}

fn execute(
    compiled: Result<Rc<CodeObject>, SyntaxError>,
    argv: Vec<String>,
    sys_path: Vec<String>,
    cache: CacheMode,
    schedule: &ScheduleArgs,
    setup: &mut dyn FnMut(&mut Vm),
) -> i32 {
    let code = match compiled {
        Ok(code) => code,
        Err(error) => {
            eprint!("{}", error.render());
            return 1;
        }
    };
    let mut vm = Vm::new(Host::stdio());
    vm.argv = argv;
    vm.sys_path = Value::list(sys_path.into_iter().map(Value::str).collect());
    vm.cache = cache;
    vm.threads = schedule.threads();
    setup(&mut vm);
    match vm.run_main(code) {
        Outcome::Finished => 0,
        Outcome::Uncaught(exc) if is_keyboard_interrupt(&exc) => {
            vm.host.die_of_interrupt();
            130
        }
        Outcome::Uncaught(_) => 1,
        Outcome::Exit(code) => code,
    }
}

fn is_keyboard_interrupt(exc: &Value) -> bool {
    matches!(exc.object(), Some(Object::Exception(e)) if e.borrow().kind == ExcKind::KeyboardInterrupt)
}
