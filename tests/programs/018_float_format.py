# Formatting floats with format specs.
x = 3.14159265
print(f"{x:.2f}", f"{x:.0f}", f"{x:10.3f}|", f"{x:<10.3f}|", f"{x:^10.3f}|")
print(f"{x:e}", f"{x:.2e}", f"{x:E}", f"{12345.678:g}", f"{0.0000123:g}", f"{1e20:g}")
print(f"{x:+.2f}", f"{-x:+.2f}", f"{x: .2f}", f"{1234567.891:,.2f}")
print(f"{0.25:%}", f"{0.25:.1%}")
print(f"{x:010.4f}", f"{-x:010.4f}")
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
print(format(1.0), format(1e16), format(1.5, ""))
print("%.3f %e %g %5.1f|" % (x, x, x, x))
print("%s %r" % (0.1, 0.1))
print(str(1.0), str(10.0 ** 20), str(1e-7))
print(f"{float('inf'):.2f}", f"{float('nan'):10}|", f"{-0.0:.1f}")
print(f"{100.0:.3g}", f"{123456.0:.3g}", f"{1.0:#g}")
