# The glob module over a directory tree the program makes (and removes) under /tmp: wildcards
# per component, hidden names, recursive **, trailing slashes, root_dir, iglob and escape.
import glob
import os

base = "/tmp/1045_glob"


def clean(top):
    if not os.path.isdir(top):
        return
    for name in os.listdir(top):
        path = os.path.join(top, name)
        if os.path.isdir(path):
            clean(path)
        else:
            os.remove(path)
    os.rmdir(top)


clean(base)
for d in ("src/pkg/sub", "docs", ".git/objects", "src/.cache", "odd[1]"):
    os.makedirs(os.path.join(base, d))
for f in ("README.md", "setup.py", ".env", "src/main.py", "src/util.py", "src/notes.txt",
          "src/pkg/__init__.py", "src/pkg/core.py", "src/pkg/sub/deep.py", "src/pkg/sub/data.json",
          "src/.cache/x.py", "docs/a.md", "docs/b.md", ".git/config", "odd[1]/f.txt", "a?b.txt",
          "file1.txt", "file2.txt", "file10.txt"):
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)

os.chdir(base)


def show(pattern, **kw):
    print(pattern, kw or "", sorted(glob.glob(pattern, **kw)))


show("*")
show("*.py")
show("*.txt")
show("file?.txt")
show("file[0-9].txt")
show("file[!1].txt")
show(".*")
show("*", include_hidden=True)
show("src/*.py")
show("*/*.py")
show("*/*/*.py")
show("*/")
show("src/*/")
show("**", recursive=True)
show("**/*.py", recursive=True)
show("src/**/*.py", recursive=True)
show("src/**", recursive=True)
show("**/", recursive=True)
show("**/*.py", recursive=True, include_hidden=True)
show("**/*.py")
show("src/**/*.json", recursive=True)
show("nothing*")
show("missing/*.py")
show("README.md")
show("README.md/")
show("docs/")
show("docs")
show("nope.md")
show("odd[1]/*")
show(glob.escape("odd[1]") + "/*")
show(glob.escape("a?b.txt"))
show("a?b.txt")
show("*.md", root_dir=os.path.join(base, "docs"))
show("**/*.md", root_dir=base, recursive=True)
show(os.path.join(base, "src", "pkg", "*.py"))
show(os.path.join(base, "*", "pkg"))
show("")
print(glob.escape("a*b?c[d].txt"), glob.escape("plain/path"), glob.escape(b"x*"))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic("[x]"))
it = glob.iglob("docs/*.md")
print(type(it).__name__ != "list", sorted(it))
os.chdir("/")
clean(base)
print(os.path.exists(base))
