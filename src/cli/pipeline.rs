//! `pyglass pipeline FILE [ARGS]`: what happens to a program, stage by stage: reading and
//! decoding, tokens, the syntax tree, code objects, the bytecode cache, then the run
//! (instructions, calls, peak frame and value-stack depth). Each stage's time and product;
//! `--show tokens|ast|dis` prints a product; `--json` gives it all to tools (the program's
//! output is then captured into the JSON). Stage events go through the observer door.

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};

use super::schedule::ScheduleArgs;
use crate::bytecode::code::{CodeObject, ConstValue};
use crate::observe::{CacheEvent, Control, Interest, Observer, Observers, StageEvent};
use crate::pipeline::{CacheMode, CacheOutcome};
use crate::profiler::report::{count, duration};
use crate::vm::Vm;
use crate::vm::host::Host;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Show {
    Tokens,
    Ast,
    Dis,
}

#[derive(Debug, Args)]
pub struct PipelineArgs {
    /// Also print a stage's product: the tokens, the tree or the disassembly (repeatable).
    #[arg(long, value_enum)]
    pub show: Vec<Show>,
    /// Print the report as JSON (the program's output goes into it).
    #[arg(long)]
    pub json: bool,
    /// Stop after the front end: do not run the program.
    #[arg(long)]
    pub no_run: bool,
    /// Do not read or write the bytecode cache.
    #[arg(long)]
    pub no_cache: bool,
    /// The script, followed by its own arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub script: Vec<String>,
}

/// The stage events, as the observer door delivers them.
#[derive(Default)]
struct StageLog(Vec<StageEvent>);

impl Observer for StageLog {
    fn interest(&self) -> Interest {
        Interest::default()
    }
    fn on_stage(&mut self, event: &StageEvent) {
        self.0.push(event.clone());
    }
}

/// Counts of the run.
#[derive(Default)]
struct RunStats {
    instructions: u64,
    calls: u64,
    peak_frames: usize,
    peak_stack: usize,
}

impl Observer for RunStats {
    fn interest(&self) -> Interest {
        Interest { instructions: true, calls: true, ..Interest::NONE }
    }
    fn on_instruction(&mut self, vm: &mut Vm) -> Control {
        self.instructions += 1;
        self.peak_frames = self.peak_frames.max(vm.frames.len());
        if let Some(frame) = vm.frames.last() {
            self.peak_stack = self.peak_stack.max(frame.stack.len());
        }
        Control::Continue
    }
    fn on_call(&mut self, _vm: &mut Vm) -> Control {
        self.calls += 1;
        Control::Continue
    }
}

/// A `Write` into a shared buffer (the program's captured output).
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

/// Code objects (the module's and every nested one) and their instructions.
fn code_counts(code: &CodeObject) -> (usize, usize) {
    let mut counts = (1, code.instructions.len());
    for constant in &code.consts {
        if let ConstValue::Code(inner) = constant {
            let (objects, instructions) = code_counts(inner);
            counts.0 += objects;
            counts.1 += instructions;
        }
    }
    counts
}

pub fn run(args: &PipelineArgs) -> i32 {
    let path = &args.script[0];
    let mut observers = Observers::default();
    let log = Rc::new(RefCell::new(StageLog::default()));
    observers.attach(Box::new(log.clone()));
    let (bytes, read_time) = timed(|| super::input::read_bytes(path));
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(message) => return super::input::cannot_open(&message),
    };
    let name = super::input::script_name(path);
    observers.stage(&StageEvent::SourceRead { path: path.clone(), bytes: bytes.len(), duration: read_time });
    let (file, decode_time) = timed(|| crate::source::decode(&name, &bytes));
    let file = match file {
        Ok(file) => file,
        Err(e) => {
            eprint!("{}", e.to_syntax_error().render());
            return 1;
        }
    };
    let (tokens, token_time) = timed(|| crate::lexer::tokenize(&file.text));
    observers.stage(&StageEvent::Tokens { count: tokens.tokens.len(), duration: decode_time + token_time });
    let (tree, parse_time) = timed(|| crate::parser::parse_module(&file.text, &name));
    let tree = match tree {
        Ok(tree) => tree,
        Err(error) => {
            eprint!("{}", error.render());
            return 1;
        }
    };
    observers.stage(&StageEvent::Ast { nodes: crate::ast::dump::count_nodes(&tree), duration: parse_time });
    let (code, compile_time) = timed(|| crate::pipeline::compile_source(&name, &bytes));
    let code = match code {
        Ok(code) => code,
        Err(error) => {
            eprint!("{}", error.render());
            return 1;
        }
    };
    let (code_objects, instructions) = code_counts(&code);
    observers.stage(&StageEvent::Compiled { code_objects, instructions, duration: compile_time });
    let mode = if args.no_cache { CacheMode::OFF } else { CacheMode::from_environment() };
    let (cached, cache_time) = timed(|| crate::pipeline::compile_file(Path::new(path), &name, &bytes, mode));
    let outcome = match cached {
        Ok((_, CacheOutcome::Hit)) => CacheEvent::Hit,
        Ok((_, CacheOutcome::Compiled { written, .. })) => CacheEvent::Miss { written },
        Ok((_, CacheOutcome::Unused)) | Err(_) => CacheEvent::Unused,
    };
    let cache_path = crate::bytecode::pyc::cache_path(Path::new(path)).to_string_lossy().into_owned();
    observers.stage(&StageEvent::Cache { path: cache_path, outcome, duration: cache_time });

    let mut report = Report { script: path.clone(), stages: log.borrow().0.clone(), ..Report::default() };
    let status = if args.no_run {
        0
    } else {
        let stats = Rc::new(RefCell::new(RunStats::default()));
        let (stdout, stderr) = (Captured::default(), Captured::default());
        let capture = args.json;
        let schedule = ScheduleArgs::default();
        let start = Instant::now();
        let status = super::run::run_script_with(&args.script, mode, &schedule, &mut |vm| {
            if capture {
                vm.host = Host::with_streams(Box::new(stdout.clone()), Box::new(stderr.clone()));
            }
            vm.attach(Box::new(stats.clone()));
        });
        let stats = stats.borrow();
        report.run = Some((
            start.elapsed(),
            stats.instructions,
            stats.calls,
            stats.peak_frames,
            stats.peak_stack,
            status,
            String::from_utf8_lossy(&stdout.0.borrow()).into_owned(),
            String::from_utf8_lossy(&stderr.0.borrow()).into_owned(),
        ));
        status
    };
    if args.json {
        print!("{}", report.json());
        return status;
    }
    let mut out = report.text();
    for show in &args.show {
        let shown = match show {
            Show::Tokens => super::tokens::format_tokens(&name, &bytes, false, false),
            Show::Ast => super::ast::format_ast(&name, &bytes, false),
            Show::Dis => super::dis::format_dis(&name, &bytes),
        };
        out.push_str(&format!("\n--- {} ---\n{}", format!("{show:?}").to_lowercase(), shown.stdout));
    }
    let _ = std::io::stdout().flush();
    print!("{out}");
    status
}

/// What the command reports.
#[derive(Default)]
struct Report {
    script: String,
    stages: Vec<StageEvent>,
    /// Time, instructions, calls, peak frames, peak value stack, exit status, stdout, stderr.
    #[allow(clippy::type_complexity)]
    run: Option<(Duration, u64, u64, usize, usize, i32, String, String)>,
}

fn ns(d: Duration) -> u64 {
    d.as_nanos() as u64
}

impl Report {
    /// (stage, time, product) rows.
    fn rows(&self) -> Vec<(&'static str, Duration, String)> {
        let mut rows = Vec::new();
        for event in &self.stages {
            rows.push(match event {
                StageEvent::SourceRead { bytes, duration, .. } => {
                    ("read", *duration, format!("{} bytes", count(*bytes as u64)))
                }
                StageEvent::Tokens { count: n, duration } => {
                    ("tokens", *duration, format!("{} tokens", count(*n as u64)))
                }
                StageEvent::Ast { nodes, duration } => {
                    ("ast", *duration, format!("{} nodes", count(*nodes as u64)))
                }
                StageEvent::Compiled { code_objects, instructions, duration } => (
                    "compile",
                    *duration,
                    format!(
                        "{code_objects} code object{}, {} instructions",
                        if *code_objects == 1 { "" } else { "s" },
                        count(*instructions as u64)
                    ),
                ),
                StageEvent::Cache { path, outcome, duration } => (
                    "cache",
                    *duration,
                    match outcome {
                        CacheEvent::Hit => format!("hit: {path}"),
                        CacheEvent::Miss { written: true } => format!("miss, written: {path}"),
                        CacheEvent::Miss { written: false } => "miss, not written".to_string(),
                        CacheEvent::Rejected => format!("rejected: {path}"),
                        CacheEvent::Unused => "not used".to_string(),
                    },
                ),
            });
        }
        if let Some((time, instructions, calls, frames, stack, status, ..)) = &self.run {
            rows.push((
                "run",
                *time,
                format!(
                    "{} instructions, {} calls, peak frame depth {frames}, peak value stack {stack}, exit status {status}",
                    count(*instructions),
                    count(*calls)
                ),
            ));
        }
        rows
    }

    fn text(&self) -> String {
        let mut out =
            format!("\npyglass pipeline: {}\n{:<8} {:>10}  product\n", self.script, "stage", "time");
        for (stage, time, product) in self.rows() {
            out.push_str(&format!("{stage:<8} {:>10}  {product}\n", duration(ns(time))));
        }
        out
    }

    fn json(&self) -> String {
        use crate::profiler::json::Json;
        let stages: Vec<Json> = self
            .rows()
            .into_iter()
            .map(|(stage, time, product)| {
                Json::Object(vec![
                    ("stage", Json::Str(stage.into())),
                    ("time_ns", Json::Int(ns(time))),
                    ("product", Json::Str(product)),
                ])
            })
            .collect();
        let mut fields = vec![("script", Json::Str(self.script.clone())), ("stages", Json::Array(stages))];
        if let Some((time, instructions, calls, frames, stack, status, stdout, stderr)) = &self.run {
            fields.push((
                "run",
                Json::Object(vec![
                    ("time_ns", Json::Int(ns(*time))),
                    ("instructions", Json::Int(*instructions)),
                    ("calls", Json::Int(*calls)),
                    ("peak_frame_depth", Json::Int(*frames as u64)),
                    ("peak_value_stack", Json::Int(*stack as u64)),
                    ("exit_status", Json::Int(*status as u64)),
                    ("stdout", Json::Str(stdout.clone())),
                    ("stderr", Json::Str(stderr.clone())),
                ]),
            ));
        }
        Json::Object(fields).render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_counts_its_nested_code_objects() {
        let code =
            crate::pipeline::compile_source("t.py", b"def f():\n    return [x for x in ()]\nclass C: pass\n")
                .expect("compiles");
        // The module, f, f's list comprehension and the class body.
        assert_eq!(code_counts(&code).0, 4);
    }

    #[test]
    fn the_ast_node_count_is_ast_walk_s() {
        let Ok(tree) = crate::parser::parse_module("x = 1 + 2\n", "t.py") else { panic!("parses") };
        let crate::ast::Mod::Module { .. } = &tree else { panic!("a module") };
        // Module, Assign, Name, Store, BinOp, Constant, Add, Constant (python3: ast.walk).
        assert_eq!(crate::ast::dump::count_nodes(&tree), 8);
    }
}
