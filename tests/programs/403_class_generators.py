# Classes with generator methods: __iter__ as a generator, yield from instances, generator expressions over methods.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), t.depth(), sum(t), [v * 2 for v in t], 4 in t)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items!r})"


s = Stack().push(1).push(2)
print(s, len(s), bool(Stack()), str(s))
