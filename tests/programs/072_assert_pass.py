# assert statements that succeed, and caught AssertionErrors.
assert True
assert 1 + 1 == 2, "math is broken"
x = [1, 2, 3]
assert len(x) == 3
print("asserts passed")
try:
    assert x == [], "list should be empty"
except AssertionError as e:
    print("AssertionError:", e, repr(e))
try:
    assert 0
except AssertionError as e:
    print("bare:", repr(e), e.args)
def check(v):
    assert v > 0, f"bad value {v}"
    return v * 2
print(check(4))
try:
    check(-1)
except AssertionError as e:
    print(e)
