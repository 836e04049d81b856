//! VM benchmark: every program in `benches/programs/` run by pyglass and by CPython
//! (the real executable, not a version-manager shim) side by side in one run, alternating,
//! several rounds; prints median wall times, the ratio pyglass/CPython per program and the
//! geometric mean. Outputs must agree, or the program is reported as wrong.
//!
//! `cargo bench --bench vm` (add `-- --rounds N` for more rounds; default 5).

mod common;
#[path = "../tests/common/stdlib.rs"]
mod stdlib;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Wall time and stdout of one run.
fn run(program: &str, script: &Path) -> (Duration, Vec<u8>) {
    let start = Instant::now();
    let output = Command::new(program).arg(script).output().expect("run the program");
    (start.elapsed(), output.stdout)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let rounds = common::rounds(5);
    let pyglass = PathBuf::from(env!("CARGO_BIN_EXE_pyglass"));
    let python = stdlib::python_stdout("import sys; print(sys.executable)");
    let programs = common::programs();
    println!("{:<20} {:>12} {:>12} {:>8}", "program", "CPython", "pyglass", "ratio");
    let mut log_sum = 0.0;
    for script in &programs {
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        let mut agree = true;
        for _ in 0..rounds {
            let (t_cpython, out_cpython) = run(&python, script);
            let (t_pyglass, out_pyglass) = run(&pyglass.to_string_lossy(), script);
            agree &= out_cpython == out_pyglass;
            theirs.push(t_cpython);
            ours.push(t_pyglass);
        }
        let (a, b) = (median(theirs), median(ours));
        let ratio = b.as_secs_f64() / a.as_secs_f64();
        log_sum += ratio.ln();
        let name = script.file_stem().unwrap_or_default().to_string_lossy();
        let verdict = if agree { "" } else { "  (OUTPUT DIFFERS)" };
        println!("{name:<20} {:>10.3} s {:>10.3} s {ratio:>8.2}{verdict}", a.as_secs_f64(), b.as_secs_f64());
    }
    let geomean = (log_sum / programs.len().max(1) as f64).exp();
    println!("geometric mean ratio pyglass/CPython: {geomean:.2} ({python}, {rounds} rounds, medians)");
}
