# isinstance and issubclass, with tuples of types.
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance("s", str), isinstance(b"s", str), isinstance([], (tuple, list)))
print(isinstance(None, type(None)), isinstance(None, object), isinstance(int, type))
print(isinstance({}, dict), isinstance(set(), (frozenset,)), isinstance(frozenset(), frozenset))
print(isinstance(1, (str, (bytes, int))), isinstance(len, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int))
print(issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type))
print(issubclass(KeyError, (IndexError, LookupError)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, (list, tuple)):
        return "sequence"
    return "other"
print([kind(v) for v in [True, 3, 2.5, "x", [1], (2,), None, {}]])
