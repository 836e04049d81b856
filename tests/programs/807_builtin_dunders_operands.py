# Calling built-in types' special methods directly: NotImplemented for an operand of another
# kind, and instances of int/float subclasses accepted as numbers (also by abs, divmod, round).


class Count(int):
    pass


class Ratio(float):
    pass


print((1).__eq__(1.0), (1.0).__eq__(1), (1).__eq__(True), "a".__eq__(1), [].__eq__(()), [1].__eq__([1]))
print({}.__ne__(1), {}.__ne__({}), (1j).__eq__(1), b"a".__eq__(bytearray(b"a")), bytearray(b"a").__eq__(b"a"))
print({1}.__eq__(frozenset({1})), range(2).__eq__(range(2)), (1).__ne__("x"), None.__eq__(None), None.__eq__(1))
print((5).__eq__(Count(5)), [1].__eq__(Count(1)), (5).__add__(Count(2)), (1.5).__mul__(Ratio(2.0)))
print((5).__lt__(Count(9)), Count(3).__add__(1), (7).__radd__(Count(1)), (2).__pow__(Count(3)), (2).__pow__(Count(5), 7))
print(7 // Count(2), 7 % Count(2), Count(7) // 2, pow(2, Count(3)), abs(Count(-3)), abs(Ratio(-1.5)))
print(round(Count(5)), round(Ratio(2.675), 2), round(Count(1234), -2), divmod(Count(7), 2), divmod(7, Count(2)))
print(divmod(Ratio(7.5), 2), type(Count(5) + 1).__name__, Count(5) + Count(1))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            other = other.cents
        return self.cents.__eq__(other)


print(Money(5) == Money(5), Money(5) == 5, Money(5) == 5.0, Money(5) == "5", Money(5) != 6)
