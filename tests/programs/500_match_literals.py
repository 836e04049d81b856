# Literal patterns: numbers (negative too), strings, bytes, and None/True/False by identity.
def classify(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case "":
            return "empty string"
        case "spam" | "eggs":
            return "breakfast"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 10_000_000_000_000_000_000:
            return "huge"
        case _:
            return "something else"


for v in [0, 0.0, -1, -1.0, 2.5, -0.5, "", "spam", "eggs", b"raw", "raw", None, True, False,
          1, 10**22, 10_000_000_000_000_000_000, [], ()]:
    print(repr(v), "->", classify(v))

# 1 == True, but the singleton patterns compare by identity.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched the literal 1")

match 0:
    case False:
        print("0 is False?")
    case _:
        print("0 is not False")

# A literal compares with ==, so 1.0 matches 1.
match 1.0:
    case 1:
        print("1.0 == 1")
