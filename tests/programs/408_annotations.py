# Variable annotations in module and class bodies (__annotations__).
class A:
    x: int = 3
    y: str
print(A.__annotations__ if hasattr(A, "__annotations__") else "none", A.x)
z: int = 5
if True:
    w: float = 1.5
class B:
    """Doc."""
    a: int
    def m(self): pass
print(B.__annotations__, list(B.__dict__)[:4], __annotations__)
