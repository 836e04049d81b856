# pathlib's Path over a directory tree the program makes (and removes) under /tmp: mkdir,
# reading and writing, touch, unlink, rmdir, iterdir, glob and rglob, rename, replace, symlinks,
# resolve, absolute, expanduser, samefile, and open() and os functions taking Path objects.
import os
from pathlib import Path, PurePath

base = Path("/tmp") / f"1054_pathlib_fs_{os.getpid()}"

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(str(base), "<base>"))

def rel(paths):
    return sorted(str(p.relative_to(base)) for p in paths)

base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
show(base.mkdir)
show(base.mkdir, exist_ok=True)
show((base / "x" / "y").mkdir)
(base / "x" / "y" / "z").mkdir(parents=True)
(base / "x" / "y" / "z").mkdir(parents=True, exist_ok=True)
f = base / "x" / "hello.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.stat().st_size)
print(f.exists(), f.is_file(), f.is_dir(), f.is_symlink(), (base / "nope").exists())
show(f.write_text, b"bytes")
print((base / "data.bin").write_bytes(bytearray(b"\x00\x01\x02")), (base / "data.bin").read_bytes())
show((base / "missing.txt").read_text)
show((base / "missing.txt").unlink)
show((base / "missing.txt").unlink, missing_ok=True)
show((base / "missing").rmdir)
show((base / "x").rmdir)
(base / "t.txt").touch()
(base / "t.txt").touch()
show((base / "t.txt").touch, exist_ok=False)
print((base / "t.txt").stat().st_size)
with (base / "t.txt").open("w") as fh:
    fh.write("via open")
with (base / "t.txt").open() as fh:
    print(fh.read(), fh.name == str(base / "t.txt"))
with open(base / "t.txt", "a") as fh:
    fh.write("!")
print((base / "t.txt").read_text())
print(rel(base.iterdir()))
print(rel(base.glob("*")), rel(base.glob("*.txt")), rel(base.glob("x/*")))
print(rel(base.glob("**/*.txt")), rel(base.rglob("*.txt")), rel(base.glob("**")), rel(base.glob("x/")))
print(rel(base.rglob("*")))
print(rel(base.glob("x/y/z")), rel(base.glob("nope/*")), rel(base.glob("?.txt")))
show(lambda: list(base.glob("")))
show(lambda: list(base.glob("/abs")))
show(lambda: list(base.glob("a**")))
new = (base / "t.txt").rename(base / "renamed.txt")
print(repr(new.relative_to(base)), (base / "t.txt").exists(), new.read_text())
(base / "other.txt").write_text("other")
dest = (base / "other.txt").replace(new)
print(dest.read_text(), (base / "other.txt").exists())
show((base / "nope").rename, base / "nope2")
show((base / "nope").stat)
link = base / "link"
link.symlink_to("renamed.txt")
print(link.is_symlink(), link.is_file(), str(link.readlink()), link.resolve() == new.resolve(), link.samefile(new), new.samefile(str(new)))
print(link.resolve().name, (base / "x" / ".." / "renamed.txt").resolve().relative_to(base.resolve()))
print(Path("rel/../a").resolve() == Path.cwd() / "a", Path("a").absolute() == Path.cwd() / "a", Path("/b").absolute())
show((base / "nope").resolve, strict=True)
print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x", Path("x").expanduser())
print(os.path.isdir(base / "x"), os.path.exists(base / "renamed.txt"), os.path.getsize(base / "renamed.txt"), sorted(os.listdir(base / "x")))
print(sorted(e.name for e in os.scandir(base)), os.fspath(base / "x") == str(base) + "/x")
cwd = os.getcwd()
os.chdir(base)
print(sorted(str(p) for p in Path().iterdir()), sorted(str(p) for p in Path(".").glob("*.txt")), sorted(map(str, Path("x").rglob("*"))))
print(Path("renamed.txt").stat().st_size, Path("x/hello.txt").read_text().splitlines())
os.chdir(cwd)
(base / "x" / "y" / "z").rmdir()
link.unlink()
for p in sorted(base.rglob("*"), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())
