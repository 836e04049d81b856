# shutil over a directory tree the program makes (and removes) under /tmp: copyfile, copy, copy2
# (permission bits and times), copymode, copytree (ignore, symlinks, dirs_exist_ok), move, rmtree
# (ignore_errors, onerror), which, get_terminal_size from COLUMNS/LINES, with CPython's errors.
import os, shutil, stat, sys
base = f"/tmp/1056_shutil_{os.getpid()}"
os.mkdir(base)
home = os.getcwd()
os.chdir(base)

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for n in sorted(files):
            p = os.path.join(root, n)
            out.append(os.path.relpath(p, top) + ("@" if os.path.islink(p) else "") + "=" + open(p).read())
        for d in dirs:
            out.append(os.path.relpath(os.path.join(root, d), top) + "/")
    return sorted(out)

os.makedirs("src/sub/deep")
for name, text in [("src/a.txt", "A"), ("src/b.py", "B"), ("src/sub/c.txt", "C"), ("src/sub/deep/d.pyc", "D"), ("src/.hidden", "H")]:
    with open(name, "w") as f:
        f.write(text)
os.chmod("src/b.py", 0o751)
os.utime("src/b.py", (1000000, 2000000))
print(shutil.copyfile("src/a.txt", "a_copy.txt"), open("a_copy.txt").read())
show(shutil.copyfile, "src/a.txt", "src/a.txt")
show(shutil.copyfile, "nope.txt", "x.txt")
show(shutil.copyfile, "src", "x.txt")
show(shutil.copyfile, "src/a.txt", "nodir/x.txt")
print(shutil.copy("src/b.py", "b1.py"), oct(os.stat("b1.py").st_mode & 0o777), os.stat("b1.py").st_mtime == 2000000)
print(shutil.copy2("src/b.py", "b2.py"), oct(os.stat("b2.py").st_mode & 0o777), os.stat("b2.py").st_mtime)
os.mkdir("into")
print(shutil.copy("src/a.txt", "into"), shutil.copy2("src/b.py", "into/"), sorted(os.listdir("into")))
shutil.copymode("src/b.py", "a_copy.txt"); print(oct(stat.S_IMODE(os.stat("a_copy.txt").st_mode)))
print(shutil.copytree("src", "dst"))
print(tree("dst"), os.stat("dst/b.py").st_mtime)
show(shutil.copytree, "src", "dst")
print(shutil.copytree("src", "dst", dirs_exist_ok=True))
print(shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.pyc", ".*")), tree("dst2"))
os.symlink("a.txt", "src/link.txt")
shutil.copytree("src", "dst3", symlinks=True); shutil.copytree("src", "dst4")
print(tree("dst3"), tree("dst4"))
show(shutil.copytree, "nope", "dst5")
print(shutil.move("dst4", "moved"), os.path.exists("dst4"), tree("moved") == tree("dst3"))
print(shutil.move("a_copy.txt", "into"), sorted(os.listdir("into")))
show(shutil.move, "b1.py", "into")
shutil.copy("b2.py", "b3.py")
show(shutil.move, "b3.py", "into")
show(shutil.move, "moved", "moved/inner")
print(shutil.move("into/b3.py", "into/renamed.py"), sorted(os.listdir("into")))
shutil.rmtree("dst")
print(os.path.exists("dst"))
show(shutil.rmtree, "dst")
show(shutil.rmtree, "b2.py")
shutil.copy("b2.py", "into/b2.py")
show(shutil.move, "b2.py", "into")
show(shutil.rmtree, "src/link.txt")
shutil.rmtree("dst", ignore_errors=True)
calls = []
shutil.rmtree("dst", onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
print(calls)
os.mkdir("bin")
with open("bin/mytool", "w") as f:
    f.write("#!/bin/sh\n")
os.chmod("bin/mytool", 0o755)
with open("bin/notexec", "w") as f:
    f.write("")
os.chmod("bin/notexec", 0o644)
p = os.path.join(base, "bin")
print(shutil.which("mytool", path=p) == os.path.join(p, "mytool"), shutil.which("notexec", path=p), shutil.which("nope", path=p), shutil.which("bin/mytool"), shutil.which("bin"), shutil.which("mytool", path=""))
print(shutil.which("sh") is not None)
os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "40"
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
os.environ["COLUMNS"] = "bad"
print(shutil.get_terminal_size((10, 20)).lines)
del os.environ["COLUMNS"], os.environ["LINES"]
print(shutil.get_terminal_size(), shutil.get_terminal_size((3, 4)))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
os.chdir(home)
shutil.rmtree(base)
print(os.path.exists(base))
