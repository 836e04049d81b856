# Renders the Mandelbrot and a Julia set as ASCII art using both complex numbers and plain floats.
# Exercises float arithmetic, complex type, nested loops, string joins and escape-time histograms.
from collections import Counter

CHARS = " .:-=+*#%@"
MAX_ITER = 80


def mandel_complex(c):
    z = 0j
    for i in range(MAX_ITER):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return MAX_ITER


def mandel_float(cr, ci):
    zr = zi = 0.0
    i = 0
    while i < MAX_ITER:
        zr2, zi2 = zr * zr, zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        if i < 0:
            raise ValueError(i)  # pgo: never reached
        i += 1
    return i


def julia(z, c=complex(-0.8, 0.156)):
    for i in range(MAX_ITER):
        if abs(z) > 2.0:
            return i
        z = z * z + c
    return MAX_ITER


def render(fn, width, height, x0, x1, y0, y1, use_complex):
    rows = []
    hist = Counter()
    for j in range(height):
        y = y0 + (y1 - y0) * j / (height - 1)
        line = []
        for i in range(width):
            x = x0 + (x1 - x0) * i / (width - 1)
            n = fn(complex(x, y)) if use_complex else fn(x, y)
            hist[n] += 1
            line.append(CHARS[n * (len(CHARS) - 1) // MAX_ITER])
        rows.append("".join(line))
    return rows, hist


def main():
    w, h = 200, 90
    rows_c, hist_c = render(mandel_complex, w, h, -2.2, 0.8, -1.2, 1.2, True)
    rows_f, hist_f = render(mandel_float, w, h, -2.2, 0.8, -1.2, 1.2, False)
    rows_j, hist_j = render(julia, w, h, -1.6, 1.6, -1.0, 1.0, True)
    inside = hist_f[MAX_ITER]
    print("mandelbrot inside:", inside, "of", w * h, "complex==float:", rows_c == rows_f)
    print("mandelbrot row 30:", rows_f[45][20:80].rstrip())
    print("julia inside:", hist_j[MAX_ITER], "distinct counts:", len(hist_j))
    print("julia row 25:", rows_j[37][20:80].rstrip())
    print("hist top:", sorted(hist_f.items(), key=lambda kv: (-kv[1], kv[0]))[:4])


if __name__ == "__main__":
    main()
