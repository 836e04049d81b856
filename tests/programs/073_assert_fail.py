# Ends with an uncaught exception: a failing assert with a message (AssertionError traceback).
def average(values):
    assert values, "no values"
    return sum(values) / len(values)
print(average([1, 2, 3]))
total = 0
for i in range(5):
    total += i
print("total", total)
assert total == 11, f"expected 11, got {total}"
print("not reached")
