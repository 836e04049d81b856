# Built-in exception hierarchy checks.
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(ArithmeticError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(AssertionError, Exception), issubclass(TypeError, ValueError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
e = ZeroDivisionError("x")
print(isinstance(e, ArithmeticError), isinstance(e, Exception), isinstance(e, LookupError))
print(isinstance(e, (KeyError, ArithmeticError)))
print(ZeroDivisionError.__mro__)
print(KeyError.__bases__, Exception.__bases__, BaseException.__bases__)
print(type(e), type(e).__name__, ZeroDivisionError.__name__)
try:
    1 / 0
except ArithmeticError as err:
    print("caught as ArithmeticError:", type(err).__name__)
try:
    {}[1]
except LookupError as err:
    print("caught as LookupError:", type(err).__name__)
