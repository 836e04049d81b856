//! The command-line interface: argument definitions (clap) and one module per command.

pub mod ast;
pub mod dis;
pub mod input;
pub mod tokens;

use clap::{Parser, Subcommand};

/// pyglass: a Python interpreter you can see through.
#[derive(Debug, Parser)]
#[command(name = "pyglass", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the token stream, exactly as `python3 -m tokenize FILE` prints it.
    Tokens(tokens::TokensArgs),
    /// Print the syntax tree, exactly as `ast.dump(ast.parse(src), indent=2)` prints it.
    Ast(ast::AstArgs),
    /// Compile and print the bytecode of every code object, in the layout of `python3 -m dis`.
    Dis(dis::DisArgs),
}

/// What a command printed and how it ended, so tests can run commands in-process.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

impl Output {
    /// Write both streams to the process's stdout and stderr and return the status.
    pub fn emit(self) -> i32 {
        use std::io::Write;
        let _ = std::io::stdout().write_all(self.stdout.as_bytes());
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(self.stderr.as_bytes());
        self.status
    }
}

/// Run the command line; returns the process exit status.
pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Tokens(args) => tokens::run(&args),
        Command::Ast(args) => ast::run(&args),
        Command::Dis(args) => dis::run(&args),
    }
}
