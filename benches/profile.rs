//! Profiler overhead: every program in `benches/programs/` run by `pyglass run`, by
//! `pyglass profile` (exact mode) and by `pyglass profile --mode sample`, side by side in
//! one run, alternating, several rounds; prints median wall times and each mode's ratio to
//! the plain run, with geometric means (issue goals: exact at most 2.0, sample at most 1.05).
//! For comparison, the same programs under CPython with and without cProfile.
//!
//! `cargo bench --bench profile` (add `-- --rounds N` for more rounds; default 3).

mod common;
#[path = "../tests/common/stdlib.rs"]
mod stdlib;

use std::time::Duration;

fn main() {
    let rounds = common::rounds(3);
    let pyglass = &common::pyglass();
    let python = stdlib::python_stdout("import sys; print(sys.executable)");
    let programs = common::programs();
    println!(
        "{:<16} {:>9} {:>9} {:>9} {:>7} {:>7} {:>9}",
        "program", "run", "exact", "sample", "exact", "sample", "cProfile"
    );
    let (mut exact_logs, mut sample_logs, mut cprofile_logs) = (0.0, 0.0, 0.0);
    for script in &programs {
        let path = script.to_string_lossy().into_owned();
        let mut times: [Vec<Duration>; 5] = Default::default();
        for _ in 0..rounds {
            times[0].push(common::time(pyglass, &["run", &path]));
            times[1].push(common::time(pyglass, &["profile", "--quiet", &path]));
            times[2].push(common::time(pyglass, &["profile", "--mode", "sample", "--quiet", &path]));
            times[3].push(common::time(&python, &[&path]));
            times[4].push(common::time(&python, &["-m", "cProfile", "-o", "/dev/null", &path]));
        }
        let [run, exact, sample, cpython, cprofile] = times.map(common::median);
        let (e, s, c) = (exact / run, sample / run, cprofile / cpython);
        exact_logs += e.ln();
        sample_logs += s.ln();
        cprofile_logs += c.ln();
        let name = script.file_stem().unwrap_or_default().to_string_lossy();
        println!("{name:<16} {:>8.3}s {:>8.3}s {:>8.3}s {e:>6.2}x {s:>6.2}x {c:>8.2}x", run, exact, sample);
    }
    let n = programs.len() as f64;
    println!(
        "geometric mean: exact {:.2}x, sample {:.2}x (of pyglass run); cProfile {:.2}x (of CPython)",
        (exact_logs / n).exp(),
        (sample_logs / n).exp(),
        (cprofile_logs / n).exp()
    );
}
