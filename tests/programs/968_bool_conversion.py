# bool(x) of every kind of value, instances whose __bool__ or __len__ decides (subclasses
# of built-in types too), and the keyword errors of bool(), int() and float().
class MyInt(int):
    def __bool__(self):
        return False
class Plain(int):
    pass
class L(list):
    def __len__(self):
        return 0
class E:
    pass
class B:
    def __bool__(self):
        return 0
class N:
    def __len__(self):
        return 3
for v in [0, 1, -2, 0.0, 2.5, "", "x", [], [0], (), {}, None, MyInt(5), Plain(0), Plain(7), L([1]), E(), N(), 10**30, 0j, set(), frozenset([1]), range(0), b"", bytearray(b"a")]:
    try:
        print(bool(v), end=" ")
    except TypeError as e:
        print("TypeError", e, end=" ")
try:
    bool(B())
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
try:
    bool(1, 2)
except TypeError as e:
    print(e)
print(bool())
try:
    bool(x=1)
except TypeError as e:
    print("TE", e)
try:
    int(x=1)
except TypeError as e:
    print("TE", e)
try:
    float(x=1)
except TypeError as e:
    print("TE", e)
