# How built-in operators refuse operands, as the differential fuzzer (tools/diff_fuzz.py) found
# them worded differently: `**` is named with pow(), augmented assignment names its own
# operator, a sequence refuses a float in its own words, a dict refuses a slice as unhashable,
# and %-formatting names what it needs.
cases = [
    lambda: {1} ** 2,
    lambda: 1.5 ** {},
    lambda: pow([], 2),
    lambda: (1,) + 1.5,
    lambda: "a" + 2.5,
    lambda: [1] + 0.5,
    lambda: {}[1:2],
    lambda: {"k": 1}[::2],
    lambda: "%f" % {},
    lambda: "%e" % "x",
    lambda: "%g" % [],
    lambda: "%d" % "x",
    lambda: "%x" % 1.5,
    lambda: "%o" % "x",
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)


def augmented():
    a = {1}
    a **= 2


def augmented_minus():
    s = "text"
    s -= 1


def augmented_shift():
    f = 1.5
    f <<= 1


for case in (augmented, augmented_minus, augmented_shift):
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)


# A repeat count past the index size, a NaN ordered against a str, round()'s ndigits, and
# the two refusals of slice assignment.
for case in (
    lambda: "x" * 10**20,
    lambda: (1,) * -(10**20),
    lambda: float("nan") >= "a",
    lambda: round(1.5, 2.0),
    lambda: round(1, "x"),
):
    try:
        print(case())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
items = [1, 2]
for index in (slice(1, 0), slice(None, None, 2)):
    try:
        items[index] = True
    except TypeError as e:
        print("TypeError:", e)
print(float("nan") < 1, 2 > float("nan"), items)
