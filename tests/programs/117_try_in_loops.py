# try inside loops with break/continue/return.
inputs = ["1", "x", "3", "", "5"]
total = 0
for s in inputs:
    try:
        total += int(s)
    except ValueError:
        print("skip", repr(s))
        continue
    finally:
        print("processed", repr(s))
print("total", total)
def first_int(items):
    for item in items:
        try:
            return int(item)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(["a", None, "42", "7"]), first_int([]))
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise ConnectionError(f"attempt {attempt} failed")
        print("success on attempt", attempt)
        break
    except ConnectionError as e:
        print(e)
