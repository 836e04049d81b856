# The inspect module: kinds of objects, signatures (str, parameters, bind), members,
# docstrings, source lines and the stack.
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    """Add things.

    Indented second paragraph.
    """
    return a


def annotated(x: int, /, y: str = "s", *, z: list = None) -> bool:
    return True


def gen():
    yield 1


async def coro():
    return 1


class Point:
    """A point."""

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm(self, scale=1):
        return (self.x ** 2 + self.y ** 2) * scale

    @staticmethod
    def origin():
        return Point(0)

    @classmethod
    def make(cls, x):
        return cls(x)


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=1):
    return p + q


print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isbuiltin(len))
print(inspect.isclass(Point), inspect.isclass(Point(1)), inspect.ismodule(inspect))
print(inspect.ismethod(Point(1).norm), inspect.ismethod(Point.norm), inspect.isroutine(len))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgeneratorfunction(plain))
c = coro()
print(inspect.iscoroutinefunction(coro), inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()

for f in (plain, annotated, gen, Point, Point(1).norm, Point.norm, Point.origin, Point.make,
          wrapped, functools.partial(plain, 1, c=3), lambda x, *, y=2: x):
    sig = inspect.signature(f)
    print(sig, [(p.name, str(p.kind), p.default is p.empty) for p in sig.parameters.values()])

sig = inspect.signature(plain)
print(repr(sig))
print(sig.return_annotation is inspect.Signature.empty, inspect.signature(annotated).return_annotation)
print(repr(sig.parameters["b"]), sig.parameters["b"].kind.description)
bound = sig.bind(1, 2, 3, 4, c=5, e=6)
print(bound, bound.args, bound.kwargs)
partial = sig.bind_partial(1)
partial.apply_defaults()
print(partial.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"c": 1, "zz": 2})]:
    try:
        inspect.signature(annotated if not args else plain).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(annotated).bind(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(5)
except TypeError as e:
    print("TypeError:", e)

P = inspect.Parameter
custom = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=3)],
                           return_annotation=int)
print(custom, custom == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=3)], return_annotation=int))
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
try:
    P("1x", P.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
print(custom.replace(return_annotation=inspect.Signature.empty))

print(inspect.getdoc(plain))
print(inspect.getdoc(Point))
print(inspect.cleandoc("   first\n      second\n        third\n"))
print([name for name, _ in inspect.getmembers(Point, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Point(1)) if not name.startswith("_")])
print(inspect.unwrap(wrapped) is not wrapped, inspect.unwrap(wrapped).__name__)
print(inspect.getsource(Point.norm), end="")
lines, start = inspect.getsourcelines(wrapped)
print(start, len(lines), lines[0], end="")
print(inspect.getsource(gen), end="")
spec = inspect.getfullargspec(plain)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
print(inspect.getfullargspec(Point(1).norm).args)
print(inspect.get_annotations(annotated))


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, [f.function for f in inspect.stack()][:2]


print(where())
print(inspect.getmodule(plain).__name__, inspect.isabstract(Point))
