# callable, getattr, hasattr, setattr on simple built-in things and functions.
print(callable(len), callable(int), callable(lambda: 0), callable(1), callable("s"), callable(str.upper))
upper = getattr(str, "upper")
print(upper("abc"), getattr("xyz", "upper")(), getattr([3, 1], "index")(1))
print(hasattr(str, "upper"), hasattr(str, "nope"), hasattr([], "append"), hasattr(1, "real"))
print(getattr(1, "real"), getattr(1.5, "imag"), getattr(5, "nope", None))
def f():
    return "f"
setattr(f, "tag", "marked")
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"))
delattr(f, "tag")
print(hasattr(f, "tag"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr("s", "missing")
except AttributeError as e:
    print("AttributeError:", e)
method = getattr({"a": 1}, "get")
print(method("a"), method("b", 0))
names = ["upper", "lower", "title"]
print([getattr("hello World", n)() for n in names])
