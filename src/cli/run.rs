//! `pyglass FILE [ARGS]`, `pyglass run FILE [ARGS]` and `pyglass -c CODE`: run a program as
//! python3 does, with the same output and exit status (1 after an uncaught exception or a
//! syntax error, the code given to `sys.exit`).

use clap::Args;

use super::input;
use crate::ast::Mod;
use crate::compiler::codegen::compile_module;
use crate::parser;
use crate::source;
use crate::syntax_error::SyntaxError;
use crate::vm::host::Host;
use crate::vm::{Outcome, Vm};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The script to run, followed by its own arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub script: Vec<String>,
}

/// Run the script named first in `script`.
pub fn run_script(script: &[String]) -> i32 {
    let Some(path) = script.first() else { return 2 };
    match input::read_bytes(path) {
        Ok(bytes) => run_source(&input::script_name(path), &bytes, script.to_vec()),
        Err(message) => input::cannot_open(&message),
    }
}

/// Run `code` given on the command line (`-c`), named `<string>` as python3 names it.
pub fn run_code(code: &str) -> i32 {
    run_source("<string>", code.as_bytes(), vec!["-c".to_string()])
}

fn run_source(name: &str, bytes: &[u8], argv: Vec<String>) -> i32 {
    let compiled = source::decode(name, bytes).map_err(|e| e.to_syntax_error()).and_then(|file| {
        let Mod::Module { body, .. } = parser::parse_module(&file.text, name)? else {
            return Err(SyntaxError::new("expected a module", name, 1, 1));
        };
        compile_module(&body, name).map_err(|e| {
            let mut error = SyntaxError::new(e.msg, name, e.span.lineno, e.span.col_offset + 1);
            error.text = file.text.lines().nth(e.span.lineno.saturating_sub(1) as usize).map(str::to_string);
            error
        })
    });
    let code = match compiled {
        Ok(code) => code,
        Err(error) => {
            eprint!("{}", error.render());
            return 1;
        }
    };
    let mut vm = Vm::new(Host::stdio());
    vm.argv = argv;
    match vm.run_main(code) {
        Outcome::Finished => 0,
        Outcome::Uncaught(_) => 1,
        Outcome::Exit(code) => code,
    }
}
