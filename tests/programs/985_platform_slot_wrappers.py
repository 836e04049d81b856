# platform's answers that do not depend on the machine; the special methods of the built-in
# container types taken from the type (slot wrappers); SyntaxWarnings after constant
# folding; the DeprecationWarning for the truth value of NotImplemented.
import os
import platform

print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
u = platform.uname()
print(len(u), u._fields, u[0] == u.system == platform.system() == os.uname().sysname)
print(u.machine == platform.machine() == os.uname().machine, list(u)[-1] == u.processor == "")
print(platform.architecture()[0], platform.platform().startswith(u.system + "-" + u.release + "-" + u.machine))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver())
print(type(platform.python_build()), len(platform.python_build()), platform.libc_ver()[0])
print(platform.system_alias("Linux", "1", "2"), "NAME" in platform.freedesktop_os_release())

print(str.__add__, str.__len__, list.__getitem__, list.__len__, dict.__contains__)
print(tuple.__iter__, dict.__setitem__, list.__str__, list.__format__, str.upper, list.append)
print(str.__add__("a", "b"), str.__len__("abc"), tuple.__len__((1, 2)), dict.__contains__({1: 2}, 1))
print(list.__iter__([7]).__next__(), list(map(str.__len__, ["a", "bb"])), bytes.__getitem__(b"ab", 1))
for call in (lambda: list.__getitem__((1,), 0), lambda: list.__len__(()), lambda: str.__add__(1, "a")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class D(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1

    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10)


d = D()
d["a"] = 1
print(d["a"], dict.__getitem__(d, "a"), dict.__len__(d))
print(KeyError.__str__(KeyError("x")), LookupError.__str__(KeyError("x")), Exception.__str__(KeyError("k")))

# Folded constants are literals: these warn at compile time, as in CPython.
x = 1
print((False | 1) is not True, (0 & True) is not False, (1 + 1) is x, ("a" + "b") is not x)
print((True | False) is True, x is None)

if NotImplemented:
    print("NotImplemented is true")
print(not NotImplemented, bool(NotImplemented))
