# operator's getters print as CPython's C types do and leave no frames in tracebacks;
# heapq.heappop on an empty heap.
import heapq
import operator

print(repr(operator.attrgetter("a.b", "c")), repr(operator.methodcaller("f", 1, k=2)))
print(repr(operator.itemgetter("a", 1)), repr(operator.itemgetter(0)), type(operator.itemgetter(1)))
print(operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3 + 4j))
print(operator.methodcaller("split", ",", 1)("a,b,c"), sorted(["bb", "a"], key=operator.methodcaller("__len__")))
try:
    heapq.heappop([])
except IndexError as exc:
    print("IndexError:", exc)
try:
    operator.attrgetter("real.missing")(5)
except AttributeError as exc:
    print("AttributeError:", exc)
operator.itemgetter(1, 5)([1, 2])
