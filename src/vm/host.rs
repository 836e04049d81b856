//! The host: the VM's only door to the outside world (output streams, stdin, clocks, sleeping,
//! entropy and child processes; environment as it arrives), so a run can later be recorded and
//! replayed. Clocks are in `host_clock.rs`, the file system's other calls in `host_fs.rs`, child
//! processes in `host_process.rs`.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Ctrl-C was pressed.
pub const INTERRUPT: usize = 1;
/// The sampling profiler's timer asks for a sample.
pub const SAMPLE: usize = 2;

/// A running timer thread (`Host::start_ticker`); it ends when this is dropped.
pub struct Ticker {
    stop: Arc<AtomicBool>,
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// A source of input lines: `None` at end of input.
pub type LineReader = Box<dyn FnMut() -> Option<String>>;

pub struct Host {
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
    /// Where `input()` reads a line when not from the process's stdin (a debugger's screen).
    input: Option<LineReader>,
    /// Flags the VM polls at backward jumps and calls: `INTERRUPT` set by the SIGINT handler
    /// (Ctrl-C), `SAMPLE` by the sampling profiler's timer.
    flags: Arc<AtomicUsize>,
    /// The origin of the monotonic clocks (`time.monotonic`, `time.perf_counter`).
    pub(super) started: Instant,
    /// A sandboxed host (`Host::sandboxed`) refuses to change files and does not wait.
    pub(super) sandboxed: bool,
    /// How far a sandboxed host's clocks were moved forward instead of sleeping.
    pub(super) skipped: std::time::Duration,
    /// The files `os.open` opened, by their numbers (`host_fs.rs`).
    pub(super) open_files: std::collections::HashMap<i32, std::fs::File>,
    /// The child processes started by `subprocess`, by handle (`None` once released).
    pub(super) children: Vec<Option<super::host_process::Running>>,
}

impl Host {
    /// The process's own streams (stdout buffered, as CPython buffers it when not a terminal).
    /// Ctrl-C is caught from here on and becomes a `KeyboardInterrupt` in the program.
    pub fn stdio() -> Host {
        let flags = Arc::new(AtomicUsize::new(0));
        // If the handler cannot be installed, Ctrl-C keeps its default effect (ending the process).
        // (The handler stores INTERRUPT: a pending SAMPLE may be lost then, never a Ctrl-C.)
        let _ = signal_hook::flag::register_usize(signal_hook::consts::SIGINT, flags.clone(), INTERRUPT);
        Host {
            stdout: Box::new(std::io::BufWriter::new(std::io::stdout())),
            stderr: Box::new(std::io::stderr()),
            input: None,
            flags,
            started: Instant::now(),
            sandboxed: false,
            skipped: Default::default(),
            open_files: Default::default(),
            children: Vec::new(),
        }
    }

    /// Streams of the caller's choosing (tests capture output this way); no signal handling.
    pub fn with_streams(stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Host {
        Host {
            stdout,
            stderr,
            input: None,
            flags: Arc::new(AtomicUsize::new(0)),
            started: Instant::now(),
            sandboxed: false,
            skipped: Default::default(),
            open_files: Default::default(),
            children: Vec::new(),
        }
    }

    /// A host for running untrusted programs (the fuzzers): output goes to `stdout` and
    /// `stderr`, input is empty, writing, removing or making files fails with `PermissionError`,
    /// and sleeping moves the clocks forward instead of waiting.
    pub fn sandboxed(stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Host {
        let host = Host { sandboxed: true, ..Host::with_streams(stdout, stderr) };
        host.with_input(Box::new(|| None))
    }

    /// Read `input()` lines from `reader` instead of stdin.
    pub fn with_input(mut self, reader: LineReader) -> Host {
        self.input = Some(reader);
        self
    }

    /// Whether Ctrl-C was pressed and not yet taken (leaving it for the VM to take).
    pub(super) fn interrupt_pending(&self) -> bool {
        self.flags.load(Ordering::Relaxed) & INTERRUPT != 0
    }

    /// Whether Ctrl-C was pressed since the last call (clearing it, and only it).
    #[inline]
    pub fn take_interrupt(&self) -> bool {
        self.flags.load(Ordering::Relaxed) & INTERRUPT != 0
            && self.flags.fetch_and(!INTERRUPT, Ordering::Relaxed) & INTERRUPT != 0
    }

    /// Whether any flag is up (one load: the run loop's periodic check).
    #[inline]
    pub fn flagged(&self) -> bool {
        self.flags.load(Ordering::Relaxed) != 0
    }

    /// Take every flag that is up.
    pub fn take_flags(&self) -> usize {
        self.flags.swap(0, Ordering::Relaxed)
    }

    /// Start a timer thread raising `SAMPLE` every `period` (a sampler's tick, a debugger's
    /// poll), until the ticker is dropped.
    pub fn start_ticker(&self, period: Duration) -> Ticker {
        let stop = Arc::new(AtomicBool::new(false));
        let (stopped, flags) = (stop.clone(), self.flags.clone());
        std::thread::spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                std::thread::sleep(period);
                flags.fetch_or(SAMPLE, Ordering::Relaxed);
            }
        });
        Ticker { stop }
    }

    /// End the process as an uncaught SIGINT does (status 130 in a shell), as CPython does
    /// after printing an uncaught `KeyboardInterrupt`; returns if that is not possible.
    pub fn die_of_interrupt(&mut self) {
        self.flush();
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }

    /// Write to stdout; an error (EPIPE when the reader went away) as errno and strerror.
    pub fn write_stdout(&mut self, text: &str) -> Result<(), (i32, String)> {
        self.stdout.write_all(text.as_bytes()).map_err(os_error)
    }

    /// Flush stdout (`print(..., flush=True)`, `sys.stdout.flush()`).
    pub fn flush_stdout(&mut self) -> Result<(), (i32, String)> {
        self.stdout.flush().map_err(os_error)
    }

    /// Write to stderr, after flushing stdout so the two interleave as written.
    pub fn write_stderr(&mut self, text: &str) {
        let _ = self.stdout.flush();
        let _ = self.stderr.write_all(text.as_bytes());
    }

    /// One line from standard input (with its newline), `None` at end of input.
    pub fn read_line(&mut self) -> Option<String> {
        let _ = self.stdout.flush();
        if let Some(reader) = &mut self.input {
            return reader();
        }
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }

    /// Whether standard input is a terminal (`sys.stdin.isatty()`); not when `input()` reads
    /// from a debugger's screen.
    pub fn stdin_is_terminal(&self) -> bool {
        self.input.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdin())
    }

    /// The contents of a file (`open(path).read()`); the error is the OS error's number and text.
    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, (i32, String)> {
        std::fs::read(path).map_err(os_error)
    }

    /// Write (or append) `bytes` to a file, creating it; the file is written in one piece.
    pub fn write_file(&mut self, path: &str, bytes: &[u8], append: bool) -> Result<(), (i32, String)> {
        use std::fs::OpenOptions;
        self.refuse_if_sandboxed()?;
        let mut file = OpenOptions::new()
            .create(true)
            .write(true)
            .append(append)
            .truncate(!append)
            .open(path)
            .map_err(os_error)?;
        file.write_all(bytes).map_err(os_error)
    }

    /// What is at `path`: `Some("file")`, `Some("dir")`, `Some("other")`, or `None`.
    pub fn file_kind(&mut self, path: &str) -> Option<&'static str> {
        let meta = std::fs::metadata(path).ok()?;
        Some(if meta.is_file() {
            "file"
        } else if meta.is_dir() {
            "dir"
        } else {
            "other"
        })
    }

    /// The names in a directory, in the order the system gives them.
    pub fn list_dir(&mut self, path: &str) -> Result<Vec<String>, (i32, String)> {
        let entries = std::fs::read_dir(path).map_err(os_error)?;
        Ok(entries.filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned())).collect())
    }

    pub fn current_dir(&mut self) -> String {
        std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default()
    }

    /// The environment variables, for `os.environ`.
    pub fn environment(&mut self) -> Vec<(String, String)> {
        std::env::vars_os()
            .map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned()))
            .collect()
    }

    /// Remove a file, remove a directory, or make one the current directory.
    pub fn change_fs(&mut self, action: &str, path: &str) -> Result<(), (i32, String)> {
        self.refuse_if_sandboxed()?;
        match action {
            "remove" => std::fs::remove_file(path),
            "chdir" => std::env::set_current_dir(path),
            _ => std::fs::remove_dir(path),
        }
        .map_err(os_error)
    }

    /// EACCES, as the OS reports a file it may not change, when sandboxed.
    pub(super) fn refuse_if_sandboxed(&self) -> Result<(), (i32, String)> {
        if self.sandboxed { Err((13, "Permission denied".to_string())) } else { Ok(()) }
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }
}

/// An I/O error as `OSError` describes it: errno and CPython's strerror text.
pub(super) fn os_error(e: std::io::Error) -> (i32, String) {
    let code = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    // Rust appends " (os error N)"; CPython's strerror is the text alone.
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    (code, text)
}

/// The machine's physical memory in bytes (`MemTotal` of /proc/meminfo; where that cannot be
/// read, 1 TiB): the most a single allocation of the program may ask for.
pub fn physical_memory() -> u64 {
    static TOTAL: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *TOTAL.get_or_init(|| {
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        meminfo
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(1 << 40, |kb| kb * 1024)
    })
}

/// What must run however the process ends, even without unwinding: the TUI's terminal
/// restore. (`os._exit`, a deadlock report inside a nested wait, SIGTERM.)
static ABRUPT_EXIT_HOOKS: std::sync::Mutex<Vec<fn()>> = std::sync::Mutex::new(Vec::new());

/// Run `hook` before any abrupt end of the process (`exit_abruptly`).
pub fn on_abrupt_exit(hook: fn()) {
    if let Ok(mut hooks) = ABRUPT_EXIT_HOOKS.lock() {
        hooks.push(hook);
    }
}

/// End the process now with `status`, without unwinding or flushing the program's streams
/// (as `os._exit`), after the hooks of `on_abrupt_exit`.
pub fn exit_abruptly(status: i32) -> ! {
    let hooks = ABRUPT_EXIT_HOOKS.lock().map(|h| h.clone()).unwrap_or_default();
    for hook in hooks {
        hook();
    }
    std::process::exit(status)
}
