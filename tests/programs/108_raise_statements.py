# raise with instances, classes, messages, re-raise.
def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError("age must be non-negative", age)
    return age
for a in [5, -1, "x"]:
    try:
        print(check_age(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e.args, str(e))
def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e2:
    print("raised again:", e2)
try:
    raise Exception("generic", 1, 2)
except Exception as e:
    print(e, e.args, len(e.args))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
e = RuntimeError("made, not raised")
print(repr(e), e.args)
