# Struct sequences (time.struct_time, sys.version_info, sys.float_info, ...): tuples with
# read-only named fields, some of them outside the tuple.
import sys
import time


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: {result!r}")


v = sys.version_info
print(type(v), type(v).__name__, type(v).__module__, len(v), v[:2], v.major, v.minor, v.releaselevel)
print(isinstance(v, tuple), v >= (3, 8), v[:2] == (3, 11), tuple(v)[3:], v.index(3), v.count("final"))
print(hash(v) == hash(tuple(v)), v == tuple(v), v.n_fields, v.n_sequence_fields, v.n_unnamed_fields)
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="), type(v).__match_args__)
attempt("v.major = 4", lambda: setattr(v, "major", 4))
attempt("v.extra = 1", lambda: setattr(v, "extra", 1))
attempt("del v.minor", lambda: delattr(v, "minor"))
attempt("v[0] = 4", lambda: v.__setitem__(0, 4))
attempt("type(v)(...)", lambda: type(v)((1, 2, 3, "final", 0)))

f = sys.float_info
print(f.max, f.epsilon, f.dig, f.mant_dig, len(f), type(f).__name__)
attempt("f.max = 1", lambda: setattr(f, "max", 1.0))
print(sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus, len(sys.hash_info))

epoch = time.gmtime(0)
print(epoch)
print(type(epoch), epoch.tm_year, epoch[0], epoch[-1], len(epoch), epoch[:3], epoch.tm_zone, epoch.tm_gmtoff)
print(list(epoch), epoch == (1970, 1, 1, 0, 0, 0, 3, 1, 0), epoch + (1,), isinstance(epoch, tuple))
attempt("epoch.tm_year = 2000", lambda: setattr(epoch, "tm_year", 2000))
attempt("epoch.tm_zone = 'X'", lambda: setattr(epoch, "tm_zone", "X"))
attempt("epoch.other = 1", lambda: setattr(epoch, "other", 1))
attempt("del epoch.tm_mon", lambda: delattr(epoch, "tm_mon"))

made = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(made, made.tm_zone, made.tm_gmtoff)
full = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0, "UTC", 0))
print(full.tm_zone, full.tm_gmtoff, len(full), full == made)
named = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0), {"tm_zone": "CET", "tm_gmtoff": 3600})
print(named.tm_zone, named.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S", made), time.asctime(made))
attempt("struct_time((1, 2))", lambda: time.struct_time((1, 2)))
attempt("struct_time(range(12))", lambda: time.struct_time(range(12)))
attempt("struct_time(5)", lambda: time.struct_time(5))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.__module__)

match made:
    case time.struct_time(tm_year=2024, tm_mon=month):
        print("matched month", month)
match v:
    case (major, minor, *_):
        print("version", major, minor)
