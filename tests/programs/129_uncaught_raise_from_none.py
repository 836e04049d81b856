# Ends with an uncaught exception: `raise ... from None` hides the context.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None
print(lookup({"a": 1}, "a"))
try:
    lookup({}, "x")
except LookupError as e:
    print("caught:", e, e.__suppress_context__)
lookup({"a": 1}, "b")
