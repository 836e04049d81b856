# Imports inside functions bind local names; the try/except ImportError fallback idiom.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")


def f():
    import shapes.circle as c
    from greet import hello
    return c.area(3), hello("f"), sorted(locals())


print(f())
print("c" in dir(), "hello" in dir(), "shapes" in sys.modules)


def optional():
    try:
        import does_not_exist as impl
    except ImportError:
        impl = None
    return impl


print(optional())
try:
    import does_not_exist
except ModuleNotFoundError:
    from notpkg import X as does_not_exist
print(does_not_exist)
