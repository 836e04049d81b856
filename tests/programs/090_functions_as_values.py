# Functions are first-class values.
def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
speak = shout
print(speak("hi"), speak is shout, speak.__name__)
for f in [shout, whisper, str.title]:
    print(f("hello there"))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(shout, "a"))
registry = {}
def register(name, fn):
    registry[name] = fn
register("sq", lambda x: x * x)
register("neg", lambda x: -x)
print({k: registry[k](4) for k in sorted(registry)})
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 10, str)
print(repr(p(4)))
print(callable(shout), callable("shout"), callable(len), callable(None))
print(type(shout).__name__, type(len).__name__, type(lambda: 0).__name__)
def decorate(fn):
    def wrapper(*args):
        return "<" + str(fn(*args)) + ">"
    return wrapper
@decorate
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
