# -*- coding: utf-8 -*-
# Every token kind: numbers, strings with all prefixes, operators, comments, continuations.
n = [0, 7, 1_000, 0x_FF, 0o17, 0b1010, 1., .5, 1e10, 1.5E-3, 1_0.0_1e+1_0, 3j, 1.5J, 0777e1]
s = ['a', "b", r'\d', b'x', rb'\x00', Rb"y", u'u', f'{n}', fr'{n}\n', F"{n!r:>10}", BR'z']
t = '''triple
quoted''' + """also
triple"""
x = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m
x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
y = (a < b <= c > d >= e == f != g) and not h or i
z = ~a & b | c ^ d << 1 >> 2
w = lambda: ...
v = [1,
     2]  # comment inside brackets
if x:
	pass  # tab indentation
def f(a, /, b, *, c) -> int:
    return a \
        + b
café = "non-ASCII identifier"
k = a if b else c; (q := 10)
