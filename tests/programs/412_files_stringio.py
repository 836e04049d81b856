# open() for reading, writing, appending, binary mode and errors; io.StringIO; print(file=...).
import io
path = "/tmp/pyglass_program_412.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\nline three\n")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path, "a") as f:
    print(f.write("appended\n"))
print(open(path).readlines())
with open(path, "rb") as f:
    print(f.read()[:8])
f = open(path)
print(f.readline(), end="")
print(f.readline().strip(), f.closed)
f.close()
print(f.closed)
try:
    open("/tmp/does/not/exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(path, "q")
except ValueError as e:
    print(e)
s = io.StringIO()
s.write("hello ")
print("world", file=s)
print(repr(s.getvalue()))
s2 = io.StringIO("a\nb\nc")
print(s2.readline(), s2.read(), list(io.StringIO("x\ny\n")))
