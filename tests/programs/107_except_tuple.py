# except with a tuple of types, multiple handlers, handler order.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["x"]
    if kind == "type":
        return len(5)
    return "ok"
for kind in ["zero", "index", "key", "type", "none"]:
    try:
        print(risky(kind))
    except (ZeroDivisionError, KeyError) as e:
        print(kind, "-> tuple handler", type(e).__name__)
    except LookupError as e:
        print(kind, "-> LookupError handler", type(e).__name__)
    except Exception as e:
        print(kind, "-> generic handler", type(e).__name__)
try:
    [][0]
except Exception:
    print("Exception first wins")
except IndexError:
    print("never")
errors = (ValueError, TypeError)
try:
    int("z")
except errors as e:
    print("caught via variable tuple:", type(e).__name__)
try:
    raise IndexError("x")
except () as e:
    print("empty tuple never matches")
except (KeyError, IndexError, TypeError) as e:
    print("second handler:", repr(e))
