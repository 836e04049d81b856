# Subclassing bytearray: construction, repr, methods, mutation, slicing, comparison.


def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class BA(bytearray):
    pass


b = BA(b'abc')
print(type(b), b, len(b), repr(b), str(b))
print(isinstance(b, bytearray), isinstance(b, BA), issubclass(BA, bytearray))
b.append(100)
b.extend(b'ef')
b.extend([103])
print(b, len(b))
b[0] = 65
print(b, b[0], b[-1])
attempt(lambda: b[1:3])
attempt(lambda: b[::2])
del b[0]
print(b)
b.insert(0, 122)
print(b, b.pop(), b.pop(0), b)
b.remove(99)
print(b)
print(b == b'bdef', b == bytearray(b'bdef'), b != b'x', b < b'c', b'bdef' == b)
print(b.upper(), b.decode(), b.hex(), b.find(b'd'), b.count(b'e'), b.startswith(b'bd'))
print(b.split(b'd'), b.replace(b'e', b'E'), bytes(b), bytearray(b), list(b))
print(b + b'!', b * 2, b'?' + b)
print(b'e' in b, 101 in b, [x for x in b], sorted(b))
b.reverse()
print(b)
b.clear()
print(b, len(b), bool(b))
attempt(lambda: BA(3))
attempt(lambda: BA('hé', 'utf-8'))
attempt(lambda: BA([1, 2, 300]))
attempt(lambda: BA('text'))
attempt(lambda: BA().pop())
attempt(lambda: BA(b'x').remove(1))
attempt(lambda: BA(b'x').append(256))
c = BA(b'xy')
c += b'z'
print(type(c).__name__, c)
c[0:2] = b'AB'
print(c)
print(hash(bytes(c)) == hash(b'ABz'))
attempt(lambda: hash(c))


class Counted(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag

    def __repr__(self):
        return f'Counted({bytes(self)!r}, {self.tag!r})'

    def shout(self):
        return self.upper()


k = Counted(b'hi', 'T')
print(k, repr(k), k.tag, k.shout(), len(k))
k.append(33)
print(k, bytearray.__len__(k), bytearray.count(k, b'h'))

# Instances of subclasses are bytes-like objects (their buffer is their value's).


class B(bytes):
    pass


print(b'-'.join([BA(b'x'), B(b'y')]), BA(b',').join([b'1', B(b'2')]))
print(b'%s|%b' % (BA(b'q'), B(b'r')), bytes(BA(b'z')), int(BA(b'12')), float(B(b'1.5')))
print(b'ab' + BA(b'c'), BA(b'c') in BA(b'abc'), memoryview(BA(b'mv')).tobytes())
attempt(lambda: b'-'.join([BA(b'x'), 'y']))
attempt(lambda: BA(b'a') + 'x')
attempt(lambda: B(b'a') + 1)


def iadd_text():
    v = BA(b'q')
    v += 'z'


attempt(iadd_text)


# The repr of other subclasses of built-in containers, and str() beside it.


class S(set):
    pass


class FS(frozenset):
    pass


class L(list):
    pass


class I(int):
    def __repr__(self):
        return 'I!'


class St(str):
    def __repr__(self):
        return 'St!'


class Obj:
    def __repr__(self):
        return 'Obj!'


for v in (S(), S({1, 2}), FS(), FS({3}), L([Obj()]), I(5), St('s'), S({FS({1})})):
    print(str(v), repr(v), f'{v}', [v])
s = S({1})
s |= {2}
print(type(s).__name__, s)
