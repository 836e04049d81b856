# Class methods of built-in types reached through subclasses and their instances.


def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class B1(bytes):
    pass


class BA(bytearray):
    pass


class D(dict):
    pass


class F(float):
    pass


class I(int):
    pass


class S(str):
    pass


attempt(lambda: B1.fromhex('0001'))
attempt(lambda: B1.fromhex('de ad be ef'))
attempt(lambda: B1(b'x').fromhex('41'))
attempt(lambda: B1.fromhex('0g'))
attempt(lambda: B1.fromhex(5))
attempt(lambda: BA.fromhex('4142'))
attempt(lambda: BA().fromhex('43'))
attempt(lambda: D.fromkeys('ab'))
attempt(lambda: D.fromkeys([1, 2], 0))
attempt(lambda: D().fromkeys('xy', []))
attempt(lambda: D.fromkeys())
attempt(lambda: D.fromkeys('a', 1, 2))
attempt(lambda: D.fromkeys(5))
attempt(lambda: D.fromkeys([[1]]))
attempt(lambda: F.fromhex('0x1p1'))
attempt(lambda: F(3.0).fromhex('0x1.8p0'))
attempt(lambda: F.fromhex('zz'))
attempt(lambda: F.fromhex())
attempt(lambda: I.from_bytes(b'\x01', 'big'))
attempt(lambda: I.from_bytes(b'\x01\x00', 'little'))
attempt(lambda: I.from_bytes(b'\xff', 'big', signed=True))
attempt(lambda: I(7).from_bytes(b'\x02', 'big'))
attempt(lambda: I.from_bytes(b'\x01', 'middle'))
attempt(lambda: S.maketrans('ab', 'cd'))
attempt(lambda: S('q').maketrans({'a': 'b'}))
attempt(lambda: B1.maketrans(b'ab', b'cd')[97:99])
attempt(lambda: BA.maketrans(b'a', b'z')[97:98])
attempt(lambda: S.maketrans('abc', 'd'))

# The subclass is called with the built value (its __new__/__init__ see it).


class Loud(int):
    def __new__(cls, value):
        print('Loud.__new__', value)
        return super().__new__(cls, value + 100)


attempt(lambda: Loud.from_bytes(b'\x05', 'big'))


class Tagged(float):
    def __init__(self, value):
        print('Tagged.__init__', value)


attempt(lambda: Tagged.fromhex('0x1p3'))


class Counting(dict):
    def __init__(self):
        print('Counting.__init__')
        super().__init__()

    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value * 2)


attempt(lambda: Counting.fromkeys('pq', 3))


class NoArgs(dict):
    def __init__(self, required):
        super().__init__()


attempt(lambda: NoArgs.fromkeys('a'))


class Picky(bytes):
    def __new__(cls):
        return super().__new__(cls)


attempt(lambda: Picky.fromhex('00'))

# Other methods of the base through the subclass.
print(D.keys, D.keys is dict.keys or D.keys == dict.keys)
attempt(lambda: D.get(D(a=1), 'a'))
attempt(lambda: D.nosuch)
print(isinstance(D.fromkeys('a'), D), isinstance(B1.fromhex(''), bytes))
print(dict.fromkeys('ab'), bytes.fromhex('41'), float.fromhex('0x1p-1'), int.from_bytes(b'\x10', 'big'))
