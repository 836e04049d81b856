# Truth tables and boolean algebra.
vals = [False, True]
print("a     b     and   or    xor   nand")
for a in vals:
    for b in vals:
        print(f"{a!s:<6}{b!s:<6}{a and b!s:<6}{a or b!s:<6}{a ^ b!s:<6}{not (a and b)!s:<6}")
for a in vals:
    for b in vals:
        assert (not (a and b)) == ((not a) or (not b))
        assert (not (a or b)) == ((not a) and (not b))
print("De Morgan holds")
print(True + True + True, True * False, True / 2, True // 2, True ** 10, -True, ~False)
print(int(True) == 1, str(True).lower(), bool("False"))
print([x for x in range(6) if x % 2 == 0 and x > 0 or x == 5])
print(any([False, False]), all([True, 1, "x"]), bool([]) or bool({}))
print(max(True, 0), min(False, -1), sorted([True, False, True]))
