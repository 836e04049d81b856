# A failing `del obj.attr` or `del obj[key]` is reported with carets under the whole
# target, not only under the object.
import traceback


class Box:
    pass


box = Box()
table = {"a": {}}
items = [1, 2]

for action in ("attr", "nested", "index", "type"):
    try:
        if action == "attr":
            del box.missing
        elif action == "nested":
            del table["a"]["b"]
        elif action == "index":
            del items[5]
        else:
            del items.append
    except (AttributeError, KeyError, IndexError) as e:
        print(action, type(e).__name__, e)
        traceback.print_exc()

del table["zz"]
