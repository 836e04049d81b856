//! The host: the VM's only door to the outside world (output streams now; clocks, stdin,
//! environment and randomness as they arrive), so a run can later be recorded and replayed.

use std::io::Write;

pub struct Host {
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
}

impl Host {
    /// The process's own streams (stdout buffered, as CPython buffers it when not a terminal).
    pub fn stdio() -> Host {
        Host {
            stdout: Box::new(std::io::BufWriter::new(std::io::stdout())),
            stderr: Box::new(std::io::stderr()),
        }
    }

    /// Streams of the caller's choosing (tests capture output this way).
    pub fn with_streams(stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Host {
        Host { stdout, stderr }
    }

    pub fn write_stdout(&mut self, text: &str) {
        let _ = self.stdout.write_all(text.as_bytes());
    }

    /// Write to stderr, after flushing stdout so the two interleave as written.
    pub fn write_stderr(&mut self, text: &str) {
        let _ = self.stdout.flush();
        let _ = self.stderr.write_all(text.as_bytes());
    }

    /// One line from standard input (with its newline), `None` at end of input.
    pub fn read_line(&mut self) -> Option<String> {
        let _ = self.stdout.flush();
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }
}
