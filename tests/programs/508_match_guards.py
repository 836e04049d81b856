# Guards run after the pattern matched and its captures were bound; a false guard moves on.
calls = []


def check(tag, result):
    calls.append(tag)
    return result


def sign(n):
    match n:
        case int(x) if check("neg", x < 0):
            return "negative"
        case 0:
            return "zero"
        case x if check("pos", isinstance(x, int) and x > 0):
            return "positive"
        case _ if check("default", True):
            return "not an int"


for n in [-3, 0, 5, "a"]:
    calls.clear()
    print(n, sign(n), calls)

# Captures stay bound even when the guard fails.
match (1, 2):
    case (a, b) if a > b:
        print("descending")
    case _:
        print("guard failed; a and b are", a, b)

# The guard may use the walrus operator.
match [1, 2, 3]:
    case [*items] if (total := sum(items)) > 5:
        print("total", total)

# An irrefutable case with a guard may come before others.
def g(v):
    match v:
        case x if isinstance(x, str):
            return "str"
        case [*_]:
            return "sequence"
        case x:
            return "anything"

print(g("a"), g([1]), g(3))

# A guarded wildcard default that fails: nothing runs.
match 3:
    case 1:
        print("one")
    case _ if False:
        print("never")
print("done")

# Guards that raise propagate.
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
