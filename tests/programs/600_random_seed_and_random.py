# random(), getrandbits() and seeding: ints of every size and sign, str, bytes, floats, bools.
import random

SEEDS = [0, 1, 42, 2**32 - 1, 2**32, 2**40 + 7, -5, -(2**70), 2**200 + 12345, True, False]
for seed in SEEDS:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])

for seed in ["", "hello", "héllo wörld", b"", b"abc", bytes(range(200)), 1.5, -1.5, 0.1, 3.0]:
    random.seed(seed)
    print(repr(seed)[:40], random.random(), random.getrandbits(16))

random.seed("hello", version=1)
print("version 1 str", random.random())
random.seed(b"hello", version=1)
print("version 1 bytes", random.random())

random.seed(42)
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
random.seed(-5)
print(random.randbytes(0), random.randbytes(5), random.randbytes(13))

# Equal seeds give equal sequences; reseeding restarts.
random.seed(12345)
first = [random.random() for _ in range(5)]
random.seed(12345)
print(first == [random.random() for _ in range(5)])
print(random.seed(7) is None)
