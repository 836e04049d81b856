//! `pyglass profile`: counts that are exact, totals that agree between the report and the
//! collapsed stacks, and output files that their readers accept (checked with python3's
//! json and xml parsers, as CI has python3).

use std::process::{Command, Output};

fn pyglass(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyglass")).args(args).output().expect("pyglass runs")
}

fn temp(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("pyglass-profile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name).to_string_lossy().into_owned()
}

/// Run python3 on `code` with `args`; its stdout.
fn python(code: &str, args: &[&str]) -> String {
    let output = Command::new("python3").arg("-c").arg(code).args(args).output().expect("python3 runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// The profile's JSON report of counted.py with `n`, as python3 reads it: (total
/// instructions, instructions on line 8 (the loop body), instructions on line 7).
fn counted(n: &str) -> (u64, u64, u64) {
    let json = temp(&format!("counted-{n}.json"));
    let output =
        pyglass(&["profile", "--quiet", "--json", &json, "--no-cache", "tests/profile/counted.py", n]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let read = "import json, sys\n\
        r = json.load(open(sys.argv[1]))\n\
        lines = {l['line']: l['instructions'] for l in r['lines'] if l['file'].endswith('counted.py')}\n\
        assert r['instructions'] == sum(o['count'] for o in r['opcodes']) == sum(l['instructions'] for l in r['lines'])\n\
        print(r['instructions'], lines[8], lines[7])";
    let numbers: Vec<u64> = python(read, &[&json]).split(' ').map(|n| n.parse().expect("a count")).collect();
    (numbers[0], numbers[1], numbers[2])
}

#[test]
fn opcode_counts_are_the_instructions_executed() {
    let (small, body_small, head_small) = counted("1000");
    let (large, body_large, head_large) = counted("1500");
    // The loop body (LOAD_FAST, LOAD_FAST, BINARY_OP, STORE_FAST, JUMP) runs once per item;
    // the loop head (FOR_ITER, STORE_FAST) once per item, FOR_ITER once more at the end,
    // and four instructions set the loop up.
    assert_eq!((body_small, body_large), (5000, 7500));
    assert_eq!((head_small, head_large), (4 + 2 * 1000 + 1, 4 + 2 * 1500 + 1));
    assert_eq!(large - small, 7 * 500);
}

#[test]
fn collapsed_total_equals_the_report_total_and_files_parse() {
    let (json, collapsed, svg, speedscope) =
        (temp("t.json"), temp("t.txt"), temp("t.svg"), temp("t.speedscope.json"));
    let output = pyglass(&[
        "profile",
        "--json",
        &json,
        "--collapsed",
        &collapsed,
        "--flamegraph",
        &svg,
        "--speedscope",
        &speedscope,
        "--no-cache",
        "tests/profile/counted.py",
        "100",
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "4950 2666466670000\n");
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(report.contains("pyglass profile (exact): tests/profile/counted.py"), "{report}");
    assert!(report.contains("hot (tests/profile/counted.py:13)") || report.contains("hot ("), "{report}");
    let check = "import json, sys, xml.dom.minidom\n\
        r = json.load(open(sys.argv[1]))\n\
        total = sum(int(line.rsplit(' ', 1)[1]) for line in open(sys.argv[2]))\n\
        assert total == r['instruction_ns'] + r['wait_ns'], (total, r['instruction_ns'], r['wait_ns'])\n\
        assert all(line.startswith('MainThread;') for line in open(sys.argv[2]))\n\
        svg = xml.dom.minidom.parse(sys.argv[3])\n\
        text = open(sys.argv[3]).read()\n\
        assert 'hot (' in text and '&lt;genexpr&gt;' in text and 'counted.py' in svg.documentElement.toxml()\n\
        s = json.load(open(sys.argv[4]))\n\
        assert s['$schema'] == 'https://www.speedscope.app/file-format-schema.json'\n\
        assert all('name' in f for f in s['shared']['frames'])\n\
        p = s['profiles'][0]\n\
        assert p['type'] == 'sampled' and p['unit'] == 'nanoseconds' and p['name'] == 'MainThread'\n\
        assert len(p['samples']) == len(p['weights']) and p['endValue'] == sum(p['weights']) == total\n\
        assert all(0 <= i < len(s['shared']['frames']) for st in p['samples'] for i in st)\n\
        print('ok')";
    assert_eq!(python(check, &[&json, &collapsed, &svg, &speedscope]), "ok");
}

#[test]
fn threads_have_their_own_roots_and_wait_frames() {
    let collapsed = temp("threads.txt");
    let output =
        pyglass(&["profile", "--quiet", "--collapsed", &collapsed, "--no-cache", "tests/profile/threads.py"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let folded = std::fs::read_to_string(&collapsed).expect("collapsed stacks");
    assert!(folded.lines().any(|l| l.starts_with("Thread-1 (count);")), "{folded}");
    assert!(folded.lines().any(|l| l.starts_with("Thread-2 (count);")), "{folded}");
    assert!(folded.contains("<blocked: join>"), "{folded}");
    assert!(folded.contains("<waiting for the GIL>"), "{folded}");
}

#[test]
fn sampling_mode_finds_the_hot_function() {
    let collapsed = temp("sample.txt");
    let output = pyglass(&[
        "profile",
        "--mode",
        "sample",
        "--hz",
        "2000",
        "--collapsed",
        &collapsed,
        "--no-cache",
        "tests/profile/counted.py",
        "2000000",
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(report.contains("pyglass profile (sample, 2000 Hz)"), "{report}");
    let folded = std::fs::read_to_string(&collapsed).expect("collapsed stacks");
    let samples: u64 = folded.lines().map(|l| l.rsplit(' ').next().unwrap().parse::<u64>().unwrap()).sum();
    assert!(samples >= 10, "{folded}");
    let in_work: u64 = folded
        .lines()
        .filter(|l| l.contains(";work ("))
        .map(|l| l.rsplit(' ').next().unwrap().parse::<u64>().unwrap())
        .sum();
    assert!(in_work * 2 > samples, "work() should hold most samples: {folded}");
}

#[test]
fn an_unwritable_output_is_an_error_not_a_panic() {
    let output =
        pyglass(&["profile", "--quiet", "--collapsed", "/dev/null/x.txt", "tests/profile/counted.py", "10"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("pyglass profile: cannot write /dev/null/x.txt")
    );
}

#[test]
fn pipeline_reports_every_stage_and_counts_what_profile_counts() {
    let output = pyglass(&["pipeline", "--json", "--no-cache", "tests/profile/counted.py", "1000"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json = temp("pipeline.json");
    std::fs::write(&json, &output.stdout).expect("write");
    let read = "import json, sys\n\
        r = json.load(open(sys.argv[1]))\n\
        assert [s['stage'] for s in r['stages']] == ['read', 'tokens', 'ast', 'compile', 'cache', 'run']\n\
        assert r['stages'][2]['product'] == '70 nodes' and r['run']['stdout'] == '499500 2666466670000\\n'\n\
        print(r['run']['instructions'])";
    let instructions: u64 = python(read, &[&json]).parse().expect("a count");
    let profile_json = temp("same.json");
    pyglass(&[
        "profile",
        "--quiet",
        "--json",
        &profile_json,
        "--no-cache",
        "tests/profile/counted.py",
        "1000",
    ]);
    let profiled: u64 =
        python("import json, sys; print(json.load(open(sys.argv[1]))['instructions'])", &[&profile_json])
            .parse()
            .expect("a count");
    assert_eq!(instructions, profiled);
    let text =
        pyglass(&["pipeline", "--no-run", "--show", "tokens", "--no-cache", "tests/profile/counted.py"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("ast ") && text.contains("70 nodes") && text.contains("--- tokens ---"), "{text}");
    assert!(!text.contains("\nrun "), "{text}");
}

#[test]
fn each_instruction_mode_times_every_instruction_alone() {
    let json = temp("each.json");
    let args = ["profile", "--quiet", "--no-cache", "--json", &json, "tests/profile/counted.py", "1000"];
    let output = pyglass(&[&args[..2], &["--each-instruction"], &args[2..]].concat());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Every instruction was timed alone, and the counts are the default mode's.
    let read = "import json, sys\n\
        r = json.load(open(sys.argv[1]))\n\
        assert all(o['timed'] == o['count'] > 0 for o in r['opcodes']), r['opcodes']\n\
        print(r['instructions'])";
    let (total, _, _) = counted("1000");
    assert_eq!(python(read, &[&json]), total.to_string());
}

#[test]
fn runs_crossing_nested_run_loops_count_as_each_instruction_mode_does() {
    // The default mode lets the VM mark the instructions of a run; each-instruction mode sees
    // every instruction itself. Python code called from built-ins (sort keys, `__len__`,
    // `__eq__`, generators consumed by `zip`) must not be counted in its caller's run.
    let per_line = |extra: &[&str]| {
        let json = temp(&format!("nested{}.json", extra.len()));
        let args =
            [&["profile", "--quiet", "--no-cache", "--json", &json][..], extra, &["tests/profile/nested.py"]];
        let output = pyglass(&args.concat());
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let read = "import json, sys\n\
            r = json.load(open(sys.argv[1]))\n\
            print(r['instructions'], sorted((l['line'], l['instructions']) for l in r['lines']))";
        python(read, &[&json])
    };
    let pipeline = pyglass(&["pipeline", "--json", "--no-cache", "tests/profile/nested.py"]);
    let json = temp("nested-pipeline.json");
    std::fs::write(&json, &pipeline.stdout).expect("write");
    let executed =
        python("import json, sys; print(json.load(open(sys.argv[1]))['run']['instructions'])", &[&json]);
    let default = per_line(&[]);
    assert!(default.starts_with(&format!("{executed} ")), "{default} vs {executed}");
    assert_eq!(default, per_line(&["--each-instruction"]));
}
