# property as a descriptor called directly (__get__, __set__, __delete__), its replaceable
# docstring, getter/setter/deleter(None), property.__new__; the descriptor types in `types`
# and the internal types that cannot be instantiated.
import types


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Box:
    def __init__(self):
        self.v = 10

    def get(self):
        "the value"
        return self.v

    def set(self, value):
        self.v = value

    def delete(self):
        self.v = None


p = property(Box.get, Box.set, Box.delete)
b = Box()
print(p.__get__(b), p.__get__(b, Box), p.__get__(None, Box) is p)
print(p.__set__(b, 5), b.v)
print(p.__delete__(b), b.v)
show(p.__get__)
show(p.__get__, None)
show(p.__get__, None, None)
show(p.__get__, 1, 2, 3)
show(p.__set__, b)
show(p.__delete__)
show(p.__delete__, b, 1)

empty = property()
show(empty.__get__, (), tuple)
show(empty.__set__, 1, 2)
show(empty.__delete__, "s")
print(empty.__get__(None, int) is empty)

print(p.__doc__, empty.__doc__)
p.__doc__ = "changed"
print(p.__doc__)
del p.__doc__
print(p.__doc__)
print(property(Box.get, doc="given").__doc__)

q = property("a", "b", "c")
print(q.getter(None).fget, q.setter(None).fset, q.deleter(None).fdel)
print(q.getter(1).fget, q.setter(2).fset, q.deleter(3).fdel)
print(type(property.__new__(property)).__name__)
show(property.__new__, object)
show(property.__new__, Box)
show(property.__new__, 1)

# The descriptor types by name; none of the internal types can be instantiated.
for t in (
    types.ClassMethodDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
    types.MethodDescriptorType,
    types.MethodWrapperType,
    types.WrapperDescriptorType,
    types.FrameType,
    types.GeneratorType,
    types.CoroutineType,
    types.AsyncGeneratorType,
    types.BuiltinFunctionType,
):
    show(t)
for make in (list, tuple, str, dict, set, bytes, bytearray, lambda: range(0), lambda: {}.items()):
    show(type(iter(make())))
show(type(reversed([])))
show(type({}.keys()))
