# os.uname() (a tuple with named fields); array.array as a bytes-like operand of 'in' and
# bytes.join.
import os
u = os.uname()
print(u == os.uname(), len(u), type(u).__name__)
print(u.sysname, u.machine, u[0] == u.sysname, str(u).startswith("posix.uname_result(sysname="))
print(isinstance(u, tuple), u.nodename == u[1])
import array
a = array.array('b', [1, 2])
print(bytes(a), bytearray(a))
print(b"\x01\x02" == bytes(a))
print(memoryview(a).tobytes())
print(b"".join([a, b"x"]))
print(a in b"\x01\x02\x03")
from collections import namedtuple
Point = namedtuple("Point", "x y")
print("%s-%s" % Point(1, 2), "%s %s %s %s %s" % u == " ".join(u) + " ")
class Pair(tuple):
    pass
print("%d %d" % Pair((3, 4)))
print(b"%d %d" % Pair((5, 6)), bytearray(b"%s") % Pair((b"z",)))
