# tempfile: gettempdir and gettempprefix, mkstemp and mkdtemp (names, permissions, suffix,
# prefix, dir), NamedTemporaryFile (delete on close, delete=False, text mode, seeking),
# TemporaryFile, TemporaryDirectory as a context manager and by cleanup(), and mktemp.
import os, stat, tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), os.path.isabs(tempfile.gettempdir()), os.path.isdir(tempfile.gettempdir()))
print(tempfile.gettempdir() == tempfile.tempdir, type(tempfile.gettempdirb()).__name__)

with tempfile.TemporaryDirectory() as top:
    print(os.path.isdir(top), os.path.dirname(top) == tempfile.gettempdir(), os.path.basename(top).startswith("tmp"), len(os.path.basename(top)))
    print(oct(stat.S_IMODE(os.stat(top).st_mode)), os.listdir(top))
    fd, path = tempfile.mkstemp(dir=top)
    print(type(fd).__name__, os.path.dirname(path) == top, oct(stat.S_IMODE(os.stat(path).st_mode)))
    print(os.write(fd, b"raw bytes"), os.close(fd), open(path, "rb").read())
    fd2, path2 = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=top)
    os.close(fd2)
    name = os.path.basename(path2)
    print(name.startswith("pre_"), name.endswith(".txt"), len(name), path2 != path)
    names = set()
    for i in range(20):
        fd, p = tempfile.mkstemp(dir=top, prefix="many")
        os.close(fd)
        names.add(p)
    print(len(names), all(set(os.path.basename(n)[4:]) <= set("abcdefghijklmnopqrstuvwxyz0123456789_") for n in names))
    d = tempfile.mkdtemp(suffix="_d", prefix="dir_", dir=top)
    print(os.path.isdir(d), os.path.basename(d).startswith("dir_"), d.endswith("_d"), oct(stat.S_IMODE(os.stat(d).st_mode)))
    rel = os.path.relpath(d, top)
    cwd = os.getcwd()
    os.chdir(top)
    r = tempfile.mkdtemp(dir=".")
    print(r.startswith("./"), os.path.isdir(r))
    fd, a = tempfile.mkstemp(dir=".")
    os.close(fd)
    print(os.path.isabs(a), os.path.dirname(a) == os.getcwd())
    os.chdir(cwd)

    with tempfile.NamedTemporaryFile(dir=top, suffix=".bin") as f:
        print(os.path.exists(f.name), f.name.endswith(".bin"), f.delete)
        print(f.write(b"hello world"), f.seek(0), f.read(5), f.tell())
        f.seek(0)
        print(f.read(), f.closed)
        f.flush()
        print(open(f.name, "rb").read())
        kept = f.name
    print(os.path.exists(kept), f.closed)
    f = tempfile.NamedTemporaryFile("w+", dir=top, delete=False, prefix="keep")
    f.write("line one\nline two\n")
    f.seek(0)
    print(list(f), f.readline())
    f.close()
    f.close()
    print(os.path.exists(f.name), open(f.name).read().splitlines(), os.path.basename(f.name).startswith("keep"))
    os.unlink(f.name)
    g = tempfile.NamedTemporaryFile(dir=top)
    gname = g.name
    g.close()
    print(os.path.exists(gname))
    before = sorted(os.listdir(top))
    with tempfile.TemporaryFile(dir=top) as t:
        print(type(t.name).__name__, t.write(b"abc"), t.seek(0), t.read())
    with tempfile.TemporaryFile("w+", dir=top) as t:
        t.write("text")
        t.seek(0)
        print(t.read(), t.mode)
    print(sorted(os.listdir(top)) == before, t.closed)
    fd, path = tempfile.mkstemp(dir=top, text=True)
    with os.fdopen(fd, "w") as out:
        print(out.write("first\n"), out.fileno() == fd)
        out.flush()
        out.write("second\n")
    print(open(path).read().splitlines(), out.closed)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    fd = os.open(path, os.O_RDONLY)
    with open(fd, "rb") as back:
        print(back.read(6), back.read(), back.name == fd)
    fd = os.open(path, os.O_RDONLY)
    f = open(fd, closefd=False)
    print(f.readline(), end="")
    f.close()
    print(os.read(fd, 3))
    os.close(fd)
    try:
        open(path, closefd=False)
    except ValueError as e:
        print(e)
    try:
        os.fdopen("x")
    except TypeError as e:
        print(e)
    m = tempfile.mktemp(dir=top, suffix=".x")
    print(os.path.exists(m), m.endswith(".x"), os.path.dirname(m) == top)
    inner = tempfile.TemporaryDirectory(dir=top, prefix="inner")
    print(repr(inner).startswith("<TemporaryDirectory '"), os.path.basename(inner.name).startswith("inner"))
    os.makedirs(os.path.join(inner.name, "a", "b"))
    open(os.path.join(inner.name, "a", "b", "f.txt"), "w").close()
    inner.cleanup()
    inner.cleanup()
    print(os.path.exists(inner.name), sorted(os.path.relpath(x, top) == rel for x in [d]))
print(os.path.exists(top))
try:
    tempfile.mkstemp(dir="/nonexistent/dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    tempfile.mkdtemp(dir="/nonexistent/dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
