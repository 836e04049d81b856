# choice, shuffle and sample on lists, tuples, strings and ranges.
import random

for seed in [0, 42, 2**40 + 7, -5]:
    random.seed(seed)
    print("seed", seed)
    print([random.choice([10, 20, 30, 40, 50]) for _ in range(8)])
    print(random.choice("abcdefghij"), random.choice((1.5, 2.5)), random.choice(range(10**6)))
    deck = list(range(30))
    random.shuffle(deck)
    print(deck)
    words = ["a", "b", "c"]
    random.shuffle(words)
    print(words)
    print(random.sample(range(100), 10))
    print(random.sample("abcdefgh", 8))
    print(random.sample((1, 2, 3, 4, 5), 0))
    # Large populations take the set-based path, small ones the pool.
    print(random.sample(range(10**9), 6))
    print(random.sample(range(1000), 30))
    print(random.sample(range(50), 7))
    print(random.sample(["red", "blue"], 3, counts=[4, 2]))
    print(random.sample(population=list("xyz"), k=2))
