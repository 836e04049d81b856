//! The seed corpus: every Python program of the test suite and the benchmarks, as bytes,
//! and their lines (which the mutator splices between programs).

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.py` files directly in `dir`, sorted by name (so seeds are the same on every machine).
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    files
}

/// The seed programs: tests/programs/*.py and benches/programs/*.py, with their names.
pub fn programs() -> Vec<(PathBuf, Vec<u8>)> {
    let root = root();
    let mut files = python_files(&root.join("tests/programs"));
    files.extend(python_files(&root.join("benches/programs")));
    files
        .into_iter()
        .map(|p| (std::fs::read(&p).expect("read a seed program"), p))
        .map(|(b, p)| (p, b))
        .collect()
}

/// The seeds as the mutator takes them: the programs and all their lines.
pub struct Seeds {
    pub inputs: Vec<Vec<u8>>,
    pub lines: Vec<Vec<u8>>,
}

impl Seeds {
    pub fn new(inputs: Vec<Vec<u8>>) -> Seeds {
        let lines =
            inputs.iter().flat_map(|s| s.split_inclusive(|&b| b == b'\n').map(<[u8]>::to_vec)).collect();
        Seeds { inputs, lines }
    }
}
