//! The host's child processes (the `subprocess` module): spawning, feeding, reading and
//! waiting go through these methods, never `std::process` elsewhere, so a recorder can later
//! log them. A sandboxed host refuses to spawn (`PermissionError`).
//!
//! A child's stream that the program leaves to the parent ("inherit") is not inherited: it
//! is piped and its bytes written to the host's own stdout or stderr when the child is waited
//! for, so they land where the program's output goes (a test's capture, a debugger's pane).

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::host::{Host, os_error};

/// Where one of a child's standard streams goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// Where the program's own stream goes (forwarded through the host).
    Parent,
    /// A pipe the program reads or writes (`subprocess.PIPE`).
    Pipe,
    /// `/dev/null` (`subprocess.DEVNULL`).
    Null,
    /// The child's stdout (`stderr=subprocess.STDOUT`).
    ToStdout,
}

/// What to run and how.
pub struct ProcessSpec {
    pub argv: Vec<String>,
    pub cwd: Option<String>,
    /// The whole environment, when not the parent's.
    pub env: Option<Vec<(String, String)>>,
    pub stdin: Stream,
    pub stdout: Stream,
    pub stderr: Stream,
}

type Reader = Box<dyn Read + Send>;

/// A spawned child and the ends of its pipes the program has not yet used.
pub struct Running {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: Option<Reader>,
    stderr: Option<Reader>,
    /// Threads draining the streams forwarded to the host's stdout and stderr.
    forward_out: Option<JoinHandle<Vec<u8>>>,
    forward_err: Option<JoinHandle<Vec<u8>>>,
    code: Option<i32>,
}

/// How a `communicate` ended.
pub enum Outcome {
    Done { code: i32, out: Vec<u8>, err: Vec<u8> },
    TimedOut,
}

/// How long a wait with a timeout sleeps between looks at the child.
const POLL: Duration = Duration::from_millis(2);

/// A thread reading `reader` to its end.
fn drain(mut reader: Reader) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = reader.read_to_end(&mut bytes);
        bytes
    })
}

/// The exit status as CPython's `returncode`: the code, or minus the signal that ended it.
fn status_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status.code().or_else(|| status.signal().map(|s| -s)).unwrap_or(-1)
}

fn no_such_process() -> (i32, String) {
    (3, "No such process".to_string())
}

impl Host {
    /// Start a child; its handle (for the other methods) and its pid. A missing program is
    /// ENOENT; a missing `cwd` too (checked first, so the error can name it, as CPython's
    /// does): the caller decides which name the error carries.
    pub fn spawn(&mut self, spec: &ProcessSpec) -> Result<(usize, u32), (i32, String)> {
        self.refuse_if_sandboxed()?;
        let Some((program, args)) = spec.argv.split_first() else {
            return Err((2, "No such file or directory".to_string()));
        };
        let mut command = Command::new(program);
        command.args(args);
        if let Some(cwd) = &spec.cwd {
            command.current_dir(cwd);
        }
        if let Some(env) = &spec.env {
            command.env_clear().envs(env.iter().map(|(k, v)| (k, v)));
        }
        command.stdin(match spec.stdin {
            Stream::Pipe => Stdio::piped(),
            Stream::Null => Stdio::null(),
            _ => Stdio::inherit(),
        });
        // stdout and stderr share one pipe when stderr goes to stdout.
        let (merged, merged_writer) = if spec.stderr == Stream::ToStdout && spec.stdout != Stream::Null {
            let (reader, writer) = std::io::pipe().map_err(os_error)?;
            (Some(reader), Some(writer))
        } else {
            (None, None)
        };
        match (&merged_writer, spec.stdout) {
            (Some(writer), _) => command.stdout(writer.try_clone().map_err(os_error)?),
            (None, Stream::Null) => command.stdout(Stdio::null()),
            (None, _) => command.stdout(Stdio::piped()),
        };
        match (merged_writer, spec.stderr) {
            (Some(writer), _) => command.stderr(writer),
            (None, Stream::Null | Stream::ToStdout) => command.stderr(Stdio::null()),
            (None, _) => command.stderr(Stdio::piped()),
        };
        let mut child = command.spawn().map_err(os_error)?;
        // The pipe's write ends live in `command`: dropping it leaves the child the only writer.
        drop(command);
        let pid = child.id();
        let stdout: Option<Reader> = match merged {
            Some(reader) => Some(Box::new(reader)),
            None => child.stdout.take().map(|r| Box::new(r) as Reader),
        };
        let stderr: Option<Reader> = child.stderr.take().map(|r| Box::new(r) as Reader);
        let mut running = Running {
            stdin: child.stdin.take(),
            child,
            stdout: None,
            stderr: None,
            forward_out: None,
            forward_err: None,
            code: None,
        };
        match spec.stdout {
            Stream::Parent => running.forward_out = stdout.map(drain),
            _ => running.stdout = stdout,
        }
        match spec.stderr {
            Stream::Parent => running.forward_err = stderr.map(drain),
            _ => running.stderr = stderr,
        }
        let handle = self.children.len();
        self.children.push(Some(running));
        Ok((handle, pid))
    }

    fn running(&mut self, handle: usize) -> Result<&mut Running, (i32, String)> {
        self.children.get_mut(handle).and_then(Option::as_mut).ok_or_else(no_such_process)
    }

    /// Write to the child's stdin pipe (`proc.stdin.write`); EPIPE when the child is gone.
    pub fn child_write(&mut self, handle: usize, bytes: &[u8]) -> Result<(), (i32, String)> {
        let running = self.running(handle)?;
        match &mut running.stdin {
            Some(stdin) => stdin.write_all(bytes).map_err(os_error),
            None => Err((9, "Bad file descriptor".to_string())),
        }
    }

    /// Close the child's stdin pipe, so it sees the end of its input.
    pub fn child_close_stdin(&mut self, handle: usize) -> Result<(), (i32, String)> {
        self.running(handle)?.stdin = None;
        Ok(())
    }

    /// Everything left on the child's stdout (`err` false) or stderr pipe, to its end.
    pub fn child_read(&mut self, handle: usize, err: bool) -> Result<Vec<u8>, (i32, String)> {
        let running = self.running(handle)?;
        let pipe = if err { &mut running.stderr } else { &mut running.stdout };
        let mut bytes = Vec::new();
        if let Some(reader) = pipe {
            reader.read_to_end(&mut bytes).map_err(os_error)?;
        }
        Ok(bytes)
    }

    /// The child's return code if it has ended (`Popen.poll`).
    pub fn child_poll(&mut self, handle: usize) -> Result<Option<i32>, (i32, String)> {
        let running = self.running(handle)?;
        if running.code.is_none()
            && let Some(status) = running.child.try_wait().map_err(os_error)?
        {
            running.code = Some(status_code(status));
        }
        let code = running.code;
        if code.is_some() {
            self.forward(handle);
        }
        Ok(code)
    }

    /// Wait for the child to end, at most `timeout` seconds: its return code, or `None`
    /// when the time ran out (`Popen.wait`).
    pub fn child_wait(&mut self, handle: usize, timeout: Option<f64>) -> Result<Option<i32>, (i32, String)> {
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)));
        let running = self.running(handle)?;
        while running.code.is_none() {
            match deadline {
                None => running.code = Some(status_code(running.child.wait().map_err(os_error)?)),
                Some(deadline) => match running.child.try_wait().map_err(os_error)? {
                    Some(status) => running.code = Some(status_code(status)),
                    None if Instant::now() >= deadline => return Ok(None),
                    None => std::thread::sleep(POLL),
                },
            }
        }
        let code = running.code;
        self.forward(handle);
        Ok(code)
    }

    /// Send `input` (then close stdin), read both pipes to their end and wait, at most
    /// `timeout` seconds (`Popen.communicate`). After a timeout the pipes' readers are left
    /// behind: the caller kills the child, as `subprocess.run` does.
    pub fn communicate(
        &mut self,
        handle: usize,
        input: Option<Vec<u8>>,
        timeout: Option<f64>,
    ) -> Result<Outcome, (i32, String)> {
        let running = self.running(handle)?;
        let writer = running.stdin.take().map(|mut stdin| {
            std::thread::spawn(move || {
                if let Some(input) = input {
                    // A child that ends without reading its input is not an error here.
                    let _ = stdin.write_all(&input);
                }
            })
        });
        let out = running.stdout.take().map(drain);
        let err = running.stderr.take().map(drain);
        let Some(code) = self.child_wait(handle, timeout)? else {
            return Ok(Outcome::TimedOut);
        };
        let join = |t: Option<JoinHandle<Vec<u8>>>| t.and_then(|t| t.join().ok()).unwrap_or_default();
        if let Some(writer) = writer {
            let _ = writer.join();
        }
        Ok(Outcome::Done { code, out: join(out), err: join(err) })
    }

    /// Kill the child (`Popen.kill`); one already ended is left alone.
    pub fn child_kill(&mut self, handle: usize) -> Result<(), (i32, String)> {
        let running = self.running(handle)?;
        if running.code.is_none() {
            running.child.kill().map_err(os_error)?;
        }
        Ok(())
    }

    /// Write what the child sent to the parent's streams, once it has ended.
    fn forward(&mut self, handle: usize) {
        let Some(Some(running)) = self.children.get_mut(handle) else { return };
        let (out, err) = (running.forward_out.take(), running.forward_err.take());
        for (thread, to_err) in [(out, false), (err, true)] {
            if let Some(bytes) = thread.and_then(|t| t.join().ok()) {
                let text = String::from_utf8_lossy(&bytes);
                if to_err {
                    self.write_stderr(&text);
                } else {
                    let _ = self.write_stdout(&text);
                }
            }
        }
    }

    /// Forget a child whose end the program has seen (`Popen.__del__`-like cleanup).
    pub fn child_release(&mut self, handle: usize) {
        if let Some(slot) = self.children.get_mut(handle) {
            *slot = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(argv: &[&str]) -> ProcessSpec {
        ProcessSpec {
            argv: argv.iter().map(|s| s.to_string()).collect(),
            cwd: None,
            env: None,
            stdin: Stream::Pipe,
            stdout: Stream::Pipe,
            stderr: Stream::ToStdout,
        }
    }

    #[test]
    fn a_sandboxed_host_starts_no_process() {
        let mut host = Host::sandboxed(Box::new(std::io::sink()), Box::new(std::io::sink()));
        assert_eq!(host.spawn(&spec(&["true"])).err(), Some((13, "Permission denied".to_string())));
    }

    #[test]
    fn input_goes_in_and_both_streams_come_out_of_one_pipe() {
        let mut host = Host::with_streams(Box::new(std::io::sink()), Box::new(std::io::sink()));
        let (handle, _) = host.spawn(&spec(&["sh", "-c", "cat; echo err >&2; exit 3"])).unwrap();
        match host.communicate(handle, Some(b"in\n".to_vec()), None).unwrap() {
            Outcome::Done { code, out, err } => {
                assert_eq!((code, out.as_slice(), err.as_slice()), (3, &b"in\nerr\n"[..], &b""[..]));
            }
            Outcome::TimedOut => panic!("no timeout was given"),
        }
        assert_eq!(host.child_poll(handle), Ok(Some(3)));
    }
}
