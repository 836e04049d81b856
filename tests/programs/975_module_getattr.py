# A module's own __getattr__ (PEP 562) for plain and from-imports; builtins.__import__ and
# builtins.__build_class__ replaced by the program are what import and class statements call.
import sys

HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/modules")
import lazy_attributes
print(lazy_attributes.auto_abc, lazy_attributes.x, getattr(lazy_attributes, "auto_q"), hasattr(lazy_attributes, "nope"))
from lazy_attributes import auto_z
print(auto_z)
try:
    from lazy_attributes import missing
except ImportError as e:
    print("ImportError", str(e).replace(HERE, "<here>"))
try:
    lazy_attributes.missing
except AttributeError as e:
    print("AttributeError", e)
import builtins
orig = builtins.__import__
def tracing(name, globals=None, locals=None, fromlist=(), level=0):
    print("importing", name, fromlist, level, locals is None)
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = tracing
import lazy_attributes as again
from lazy_attributes import x
def f():
    import lazy_attributes
f()
builtins.__import__ = orig
orig_bc = builtins.__build_class__
def bc(func, name, *bases, **kw):
    print("building", name, bases)
    return orig_bc(func, name, *bases, **kw)
builtins.__build_class__ = bc
class A: pass
class B(A): pass
builtins.__build_class__ = orig_bc
print(A, B.__mro__)
