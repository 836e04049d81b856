# Ends with an uncaught exception: three exceptions chained by context and cause.
def first():
    return {}["missing"]
def second():
    try:
        first()
    except KeyError as e:
        raise ValueError("second failed") from e
def third():
    try:
        second()
    except ValueError:
        raise RuntimeError("third failed")
third()
