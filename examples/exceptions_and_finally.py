"""Exceptions and finally: raise, catch, re-raise, chains, and finally blocks that always run.
The last call raises an exception nobody catches: the debugger stops there post-mortem."""


def parse(text):
    try:
        return int(text)
    except ValueError as error:
        raise RuntimeError(f"cannot parse {text!r}") from error
    finally:
        print("  parse() finished for", repr(text))


def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  division by zero, returning None")
        return None
    else:
        return result
    finally:
        print("  safe_divide cleanup")


print(safe_divide(10, 4))
print(safe_divide(1, 0))
for text in ["42", "forty-two"]:
    try:
        print("parsed", parse(text))
    except RuntimeError as error:
        print("caught:", error, "| caused by:", repr(error.__cause__))


def checked_average(values):
    return sum(values) / len(values)


print(checked_average([1, 2, 3]))
print(checked_average([]))
