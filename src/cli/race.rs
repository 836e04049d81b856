//! `pyglass race FILE --runs K`: run a threaded script under K random schedules (seeds
//! FIRST..FIRST+K) and report which seeds gave which distinct results (stdout, stderr and
//! exit status), so that a race found once can be replayed exactly by its seed. Each run is
//! a child process of this same binary (`run --schedule random --seed S`), so a run that
//! deadlocks or crashes cannot disturb the others. Exit status 1 when the runs disagree.

use std::collections::BTreeMap;
use std::process::Command;

use clap::Args;

#[derive(Debug, Args)]
pub struct RaceArgs {
    /// How many runs (seeds).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub runs: u64,
    /// The first seed.
    #[arg(long, default_value_t = 0, value_name = "S")]
    pub first_seed: u64,
    /// Instructions between switch points (random slices are 1..2N long).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub switch_interval: Option<u64>,
    /// Lines of each distinct output to show.
    #[arg(long, default_value_t = 10)]
    pub lines: usize,
    /// The script, followed by its own arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub script: Vec<String>,
}

/// What one run gave.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Result {
    status: i32,
    stdout: String,
    stderr: String,
}

pub fn run(args: &RaceArgs) -> i32 {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            eprintln!("pyglass race: cannot find the pyglass binary: {e}");
            return 2;
        }
    };
    // Distinct results, each with the seeds that gave it, in order of first appearance.
    let mut seen: Vec<(Result, Vec<u64>)> = Vec::new();
    let mut index: BTreeMap<Result, usize> = BTreeMap::new();
    for seed in args.first_seed..args.first_seed.saturating_add(args.runs) {
        let mut command = Command::new(&exe);
        command.args(["run", "--schedule", "random", "--seed", &seed.to_string()]);
        if let Some(n) = args.switch_interval {
            command.args(["--switch-interval", &n.to_string()]);
        }
        let output = match command.args(&args.script).output() {
            Ok(output) => output,
            Err(e) => {
                eprintln!("pyglass race: cannot run {}: {e}", exe.display());
                return 2;
            }
        };
        let result = Result {
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        match index.get(&result) {
            Some(&i) => seen[i].1.push(seed),
            None => {
                index.insert(result.clone(), seen.len());
                seen.push((result, vec![seed]));
            }
        }
    }
    print!("{}", report(args, &seen));
    if seen.len() > 1 { 1 } else { 0 }
}

fn report(args: &RaceArgs, seen: &[(Result, Vec<u64>)]) -> String {
    let script = &args.script[0];
    let last = args.first_seed.saturating_add(args.runs) - 1;
    let mut out = format!(
        "pyglass race: {} runs of {script} under random schedules (seeds {}..={last})\n",
        args.runs, args.first_seed
    );
    match seen.len() {
        1 => out.push_str("every run gave the same result\n"),
        n => out.push_str(&format!("{n} distinct results\n")),
    }
    for (i, (result, seeds)) in seen.iter().enumerate() {
        let seed_list: Vec<String> = seeds.iter().map(u64::to_string).collect();
        out.push_str(&format!(
            "\n#{} ({} run{}, exit status {}): seeds {}\n",
            i + 1,
            seeds.len(),
            if seeds.len() == 1 { "" } else { "s" },
            result.status,
            seed_list.join(" ")
        ));
        for (name, text) in [("stdout", &result.stdout), ("stderr", &result.stderr)] {
            if text.is_empty() {
                continue;
            }
            out.push_str(&format!("  {name}:\n"));
            let lines: Vec<&str> = text.lines().collect();
            for line in lines.iter().take(args.lines) {
                out.push_str(&format!("    {line}\n"));
            }
            if lines.len() > args.lines {
                out.push_str(&format!("    ... ({} more lines)\n", lines.len() - args.lines));
            }
        }
    }
    if seen.len() > 1 {
        let seed = seen[1].1[0];
        let interval = args.switch_interval.map(|n| format!("--switch-interval {n} ")).unwrap_or_default();
        out.push_str(&format!(
            "\nreplay one: pyglass run --schedule random --seed {seed} {interval}{script}\n"
        ));
    }
    out
}
