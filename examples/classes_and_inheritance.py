"""Classes and inheritance: the MRO, super(), properties, and special methods at work."""


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.width


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3.141592653589793 * self.radius**2

    def __lt__(self, other):
        return self.area() < other.area()


shapes = [Rectangle(3, 4), Square(2), Circle(1.5)]
for shape in shapes:
    print(shape)
print("MRO of Square:", [c.__name__ for c in Square.__mro__])
print("largest:", max(shapes, key=lambda s: s.area()))
print("shapes made:", Shape.count)
