# Methods of lists and dicts called directly (`l.pop()`, `d.get(k)`): results, argument
# conversions and the errors CPython gives, also through a bound method object and getattr.


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


items = [10, 20, 30, 40, 50]
print(items.pop(), items.pop(0), items.pop(-2), items)
print(items.pop(Index(0)), items)
items.insert(0, "a")
items.insert(-1, "b")
items.insert(100, "c")
items.insert(-100, "d")
items.insert(Index(2), "e")
items.insert(True, "t")
print(items)
attempt("pop str", lambda: items.pop("1"))
attempt("pop float", lambda: items.pop(1.0))
attempt("pop range", lambda: items.pop(99))
attempt("pop big", lambda: items.pop(2 ** 70))
attempt("pop empty", lambda: [].pop())
attempt("pop empty index", lambda: [].pop(0))
attempt("pop two", lambda: items.pop(1, 2))
attempt("pop keyword", lambda: items.pop(index=1))
attempt("insert one", lambda: items.insert(1))
attempt("insert str", lambda: items.insert("x", 1))
copy = items.copy()
copy.reverse()
print(copy, items.copy() is items)
copy.clear()
print(copy, len(items))
attempt("copy arg", lambda: items.copy(1))
attempt("clear arg", lambda: items.clear(1))

d = {"a": 1, "b": 2, (1, 2): 3, Key(5): "key"}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get((1, 2)), d.get(Key(5)), d.get(Key(6), "none"))
attempt("get unhashable", lambda: d.get([1]))
attempt("get none", lambda: d.get())
attempt("get three", lambda: d.get(1, 2, 3))
print(d.setdefault("c", 3), d.setdefault("c", 4), d.setdefault("n"), d.setdefault(Key(5), 0))
print(d.pop("a"), d.pop("zz", "default"), d.pop(Key(5)))
attempt("pop missing", lambda: d.pop("missing"))
attempt("pop tuple missing", lambda: d.pop((9,)))
attempt("pop unhashable", lambda: d.pop({}))
print(list(d.keys()), list(d.values()), list(d.items()))
attempt("keys arg", lambda: d.keys(1))
attempt("items kw", lambda: d.items(x=1))
clear = d.clear
clear()
print(d)

# The same methods reached other ways.
pop = [1, 2, 3].pop
print(pop(), pop(0), getattr([7, 8], "pop")(), list.pop([4, 5], 0), dict.get({1: 2}, 1))


class MyList(list):
    pass


class MyDict(dict):
    def get(self, key, default=None):
        return ("own", key)


m = MyList([1, 2, 3])
print(m.pop(), m.pop(0), m)
print(MyDict(a=1).get("a"), MyDict(a=1).pop("a"), MyDict(a=1).setdefault("b", 2))


class Noisy:
    def __del__(self):
        print("freed; list now", holder)


holder = [Noisy()]
holder.clear()
holder = [Noisy(), 1]
print(holder.pop(0) is not None)
