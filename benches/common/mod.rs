//! What the benchmarks share: the `--rounds N` option, the binary measured and the list of
//! benchmark programs.

// Each benchmark needs only some of these helpers.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The `--rounds N` given after `--` (at least 1), else `default`.
pub fn rounds(default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
        .max(1)
}

/// The pyglass binary to measure: `$PYGLASS_BIN` when set (a build made elsewhere, such as
/// `tools/pgo_build.sh`'s target/pgo/release/pyglass), else the one cargo built for the bench.
pub fn pyglass() -> String {
    std::env::var("PYGLASS_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_pyglass").to_string())
}

/// The programs of `benches/programs/`, sorted.
pub fn programs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("benches/programs"))
        .expect("benches/programs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    programs
}

/// Wall time of one successful run (stdin empty: a debugger quits at its prompt at the end).
pub fn time<A: AsRef<OsStr> + std::fmt::Debug>(program: &str, args: &[A]) -> Duration {
    let start = Instant::now();
    let output = Command::new(program).args(args).stdin(Stdio::null()).output().expect("run the program");
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    start.elapsed()
}

/// The median of `times`, in seconds.
pub fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64()
}
