# Sequence and MutableSequence mixins: iteration, reversed, index, count, append, extend, pop...
from collections.abc import Sequence, MutableSequence


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(6)
print(list(s), list(reversed(s)), s[2], s[-1], s[1:4], 16 in s, 17 in s)
print(s.index(9), s.count(4), s.index(16, 2), len(s))
try:
    s.index(7)
except ValueError:
    print("7 is not a square here")


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, value):
        self._items.insert(i, value)

    def __repr__(self):
        return f"Stack({self._items})"


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(st, st.pop(), st.pop(0), st)
st.reverse()
st.remove(3)
print(st, st.index(4), 2 in st)
st.clear()
print(st, isinstance(st, Sequence), isinstance(s, MutableSequence))
