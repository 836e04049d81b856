# os and os.path: path manipulation, the environment, directories and files.
import os
import os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/x/", "y"), join("a", "/abs"), os.path.basename("/p/q/r.py"), os.path.dirname("/p/q/r.py"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("noext"), os.path.split("/a/b/"), os.path.split("file"))
print(os.path.normpath("/a/./b/../c//d"), os.path.normpath("../x/../y"), os.path.isabs("/t"), os.path.relpath("/a/b/c", "/a/d"))
print(os.sep, os.linesep == "\n", os.name, os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.exists("/no/such"))
print(os.getcwd() == os.path.abspath("."), "PATH" in os.environ, os.getenv("PYGLASS_SURELY_UNSET", "default"))
d = "/tmp/pyglass_os_test_dir"
if os.path.exists(d + "/inner/f.txt"):
    os.remove(d + "/inner/f.txt")
    os.rmdir(d + "/inner")
    os.rmdir(d)
os.makedirs(d + "/inner", exist_ok=True)
with open(d + "/inner/f.txt", "w") as f:
    f.write("x")
print(sorted(os.listdir(d)), [(os.path.relpath(top, d), dirs, files) for top, dirs, files in os.walk(d)])
os.remove(d + "/inner/f.txt")
os.rmdir(d + "/inner")
os.rmdir(d)
print(os.path.exists(d))
try:
    os.listdir("/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
