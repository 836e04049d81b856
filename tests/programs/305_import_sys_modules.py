# sys.modules is the import system's own dict.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
sys.modules["fake"] = "not even a module"
import fake

print(fake)
import greet

first = greet
del sys.modules["greet"]
import greet

print(first is greet, "greet" in sys.modules)
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import anything
except ImportError as e:
    print(type(e).__name__, e)
print("notpkg" in sys.modules)
import notpkg

print("notpkg" in sys.modules, sys.modules.get("notpkg") is notpkg)
sys.modules["shapes.blocked"] = None
try:
    from shapes import blocked
except ImportError as e:
    print(type(e).__name__, e)
