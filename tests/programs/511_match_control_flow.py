# match statements inside loops, functions, generators, try blocks and class bodies.
def commands(lines):
    for line in lines:
        match line.split():
            case ["quit"]:
                print("quitting")
                break
            case ["skip", *_]:
                continue
            case ["say", *words]:
                print(" ".join(words))
            case ["add", a, b]:
                print(int(a) + int(b))
            case []:
                print("(empty)")
            case [cmd, *_]:
                print("unknown command", cmd)
    else:
        print("no quit")


commands(["say hello world", "skip this", "add 2 3", "", "jump", "quit", "say unreachable"])
commands(["say once"])


def find(items, target):
    for i, item in enumerate(items):
        match item:
            case {"id": id_} if id_ == target:
                return i
            case _:
                pass
    return -1


print(find([{"id": 1}, {"name": "x"}, {"id": 2}], 2), find([], 1))


def tokens(text):
    for ch in text:
        match ch:
            case "+" | "-" | "*" | "/":
                yield ("op", ch)
            case " ":
                continue
            case digit if digit.isdigit():
                yield ("num", int(digit))
            case other:
                yield ("other", other)


print(list(tokens("1 + 2 * x")))


def safe(v):
    try:
        match v:
            case [x, y]:
                return x / y
            case _:
                raise ValueError(f"bad {v!r}")
    except ZeroDivisionError:
        return "division by zero"
    except ValueError as e:
        return str(e)
    finally:
        print("checked", v)


print(safe([6, 3]), safe([1, 0]), safe("no"))


class Config:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 1


print(Config.level)


def closure(v):
    match v:
        case [a, b]:
            return lambda: a + b


print(closure([20, 22])())

# A match statement in a while loop with a counter.
n = 0
while True:
    match n:
        case 3:
            break
        case _:
            n += 1
print("n =", n)

# with statements and match
class Ctx:
    def __enter__(self):
        return {"status": "open"}

    def __exit__(self, *exc):
        print("closing")
        return False


with Ctx() as state:
    match state:
        case {"status": status}:
            print("status", status)
