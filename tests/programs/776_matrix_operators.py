# A small Matrix/Vector library: operator overloading, properties, __slots__, hashing and equality.


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"


class Matrix:
    __slots__ = ("_rows",)

    def __init__(self, rows):
        self._rows = tuple(tuple(r) for r in rows)
        if len({len(r) for r in self._rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self._rows), len(self._rows[0]) if self._rows else 0

    @property
    def T(self):
        return Matrix(zip(*self._rows))

    def __getitem__(self, idx):
        i, j = idx
        return self._rows[i][j]

    def __add__(self, other):
        if self.shape != other.shape:
            return NotImplemented
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self._rows, other._rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self._rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, other)) for r in self._rows))
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = other.T._rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self._rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self._rows == other._rows

    def __hash__(self):
        return hash(self._rows)

    def __repr__(self):
        return "Matrix(" + repr([list(r) for r in self._rows]) + ")"

    def __str__(self):
        width = max(len(str(v)) for r in self._rows for v in r)
        return "\n".join(" ".join(f"{v:>{width}}" for v in r) for r in self._rows)


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, v * w, -v, abs(v))
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}), list(v), [*w])
try:
    v.z = 1
except AttributeError as e:
    print("slots:", e)
print(Vector.__slots__, hasattr(v, "x"))

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * 2, 2 * A, A @ B, sep="\n")
print(A.T, A.shape, Matrix([[1, 2, 3]]).shape, A[1, 0])
print(A @ Matrix.identity(2) == A, A @ v)
fib = Matrix([[1, 1], [1, 0]])
print(str(fib ** 10))
print({A: "a", Matrix([[1, 2], [3, 4]]): "again"})
for bad in (lambda: A @ Matrix([[1, 2, 3]]).T.T, lambda: A + Matrix([[1]]), lambda: Matrix([[1], [1, 2]])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Matrix([[1.5, -2], [0, 10]]))
