//! The command-line interface: argument definitions (clap) and one module per command.

pub mod ast;
pub mod compile;
pub mod debug;
pub mod dis;
pub mod input;
pub mod pipeline;
pub mod profile;
pub mod race;
pub mod run;
pub mod schedule;
pub mod tokens;

use clap::{Parser, Subcommand};

/// pyglass: a Python interpreter you can see through.
#[derive(Debug, Parser)]
#[command(name = "pyglass", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Run CODE as the program (like `python3 -c`).
    #[arg(short = 'c', value_name = "CODE")]
    pub code: Option<String>,
    /// The script to run (like `python3 FILE ARGS`), followed by its own arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub script: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a Python script, as `python3 FILE ARGS` does.
    Run(run::RunArgs),
    /// Debug a script in the terminal debugger: source, AST, bytecode, value stack,
    /// variables, frames, threads, a live profile and the output, as the program runs.
    Debug(debug::DebugArgs),
    /// Compile files to their bytecode cache, like `python3 -m py_compile`.
    Compile(compile::CompileArgs),
    /// Print the token stream, exactly as `python3 -m tokenize FILE` prints it.
    Tokens(tokens::TokensArgs),
    /// Print the syntax tree, exactly as `ast.dump(ast.parse(src), indent=2)` prints it.
    Ast(ast::AstArgs),
    /// Compile and print the bytecode of every code object, in the layout of `python3 -m dis`.
    Dis(dis::DisArgs),
    /// Run a threaded script under many random schedules and report which seeds gave which
    /// distinct outputs, to find a race and the seed that reproduces it.
    Race(race::RaceArgs),
    /// Run a script with the profiler: per-opcode, per-line and per-function time, and
    /// flamegraph, collapsed-stack, speedscope and JSON files.
    Profile(profile::ProfileArgs),
    /// Python's interactive prompt (also `pyglass` with no arguments), with `:tokens`,
    /// `:ast`, `:dis` and `:time` to show the pipeline for a snippet.
    Repl,
    /// Show what happens to a program, stage by stage: time and product of reading, tokens,
    /// the syntax tree, compiling and the cache, then the run.
    Pipeline(pipeline::PipelineArgs),
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
    let Some(command) = cli.command else {
        if let Some(code) = &cli.code {
            return run::run_code(code);
        }
        if cli.script.is_empty() {
            return crate::line::repl::run();
        }
        let mode = crate::pipeline::CacheMode::from_environment();
        return run::run_script(&cli.script, mode, &schedule::ScheduleArgs::default());
    };
    match command {
        Command::Run(args) => {
            let mode = if args.no_cache {
                crate::pipeline::CacheMode::OFF
            } else {
                crate::pipeline::CacheMode::from_environment()
            };
            run::run_script(&args.script, mode, &args.schedule)
        }
        Command::Compile(args) => compile::run(&args),
        Command::Debug(args) => debug::run(&args),
        Command::Repl => crate::line::repl::run(),
        Command::Tokens(args) => tokens::run(&args),
        Command::Ast(args) => ast::run(&args),
        Command::Dis(args) => dis::run(&args),
        Command::Race(args) => race::run(&args),
        Command::Profile(args) => profile::run(&args),
        Command::Pipeline(args) => pipeline::run(&args),
    }
}
