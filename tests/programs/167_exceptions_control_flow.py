# Exceptions used for control flow, else-clauses, and cleanup counting.
def parse_all(items):
    ok, bad = [], []
    for item in items:
        try:
            value = float(item)
        except ValueError:
            bad.append(item)
        else:
            ok.append(value)
    return ok, bad
print(parse_all(["1", "2.5", "x", "1e3", "", "nan", "-0"]))
def get_nested(d, *keys, default=None):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError):
        return default
data = {"a": [{"b": 1}, {"c": [10, 20]}]}
print(get_nested(data, "a", 1, "c", 1), get_nested(data, "a", 5), get_nested(data, "a", 0, "b", "x", default="?"))
opened = 0
closed = 0
def use_resource(fail):
    global opened, closed
    opened += 1
    try:
        if fail:
            raise RuntimeError("failure while using")
        return "used"
    finally:
        closed += 1
for fail in [False, True, False, True]:
    try:
        print(use_resource(fail))
    except RuntimeError as e:
        print("error:", e)
print(opened, closed)
