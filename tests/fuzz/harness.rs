//! The fuzzing loop shared by every target: for `PYGLASS_FUZZ_SECONDS` (default 1.5), mutate
//! seeds and run the target on each input on a thread with the binary's stack size, catching
//! panics; every input that panics, hangs or kills the process is kept in
//! `tests/fuzz/regressions/TARGET/`, whose files are replayed as regression tests.
//!
//! A stack overflow or an abort cannot be caught: the input being run is always in
//! `fuzz-TARGET.current` in Cargo's temporary directory, and the next run files it as a
//! regression before it starts.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::mutate::mutate;
use super::rng::Rng;
use super::seeds::{Seeds, root};

/// The main thread's stack in the `pyglass` binary, so an input that overflows here would
/// overflow there (debug builds use larger frames, so they get more).
const STACK: usize = if cfg!(debug_assertions) { 64 << 20 } else { 8 << 20 };
/// An input still running after this long is a hang.
const HANG: Duration = Duration::from_secs(20);

pub struct Target {
    pub name: &'static str,
    /// The extension of its saved inputs (`py`, or `cache` for cache files: `*.pyc` files are
    /// ignored by git).
    pub ext: &'static str,
    /// The inputs that mutation starts from.
    pub seeds: fn() -> Vec<Vec<u8>>,
    /// Run one input; a panic is a bug.
    pub run: fn(&[u8]),
}

fn env_number(name: &str, default: f64) -> f64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn regressions(target: &Target) -> PathBuf {
    root().join("tests/fuzz/regressions").join(target.name)
}

/// FNV-1a-64, as the cache files use it (and to name saved inputs).
pub fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}

/// Keep `input` as a regression of `target`; its file name.
fn save(target: &Target, input: &[u8]) -> String {
    let hash = fnv(input);
    let dir = regressions(target);
    std::fs::create_dir_all(&dir).expect("make the regressions directory");
    let path = dir.join(format!("{hash:016x}.{}", target.ext));
    std::fs::write(&path, input).expect("save a crashing input");
    path.strip_prefix(root()).unwrap_or(&path).display().to_string()
}

/// Run `target` on `input` on a fresh thread; what went wrong, if it panicked or hung.
fn run_isolated(target: &Target, input: Vec<u8>) -> Option<String> {
    let (run, (done, result)) = (target.run, std::sync::mpsc::channel());
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| run(&input)));
            let _ = done.send(outcome.err().map(|e| panic_text(&*e)));
        })
        .expect("spawn");
    result.recv_timeout(HANG).unwrap_or_else(|_| Some(format!("ran for over {HANG:?}")))
}

fn panic_text(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<String>()
        .cloned()
        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// Replay every saved input of `target`; fails naming those that still panic.
pub fn replay(target: &Target) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(regressions(target))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let failing: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let input = std::fs::read(path).expect("read a regression");
            run_isolated(target, input).map(|why| format!("{}: {why}", path.display()))
        })
        .collect();
    println!("fuzz regressions {}: {} inputs replayed", target.name, files.len());
    assert!(failing.is_empty(), "regressions of {} fail:\n{}", target.name, failing.join("\n"));
}

/// Fuzz `target` for the time budget; fails naming every input that panicked or hung.
pub fn fuzz(target: &'static Target) {
    let current = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-{}.current", target.name));
    let mut found = Vec::new();
    if let Ok(input) = std::fs::read(&current) {
        found.push(format!("{} (the input a previous run died on)", save(target, &input)));
    }
    let seconds = env_number("PYGLASS_FUZZ_SECONDS", 1.5);
    let seed = env_number("PYGLASS_FUZZ_SEED", 1.0) as u64 ^ (target.name.len() as u64 * 0x51_7cc1_b727_220a);
    let start = Instant::now();
    // When the input now running started (ms after `start`, plus one); 0 between inputs.
    let running = Arc::new(AtomicU64::new(0));
    let worker = {
        let (running, current) = (running.clone(), current.clone());
        std::thread::Builder::new()
            .name(format!("fuzz-{}", target.name))
            .stack_size(STACK)
            .spawn(move || fuzz_loop(target, seed, (start, seconds), &running, &current))
            .expect("spawn the fuzzer")
    };
    while !worker.is_finished() {
        std::thread::sleep(Duration::from_millis(20));
        let began = running.load(Ordering::Relaxed);
        if began > 0
            && (start.elapsed().as_millis() as u64 + 1).saturating_sub(began) > HANG.as_millis() as u64
        {
            let input = std::fs::read(&current).unwrap_or_default();
            let _ = std::fs::remove_file(&current);
            panic!("fuzz {}: an input ran for over {HANG:?}: {}", target.name, save(target, &input));
        }
    }
    let (tried, crashes) = worker.join().expect("the fuzz loop catches panics");
    let _ = std::fs::remove_file(&current);
    found.extend(crashes);
    println!(
        "fuzz {}: {tried} inputs tried in {:.1} s, {} crashing",
        target.name,
        start.elapsed().as_secs_f64(),
        found.len()
    );
    assert!(
        found.is_empty(),
        "fuzz {}: inputs that crash, kept as regressions:\n{}",
        target.name,
        found.join("\n")
    );
}

/// Mutate and run inputs for `seconds` after `start`: how many were tried, and the crashing
/// ones saved.
fn fuzz_loop(
    target: &Target,
    seed: u64,
    (start, seconds): (Instant, f64),
    running: &AtomicU64,
    current: &PathBuf,
) -> (u64, Vec<String>) {
    let seeds = Seeds::new((target.seeds)());
    let mut rng = Rng::new(seed);
    let (mut tried, mut crashes) = (0, Vec::new());
    while start.elapsed().as_secs_f64() < seconds {
        let mut input = rng.pick(&seeds.inputs).clone();
        mutate(&mut rng, &seeds, &mut input);
        std::fs::write(current, &input).expect("write the current input");
        running.store(start.elapsed().as_millis() as u64 + 1, Ordering::Relaxed);
        let result = catch_unwind(AssertUnwindSafe(|| (target.run)(&input)));
        running.store(0, Ordering::Relaxed);
        tried += 1;
        if let Err(e) = result {
            crashes.push(format!("{}: {}", save(target, &input), panic_text(&*e)));
        }
    }
    (tried, crashes)
}
