//! `pyglass dis FILE`: the disassembly of every code object, in the layout of `python3 -m dis`.

use clap::Args;

use super::Output;
use super::input;
use crate::ast::Mod;
use crate::bytecode::dis::disassemble;
use crate::compiler::codegen::compile_module;
use crate::parser;
use crate::source;
use crate::syntax_error::SyntaxError;

#[derive(Debug, Args)]
pub struct DisArgs {
    /// The Python file to compile and disassemble (`-` for standard input).
    pub file: String,
}

pub fn run(args: &DisArgs) -> i32 {
    match input::read_bytes(&args.file) {
        Ok(bytes) => format_dis(&input::script_name(&args.file), &bytes).emit(),
        Err(message) => input::cannot_open(&message),
    }
}

/// The disassembly of the module in `bytes`, or the error report (exit status 1).
pub fn format_dis(name: &str, bytes: &[u8]) -> Output {
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
    match compiled {
        Ok(code) => Output { stdout: disassemble(&code), stderr: String::new(), status: 0 },
        Err(error) => Output { stdout: String::new(), stderr: error.render(), status: 1 },
    }
}
