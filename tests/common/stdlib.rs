//! Finding the `.py` files of the installed python3's standard library (site-packages
//! excluded); shared by the differential test and the front-end benchmark.

// Each user (test or bench) needs only some of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// What `python3 -c CODE` printed, trimmed.
pub fn python_stdout(code: &str) -> String {
    let out = Command::new("python3").args(["-c", code]).output().expect("python3 runs");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The standard library directory of the python3 on PATH.
pub fn stdlib_dir() -> PathBuf {
    PathBuf::from(python_stdout("import sysconfig; print(sysconfig.get_paths()['stdlib'])"))
}

/// Every `.py` file under `stdlib`, sorted, skipping site-packages and __pycache__.
pub fn stdlib_files(stdlib: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "site-packages" && n != "__pycache__") {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(stdlib, &mut files);
    files.sort();
    files
}
