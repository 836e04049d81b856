# Recursion deeper than the limit raises RecursionError (only the type name is printed).
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print(type(e).__name__)
def forever():
    return forever()
try:
    forever()
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
print(depth(900))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion stopped")
print("still running")
