# except*: each clause handles its part of the group; unhandled parts are raised again.

def raise_group():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"),
                                   ValueError("another value"), KeyError("missing")])


try:
    raise_group()
except* ValueError as e:
    print("ValueError part:", repr(e))
except* (TypeError, KeyError) as e:
    print("Type/Key part:", repr(e))

try:
    try:
        raise_group()
    except* ValueError as e:
        print("handled", len(e.exceptions), "value errors")
    except* KeyError:
        print("handled the KeyError")
except ExceptionGroup as rest:
    print("left over:", repr(rest))

# A naked exception is matched as a group of one.
try:
    raise OSError("plain")
except* OSError as e:
    print("naked:", repr(e), type(e).__name__)

# An unmatched naked exception passes through unchanged.
try:
    try:
        raise KeyError("through")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("passed through:", repr(e))

# else and finally.
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        print("handled failure")
    else:
        print("no failure")
    finally:
        print("finally", fail)

# Nested groups keep their structure.
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), ValueError(3)])
except* ValueError as e:
    print("values:", repr(e))
except* TypeError as e:
    print("types:", repr(e))

# Matching is by clause order: a part handled once is not seen again.
try:
    raise ExceptionGroup("order", [ValueError(1), UnicodeError(2)])
except* UnicodeError as e:
    print("first clause:", repr(e))
except* ValueError as e:
    print("second clause:", repr(e))

# BaseExceptionGroup with a BaseException inside.
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5)])
except* KeyboardInterrupt as e:
    print("interrupt part:", type(e).__name__, repr(e))
except* ValueError as e:
    print("value part:", type(e).__name__, repr(e))
