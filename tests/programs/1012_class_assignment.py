# Assigning __class__ on instances: CPython's checks, and the new class's methods,
# isinstance and attribute lookups afterwards (also from loops whose lookups are cached).


def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class Animal:
    sound = 'generic'

    def speak(self):
        return f'{self.name} makes a {self.sound} sound'


class Dog(Animal):
    sound = 'woof'

    def speak(self):
        return f'{self.name} says {self.sound}'

    def fetch(self):
        return 'fetching'


class Robot:
    def speak(self):
        return 'beep ' + self.name


a = Animal()
a.name = 'Rex'
a.age = 3
print(type(a).__name__, a.speak(), isinstance(a, Dog))
a.__class__ = Dog
print(type(a).__name__, a.speak(), a.fetch(), isinstance(a, Dog), isinstance(a, Animal))
print(a.__class__ is Dog, a.name, a.age, vars(a))
a.__class__ = Robot
print(type(a).__name__, a.speak(), isinstance(a, Animal))
attempt(lambda: a.fetch())
a.color = 'grey'
print(sorted(vars(a).items()))


# Lookups in a loop before and after the class changes (attribute caches).
class P:
    kind = 'p'

    def who(self):
        return 'P'

    @property
    def prop(self):
        return 'P.prop'


class Q:
    kind = 'q'

    def who(self):
        return 'Q'

    @property
    def prop(self):
        return 'Q.prop'


x = P()
x.value = 1
seen = []
for i in range(6):
    if i == 3:
        x.__class__ = Q
    seen.append((x.kind, x.who(), x.prop, x.value))
print(seen)
for i in range(4):
    x.__class__ = P if i % 2 else Q
    x.value = i
    print(type(x).__name__, x.kind, x.who(), x.value)

ps = [P() for _ in range(3)]
for p in ps:
    p.n = 0
ps[1].__class__ = Q
print([(p.kind, p.who(), p.n) for p in ps])
ps[1].n = 5
ps[1].m = 6
print([(type(p).__name__, vars(p)) for p in ps])


# Errors.
class Slotted:
    __slots__ = ('x',)


class Slotted2:
    __slots__ = ('x',)


class Slotted3:
    __slots__ = ('y',)


class L(list):
    pass


class L2(list):
    pass


class D(dict):
    pass


def assign(o, c):
    o.__class__ = c
    return type(o).__name__


c = Animal()
attempt(lambda: assign(c, 5))
attempt(lambda: assign(c, 'Dog'))
attempt(lambda: assign(c, int))
attempt(lambda: assign(c, object))
attempt(lambda: assign(c, Slotted))
attempt(lambda: assign(Slotted(), Slotted2))
attempt(lambda: assign(Slotted(), Slotted3))
attempt(lambda: assign(Slotted(), Animal))
attempt(lambda: assign(L([1]), L2))
attempt(lambda: assign(L(), D))
attempt(lambda: assign(L(), Animal))
attempt(lambda: assign(5, Animal))
attempt(lambda: assign([], L))
attempt(lambda: assign('s', Animal))


def delete(o):
    del o.__class__


attempt(lambda: delete(c))
attempt(lambda: delete(5))
print(type(c).__name__)

s = Slotted()
s.x = 1
s.__class__ = Slotted2
print(type(s).__name__, s.x)
m = L([1, 2])
m.__class__ = L2
m.append(3)
print(type(m).__name__, m, isinstance(m, L))

# Through object.__setattr__ and a class's own __setattr__.
object.__setattr__(c, '__class__', Dog)
c.name = 'Fido'
print(type(c).__name__, c.speak())


class Logged:
    def __setattr__(self, name, value):
        print('setattr', name, getattr(value, '__name__', value))
        super().__setattr__(name, value)


class Other:
    pass


g = Logged()
g.__class__ = Other
print(type(g).__name__)


# Exceptions of Python classes.
class E1(Exception):
    pass


class E2(Exception):
    pass


class V(ValueError):
    pass


e = E1('boom')
e.__class__ = E2
print(type(e).__name__, e.args, isinstance(e, E2))
attempt(lambda: assign(E1(), V))
attempt(lambda: assign(E1(), ValueError))
attempt(lambda: assign(ValueError(), E1))


# Stores in a loop before and after the class changes to one with hooks.
class Plain:
    pass


class Hooked:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10 if name == 'value' else value)


class Guarded:
    @property
    def value(self):
        return 'guarded'

    @value.setter
    def value(self, v):
        object.__setattr__(self, '_v', v)


h = Plain()
log = []
for i in range(6):
    if i == 2:
        h.__class__ = Hooked
    if i == 4:
        h.__class__ = Guarded
    h.value = i
    log.append((type(h).__name__, h.value, vars(h).get('_v')))
print(log)
