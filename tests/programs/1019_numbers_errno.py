"""The numbers module's abstract numeric tower (registered built-in types, abstract methods of
subclasses) and the errno module's names and errorcode."""

import errno
import numbers

tower = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for value in [7, False, 0.5, 2j, "7", None]:
    print(repr(value), [isinstance(value, kind) for kind in tower])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), numbers.Number.__hash__)


class Celsius(numbers.Real):
    pass


try:
    Celsius()
except TypeError as e:
    print(e)


class Count(numbers.Integral):
    pass


print(sorted(Count.__abstractmethods__))
print(errno.ENOENT, errno.EACCES, errno.errorcode[errno.EEXIST], errno.EWOULDBLOCK == errno.EAGAIN)
try:
    open("no/such/file.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
