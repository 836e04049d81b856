# pathlib's pure paths (PurePath, PurePosixPath and the Path classes' text side): construction,
# joining, str/repr/bytes, comparison and hashing, parts, parents, names and suffixes, with_*,
# relative_to, match, as_uri, and os.path taking them as os.PathLike objects.
import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath

def attempt(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

p = PurePath("/usr/lib", "python3.11", "pathlib.tar.gz")
print(p, repr(p), p.parts, p.drive, repr(p.root), p.anchor)
print(p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents))
print(PurePath(), PurePath("a", PurePath("b/c"), "d"), PurePath("a", "/b", "c"), PurePath("//x/y"), PurePath("///x/y"))
print(PurePath("a//b/./c/"), PurePath("./a"), PurePath("a/.."), PurePath("a/../b").parts)
print(repr(Path("a/b")), repr(Path()), type(Path("x")).__name__, repr(PurePosixPath("x")))
q = PurePath("a/b")
print(q / "c", "z" / q, q / "/abs", q / PurePath("e/f"), q.joinpath("x", "y"))
attempt(lambda: q / 3)
attempt(lambda: 3 / q)
attempt(PurePath, b"bytes")
attempt(PurePath, 5)
print(bytes(q), str(q), os.fspath(q), q.as_posix())
print(q == PurePath("a/b"), q == PurePath("a", "b"), q == "a/b", PurePosixPath("a") == PosixPath("a"), q != PurePath("a"))
print(PurePath("a") < PurePath("b"), PurePath("a/b") < PurePath("a"), sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]))
print(hash(q) == hash(PurePath("a//b")), len({q, PurePath("a/b/"), PurePath("a")}))
attempt(lambda: PurePath("a") < "b")
for s in ["", ".", "/", "a", "a.", ".bashrc", "a.b.c", "a..b", "..", "x/y.tar.gz", "x/.hidden.txt", "a/b."]:
    pp = PurePath(s)
    print(repr(s), repr(pp.name), repr(pp.suffix), pp.suffixes, repr(pp.stem), pp.parent, pp.parts, len(pp.parents))
par = PurePath("/a/b/c").parents
print(len(par), par[0], par[-1], par[-3], par[1:], par[::-1], repr(par))
attempt(lambda: par[3])
attempt(lambda: par[-4])
rp = PurePath("a/b").parents
attempt(lambda: rp[2])
attempt(lambda: rp[-3])
print(rp[-1], rp[-2], list(rp))
print(PurePath("/").parent, PurePath("a").parent, PurePath(".").parent, PurePath("/a").parent)
print(PurePath("a/b.txt").with_name("c.py"), PurePath("a/b.txt").with_stem("z"), PurePath("a/b.txt").with_suffix(".md"), PurePath("a/b.txt").with_suffix(""), PurePath("a/b").with_suffix(".x"))
attempt(PurePath("").with_name, "x")
attempt(PurePath("/").with_name, "x")
attempt(PurePath("a/b").with_name, "")
attempt(PurePath("a/b").with_name, "c/d")
attempt(PurePath("a/b").with_name, "/d")
attempt(PurePath("a/b").with_name, "d/")
attempt(PurePath("a/b").with_suffix, "txt")
attempt(PurePath("a/b").with_suffix, ".")
attempt(PurePath("a/b").with_suffix, "./x")
attempt(PurePath("").with_suffix, ".x")
attempt(PurePath("").with_stem, "x")
attempt(PurePath("a/b.c").with_stem, "")
p = PurePath("/etc/passwd")
print(p.relative_to("/"), p.relative_to("/etc"), p.relative_to("/etc/passwd"), p.relative_to("/", "etc"))
attempt(p.relative_to, "/usr")
attempt(p.relative_to, "etc")
attempt(PurePath("a/b").relative_to, "/a")
attempt(PurePath("a/b").relative_to, "")
attempt(p.relative_to, "")
attempt(p.relative_to)
print(PurePath("a/b").relative_to("a"), PurePath("a/b").relative_to(""), p.is_relative_to("/etc"), p.is_relative_to("/usr"), PurePath("a/b").is_relative_to("a"))
print(p.is_absolute(), PurePath("a").is_absolute(), PurePath("//a").is_absolute(), p.is_reserved())
for path, pat in [("a/b.py", "*.py"), ("/a/b/c.py", "b/*.py"), ("/a/b/c.py", "a/*.py"), ("/a.py", "/*.py"), ("a/b.py", "/*.py"), ("/a/b.py", "/a/*.py"), ("a/b/c.py", "b/*/*.py"), ("b.PY", "*.py"), ("x", "?"), ("ab", "a[bc]"), ("a/b", "*")]:
    print(path, pat, PurePath(path).match(pat))
attempt(PurePath("a").match, "")
print(PurePath("/a b/c%d").as_uri(), PurePath("/tmp/é").as_uri(), PurePath("//h/x").as_uri())
attempt(PurePath("a").as_uri)
print(PurePath("a", "b").__reduce__())
print(isinstance(q, os.PathLike), issubclass(PosixPath, PurePath), issubclass(PosixPath, PurePosixPath), isinstance(Path("a"), PurePosixPath))
print(os.path.join(PurePath("a"), "b"), os.path.basename(PurePath("x/y.z")), os.path.splitext(Path("f.tar.gz")))
print(PurePath("a") == PurePath("a/"), {PurePath("x"): 1}[PurePath("x")])
