# 2D geometry toolkit: vector and matrix value classes, a shape hierarchy, polygon areas and convex hulls.
# Exercises operator overloading, __slots__, properties, inheritance/super(), abc, __eq__/__hash__/__lt__, sorting.
import math
import random
from abc import ABC, abstractmethod
from functools import total_ordering


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def cross(self, other):
        return self.x * other.y - self.y * other.x

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @classmethod
    def rotation(cls, theta):
        c, s = math.cos(theta), math.sin(theta)
        return cls([[c, -s], [s, c]])

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __matmul__(self, other):
        if isinstance(other, Vec):
            return Vec(self[0, 0] * other.x + self[0, 1] * other.y,
                       self[1, 0] * other.x + self[1, 1] * other.y)
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def trace(self):
        return sum(self.rows[i][i] for i in range(len(self)))


@total_ordering
class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    @abstractmethod
    def area(self):
        ...

    @property
    def perimeter(self):
        return 0.0

    def __eq__(self, other):
        return self.area == other.area

    def __lt__(self, other):
        return self.area < other.area

    def __repr__(self):
        return f"{type(self).__name__}({self.name}, area={self.area:.2f})"


class Circle(Shape):
    def __init__(self, name, center, r):
        super().__init__(name)
        self.center = center
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    @property
    def perimeter(self):
        return 2 * math.pi * self.r


class Polygon(Shape):
    def __init__(self, name, points):
        super().__init__(name)
        self.points = list(points)

    @property
    def area(self):
        pts = self.points
        return abs(sum(pts[i].cross(pts[(i + 1) % len(pts)]) for i in range(len(pts)))) / 2

    @property
    def perimeter(self):
        pts = self.points
        return sum(abs(pts[(i + 1) % len(pts)] - pts[i]) for i in range(len(pts)))


class Rect(Polygon):
    def __init__(self, name, corner, w, h):
        super().__init__(name, [corner, corner + Vec(w, 0), corner + Vec(w, h), corner + Vec(0, h)])
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def half(seq):
        out = []
        for p in seq:
            while len(out) >= 2 and (out[-1] - out[-2]).cross(p - out[-2]) <= 0:
                out.pop()
            out.append(p)
        return out
    lower = half(pts)
    upper = half(reversed(pts))
    return lower[:-1] + upper[:-1]


def main():
    rng = random.Random(8)
    points = [Vec(rng.randint(-500, 500), rng.randint(-500, 500)) for _ in range(6000)]
    hull = convex_hull(points)
    hull_poly = Polygon("hull", hull)
    print("points:", len(set(points)), "hull:", len(hull), "area:", hull_poly.area,
          "perimeter: %.3f" % hull_poly.perimeter)
    rot = Matrix.rotation(math.pi / 7)
    acc = Matrix.identity(2)
    for _ in range(14):
        acc = acc @ rot
    spun = [acc @ p for p in points[:2000]]
    drift = max(abs(a - b) for a, b in zip(spun, points))
    print("full turn drift < 1e-9:", drift < 1e-9, "trace: %.6f" % (acc + Matrix.identity(2)).trace())
    shapes = []
    for i in range(3000):
        c = Vec(rng.uniform(-10, 10), rng.uniform(-10, 10))
        kind = i % 3
        if kind == 0:
            shapes.append(Circle(f"c{i}", c, rng.uniform(0.5, 3)))
        elif kind == 1:
            shapes.append(Rect(f"r{i}", c, rng.uniform(1, 5), rng.uniform(1, 5)))
        else:
            shapes.append(Polygon(f"p{i}", [c + Vec(math.cos(t), math.sin(t)) * 2
                                             for t in (k * 2 * math.pi / 6 for k in range(6))]))
    shapes.sort()
    total = sum(s.area for s in shapes)
    per_kind = {}
    for s in shapes:
        per_kind.setdefault(type(s).__name__, []).append(s.perimeter)
    print("shapes:", Shape.count, "total area: %.3f" % total, "smallest:", shapes[0], "largest:", shapes[-1])
    print("perimeters:", {k: round(sum(v), 3) for k, v in sorted(per_kind.items())})
    m = Matrix([[rng.randint(0, 9) for _ in range(40)] for _ in range(40)])
    m3 = m @ m @ m
    print("matrix cube trace:", m3.trace(), "corner:", m3[0, 0], "x, y of hull[0]:", tuple(hull[0]))


if __name__ == "__main__":
    main()
