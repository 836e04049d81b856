# range: len, indexing, slicing, negative steps, repr, membership.
r = range(10)
print(r, len(r), r[0], r[-1], r[3:7], r[::2], r[::-1])
print(list(range(2, 20, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
print(range(1, 10, 2), repr(range(0, 5)), range(3)[1:], range(0, 10, 3)[::-1])
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(0, -10)))
print(5 in range(10), 10 in range(10), 3 in range(0, 10, 2), -2 in range(0, -10, -2))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(4, 2))
print(range(10).index(4), range(0, 20, 5).count(15))
print(list(range(-5, 5, 4)), sum(range(101)))
big = range(10 ** 20)
print(big[-1], big[10 ** 19], 10 ** 19 in big, big[::10 ** 19])
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(r.start, r.stop, r.step, range(1, 2, 3).step)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(4))), list(range(3)) == [0, 1, 2])
