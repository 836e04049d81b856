# The report of a nested group: inner groups get their own boxes and tracebacks.

def inner():
    raise ExceptionGroup("inner", [OSError("disk"), ExceptionGroup("deepest", [ZeroDivisionError("zero")])])


def outer():
    try:
        inner()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, RuntimeError("plain")]) from None


outer()
