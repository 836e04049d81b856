//! The bytecode cache: reused when the source is unchanged, rewritten when it changes,
//! never written under PYTHONDONTWRITEBYTECODE, and never trusted when damaged.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use pyglass::bytecode::pyc;
use pyglass::pipeline::{self, CacheMode, CacheOutcome};

const PROGRAM: &str =
    "def f(n):\n    return [i * i for i in range(n) if i % 2]\nprint(f(10), {'a': 1.5, 'b': (1, 'x')})\n";
// What python3 prints for PROGRAM.
const OUTPUT: &str = "[1, 9, 25, 49, 81] {'a': 1.5, 'b': (1, 'x')}\n";

/// A fresh directory with the program in it, removed when the test is done with it.
struct Workspace(PathBuf);

impl std::ops::Deref for Workspace {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn workspace(name: &str) -> Workspace {
    let dir = std::env::temp_dir().join(format!("pyglass-pyc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("prog.py"), PROGRAM).expect("write program");
    Workspace(dir)
}

fn compile(path: &Path, mode: CacheMode) -> CacheOutcome {
    let bytes = std::fs::read(path).expect("read");
    let name = path.to_string_lossy();
    pipeline::compile_file(path, &name, &bytes, mode).expect("compiles").1
}

fn run(path: &Path, env: &[(&str, &str)]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyglass"))
        .arg(path)
        .envs(env.iter().copied())
        .output()
        .expect("run");
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code().unwrap_or(-1))
}

#[test]
fn second_compile_loads_the_cache() {
    let dir = workspace("hit");
    let path = dir.join("prog.py");
    let write = CacheMode { read: true, write: true };
    assert!(matches!(compile(&path, write), CacheOutcome::Compiled { written: true, .. }));
    assert!(pyc::cache_path(&path).exists());
    assert_eq!(compile(&path, write), CacheOutcome::Hit);
    assert_eq!(run(&path, &[]), (OUTPUT.to_string(), 0));
}

#[test]
fn a_changed_source_is_recompiled() {
    let dir = workspace("stale");
    let path = dir.join("prog.py");
    let write = CacheMode { read: true, write: true };
    compile(&path, write);
    std::fs::write(&path, "print('changed source, longer than before')\n").expect("rewrite");
    assert!(matches!(compile(&path, write), CacheOutcome::Compiled { rejected: pyc::Rejected::Stale, .. }));
    assert_eq!(run(&path, &[]).0, "changed source, longer than before\n");
}

#[test]
fn dont_write_bytecode_is_honoured() {
    let dir = workspace("nowrite");
    let path = dir.join("prog.py");
    assert_eq!(run(&path, &[("PYTHONDONTWRITEBYTECODE", "1")]), (OUTPUT.to_string(), 0));
    assert!(!pyc::cache_path(&path).exists());
    let out = Command::new(env!("CARGO_BIN_EXE_pyglass"))
        .args(["run", "--no-cache"])
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout), OUTPUT);
    assert!(!pyc::cache_path(&path).exists());
}

/// A tiny deterministic generator, so every run corrupts the same way.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn corrupt(good: &[u8], rng: &mut Lcg) -> Vec<u8> {
    let mut bad = good.to_vec();
    match rng.next() % 4 {
        0 => bad.truncate(rng.next() as usize % good.len()),
        1 => bad.extend((0..1 + rng.next() % 16).map(|_| rng.next() as u8)),
        _ => {
            for _ in 0..1 + rng.next() % 4 {
                let i = rng.next() as usize % bad.len();
                bad[i] ^= 1 << (rng.next() % 8);
            }
        }
    }
    bad
}

#[test]
fn a_thousand_corrupted_caches_are_all_rejected() {
    let code = pipeline::compile_source("prog.py", PROGRAM.as_bytes()).expect("compiles");
    let good = pyc::serialize(&code, 42, 7);
    assert!(pyc::load(&good, 42, 7).is_ok());
    let mut rng = Lcg(1);
    for _ in 0..1000 {
        let bad = corrupt(&good, &mut rng);
        if bad != good {
            assert!(pyc::load(&bad, 42, 7).is_err(), "a corrupted cache file was accepted");
        }
    }
}

#[test]
fn hostile_payloads_with_valid_checksums_never_panic() {
    // Damage the payload, then recompute the checksum as an attacker would: the structural
    // validation must still reject the file or return a code object that passes every check.
    let code = pipeline::compile_source("prog.py", PROGRAM.as_bytes()).expect("compiles");
    let good = pyc::serialize(&code, 42, 7);
    let mut rng = Lcg(7);
    let header = 48;
    for _ in 0..1000 {
        let mut payload = corrupt(&good[header..], &mut rng);
        if payload.is_empty() {
            payload.push(0);
        }
        let fnv = payload
            .iter()
            .fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
        let mut file = good[..header].to_vec();
        file[32..40].copy_from_slice(&(payload.len() as u64).to_le_bytes());
        file[40..48].copy_from_slice(&fnv.to_le_bytes());
        file.extend_from_slice(&payload);
        let _ = pyc::load(&file, 42, 7);
    }
}

#[test]
fn a_corrupted_cache_file_does_not_change_the_output() {
    let dir = workspace("corrupt");
    let path = dir.join("prog.py");
    compile(&path, CacheMode { read: true, write: true });
    let cache = pyc::cache_path(&path);
    let good = std::fs::read(&cache).expect("cache written");
    let mut rng = Lcg(3);
    for _ in 0..20 {
        std::fs::write(&cache, corrupt(&good, &mut rng)).expect("damage the cache");
        assert_eq!(run(&path, &[]), (OUTPUT.to_string(), 0));
    }
}

/// The modification time (ns) and size of a source file, as the cache records them.
fn stamp(path: &Path) -> (u64, u64) {
    let meta = std::fs::metadata(path).expect("stat");
    let mtime = meta.modified().expect("mtime").duration_since(std::time::UNIX_EPOCH).expect("after 1970");
    (mtime.as_nanos() as u64, meta.len())
}

#[test]
fn imported_modules_are_cached_and_the_cache_is_reused() {
    let workspace = workspace("import");
    let dir = std::fs::canonicalize(&*workspace).expect("real path");
    std::fs::write(dir.join("main.py"), "import helper, pkg\nprint(helper.f(), pkg.NAME)\n").expect("write");
    std::fs::write(dir.join("helper.py"), "def f():\n    return 'from source'\n").expect("write");
    std::fs::create_dir(dir.join("pkg")).expect("mkdir");
    std::fs::write(dir.join("pkg/__init__.py"), "NAME = 'pkg'\n").expect("write");
    let run_main = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_pyglass"))
            .args(extra)
            .arg(dir.join("main.py"))
            .env_remove("PYTHONDONTWRITEBYTECODE")
            .output()
            .expect("run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(run_main(&[]), "from source pkg\n");
    let helper = dir.join("helper.py");
    let cache = pyc::cache_path(&helper);
    assert!(cache.ends_with(format!("__pycache__/helper.pyglass-{}.pyc", pyc::FORMAT_VERSION)));
    assert!(cache.exists() && pyc::cache_path(&dir.join("pkg/__init__.py")).exists());

    // Put other code in the cache, stamped with the source's time and size: if the next run
    // prints what that code prints, the cache was loaded instead of the source compiled.
    let name = helper.to_string_lossy();
    let other =
        pipeline::compile_source(&name, b"def f():\n    return 'from the cache'\n").expect("compiles");
    let (mtime, size) = stamp(&helper);
    std::fs::write(&cache, pyc::serialize(&other, mtime, size)).expect("replace the cache");
    assert_eq!(run_main(&[]), "from the cache pkg\n");
    assert_eq!(run_main(&["run", "--no-cache"]), "from source pkg\n");
}

/// The embedded standard library's modules are compiled once into the user's cache directory
/// (as CPython's installation ships its `.pyc` files), even under PYTHONDONTWRITEBYTECODE; a
/// damaged file there is rejected and rewritten; `--no-cache` neither reads nor writes it.
#[test]
fn standard_library_modules_are_cached_in_the_cache_directory() {
    let workspace = workspace("stdlib");
    std::fs::write(workspace.join("main.py"), "import heapq\nprint(heapq.nsmallest(2, [3, 1, 2]))\n")
        .expect("write");
    let run_main = |cache_home: &Path, extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_pyglass"))
            .args(extra)
            .arg(workspace.join("main.py"))
            .env("XDG_CACHE_HOME", cache_home)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .output()
            .expect("run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // What python3 prints for main.py.
    let output = "[1, 2]\n";
    let cache_home = workspace.join("cache");
    let cache = cache_home.join(format!("pyglass/stdlib/heapq.pyglass-{}.pyc", pyc::FORMAT_VERSION));
    assert_eq!(run_main(&cache_home, &["run", "--no-cache"]), output);
    assert!(!cache.exists(), "--no-cache wrote {}", cache.display());
    assert_eq!(run_main(&cache_home, &[]), output);
    assert!(cache.exists());

    // Other code under the stamp the file must carry: printed only if the cache is loaded.
    let source = pyglass::stdlib::source("heapq").expect("heapq is embedded");
    let (exe_mtime, exe_size) = stamp(Path::new(env!("CARGO_BIN_EXE_pyglass")));
    let checksum = pyc::checksum(&[source.as_bytes(), &exe_mtime.to_le_bytes(), &exe_size.to_le_bytes()]);
    let other =
        pipeline::compile_source("<frozen heapq>", b"def nsmallest(n, items):\n    return 'cached'\n")
            .expect("compiles");
    std::fs::write(&cache, pyc::serialize(&other, checksum, source.len() as u64)).expect("replace");
    assert_eq!(run_main(&cache_home, &[]), "cached\n");

    // A damaged file: the source is compiled again and the file rewritten whole.
    let good = std::fs::read(&cache).expect("read");
    std::fs::write(&cache, &good[..good.len() / 2]).expect("truncate");
    assert_eq!(run_main(&cache_home, &[]), output);
    let rewritten = std::fs::read(&cache).expect("read");
    assert!(pyc::load(&rewritten, checksum, source.len() as u64).is_ok());
}
