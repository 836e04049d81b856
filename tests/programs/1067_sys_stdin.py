# sys.stdin: readline, read(n), readline(n), iteration, readlines, buffer, shared with input().
import sys
print(repr(sys.stdin), sys.stdin is sys.__stdin__, sys.stdin.name, sys.stdin.fileno(), sys.stdin.isatty())
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline(2)), repr(sys.stdin.readline()))
print(repr(input()))
for line in sys.stdin:
    print("line", repr(line))
    break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
from sys import stdin
print(stdin is sys.stdin, repr(sys.stdin.buffer.read()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
