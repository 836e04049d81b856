# The complex type: literals, construction, arithmetic (with ints and floats), powers,
# comparisons, hashing, repr and format, and cmath.
import cmath

z = 3 - 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z, type(z).__name__, isinstance(z, complex))
print(complex(), complex(2), complex(1.5, -2), complex("  (1-2.5j) "), complex("-j"), complex(imag=2))
print(complex(1j, 1j), complex(0.0, -0.0), complex("1e3+2E-1j"), complex(True, False))
print(1j ** 2, (1 + 1j) ** 3, 2 ** 1j, (2 + 3j) / (1 - 1j), 1 / 1j, 1j * 1j, (1 + 2j) - 1)
print((-8) ** (1 / 3), (-1) ** 0.5, 0j ** 0, (1 + 1j) ** -2)
print(hash(2 + 0j) == hash(2), hash(1.5 + 0j) == hash(1.5), {1j: "found"}[1j])
print(1j == 1j, 0j == 0, 1 + 0j == 1.0, 1j != 1, [1j].count(1j), 2j in {2j})
nan_complex = complex(float("nan"), 0)
print(nan_complex == nan_complex, [nan_complex] == [nan_complex])
print(repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), complex(1e300, 1e-300), complex(float("inf"), -float("nan")))
for spec in ["", ">14", ".2f", "+.1e", "^16.3g", ".3", "<12"]:
    print(repr(format(1.5 - 2j, spec)), repr(format(2j, spec)))
print(f"{z}", "{:.1f}".format(z), "%s %r" % (z, z))
for bad in ["1+", "j1", "1 +2j", "", "--1j", "1+2"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
for operation in [
    lambda: 1j < 2j,
    lambda: 1j // 2,
    lambda: divmod(1j, 2),
    lambda: int(1j),
    lambda: complex("1", 2),
    lambda: 1j / 0,
    lambda: 0j ** -1,
    lambda: format(1j, "010"),
    lambda: format(1j, "d"),
]:
    try:
        operation()
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)


class Convertible:
    def __complex__(self):
        return 2 + 5j


class Floaty:
    def __float__(self):
        return 0.25


print(complex(Convertible()), complex(Floaty()), complex(Convertible(), Floaty()))
try:
    complex(Floaty(), Convertible())
except TypeError as e:
    print("TypeError", e)
print("%.5g %.5g" % cmath.polar(1 + 1j), cmath.phase(-1), cmath.sqrt(-4), cmath.rect(2, 0))
w = cmath.exp(1j * cmath.pi)
print("%.3f %.3f" % (w.real, abs(w.imag)), cmath.log(cmath.e), cmath.isnan(complex(1, float("nan"))))
