//! `pyglass profile [OPTIONS] FILE [ARGS]`: run a script with the profiler attached, then
//! print its report (to stderr, so the program's own output stays as it is) and write the
//! files asked for: `--flamegraph`, `--collapsed`, `--speedscope`, `--json`.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use clap::{Args, ValueEnum};

use super::schedule::ScheduleArgs;
use crate::pipeline::CacheMode;
use crate::profiler::exact::ExactProfiler;
use crate::profiler::sample::Sampler;
use crate::profiler::{export, report};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Count every instruction and time every run of them (a clock read where the
    /// instructions stop following each other: a jump back, a call, a return).
    #[default]
    Exact,
    /// Sample the running stack on a timer (near-zero overhead).
    Sample,
}

#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[arg(long, value_enum, default_value_t = Mode::Exact)]
    pub mode: Mode,
    /// Samples a second in sampling mode.
    #[arg(long, default_value_t = 997, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub hz: u32,
    /// Write a flamegraph SVG here.
    #[arg(long, value_name = "SVG")]
    pub flamegraph: Option<String>,
    /// Write folded stacks (`a;b;c value`, ns in exact mode, samples in sampling mode) here.
    #[arg(long, value_name = "TXT")]
    pub collapsed: Option<String>,
    /// Write a speedscope profile here.
    #[arg(long, value_name = "JSON")]
    pub speedscope: Option<String>,
    /// Write the report as JSON here.
    #[arg(long, value_name = "JSON")]
    pub json: Option<String>,
    /// Add each opcode's latency percentiles to the report (exact mode).
    #[arg(long)]
    pub opcodes: bool,
    /// Exact mode with a clock read at every instruction boundary: each instruction's time
    /// is measured, not shared out of its run's (about twice the cost of plain exact mode).
    #[arg(long)]
    pub each_instruction: bool,
    /// Rows per table of the report.
    #[arg(long, default_value_t = 15)]
    pub top: usize,
    /// Do not print the report (files only).
    #[arg(long)]
    pub quiet: bool,
    /// Do not read or write the bytecode cache.
    #[arg(long)]
    pub no_cache: bool,
    #[command(flatten)]
    pub schedule: ScheduleArgs,
    /// The script, followed by its own arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub script: Vec<String>,
}

pub fn run(args: &ProfileArgs) -> i32 {
    let mode = if args.no_cache { CacheMode::OFF } else { CacheMode::from_environment() };
    let script = args.script[0].clone();
    let (status, outputs) = match args.mode {
        Mode::Exact => {
            let profiler = match args.each_instruction {
                true => ExactProfiler::each_instruction(),
                false => ExactProfiler::default(),
            };
            let profiler = Rc::new(RefCell::new(profiler));
            let observer = profiler.clone();
            let status = super::run::run_script_with(&args.script, mode, &args.schedule, &mut |vm| {
                vm.attach(Box::new(observer.clone()));
            });
            let p = profiler.borrow();
            let mut text = report::exact(&p, &script, args.top);
            if args.opcodes {
                text.push_str(&report::ladder(&p));
            }
            (
                status,
                Outputs {
                    text,
                    json: report::exact_json(&p, &script),
                    lines: export::collapsed_exact(&p),
                    unit: "ns",
                },
            )
        }
        Mode::Sample => {
            // The sampler needs the VM's flags to start its timer, so it is made in `setup`.
            let made: Rc<RefCell<Option<Rc<RefCell<Sampler>>>>> = Rc::default();
            let slot = made.clone();
            let hz = args.hz;
            let status = super::run::run_script_with(&args.script, mode, &args.schedule, &mut |vm| {
                let sampler = Rc::new(RefCell::new(Sampler::start(&vm.host, hz)));
                vm.attach(Box::new(sampler.clone()));
                *slot.borrow_mut() = Some(sampler);
            });
            let Some(sampler) = made.borrow_mut().take() else { return status };
            let s = sampler.borrow();
            let outputs = Outputs {
                text: report::sample(&s, &script, args.top),
                json: report::sample_json(&s, &script),
                lines: export::collapsed_samples(&s.stacks),
                unit: "samples",
            };
            (status, outputs)
        }
    };
    let failed = write_outputs(args, &script, &outputs);
    if !args.quiet {
        eprint!("\n{}", outputs.text);
    }
    if failed && status == 0 { 1 } else { status }
}

/// What a profile produced.
struct Outputs {
    text: String,
    json: String,
    lines: Vec<String>,
    unit: &'static str,
}

/// Write the files asked for; says whether one could not be written (reported on stderr).
fn write_outputs(args: &ProfileArgs, script: &str, outputs: &Outputs) -> bool {
    let name = Path::new(script).file_name().map_or(script.to_string(), |n| n.to_string_lossy().into_owned());
    let mut files: Vec<(&String, Result<Vec<u8>, String>)> = Vec::new();
    if let Some(path) = &args.collapsed {
        let mut text = outputs.lines.join("\n");
        text.push('\n');
        files.push((path, Ok(text.into_bytes())));
    }
    if let Some(path) = &args.flamegraph {
        let title = format!("pyglass profile: {name}");
        files.push((path, export::flamegraph(&outputs.lines, &title, outputs.unit)));
    }
    if let Some(path) = &args.speedscope {
        files.push((
            path,
            Ok(export::speedscope(&outputs.lines, &name, speedscope_unit(outputs.unit)).into_bytes()),
        ));
    }
    if let Some(path) = &args.json {
        files.push((path, Ok(outputs.json.clone().into_bytes())));
    }
    let mut failed = false;
    for (path, bytes) in files {
        let written =
            bytes.and_then(|b| crate::atomic::write(Path::new(path), &b).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("pyglass profile: cannot write {path}: {e}");
            failed = true;
        }
    }
    failed
}

fn speedscope_unit(unit: &str) -> &'static str {
    if unit == "ns" { "nanoseconds" } else { "none" }
}
