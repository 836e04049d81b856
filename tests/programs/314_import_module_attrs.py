# Module objects: setting and deleting attributes, dir(), vars(), __dict__.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

import notpkg

notpkg.added = [1, 2]
print(notpkg.added, vars(notpkg)["added"], notpkg.__dict__["X"])
del notpkg.added
print(hasattr(notpkg, "added"))
try:
    del notpkg.added
except AttributeError as e:
    print("AttributeError:", e)
try:
    notpkg.missing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(notpkg))
print(list(vars(notpkg)))
print(getattr(notpkg, "X"), getattr(notpkg, "nope", "default"))
import builtins

print(builtins.len("abc"), repr(sys), repr(builtins))
