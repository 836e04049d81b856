//! `pyglass compile FILE...`: write each file's bytecode cache, like `python3 -m py_compile`.

use std::path::Path;

use clap::Args;

use super::input;
use crate::pipeline::{self, CacheMode};

#[derive(Debug, Args)]
pub struct CompileArgs {
    /// The Python files to compile.
    #[arg(required = true)]
    pub files: Vec<String>,
}

pub fn run(args: &CompileArgs) -> i32 {
    let mut status = 0;
    for path in &args.files {
        let bytes = match input::read_bytes(path) {
            Ok(bytes) => bytes,
            Err(message) => {
                eprintln!("{message}");
                status = 1;
                continue;
            }
        };
        let name = input::script_name(path);
        // Always recompile and write, as py_compile does.
        let mode = CacheMode { read: false, write: true };
        if let Err(error) = pipeline::compile_file(Path::new(path), &name, &bytes, mode) {
            eprint!("{}", error.render());
            status = 1;
        }
    }
    status
}
