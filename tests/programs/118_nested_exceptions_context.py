# Exceptions raised inside handlers; context inspection.
def handler_raises():
    try:
        {}["a"]
    except KeyError:
        [][1]
try:
    handler_raises()
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))
def finally_raises():
    try:
        1 / 0
    finally:
        int("bad")
try:
    finally_raises()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise TypeError("first")
    except TypeError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            print(repr(second.__context__))
            raise
except ValueError as e:
    print("outer:", repr(e), repr(e.__context__))
print("handled")
