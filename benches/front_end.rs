//! Front-end benchmark: tokenize and parse every `.py` file of the standard library with
//! pyglass (in this process) and with CPython's `ast.parse` (in one python3 process, timed
//! inside it so interpreter start-up is not counted), and print both times and the ratio.
//!
//! `cargo bench --bench front_end` (add `-- --rounds N` for more rounds; the best round counts).

mod common;
#[path = "../tests/common/stdlib.rs"]
mod stdlib;

use std::process::Command;
use std::time::{Duration, Instant};

use pyglass::{lexer, parser, source};

const CPYTHON_SCRIPT: &str = r#"
import ast, sys, time, tokenize, io
files = sys.argv[2:]
rounds = int(sys.argv[1])
sources = [open(f, 'rb').read() for f in files]
def best(work):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)
def parse_all():
    for s in sources:
        try:
            ast.parse(s)
        except (SyntaxError, ValueError):
            pass
print(best(parse_all))
"#;

fn best_of(rounds: usize, mut work: impl FnMut()) -> Duration {
    (0..rounds)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let rounds = common::rounds(3);
    let files = stdlib::stdlib_files(&stdlib::stdlib_dir());
    let sources: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|f| Some((f.to_string_lossy().into_owned(), std::fs::read(f).ok()?)))
        .collect();
    let bytes: usize = sources.iter().map(|(_, b)| b.len()).sum();
    println!(
        "front end over the standard library: {} files, {:.1} MB, best of {rounds} rounds",
        sources.len(),
        bytes as f64 / 1e6
    );

    let decoded: Vec<source::SourceFile> =
        sources.iter().filter_map(|(name, bytes)| source::decode(name, bytes).ok()).collect();
    let mut tokens = 0usize;
    let tokenize_time = best_of(rounds, || {
        tokens = decoded.iter().map(|s| lexer::tokenize(&s.text).tokens.len()).sum();
    });
    let mut parsed = 0usize;
    let parse_time = best_of(rounds, || {
        parsed = sources
            .iter()
            .filter(|(name, bytes)| {
                source::decode(name, bytes).is_ok_and(|s| parser::parse_module(&s.text, name).is_ok())
            })
            .count();
    });

    let python = stdlib::python_stdout("import sys; print(sys.executable)");
    let output = Command::new(&python)
        .args(["-c", CPYTHON_SCRIPT, &rounds.to_string()])
        .args(&files)
        .output()
        .expect("python3 runs");
    let cpython: f64 = String::from_utf8_lossy(&output.stdout).trim().parse().unwrap_or(f64::NAN);

    let pyglass = parse_time.as_secs_f64();
    println!("pyglass tokenize            {:>8.3} s  ({tokens} tokens)", tokenize_time.as_secs_f64());
    println!("pyglass decode+tokenize+parse {:>6.3} s  ({parsed} files parsed)", pyglass);
    println!("CPython ast.parse           {:>8.3} s  ({python})", cpython);
    println!("ratio pyglass/CPython       {:>8.2}", pyglass / cpython);
}
