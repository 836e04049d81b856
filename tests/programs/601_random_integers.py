# randrange and randint through _randbelow: small, big and negative bounds, steps.
import random

for seed in [0, 42, 2**40 + 7, -5]:
    random.seed(seed)
    print("seed", seed)
    print([random.randrange(10) for _ in range(15)])
    print([random.randrange(1) for _ in range(3)])
    print([random.randrange(-10, 10) for _ in range(10)])
    print([random.randrange(0, 100, 7) for _ in range(10)])
    print([random.randrange(100, 0, -3) for _ in range(10)])
    print([random.randrange(2**31 - 1) for _ in range(3)])
    print([random.randrange(2**63) for _ in range(3)])
    print([random.randrange(10**30) for _ in range(3)])
    print([random.randrange(-(10**25), 10**25, 3) for _ in range(2)])
    print([random.randint(1, 6) for _ in range(20)])
    print([random.randint(-(2**70), 2**70) for _ in range(2)])
    print(random.randint(5, 5), random.randrange(True, 10))
