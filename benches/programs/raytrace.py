# A small ray tracer, written from the benchmark description: Vector, Ray,
# Sphere and Plane classes, a camera, point lights with Lambert shading,
# shadows and mirror reflections. Prints a checksum of the 8-bit pixel values
# instead of writing an image.

import math

EPSILON = 1e-5


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


Vector.ZERO = Vector(0.0, 0.0, 0.0)
Vector.UP = Vector(0.0, 1.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        return Colour(self.r * k, self.g * k, self.b * k)

    def tint(self, o):
        return Colour(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Colour(0.0, 0.0, 0.0)


class Surface:
    def __init__(self, colour, diffuse, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.reflect = reflect

    def colour_at(self, shape, point):
        return self.colour


class CheckerSurface(Surface):
    def __init__(self, colour, other, diffuse, reflect):
        super().__init__(colour, diffuse, reflect)
        self.other = other

    def colour_at(self, shape, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.other


class Shape:
    def __init__(self, surface):
        self.surface = surface

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, centre, radius, surface):
        super().__init__(surface)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0.0:
            return None
        d = math.sqrt(disc)
        t = v - d
        if t > EPSILON:
            return t
        t = v + d
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal, surface):
        super().__init__(surface)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self, eye, look_at, fov):
        self.shapes = []
        self.lights = []
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(Vector.UP).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov) / 2.0)
        self.max_depth = 3
        self.rays = 0

    def nearest(self, ray):
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, shape
        return best, best_t

    def trace(self, ray, depth=0):
        self.rays += 1
        shape, t = self.nearest(ray)
        if shape is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Colour(0.2, 0.3, 0.5) * k
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        surface = shape.surface
        base = surface.colour_at(shape, point)
        colour = base * 0.1
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.magnitude()
            direction = to_light * (1.0 / distance)
            lambert = normal.dot(direction)
            if lambert <= 0.0:
                continue
            blocker, bt = self.nearest(Ray(point, direction))
            if blocker is not None and bt < distance:
                continue
            colour = colour + base.tint(light.colour) * (lambert * surface.diffuse)
        if surface.reflect > 0.0 and depth < self.max_depth:
            reflected = Ray(point, ray.direction.reflect_through(normal))
            colour = colour + self.trace(reflected, depth + 1) * surface.reflect
        return colour

    def render(self, width, height):
        pixels = []
        aspect = width / height
        for j in range(height):
            row = []
            sy = (1.0 - 2.0 * (j + 0.5) / height) * self.half
            for i in range(width):
                sx = (2.0 * (i + 0.5) / width - 1.0) * self.half * aspect
                direction = self.forward + self.right * sx + self.up * sy
                row.append(self.trace(Ray(self.eye, direction)).to_bytes())
            pixels.append(row)
        return pixels


def main():
    scene = Scene(Vector(0.0, 1.8, 10.0), Vector(0.0, 3.0, 0.0), 50.0)
    scene.shapes.append(Sphere(Vector(1.0, 3.0, -10.0), 2.0, Surface(Colour(1.0, 1.0, 0.0), 0.7, 0.3)))
    for y in range(6):
        scene.shapes.append(
            Sphere(Vector(-3.0 - y * 0.4, 2.3, -5.0), 0.4, Surface(Colour(y / 6.0, 0.5, 1.0 - y / 6.0), 0.8, 0.2)))
    scene.shapes.append(Sphere(Vector(-0.5, 1.0, -2.0), 1.0, Surface(Colour(0.9, 0.9, 0.9), 0.2, 0.7)))
    scene.shapes.append(
        Plane(Vector(0.0, 0.0, 0.0), Vector.UP, CheckerSurface(Colour(1.0, 1.0, 1.0), Colour(0.1, 0.1, 0.1), 0.8, 0.2)))
    scene.lights.append(Light(Vector(30.0, 30.0, 10.0), Colour(0.9, 0.9, 0.9)))
    scene.lights.append(Light(Vector(-10.0, 100.0, 30.0), Colour(0.4, 0.4, 0.5)))
    pixels = scene.render(72, 54)
    checksum = 0
    total = [0, 0, 0]
    for row in pixels:
        for rgb in row:
            for k in range(3):
                total[k] += rgb[k]
                checksum = (checksum * 257 + rgb[k]) % 4294967291
    print(scene.rays, total, checksum)
    print(pixels[27][36], pixels[0][0], pixels[-1][-1])


main()
