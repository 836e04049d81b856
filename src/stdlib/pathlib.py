"""Object-oriented file-system paths, as CPython 3.11's `pathlib` for POSIX: the pure paths
(`PurePath`, `PurePosixPath`), which only compute with the text of a path, and the concrete
ones (`Path`, `PosixPath`), which also reach the file system through `os`. A path is kept as
its drive (always '' here), its root ('', '/' or '//') and its parts; the Windows flavour is
not provided."""

import fnmatch
import io
import os
import posixpath
import re

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# What `exists()` and the `is_*()` tests take for "no such file" rather than an error:
# ENOENT, ENOTDIR, EBADF, ELOOP.
_IGNORED_ERRNOS = (2, 20, 9, 40)


def _ignore_error(error):
    return getattr(error, "errno", None) in _IGNORED_ERRNOS


def _split_root(part):
    """(drive, root, rest) of one piece of a path: POSIX keeps exactly two leading slashes as
    a root of their own; one, or three or more, are '/'."""
    if part[:1] != "/":
        return "", "", part
    stripped = part.lstrip("/")
    if len(part) - len(stripped) == 2:
        return "", "//", stripped
    return "", "/", stripped


def _parse_parts(pieces):
    """(drive, root, parts) of the path made by joining pieces: a later absolute piece
    replaces what came before it; empty and '.' components vanish."""
    parts = []
    drv = root = ""
    for piece in reversed(pieces):
        if not piece:
            continue
        drv, root, rel = _split_root(piece)
        parts.extend(x for x in reversed(rel.split("/")) if x and x != ".")
        if drv or root:
            parts.append(drv + root)
            break
    parts.reverse()
    return drv, root, parts


def _format(drv, root, parts):
    if drv or root:
        return drv + root + "/".join(parts[1:])
    return "/".join(parts)


_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _quote(data):
    """bytes as a URL path: unsafe bytes as %XX."""
    return "".join(chr(b) if b in _ALWAYS_SAFE else f"%{b:02X}" for b in data)


class _PathParents:
    """The sequence of a path's ancestors (`path.parents`): the parent first."""

    __slots__ = ("_pathcls", "_drv", "_root", "_parts")

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        idx = idx.__index__() if not isinstance(idx, int) else idx
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value):
        for i, p in enumerate(self):
            if p == value:
                return i
        raise ValueError("sequence.index(x): x not in sequence")

    def count(self, value):
        return sum(1 for p in self if p == value)

    def __repr__(self):
        return f"<{self._pathcls.__name__}.parents>"


class PurePath:
    """A file-system path that is only text: joining, splitting and comparing, no I/O.
    `PurePath(...)` makes a `PurePosixPath`."""

    __slots__ = ("_drv", "_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        pieces = []
        for a in args:
            if isinstance(a, PurePath):
                pieces += a._parts
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object "
                                f"returning str, not {type(a)!r}")
            pieces.append(str(a))
        return _parse_parts(pieces)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = cls._parse_args(args)
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = drv, root, parts
        return self

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        if root:
            return self._from_parsed_parts(drv, root, parts)
        return self._from_parsed_parts(self._drv, self._root, self._parts + parts)

    def _make_child_relpath(self, name):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [name])

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = _format(self._drv, self._root, self._parts) or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.as_posix()!r})"

    def as_uri(self):
        """The path as a 'file:' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _quote(bytes(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._parts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    drive = property(lambda self: self._drv, doc="The drive prefix (always '' on POSIX).")
    root = property(lambda self: self._root, doc="The root, if any.")

    @property
    def anchor(self):
        """The drive and the root."""
        return self._drv + self._root

    @property
    def parts(self):
        """The path's components, the anchor first."""
        return tuple(self._parts)

    @property
    def name(self):
        """The final component, if any."""
        if len(self._parts) == (1 if (self._drv or self._root) else 0):
            return ""
        return self._parts[-1]

    @property
    def suffix(self):
        """The final component's extension ('' if none)."""
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        """All the final component's extensions."""
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        """The path with its name changed."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        drv, root, parts = _parse_parts((name,))
        if not name or name[-1] == "/" or drv or root or len(parts) != 1:
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix changed ('' removes it)."""
        if "/" in suffix or suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other (ValueError if it is not below it)."""
        if not other:
            raise TypeError("need at least one argument")
        drv, root, parts = self._drv, self._root, self._parts
        abs_parts = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        to_abs_parts = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(to_abs_parts)
        if (root or drv) if n == 0 else abs_parts[:n] != to_abs_parts:
            formatted = _format(to_drv, to_root, to_parts)
            raise ValueError(f"{str(self)!r} is not in the subpath of {formatted!r}"
                             " OR one path is relative and the other is absolute.")
        return self._from_parsed_parts("", root if n == 1 else "", abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether the path is other or below it."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        """The logical parent of the path."""
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """The path's logical ancestors."""
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        """The path with each argument joined to it."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Whether the path matches a glob-style pattern (from the right, unless the pattern
        is absolute)."""
        drv, root, pat_parts = _parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != self._drv or root and root != self._root:
            return False
        parts = self._parts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path of the POSIX flavour."""

    __slots__ = ()


def _is_wildcard(pattern):
    return "*" in pattern or "?" in pattern or "[" in pattern


def _select(path, pattern_parts):
    """The paths below directory `path` that the components pattern_parts match, as
    CPython's selectors find them ('**' any number of directories; an empty last component
    only directories)."""
    if not pattern_parts:
        yield path
        return
    pat, rest = pattern_parts[0], pattern_parts[1:]
    if not pat:
        yield path
        return
    dironly = bool(rest)
    if pat == "**":
        yielded = set()
        for directory in _directories_below(path):
            for found in _select(directory, rest):
                if found not in yielded:
                    yielded.add(found)
                    yield found
    elif _is_wildcard(pat):
        match = re.compile(fnmatch.translate(pat)).fullmatch
        for entry in _entries(path):
            if (not dironly or _entry_is_dir(entry)) and match(entry.name):
                yield from _select(path._make_child_relpath(entry.name), rest)
    else:
        child = path._make_child_relpath(pat)
        if child.is_dir() if dironly else child.exists():
            yield from _select(child, rest)


def _entries(path):
    """The directory's entries (none if it may not be read)."""
    try:
        with os.scandir(path) as entries:
            return list(entries)
    except PermissionError:
        return []


def _entry_is_dir(entry, links=True):
    """Whether a directory entry is a directory (through a symbolic link only if links)."""
    try:
        return entry.is_dir() and (links or not entry.is_symlink())
    except OSError as e:
        if not _ignore_error(e):
            raise
        return False


def _directories_below(path):
    """path, then every directory below it (not through symbolic links), each before its
    contents."""
    yield path
    for entry in _entries(path):
        if _entry_is_dir(entry, links=False):
            yield from _directories_below(path._make_child_relpath(entry.name))


def _pattern_parts(pattern):
    if not pattern:
        raise ValueError(f"Unacceptable pattern: {pattern!r}")
    drv, root, parts = _parse_parts((pattern,))
    if drv or root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern[-1] == "/":
        parts.append("")
    for part in parts:
        if "**" in part and part != "**":
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
    return parts


class Path(PurePath):
    """A path on this system's file system: a `PurePath` with the file operations.
    `Path(...)` makes a `PosixPath`."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path names the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The paths of the directory's entries."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """The paths below this directory that the relative pattern matches."""
        parts = _pattern_parts(pattern)
        if not self.is_dir():
            return
        yield from _select(self, parts)

    def rglob(self, pattern):
        """glob, with '**/' before pattern: matches at any depth."""
        parts = _pattern_parts(pattern)
        if not self.is_dir():
            return
        yield from _select(self, ["**"] + parts)

    def absolute(self):
        """The path made absolute (from the current directory), without normalizing."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links followed and '..' removed."""
        try:
            path = self._from_parts((os.path.realpath(self, strict=strict),))
            if not strict:
                path.stat()
        except OSError as e:
            if e.errno == 40:  # ELOOP
                raise RuntimeError(f"Symlink loop from {e.filename!r}")
            if strict:
                raise
        return path

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {data.__class__.__name__}")
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or (if it exists and exist_ok) set its times to now."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its missing parents if parents)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file (a missing one is an error unless missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Rename the file to target; the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename the file to target, replacing what is there; the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)

    def _mode(self, follow=True):
        """The file's mode, 0 if there is no such file."""
        try:
            return self.stat().st_mode if follow else self.lstat().st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return 0
        except ValueError:
            return 0

    def exists(self):
        return self._mode() != 0

    def is_dir(self):
        return self._mode() & 0o170000 == 0o040000

    def is_file(self):
        return self._mode() & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def is_block_device(self):
        return self._mode() & 0o170000 == 0o060000

    def is_char_device(self):
        return self._mode() & 0o170000 == 0o020000

    def is_fifo(self):
        return self._mode() & 0o170000 == 0o010000

    def is_socket(self):
        return self._mode() & 0o170000 == 0o140000

    def is_mount(self):
        return os.path.ismount(self)

    def expanduser(self):
        """The path with a leading '~' replaced by the home directory."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == "~":
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()
