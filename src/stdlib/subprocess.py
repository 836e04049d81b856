"""Child processes: `run`, `Popen`, `check_output` and friends, on pyglass's host (the
`_proc_*` builtins, which are the only place processes are started). A child's stream left to
the parent is written to the program's own stdout/stderr when the child is waited for.
`terminate` and `send_signal` kill the child (the host has no other signal to send)."""

import builtins as _builtins
import io as _io
import os as _os

__all__ = [
    "Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "getoutput",
    "getstatusoutput", "run", "CalledProcessError", "SubprocessError", "TimeoutExpired",
    "CompletedProcess",
]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# The stream codes of `_proc_spawn`: the parent's, a pipe, /dev/null, the child's stdout.
_CODES = {None: 0, PIPE: 1, DEVNULL: 2, STDOUT: 3}

_SIGNALS = {
    1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
    7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
    13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
}


class SubprocessError(Exception):
    pass


class _Output:
    """`stdout`, another name for `output`, of the two exceptions carrying a child's output."""

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CalledProcessError(_Output, SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr
        # Only the two required arguments are the exception's args, as in CPython.
        super().__init__(returncode, cmd)

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(_Output, SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr
        super().__init__(cmd, timeout)

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            parts.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            parts.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _fsdecode(arg):
    if isinstance(arg, (bytes, bytearray)):
        return bytes(arg).decode("utf-8", "surrogateescape")
    return _os.fspath(arg)


class _Pipe(_io.IOBase):
    """The parent's end of a child's stdout or stderr pipe (`Popen.stdout`): read whole on
    first use, then served from memory (a `BytesIO` or `StringIO`)."""

    def __init__(self, proc, err):
        self._proc = proc
        self._err = err
        self._buffer = None

    def readable(self):
        return True

    def _filled(self):
        self._check()
        if self._buffer is None:
            data = self._proc._decode(_builtins._proc_read(self._proc._handle, self._err))
            self._buffer = _io.StringIO(data) if isinstance(data, str) else _io.BytesIO(data)
        return self._buffer

    def _unread(self):
        """What was read from the pipe and not yet by the program."""
        return self._buffer.read() if self._buffer is not None and not self.closed else None

    def read(self, size=-1):
        return self._filled().read(size)

    def readline(self, size=-1):
        return self._filled().readline(size)


class _StdinPipe(_io.IOBase):
    """The parent's end of a child's stdin pipe (`Popen.stdin`)."""

    def __init__(self, proc):
        self._proc = proc

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        if isinstance(data, str) != self._proc._text:
            kind = "str" if self._proc._text else "a bytes-like object"
            raise TypeError("write() argument must be %s, not %s" % (kind, type(data).__name__))
        _builtins._proc_write(self._proc._handle, self._proc._encode(data))
        return len(data)

    def close(self):
        if not self.closed:
            super().close()
            _builtins._proc_close_stdin(self._proc._handle)


def _check_timeout(timeout):
    """A timeout's type error as CPython's, which meets it adding it to the clock."""
    if timeout is not None:
        0.0 + timeout


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._handle = None
        if text is not None and universal_newlines is not None and bool(text) != bool(universal_newlines):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._text = self.text_mode
        self.encoding = encoding
        self.errors = errors
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        for stream in (stdin, stdout, stderr):
            if stream not in _CODES:
                raise ValueError("pyglass's subprocess takes only None, PIPE, DEVNULL or STDOUT as a stream")
        if stdin == STDOUT or stdout == STDOUT:
            raise ValueError("STDOUT is only for stderr")
        if isinstance(args, (str, bytes)) or not hasattr(args, "__iter__"):
            argv = [_fsdecode(args)]
        else:
            argv = [_fsdecode(a) for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        if not argv:
            raise IndexError("list index out of range")
        for arg in argv:
            if "\0" in arg:
                raise ValueError("embedded null byte")
        if executable is not None:
            argv[0] = _fsdecode(executable)
        if cwd is not None:
            cwd = _fsdecode(cwd)
        pairs = None
        if env is not None:
            pairs = [(_fsdecode(k), _fsdecode(v)) for k, v in env.items()]
        self._handle, self.pid = _builtins._proc_spawn(
            argv, cwd, pairs, _CODES[stdin], _CODES[stdout], _CODES[stderr])
        self.stdin = _StdinPipe(self) if stdin == PIPE else None
        self.stdout = _Pipe(self, False) if stdout == PIPE else None
        self.stderr = _Pipe(self, True) if stderr == PIPE else None

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    def _decode(self, data):
        if not self._text:
            return data
        return data.decode(self._encoding, self._errors).replace("\r\n", "\n").replace("\r", "\n")

    def _encode(self, data):
        return data.encode(self._encoding, self._errors) if self._text else data

    def poll(self):
        if self.returncode is None:
            self.returncode = _builtins._proc_poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        _check_timeout(timeout)
        if self.returncode is None:
            code = _builtins._proc_wait(self._handle, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def communicate(self, input=None, timeout=None):
        # Without a stdin pipe the input is ignored, as in CPython.
        if input is not None:
            input = self._encode(input)
        if self.stdin is not None:
            # The host closes the pipe once the input is written.
            _io.IOBase.close(self.stdin)
        _check_timeout(timeout)
        result = _builtins._proc_communicate(self._handle, input, timeout)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        code, out, err = result
        self.returncode = code
        stdout = stderr = None
        return (self._collect(self.stdout, out), self._collect(self.stderr, err))

    def _collect(self, pipe, data):
        """A pipe's share of `communicate`: what the program had not read of it yet, then
        `data`, the rest."""
        if pipe is None:
            return None
        unread = pipe._unread()
        pipe.close()
        data = self._decode(data)
        return data if unread is None else unread + data

    def send_signal(self, sig):
        self.kill()

    def terminate(self):
        self.kill()

    def kill(self):
        if self.returncode is None:
            _builtins._proc_kill(self._handle)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr, self.stdin):
            if pipe is not None:
                pipe.close()
        self.wait()


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for name in ("stdout", "check"):
        if name in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % name)
    if "input" in kwargs and kwargs["input"] is None:
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
