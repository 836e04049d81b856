# choices: uniform, weights (ints and floats), cumulative weights, k.
import random

for seed in [0, 42, 2**40 + 7, -5]:
    random.seed(seed)
    print("seed", seed)
    print(random.choices("abcde"))
    print(random.choices("abcde", k=10))
    print(random.choices(range(5), [5, 1, 1, 1, 10], k=10))
    print(random.choices(["x", "y", "z"], weights=[0.1, 0.2, 0.7], k=8))
    print(random.choices(["x", "y", "z"], cum_weights=[1, 1, 3], k=8))
    print(random.choices([1, 2], [0, 1], k=5))
    print(random.choices("ab", k=0), random.choices("ab", k=-3))
