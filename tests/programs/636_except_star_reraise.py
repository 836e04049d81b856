# Raising inside except* clauses: bare raise keeps the original shape, new exceptions are
# grouped with what is left, and errors of the construct itself.

def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])


try:
    try:
        raise group()
    except* ValueError:
        print("re-raising values")
        raise
except ExceptionGroup as e:
    print("after bare raise:", repr(e))

try:
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("only values left:", repr(e))

try:
    try:
        raise group()
    except* ValueError as e:
        raise RuntimeError("replacement") from e
except ExceptionGroup as e:
    print("new and rest:", repr(e))
    new = e.exceptions[0]
    print("cause of the new one:", repr(new.__cause__))

try:
    try:
        raise group()
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")
except ExceptionGroup as e:
    print("two new:", repr(e))
    print([repr(x.__context__) for x in e.exceptions])

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("naked re-raised as:", repr(e))

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise IndexError("replaced")
except IndexError as e:
    print("naked replaced by:", repr(e), "context:", repr(e.__context__))

try:
    try:
        raise group()
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise group()
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print("TypeError:", e)
