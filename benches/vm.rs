//! VM benchmark: every program in `benches/programs/` run by pyglass and by CPython
//! (the real executable, not a version-manager shim) side by side in one run, alternating,
//! several rounds, plus a start-up row (`-c pass`, many runs averaged). Prints per program
//! the median wall times, the ratio pyglass/CPython and the peak RSS of each, then the
//! geometric mean and the worst of the ratios. Outputs must agree, or the program is
//! reported as wrong.
//!
//! Each child runs under a small CPython wrapper (`MEASURE`) that times it with
//! `perf_counter` and takes its peak RSS from `os.wait4`, so the numbers belong to that child
//! alone and need no `unsafe` here. A child's peak RSS includes its parent's at the moment of
//! `exec`, so the wrapper runs with `-S -I` and imports nothing: about 8 MB, below what either
//! interpreter uses to start.
//!
//! `cargo bench --bench vm` (add `-- --rounds N` for more rounds; default 5).

mod common;
#[path = "../tests/common/stdlib.rs"]
mod stdlib;

use std::process::{Command, Stdio};

/// Runs `argv[2:]` (an absolute path first) `argv[1]` times with its stdout passed through,
/// then prints on stderr the mean seconds per run and the peak RSS in KiB of the largest run.
const MEASURE: &str = "\
import os, sys, time
n = int(sys.argv[1])
peak = 0
start = time.perf_counter()
for _ in range(n):
    pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
    peak = max(peak, os.wait4(pid, 0)[2].ru_maxrss)
seconds = (time.perf_counter() - start) / n
print(f'MEASURED {seconds} {peak}', file=sys.stderr)
";

/// How many times the start-up row runs `-c pass` per round.
const STARTUP_RUNS: usize = 50;

/// One measured run: seconds per run, peak RSS in KiB, stdout.
struct Measured {
    seconds: f64,
    peak_kib: u64,
    stdout: Vec<u8>,
}

/// Runs `args` under `program` `repeat` times through the `MEASURE` wrapper of `python`.
fn measure(python: &str, program: &str, args: &[&str], repeat: usize) -> Measured {
    let output = Command::new(python)
        .args(["-S", "-I", "-c", MEASURE, &repeat.to_string(), program])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run the measuring wrapper");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr.lines().rfind(|l| l.starts_with("MEASURED ")).unwrap_or_else(|| {
        panic!("{program} {args:?} gave no measurement: {stderr}");
    });
    let mut fields = line.split_whitespace().skip(1);
    let seconds = fields.next().and_then(|s| s.parse().ok()).expect("seconds");
    let peak_kib = fields.next().and_then(|s| s.parse().ok()).expect("peak RSS");
    Measured { seconds, peak_kib, stdout: output.stdout }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// One row of the table, measured over `rounds` alternating rounds.
struct Row {
    name: String,
    cpython: f64,
    pyglass: f64,
    cpython_kib: u64,
    pyglass_kib: u64,
    agree: bool,
}

fn measure_row(
    name: String,
    python: &str,
    pyglass: &str,
    args: &[&str],
    repeat: usize,
    rounds: usize,
) -> Row {
    let (mut theirs, mut ours) = (Vec::new(), Vec::new());
    let (mut cpython_kib, mut pyglass_kib, mut agree) = (0, 0, true);
    for _ in 0..rounds {
        let cpython = measure(python, python, args, repeat);
        let mine = measure(python, pyglass, args, repeat);
        agree &= cpython.stdout == mine.stdout;
        theirs.push(cpython.seconds);
        ours.push(mine.seconds);
        cpython_kib = cpython_kib.max(cpython.peak_kib);
        pyglass_kib = pyglass_kib.max(mine.peak_kib);
    }
    Row { name, cpython: median(theirs), pyglass: median(ours), cpython_kib, pyglass_kib, agree }
}

fn main() {
    let rounds = common::rounds(5);
    let pyglass = common::pyglass();
    let python = stdlib::python_stdout("import sys; print(sys.executable)");
    println!(
        "{:<22} {:>10} {:>10} {:>7} {:>11} {:>11} {:>7}",
        "program", "python3 s", "pyglass s", "ratio", "python3 MB", "pyglass MB", "memory"
    );
    let mut rows = Vec::new();
    let startup = format!("startup (-c pass x{STARTUP_RUNS})");
    let programs = common::programs();
    let scripts = programs.iter().map(|p| {
        let name = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        (name, vec![p.to_string_lossy().into_owned()], 1)
    });
    let startup_row = (startup, vec!["-c".to_string(), "pass".to_string()], STARTUP_RUNS);
    for (name, args, repeat) in std::iter::once(startup_row).chain(scripts) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let row = measure_row(name, &python, &pyglass, &args, repeat, rounds);
        let ratio = row.pyglass / row.cpython;
        let (mb_c, mb_p) = (row.cpython_kib as f64 / 1024.0, row.pyglass_kib as f64 / 1024.0);
        let verdict = if row.agree { "" } else { "  (OUTPUT DIFFERS)" };
        println!(
            "{:<22} {:>10.4} {:>10.4} {ratio:>7.2} {mb_c:>11.1} {mb_p:>11.1} {:>7.2}{verdict}",
            row.name,
            row.cpython,
            row.pyglass,
            mb_p / mb_c
        );
        rows.push(row);
    }
    // The start-up row has its own goal: the means are over the programs.
    let programs = &rows[1..];
    let ratios: Vec<f64> = programs.iter().map(|r| r.pyglass / r.cpython).collect();
    let geomean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len().max(1) as f64).exp();
    let (worst, worst_name) = programs
        .iter()
        .zip(&ratios)
        .map(|(row, &ratio)| (ratio, row.name.as_str()))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap_or((0.0, ""));
    println!("programs: geometric mean ratio pyglass/python3 {geomean:.2}, worst {worst:.2} ({worst_name})");
    println!("({python}, {rounds} rounds, median times, largest peak RSS)");
}
