"""`_operator`: the functions of `operator` (which pyglass writes in Python itself) and
`_compare_digest`."""

from operator import *  # noqa: F401,F403


def _compare_digest(a, b):
    """`a == b` for two ASCII strings or two bytes-like objects, in a time that depends only
    on the length of `b` (for comparing secrets)."""
    buffers = (bytes, bytearray, memoryview)
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif not isinstance(a, buffers) and not isinstance(b, buffers):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    else:
        for x in (a, b):
            if not isinstance(x, buffers):
                raise TypeError(f"a bytes-like object is required, not '{type(x).__name__}'")
        a, b = bytes(a), bytes(b)
    # Every byte of `b` is compared, whatever the lengths or the first difference.
    left = a if len(a) == len(b) else b
    result = 0 if len(a) == len(b) else 1
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0
