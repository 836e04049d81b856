# The errors CPython raises, with its messages.
import random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("randrange empty", random.randrange, 5, 5)
attempt("randrange empty 0", random.randrange, 0)
attempt("randrange negative", random.randrange, -3)
attempt("randrange reversed", random.randrange, 10, 1)
attempt("randrange zero step", random.randrange, 1, 10, 0)
attempt("randrange empty step", random.randrange, 10, 1, 2)
attempt("randrange str", random.randrange, 1, "x")
attempt("randint empty", random.randint, 3, 1)
attempt("choice empty", random.choice, [])
attempt("choice empty str", random.choice, "")
attempt("sample too big", random.sample, [1, 2, 3], 4)
attempt("sample negative", random.sample, [1, 2, 3], -1)
attempt("sample set", random.sample, {1, 2, 3}, 1)
attempt("sample dict", random.sample, {"a": 1}, 1)
attempt("sample counts", random.sample, "ab", 1, counts=[1])
attempt("sample counts zero", random.sample, "ab", 1, counts=[0, 0])
attempt("choices both", random.choices, "ab", [1, 1], cum_weights=[1, 2])
attempt("choices mismatch", random.choices, "ab", [1, 2, 3])
attempt("choices zero", random.choices, "ab", [0, 0])
attempt("choices inf", random.choices, "ab", [1, float("inf")])
attempt("choices k positional", random.choices, "ab", 3)
attempt("getrandbits negative", random.getrandbits, -1)
attempt("getrandbits float", random.getrandbits, 1.0)
attempt("gammavariate", random.gammavariate, 0, 1)
attempt("expovariate zero", random.expovariate, 0)
attempt("seed list", random.seed, [1, 2])
attempt("setstate version", random.setstate, (7, (), None))
attempt("setstate size", random.setstate, (3, (1, 2, 3), None))
attempt("random args", random.random, 1)
attempt("randrange no args", random.randrange)
attempt("randint one arg", random.randint, 1)
attempt("choice kw", random.choice, seq=[1], x=2)
attempt("randrange stop None step", random.randrange, 10, None, 2)
