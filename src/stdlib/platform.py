"""Python's platform module: what the interpreter and the machine say about themselves.

The answers come from `sys` and `os.uname()`. pyglass reports itself as the CPython 3.11
it follows (as `sys.implementation.name` does), so `python_implementation()` is 'CPython'
and scripts that test for it take CPython's path; `python_compiler()` and `python_build()`
come from pyglass's own `sys.version` ('3.11.7 (pyglass 0.1.0) [Rust]').
"""

import collections
import os
import re
import sys

__all__ = ["architecture", "freedesktop_os_release", "java_ver", "libc_ver", "mac_ver",
           "machine", "node", "platform", "processor", "python_branch", "python_build",
           "python_compiler", "python_implementation", "python_revision", "python_version",
           "python_version_tuple", "release", "system", "system_alias", "uname",
           "uname_result", "version", "win32_ver"]


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """`uname()`'s answer: five fields, and `processor` computed on demand (as CPython's)."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return ""

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None


def uname():
    """The machine's (system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def _sys_version():
    """(implementation, version, branch, revision, buildno, builddate, compiler)."""
    text = sys.version
    match = re.match(r"([\w.+]+)\s*\(([^)]*)\)\s*\[([^\]]*)\]", text)
    if match is None:
        raise ValueError("failed to parse CPython sys.version: %r" % text)
    version, build, compiler = match.groups()
    buildno, _, builddate = build.partition(",")
    return ("CPython", version, "", "", buildno.strip(), builddate.strip(), compiler)


def python_implementation():
    return _sys_version()[0]


def python_version():
    return _sys_version()[1]


def python_version_tuple():
    return tuple(_sys_version()[1].split("."))


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    return _sys_version()[4:6]


def python_compiler():
    return _sys_version()[6]


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of the executable: what the interpreter's pointer size gives, and
    'ELF' when the file starts with ELF's magic number."""
    if not bits:
        bits = "%dbit" % (64 if sys.maxsize > 2 ** 32 else 32)
    if executable and not linkage:
        try:
            with open(executable, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    linkage = "ELF"
        except OSError:
            pass
    return bits, linkage


_LIBC_SEARCH = re.compile(rb"(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)",
                          re.ASCII)


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """The C library the executable links against, found as CPython's fallback finds it:
    the highest GLIBC_ symbol version named in the file."""
    if executable is None:
        executable = sys.executable
        if not executable:
            return lib, version
    try:
        f = open(executable, "rb")
    except OSError:
        return lib, version

    def parts(v):
        return [int(p) if p.isdigit() else p for p in v.split(".")]

    with f:
        binary = f.read(chunksize)
        pos = 0
        while pos < len(binary):
            if b"libc" in binary or b"GLIBC" in binary:
                m = _LIBC_SEARCH.search(binary, pos)
            else:
                m = None
            if not m or m.end() == len(binary):
                chunk = f.read(chunksize)
                if chunk:
                    binary = binary[max(pos, len(binary) - 1000):] + chunk
                    pos = 0
                    continue
                if not m:
                    break
            libcinit, glibc, glibcversion, so, threads, soversion = [
                s.decode("latin1") if s is not None else s for s in m.groups()]
            if libcinit and not lib:
                lib = "libc"
            elif glibc:
                if lib != "glibc":
                    lib = "glibc"
                    version = glibcversion
                elif parts(glibcversion) > parts(version):
                    version = glibcversion
            elif so and lib != "glibc":
                lib = "libc"
                if soversion and (not version or parts(soversion) > parts(version)):
                    version = soversion
                if threads and version[-len(threads):] != threads:
                    version = version + threads
            pos = m.end()
    return lib, version


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    return system, release, version


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release)."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            key, eq, value = line.partition("=")
            if not eq or not re.fullmatch(r"[A-Z][A-Z0-9_]+", key):
                continue
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key] = value.replace('\\"', '"').replace("\\\\", "\\")
        return info
    raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")


def _platform(*parts):
    """Join the non-empty parts with '-'."""
    text = "-".join(x.strip() for x in filter(len, parts))
    while "--" in text:
        text = text.replace("--", "-")
    return text[:-1] if text.endswith("-") else text


def platform(aliased=False, terse=False):
    """One string naming the platform, built as CPython builds it: on Linux
    'Linux-<release>-<machine>-with-<libc><version>' (whatever `terse` says), elsewhere
    '<system>-<release>' when terse and the architecture after it otherwise."""
    system, node, release, version, machine, processor = uname()
    if system == "Linux":
        lib, libversion = libc_ver()
        return _platform(system, release, machine, processor, "with", lib + libversion)
    if terse:
        return _platform(system, release)
    bits, linkage = architecture(sys.executable)
    return _platform(system, release, machine, processor, bits, linkage)
