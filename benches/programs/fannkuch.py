# Fannkuch-redux, written from the benchmark description: for every permutation
# of 1..n (generated in the standard rotation order), count the prefix reversals
# ("flips") needed until 1 is at the front; report a signed checksum and the
# maximum number of flips.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # next permutation: rotate the first r + 1 elements
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


checksum, flips = fannkuch(8)
print(checksum)
print("Pfannkuchen(8) = %d" % flips)
