# Iteration through __getitem__ (the old sequence protocol).
class S:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(S()), [x for x in S()], 20 in S(), sum(S()), sorted(S(), reverse=True))
for v in S():
    print(v)
a, b, c = S()
print(a, b, c)
