"""pprint: what fits is the repr (dict keys sorted); what does not is laid out over lines:
dicts, lists, tuples, sets and long strings, with indent, width, depth, compact,
sort_dicts and underscore_numbers; pp, saferepr, isreadable, isrecursive."""

import pprint
data = {"name": "pyglass", "versions": list(range(30)), "nested": {"z": [1, 2, {"deep": ("a", "b") * 8}], "a": None},
        "text": "lorem ipsum dolor sit amet " * 6, "set": set(range(25)), 3: 4.5, "t1": (1,),
        "empty": [[], {}, (), set()], "multi": "line one\nline two is here\n" * 3}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, depth=2)
pprint.pp({"b": 1, "a": 2})
pprint.pprint({"b": 1, "a": 2, 10: "x"})
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat([10**6, 12345678], underscore_numbers=True))
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(data), pprint.saferepr({"b": [1], "a": (2,)}))
print(pprint.pformat("x" * 100))
pprint.pprint([["short"] * 5, "a" * 90, {"k" * 30: "v" * 60}])
pprint.pprint({1: "a", "b": 2, (1, 2): None, None: 0})
