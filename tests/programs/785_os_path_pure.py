# os.path pure functions on a list of paths: split, join, normalise, extensions, relative paths.
import os.path
import posixpath

paths = ["/usr/local/lib/python3.11/site-packages/pkg/__init__.py", "relative/dir/file.tar.gz",
         "/", "", ".", "..", "a//b/./c/../d", "/trailing/slash/", "~user/notes.txt", ".bashrc",
         "dir.with.dots/noext", "C:\\windows\\path.exe", "/a/b/../../../x"]
for p in paths:
    head, tail = os.path.split(p)
    root, ext = os.path.splitext(p)
    print(f"{p!r:<58} split=({head!r}, {tail!r}) ext={ext!r}")
    print(f"{'':<10} base={os.path.basename(p)!r} dir={os.path.dirname(p)!r} norm={os.path.normpath(p)!r}"
          f" abs={os.path.isabs(p)} root={root!r}")

print(os.path.join("a", "b", "c.txt"), os.path.join("/a", "/b", "c"), os.path.join("a", ""), os.path.join("", "x"))
print(os.path.join("a/", "b"), posixpath.join("x", "..", "y"), os.path.normpath(posixpath.join("x", "..", "y")))
print(os.path.relpath("/a/b/c/d", "/a/b"), os.path.relpath("/a/x", "/a/b/c"), os.path.relpath("/a", "/a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]))
print(os.path.splitext(".hidden"), os.path.splitext("a.b.c"), os.path.splitext("x/.y.z"), os.path.splitext("dir.d/f"))
print(os.path.normpath("//double/lead"), os.path.normpath("///triple"), os.path.normpath("./../a/./b/"))
print(os.sep, os.path.sep, os.curdir, os.pardir, os.extsep, os.path is posixpath)

files = ["src/main.py", "src/util/io.py", "README.md", "src/util/__init__.py", "docs/index.rst",
         "tests/test_io.py", "setup.cfg", "src/data.json"]
by_ext = {}
for f in files:
    by_ext.setdefault(os.path.splitext(f)[1] or "(none)", []).append(os.path.basename(f))
for ext in sorted(by_ext):
    print(f"{ext:>6}: {sorted(by_ext[ext])}")
tree = {}
for f in sorted(files):
    d = os.path.dirname(f) or "."
    tree.setdefault(d, []).append(os.path.basename(f))
for d, names in sorted(tree.items(), key=lambda kv: (kv[0].count("/"), kv[0])):
    depth = 0 if d == "." else d.count("/") + 1
    print("  " * depth + d + "/", names)
print(sorted(files, key=lambda f: (os.path.dirname(f), os.path.splitext(f)[1], f))[:4])
