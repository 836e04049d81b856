# pathlib's glob and rglob over a tree with hidden names, symbolic links (to a directory, dangling,
# a loop, one up), and os.path.realpath / Path.resolve (strict or not) through those links, in a
# temporary directory whose path is never printed.
import os, tempfile, shutil
from pathlib import Path
top = Path(tempfile.mkdtemp())
for d in ["a/b/c", "a/.h/x", "d", "e.dir/f"]:
    (top / d).mkdir(parents=True)
for f in ["a/1.py", "a/b/2.py", "a/b/c/3.txt", "a/.h/x/4.py", ".top", "d/5.py", "e.dir/f/6", "a/b/c/.7.py"]:
    (top / f).write_text(f)
os.symlink("a/b", top / "lnk")
os.symlink("nowhere", top / "dangling")
os.symlink("loop1", top / "loop2"); os.symlink("loop2", top / "loop1")
os.symlink("..", top / "a/up")
pats = ["*", "**", "**/*", "*/", "**/", "a/*", "a/**", "a/**/*.py", "**/*.py", "*.dir", "*/*/*", "lnk/*", "lnk/**", ".*", "?", "[ad]", "[!a]*", "a/b/c", "a/b/c/", "nope", "**/c", "a/up/a", "**/.h", "dangling", "loop1", "*/f/*"]
for pat in pats:
    try:
        print(pat, sorted(str(p.relative_to(top)) for p in top.glob(pat)))
    except Exception as e:
        print(pat, type(e).__name__, e)
    try:
        print(" r", sorted(str(p.relative_to(top)) for p in top.rglob(pat)))
    except Exception as e:
        print(" r", type(e).__name__, e)
os.chdir(top)
for p in ["lnk", "lnk/..", "a/up/d", "dangling", "dangling/x", "loop1", "a/../lnk/c", "./a//b/", "/", "nope/../a"]:
    print(p, os.path.realpath(p).replace(str(top.resolve()), "T"))
    try: print(Path(p).resolve().as_posix().replace(str(top.resolve()), "T"))
    except RuntimeError as e: print(str(e).replace(str(top.resolve()), "T"))
    try: print(Path(p).resolve(strict=True).as_posix().replace(str(top.resolve()), "T"))
    except (OSError, RuntimeError) as e: print(type(e).__name__, str(e).replace(str(top.resolve()), "T"))
    try: print(os.path.realpath(p, strict=True).replace(str(top.resolve()), "T"))
    except OSError as e: print(type(e).__name__, e.errno)
    print(os.path.exists(p), os.path.lexists(p), os.path.islink(p), os.path.isdir(p), Path(p).exists(), Path(p).is_symlink())
os.chdir("/")
shutil.rmtree(top)
print(top.exists())
