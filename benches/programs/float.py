# Float: create many Point objects from math.sin/cos, normalise each one, then
# reduce them to the component-wise maximum; written from the benchmark
# description. Prints the maximum point and a checksum.

from math import sin, cos, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.12f, y=%.12f, z=%.12f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    checksum = 0.0
    for k, p in enumerate(points):
        checksum += p.x * (k % 7) - p.y * (k % 3) + p.z
    return maximize(points), checksum


best, checksum = benchmark(100000)
print(best)
print("%.6f" % checksum)
