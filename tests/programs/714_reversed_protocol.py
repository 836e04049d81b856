# reversed(): __reversed__, the __len__/__getitem__ sequence protocol, and refusals.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))


class Letters:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return "abc"[i]


class Blocked(Letters):
    __reversed__ = None


class NoLen:
    def __getitem__(self, i):
        return i


print(list(reversed(Countdown(4))), list(reversed(Letters())), "".join(reversed(Letters())))
for obj in (Blocked(), NoLen(), 5, {1, 2}):
    try:
        reversed(obj)
    except TypeError as e:
        print(e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(bytearray(b"xy"))), list(reversed(b"pq")))
