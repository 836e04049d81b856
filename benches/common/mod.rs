//! What the benchmarks share: the `--rounds N` option and the list of benchmark programs.

// Each benchmark needs only some of these helpers.
#![allow(dead_code)]

use std::path::PathBuf;

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
