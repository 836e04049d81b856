# Chaos game: an iterated function system whose maps follow cubic B-splines,
# written from the benchmark description. Points are vectors (a class with
# arithmetic special methods); each step picks a spline with a small
# deterministic linear congruential generator, moves the point along the
# spline's curve and across its thickness, and counts the point into a grid.
# A checksum of the grid stands in for the image.

import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).mag()

    def mix(self, other, a, b):
        return Vec(self.x * a + other.x * b, self.y * a + other.y * b, self.z * a + other.z * b)

    def __repr__(self):
        return "Vec(%.4f, %.4f, %.4f)" % (self.x, self.y, self.z)


class Spline:
    """A clamped cubic B-spline through control points, evaluated by de Boor's algorithm."""

    def __init__(self, points, degree=3):
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        self.knots = [0] * degree + list(range(inner + 1)) + [inner] * degree
        self.lo = self.knots[degree]
        self.hi = self.knots[len(points)]

    def domain(self):
        return self.lo, self.hi

    def _span(self, u):
        for i in range(self.degree, len(self.points)):
            if self.knots[i] <= u < self.knots[i + 1]:
                return i
        return len(self.points) - 1

    def __call__(self, u):
        if u < self.lo or u > self.hi:
            raise ValueError("outside the spline's domain")
        k = self._span(u)
        p = self.degree
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = self.knots[j + k - p]
                right = self.knots[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1].mix(d[j], 1.0 - alpha, alpha)
        return d[p]

    def length(self, steps=40):
        total = 0.0
        prev = self(self.lo)
        for i in range(1, steps + 1):
            cur = self(self.lo + (self.hi - self.lo) * i / steps)
            total += prev.dist(cur)
            prev = cur
        return total


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class ChaosGame:
    def __init__(self, splines, thickness, seed):
        self.splines = splines
        self.thickness = thickness
        self.rng = Lcg(seed)
        lengths = [s.length() for s in splines]
        total = sum(lengths)
        self.cumulative = []
        acc = 0.0
        for n in lengths:
            acc += n / total
            self.cumulative.append(acc)
        self.minx = min(p.x for s in splines for p in s.points)
        self.maxx = max(p.x for s in splines for p in s.points)
        self.miny = min(p.y for s in splines for p in s.points)
        self.maxy = max(p.y for s in splines for p in s.points)
        self.num_trafos = [0] * len(splines)

    def pick(self):
        r = self.rng.next()
        for i, c in enumerate(self.cumulative):
            if r < c:
                return i
        return len(self.cumulative) - 1

    def transform(self, point):
        i = self.pick()
        self.num_trafos[i] += 1
        spline = self.splines[i]
        lo, hi = spline.domain()
        # the point's normalised y picks the place on the curve, its x the offset across it
        fy = (point.y - self.miny) / (self.maxy - self.miny)
        fx = (point.x - self.minx) / (self.maxx - self.minx)
        u = lo + (hi - lo) * min(max(fy, 0.0), 1.0)
        base = spline(u)
        eps = 1e-3 if u + 1e-3 <= hi else -1e-3
        tangent = spline(u + eps) - base
        if eps < 0:
            tangent = tangent * -1.0
        m = tangent.mag()
        if m == 0.0:
            return base
        normal = Vec(-tangent.y / m, tangent.x / m)
        return base + normal * ((fx - 0.5) * self.thickness)

    def clip(self, point):
        x = min(max(point.x, self.minx), self.maxx)
        y = min(max(point.y, self.miny), self.maxy)
        return Vec(x, y)

    def run(self, iterations, width, height):
        grid = [[0] * width for _ in range(height)]
        point = Vec((self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2)
        for _ in range(iterations):
            point = self.clip(self.transform(point))
            col = int((point.x - self.minx) / (self.maxx - self.minx) * (width - 1))
            row = int((point.y - self.miny) / (self.maxy - self.miny) * (height - 1))
            grid[row][col] += 1
        return grid, point


def main():
    splines = [
        Spline([Vec(1.597350, 3.304460), Vec(1.575810, 4.123260), Vec(1.313210, 5.288350),
                Vec(1.618900, 5.329910), Vec(2.889940, 5.502700), Vec(2.373060, 4.381830),
                Vec(1.662000, 4.360280)]),
        Spline([Vec(2.804500, 4.017350), Vec(2.550500, 3.525230), Vec(1.979010, 2.620360),
                Vec(1.979010, 2.620360)]),
        Spline([Vec(2.001670, 4.011320), Vec(2.335040, 3.312830), Vec(2.366800, 3.233460),
                Vec(2.366800, 3.233460)]),
    ]
    game = ChaosGame(splines, 0.25, 1234)
    width, height = 64, 64
    grid, last = game.run(12000, width, height)
    checksum = 0
    filled = 0
    for r, row in enumerate(grid):
        for c, n in enumerate(row):
            checksum = (checksum * 31 + n * (r * width + c + 1)) % 1000000007
            filled += n > 0
    print(game.num_trafos)
    print(filled, checksum)
    print(last)


main()
