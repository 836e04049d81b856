# os functions over files the program makes (and removes) under /tmp: stat and lstat results,
# rename, symlinks, scandir, chmod, utime, files opened by number, makedirs, walk, access,
# os.PathLike objects, the stat module, and CPython's OSError subclasses and messages.
import os, os.path, stat
d = f"/tmp/1055_os_files_{os.getpid()}"
home = os.getcwd()
if os.path.exists(d):
    for root, dirs, files in os.walk(d, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for x in dirs: os.rmdir(os.path.join(root, x))
    os.rmdir(d)
os.mkdir(d)
os.chdir(d)
with open("a.txt", "w") as f: f.write("hello")
st = os.stat("a.txt")
print(st.st_size, oct(st.st_mode), type(st.st_mtime), len(st))
print(os.path.isfile("a.txt"), os.path.isdir("a.txt"), os.path.exists("zz"), os.path.getsize("a.txt"))
os.rename("a.txt", "b.txt")
print(sorted(os.listdir(".")))
try: os.rename("nope", "x")
except OSError as e: print(type(e).__name__, e)
try: os.stat("nope")
except OSError as e: print(type(e).__name__, e, e.errno, e.filename)
os.symlink("b.txt", "ln")
print(os.path.islink("ln"), os.readlink("ln"), os.path.realpath("ln") == os.path.join(d, "b.txt"))
print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in os.scandir(".")))
os.chmod("b.txt", 0o600); print(oct(os.stat("b.txt").st_mode & 0o777))
fd = os.open("c.bin", os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
print(os.write(fd, b"abc")); os.close(fd)
try: os.open("c.bin", os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
except OSError as e: print(type(e).__name__, e)
try: os.close(9999)
except OSError as e: print(type(e).__name__, e)
print(len(os.urandom(7)), type(os.getpid()))
print(os.terminal_size((1,2)))
print(os.fspath("x"), os.access("b.txt", os.R_OK), os.access("b.txt", os.X_OK))
try: os.fspath(3)
except TypeError as e: print(e)
try: open(3.5)
except TypeError as e: print(e)
try: os.mkdir("b.txt")
except OSError as e: print(type(e).__name__, e)
try: os.rmdir("zzz")
except OSError as e: print(type(e).__name__, e)
try: os.remove("zzz")
except OSError as e: print(type(e).__name__, e)
os.utime("b.txt", (100, 200)); print(os.stat("b.txt").st_mtime, os.stat("b.txt")[8], os.stat("b.txt").st_atime_ns)
os.makedirs("x/y/z"); os.makedirs("x/y/z", exist_ok=True)
os.mkdir("m", 0o700); print(oct(os.stat("m").st_mode & 0o777)); os.rmdir("m")
try: os.makedirs("x/y/z")
except OSError as e: print(type(e).__name__, e)
print(list(os.walk("x")))
print(repr(os.stat_result((1,2,3,4,5,6,7,8,9,10))))
for root, dirs, files in os.walk(d, topdown=False):
    for f in files: os.remove(os.path.join(root, f))
    for x in dirs: os.rmdir(os.path.join(root, x))
os.chdir(home); os.rmdir(d)
print(os.path.relpath("/a/b", "/a"), os.path.exists(d))
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISLNK(st.st_mode), stat.S_IFMT(0o100644) == stat.S_IFREG, oct(stat.S_IMODE(0o104755)))
for m in [0o100644, 0o40755, 0o120777, 0o104755, 0o102745, 0o41777, 0o41776, 0, 0o20600, 0o10644, 0o140755, 0o60600]:
    print(stat.filemode(m), end=" ")
print()
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
class Bad:
    def __fspath__(self): return 3
print(os.fspath(P("q")), os.path.join(P("a"), P("b")), os.path.exists(P("/")), isinstance(P("x"), os.PathLike), isinstance("x", os.PathLike))
for f in (os.fspath, open, os.stat, os.path.exists):
    try: f(Bad())
    except TypeError as e: print(e)
try: os.stat(None)
except TypeError as e: print(e)
print(os.fsencode("aé"), os.fsdecode(b"a\xc3\xa9"), os.urandom(0), os.path.lexists("/"), os.path.ismount("/"))
for f, args in [(os.remove, (None,)), (os.rename, (None, "x")), (os.rename, ("x", 3)), (os.path.isfile, (None,)), (os.path.islink, (3.5,)), (os.listdir, (2.5,)), (os.mkdir, (b"x", "y"))]:
    try: f(*args)
    except TypeError as e: print(e)
import tempfile
fd, p = tempfile.mkstemp()
os.write(fd, b"12345")
print(os.fstat(fd).st_size, os.stat(fd).st_size == os.stat(p).st_size, os.fstat(fd).st_ino == os.stat(p).st_ino)
os.close(fd); os.unlink(p)
try: os.fstat(fd)
except OSError as e: print(type(e).__name__, e)
try: os.fstat("x")
except TypeError as e: print(e)
