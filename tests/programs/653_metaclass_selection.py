"""Which metaclass makes a class: a function as metaclass, the most derived metaclass of
the bases, and the metaclass conflict TypeError (class statements and type())."""

def make_class(name, bases, ns):
    print("function metaclass", name, bases, sorted(k for k in ns if not k.startswith("__")))
    ns["made_by"] = "function"
    return type(name, bases, ns)


class F(metaclass=make_class):
    q = 1

print(F.made_by, type(F))


def not_a_class(name, bases, ns):
    return 42

class G(metaclass=not_a_class):
    pass

print(G)


class M1(type):
    pass

class M2(type):
    pass

class A(metaclass=M1):
    pass

class B(metaclass=M2):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1, M2):
    pass

class D(A, B, metaclass=M3):
    pass

print(type(D).__name__)

class E(A):
    pass
print(type(E).__name__)

class Sub(M1):
    pass

class H(A, metaclass=Sub):
    pass
class I(H, A):
    pass
print(type(H).__name__, type(I).__name__)

class J(A, metaclass=type):
    pass
print(type(J).__name__)

try:
    type("K", (A, B), {})
except TypeError as e:
    print("TypeError:", e)

K = type("K", (A,), {"k": 1})
print(type(K).__name__, K.k)
