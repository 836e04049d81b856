//! Green threads, beyond what CPython's goldens can show: the same seed gives the same
//! interleaving, some seed exposes the lost update of an unlocked counter, a deadlock is
//! reported (not hung), thread states at chosen points, and `pyglass race`.

use std::process::{Command, Output};

fn pyglass(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyglass")).args(args).output().expect("pyglass runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const RACE: &str = "tests/threads/race.py";

#[test]
fn the_same_seed_gives_the_same_interleaving() {
    for seed in ["1", "7", "12"] {
        let args = ["run", "--schedule", "random", "--seed", seed, "--no-cache", RACE];
        let first = stdout(&pyglass(&args));
        assert!(first.starts_with("counter = "), "{first}");
        for _ in 0..3 {
            assert_eq!(stdout(&pyglass(&args)), first, "seed {seed} changed its output");
        }
    }
}

#[test]
fn some_seed_exposes_the_lost_update_and_the_default_is_reproducible() {
    let counts: Vec<String> = (0..20)
        .map(|seed| stdout(&pyglass(&["run", "--seed", &seed.to_string(), "--no-cache", RACE])))
        .collect();
    assert!(counts.iter().any(|c| c != "counter = 8000\n"), "no seed lost an update: {counts:?}");
    let default = stdout(&pyglass(&["run", "--no-cache", RACE]));
    assert_eq!(stdout(&pyglass(&["run", "--no-cache", RACE])), default);
    // One instruction per slice or a huge slice: both are legal schedules.
    let whole = stdout(&pyglass(&["run", "--switch-interval", "1000000", "--no-cache", RACE]));
    assert_eq!(whole, "counter = 8000\n");
}

#[test]
fn a_deadlock_is_reported_with_each_thread_and_exit_status_1() {
    let output = pyglass(&["run", "--no-cache", "tests/threads/deadlock.py"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("pyglass: deadlock"), "{stderr}");
    assert!(stderr.contains("Thread \"first\""), "{stderr}");
    assert!(stderr.contains("waits for a lock held by thread \"second\""), "{stderr}");
    assert!(stderr.contains("waits for a lock held by thread \"first\""), "{stderr}");
    assert!(stderr.contains("Thread \"MainThread\" (ident 1) joins thread \"first\""), "{stderr}");
    assert!(stderr.contains("line 9, in one"), "{stderr}");
}

#[test]
fn thread_states_at_chosen_points() {
    let output = pyglass(&["run", "--no-cache", "tests/threads/states.py"]);
    assert_eq!(
        stdout(&output),
        "started: [('MainThread', 'running', 'NoneType'), ('ev', 'blocked', 'Event'), \
         ('lk', 'blocked', 'lock'), ('sl', 'blocked', 'str')]\n\
         joined: [('MainThread', 'running', 'NoneType'), ('ev', 'finished', 'NoneType'), \
         ('lk', 'finished', 'NoneType'), ('sl', 'finished', 'NoneType')]\n\
         timed blocked True\n\
         True True\n"
    );
}

#[test]
fn race_reports_the_seeds_of_each_distinct_output() {
    let output = pyglass(&["race", "--runs", "8", RACE]);
    let report = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(report.contains("8 runs of tests/threads/race.py"), "{report}");
    assert!(report.contains("distinct results"), "{report}");
    assert!(report.contains("replay one: pyglass run --schedule random --seed "), "{report}");
    // The seed it names reproduces the second result.
    let seed = report.rsplit("--seed ").next().unwrap().split_whitespace().next().unwrap();
    let replay = stdout(&pyglass(&["run", "--schedule", "random", "--seed", seed, RACE]));
    assert!(report.contains(&format!("    {}", replay.trim_end())), "{report}\n{replay}");
    // A correctly locked program gives one result under every schedule.
    let same = pyglass(&["race", "--runs", "4", "tests/programs/901_queue_producer_consumer.py"]);
    assert!(stdout(&same).contains("every run gave the same result"), "{}", stdout(&same));
    assert_eq!(same.status.code(), Some(0));
}

#[test]
fn an_uncaught_exception_in_a_thread_is_reported_as_cpython_does() {
    let output = pyglass(&["run", "--no-cache", "tests/threads/uncaught.py"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stdout(&output), "main goes on\n");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr.starts_with("Exception in thread Thread-1 (bad):\nTraceback (most recent call last):\n"),
        "{stderr}"
    );
    // CPython's threading.py frames are there by name (their file is pyglass's own module).
    assert!(stderr.contains(", in _bootstrap_inner\n") && stderr.contains(", in run\n"), "{stderr}");
    assert!(
        stderr.ends_with("line 4, in bad\n    raise ValueError(\"boom\")\nValueError: boom\n"),
        "{stderr}"
    );
}
