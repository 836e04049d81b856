# Ends with an uncaught exception: an explicitly raised ValueError with a message.
def validate(x):
    if x < 0:
        raise ValueError(f"negative value: {x}")
    return x
try:
    validate(-1)
except ValueError as e:
    print("caught:", e)
for v in [3, 0, -2, 5]:
    print("valid", validate(v))
