//! Debugger overhead: the programs of `benches/debugger/` run plainly and under the line
//! debugger with a breakpoint that is never hit, side by side in one run, alternating,
//! several rounds; prints median wall times and each case's ratio to the plain run
//! (issue goal: at most 1.1x), with CPython's pdb in the same cases for comparison.
//!
//! Each program marks two lines that never run: `# bp:cold` in a function never called,
//! `# bp:hot` on a branch never taken inside the hot function (that function's code is then
//! watched line by line, the other code runs the plain loop).
//!
//! `cargo bench --bench debugger` (add `-- --rounds N` for more rounds; default 3).

mod common;
#[path = "../tests/common/stdlib.rs"]
mod stdlib;

use std::path::PathBuf;
use std::time::Duration;

/// The line marked `# bp:MARK` in `source`.
fn marked_line(source: &str, mark: &str) -> usize {
    let tag = format!("# bp:{mark}");
    source.lines().position(|l| l.contains(&tag)).expect("the program marks its lines") + 1
}

fn main() {
    let rounds = common::rounds(3);
    let pyglass = &common::pyglass();
    let python = stdlib::python_stdout("import sys; print(sys.executable)");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/debugger");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("benches/debugger")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    println!(
        "{:<10} {:>8} {:>8} {:>8} {:>7} {:>7} {:>8} {:>8} {:>8}",
        "program", "run", "bp cold", "bp hot", "cold", "hot", "python3", "pdb cold", "pdb hot"
    );
    for script in &programs {
        let path = script.to_string_lossy().into_owned();
        let source = std::fs::read_to_string(script).expect("read the program");
        let (cold, hot) = (marked_line(&source, "cold"), marked_line(&source, "hot"));
        let debug = |line: usize| -> Vec<String> {
            ["debug", "--no-tui", "-c", &format!("b {line}"), "-c", "c", &path].map(String::from).to_vec()
        };
        let pdb = |line: usize| -> Vec<String> {
            ["-m", "pdb", "-c", &format!("b {line}"), "-c", "c", &path].map(String::from).to_vec()
        };
        let mut times: [Vec<Duration>; 6] = Default::default();
        for _ in 0..rounds {
            times[0].push(common::time(pyglass, &["run".to_string(), path.clone()]));
            times[1].push(common::time(pyglass, &debug(cold)));
            times[2].push(common::time(pyglass, &debug(hot)));
            times[3].push(common::time(&python, std::slice::from_ref(&path)));
            times[4].push(common::time(&python, &pdb(cold)));
            times[5].push(common::time(&python, &pdb(hot)));
        }
        let [run, bp_cold, bp_hot, cpython, pdb_cold, pdb_hot] = times.map(common::median);
        let name = script.file_stem().unwrap_or_default().to_string_lossy();
        println!(
            "{name:<10} {run:>7.3}s {bp_cold:>7.3}s {bp_hot:>7.3}s {:>6.2}x {:>6.2}x {cpython:>7.3}s {:>7.1}x {:>7.1}x",
            bp_cold / run,
            bp_hot / run,
            pdb_cold / cpython,
            pdb_hot / cpython
        );
    }
    println!("(ratios to the same interpreter's plain run; {python}, {rounds} rounds, medians)");
}
