# string.Formatter: the same results as str.format, and its overridable steps.
from string import Formatter

f = Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{x:>6}|{y:.2f}", x="right", y=3.14159))
print(f.format("{} and {}", 1, 2), f.format("{0[1]} {p.real} {d[k]}", [5, 6], p=2.5, d={"k": "v"}))
print(f.format("{!r:^9}|{!s}|{!a}", "s", 3, "é"), f.format("{{literal}} {0}", 1))
print(f.format("{:{width}.{prec}f}", 2.71828, width=8, prec=3))
print(list(f.parse("a{0}b{name!r:>3}c{{d}}")))
print(list(f.parse("plain")), list(f.parse("")))
for bad in ["{0} {}", "{", "}", "{0!x}"]:
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print(repr(bad), e)


class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


class Shout(Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Defaulting().format("{name} is {age}", name="Ann"))
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print(e)
print(Shout().format("{0!u} {0}", "hey"), Formatter().vformat("{a}{b}", (), {"a": 1, "b": 2}))
