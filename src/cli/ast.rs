//! `pyglass ast FILE`: the syntax tree, printed as `ast.dump(ast.parse(src), indent=2)` prints it.

use clap::Args;

use super::Output;
use super::input;
use crate::ast::dump::dump;
use crate::parser;
use crate::source;

#[derive(Debug, Args)]
pub struct AstArgs {
    /// Include positions (lineno, col_offset, end_lineno, end_col_offset), like
    /// `ast.dump(..., include_attributes=True)`.
    #[arg(long)]
    pub positions: bool,
    /// The Python file to parse (`-` for standard input).
    pub file: String,
}

pub fn run(args: &AstArgs) -> i32 {
    match input::read_bytes(&args.file) {
        Ok(bytes) => format_ast(&input::script_name(&args.file), &bytes, args.positions).emit(),
        Err(message) => input::cannot_open(&message),
    }
}

/// What pyglass prints for `ast [--positions]` on a file with these bytes: the dump, or the
/// SyntaxError report that `python3 FILE` prints for it (exit status 1).
pub fn format_ast(name: &str, bytes: &[u8], positions: bool) -> Output {
    let parsed = source::decode(name, bytes)
        .map_err(|e| e.to_syntax_error())
        .and_then(|file| parser::parse_module(&file.text, name));
    match parsed {
        Ok(module) => Output { stdout: dump(&module, positions) + "\n", stderr: String::new(), status: 0 },
        Err(error) => Output { stdout: String::new(), stderr: error.render(), status: 1 },
    }
}
