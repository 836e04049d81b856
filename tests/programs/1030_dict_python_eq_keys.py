from fractions import Fraction

d = {Fraction(1, 2): 'x'}
print(d[0.5])
print(0.5 in d, 0.25 in d)
print(d.get(0.5), d.get(0.25, 'none'))
s = {Fraction(1, 2)}
print(0.5 in s, 0.25 in s)
print(Fraction(3) in {3}, {3: 'three'}[Fraction(3)])
print(3 in {Fraction(3)}, {Fraction(3): 'f'}[3])

class Alias:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if isinstance(other, Alias):
            return self.n == other.n
        return other == self.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return f"Alias({self.n})"

d = {Alias(1): 'one', 'k': 'v', 2: 'two'}
print(d[1], d['k'], d[2], 1 in d, 5 in d)
d[1] = 'uno'
print(d)
d[True] = 'yes'
print(d)
print(d.pop(1), d)
d = {Alias(7): 'a'}
print(d.setdefault(7, 'b'), d)
del d[7]
print(d)
s = {Alias(1), 'x'}
print(1 in s, True in s, 2 in s)
s.add(1)
print(len(s))
s.discard(1)
print(s)
s = {Alias(4)}
s.remove(4)
print(s)
print({Alias(1): 1} == {1: 1})
print(frozenset([Alias(2)]).__contains__(2), 2 in frozenset([Alias(2)]))
print(set([Alias(3), 3]), {Alias(3), 3}, {3, Alias(3)})
print({Alias(5): 'a', 5: 'b'})
print({k: k for k in [Alias(6), 6]})
try:
    d = {Alias(1): 1}
    d[[1]]
except TypeError as e:
    print('TypeError', e)
try:
    print({Alias(1): 1}[2])
except KeyError as e:
    print('KeyError', e)
# common keys still work
d = {i: i * i for i in range(10)}
print(d[3], 4 in d, d.get(11))
d = {'a': 1, Alias(9): 2}
print(d['a'], d.get(9), 'b' in d)
# tuple keys holding Python-eq objects
d = {(Alias(1), 2): 't'}
print(d[(1, 2)], (1, 2) in d)
print({1: Alias(1)} == {1: 1}, {1: Alias(1)} != {1: 1}, {Alias(2): 'a'} != {2: 'a'}, {2: 'a'} == {Alias(2): 'a'})
print({Alias(2): 'a'} == {2: 'b'}, {Alias(2): 'a'} == {3: 'a'}, {'x': [Alias(1)]} == {'x': [1]})
print({Fraction(1, 2): 1} == {0.5: 1}, {0.5: 1} == {Fraction(1, 2): 1.0})
