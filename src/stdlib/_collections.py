"""`collections.deque` and its iterators (CPython's `_collections` C module).

The deque is a ring buffer: a list whose capacity is a power of two, the items stored from
`_head` on, wrapping around. Appending and popping at either end are O(1) (amortized when the
buffer grows), as is indexing; `rotate(n)` moves min(n, len - n) items. `_state` counts the
mutations that move items, so an iterator can tell that its deque changed under it.
"""

import sys

from _cargs import MISSING, has_index, index, keyword_args

_repr_running = set()


def _refuse_maxlen(self, value=None):
    __tracebackhide__ = True
    raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")


def _check_index(value):
    __tracebackhide__ = True
    if not has_index(value):
        raise TypeError(f"sequence index must be integer, not '{type(value).__name__}'")


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = "collections"

    def __init__(self, *args, **kwargs):
        __tracebackhide__ = True
        iterable, maxlen = keyword_args("deque", args, kwargs, ["iterable", "maxlen"], 0)
        if maxlen is MISSING or maxlen is None:
            maxlen = None
        elif not isinstance(maxlen, int):
            raise TypeError("an integer is required")
        else:
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state = 0
        if iterable is not MISSING:
            self.extend(iterable)

    maxlen = property(lambda self: self._maxlen, _refuse_maxlen, _refuse_maxlen,
                      "maximum size of a deque or None if unbounded")

    # The ring buffer.

    def _grow(self):
        """Doubles the capacity, unwrapping the items to start at 0."""
        items = self._items()
        self._buf = items + [None] * len(items)
        self._head = 0

    def _items(self):
        """The items in order, as a new list."""
        buf, head, end = self._buf, self._head, self._head + self._len
        if end <= len(buf):
            return buf[head:end]
        return buf[head:] + buf[:end - len(buf)]

    def _reset(self, items):
        """Replaces the contents by `items` (a list, at most `maxlen` long)."""
        capacity = 8
        while capacity < len(items):
            capacity *= 2
        self._buf = items + [None] * (capacity - len(items))
        self._head = 0
        self._len = len(items)
        self._state += 1

    def _slot(self, i):
        """The buffer position of item `i` (an index, negative counting from the end)."""
        __tracebackhide__ = True
        if type(i) is not int:
            _check_index(i)
            i = index(i)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) & (len(self._buf) - 1)

    # The ends.

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == self._len:
            if not self._len:
                return
            self.popleft()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._len) & (len(buf) - 1)] = x
        self._len += 1
        self._state += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == self._len:
            if not self._len:
                return
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) & (len(buf) - 1)
        buf[self._head] = x
        self._len += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        __tracebackhide__ = True
        if not self._len:
            raise IndexError("pop from an empty deque")
        buf = self._buf
        self._len -= 1
        slot = (self._head + self._len) & (len(buf) - 1)
        x = buf[slot]
        buf[slot] = None
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        __tracebackhide__ = True
        if not self._len:
            raise IndexError("pop from an empty deque")
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) & (len(buf) - 1)
        self._len -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        __tracebackhide__ = True
        append = self.append
        for x in (self._items() if iterable is self else iterable):
            append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        __tracebackhide__ = True
        appendleft = self.appendleft
        for x in (self._items() if iterable is self else iterable):
            appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1). If n is negative, rotates left."""
        __tracebackhide__ = True
        n = index(n)
        length = self._len
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        buf = self._buf
        mask = len(buf) - 1
        if n <= length - n:
            for _ in range(n):
                tail = (self._head + length - 1) & mask
                self._head = (self._head - 1) & mask
                buf[self._head] = buf[tail]
                buf[tail] = None
        else:
            for _ in range(length - n):
                buf[(self._head + length) & mask] = buf[self._head]
                buf[self._head] = None
                self._head = (self._head + 1) & mask
        self._state += 1

    # The whole.

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    def copy(self):
        """Return a shallow copy of a deque."""
        __tracebackhide__ = True
        if type(self) is deque:
            result = deque(maxlen=self._maxlen)
            result._reset(self._items())
            return result
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        __tracebackhide__ = True
        return sum(1 for x in self._items() if x is value or x == value)

    def index(self, value, start=0, stop=sys.maxsize):
        """Return first index of value. Raises ValueError if the value is not present."""
        __tracebackhide__ = True
        items = self._items()
        start, stop = index(start), index(stop)
        if start < 0:
            start = max(start + len(items), 0)
        if stop < 0:
            stop = max(stop + len(items), 0)
        for i in range(start, min(stop, len(items))):
            if items[i] is value or items[i] == value:
                return i
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, i, value):
        """Insert value before index."""
        __tracebackhide__ = True
        if self._maxlen == self._len:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index(i), value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        __tracebackhide__ = True
        items = self._items()
        for i, x in enumerate(items):
            if x is value or x == value:
                del items[i]
                self._reset(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items)

    # The sequence protocol.

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        """Return a reverse iterator over the deque."""
        return _deque_reverse_iterator(self)

    def __contains__(self, value):
        __tracebackhide__ = True
        return any(x is value or x == value for x in self._items())

    def __getitem__(self, i):
        __tracebackhide__ = True
        return self._buf[self._slot(i)]

    def __setitem__(self, i, value):
        __tracebackhide__ = True
        self._buf[self._slot(i)] = value

    def __delitem__(self, i):
        __tracebackhide__ = True
        self._slot(i)
        items = self._items()
        del items[index(i)]
        self._reset(items)

    __hash__ = None

    # Comparisons: only with deques, item by item as lists compare.

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._len == other._len and self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._len != other._len or self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    # Arithmetic.

    def __add__(self, other):
        __tracebackhide__ = True
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        __tracebackhide__ = True
        self.extend(other)
        return self

    def __mul__(self, n):
        __tracebackhide__ = True
        if not has_index(n):
            return NotImplemented
        result = self.copy()
        result.__imul__(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        __tracebackhide__ = True
        if not has_index(n):
            return NotImplemented
        items = self._items() * max(index(n), 0)
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._reset(items)
        return self

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return f"{type(self).__name__}({body})"
        return f"{type(self).__name__}({body}, maxlen={self._maxlen})"

    def __class_getitem__(cls, item):
        """See PEP 585"""
        from types import GenericAlias
        return GenericAlias(cls, item)


class _deque_iterator:
    def __init__(self, d):
        self._deque = d
        self._index = 0
        self._state = d._state
        self._left = d._len

    def __iter__(self):
        return self

    def _check(self):
        __tracebackhide__ = True
        if self._deque._state != self._state:
            self._left = 0
            raise RuntimeError("deque mutated during iteration")
        if not self._left:
            raise StopIteration
        self._left -= 1

    def __next__(self):
        __tracebackhide__ = True
        self._check()
        d = self._deque
        x = d._buf[(d._head + self._index) & (len(d._buf) - 1)]
        self._index += 1
        return x

    def __length_hint__(self):
        return self._left


class _deque_reverse_iterator(_deque_iterator):
    def __next__(self):
        __tracebackhide__ = True
        self._check()
        d = self._deque
        self._index += 1
        return d._buf[(d._head + d._len - self._index) & (len(d._buf) - 1)]


_c_type(deque, "collections.deque")
_c_type(_deque_iterator, "_collections._deque_iterator")
_c_type(_deque_reverse_iterator, "_collections._deque_reverse_iterator")
