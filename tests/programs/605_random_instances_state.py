# Random instances have their own state; getstate/setstate; gauss keeps its spare value.
import random

a = random.Random(42)
b = random.Random(42)
random.seed(42)
print(a.random() == b.random() == random.random())
print(type(a).__name__, isinstance(a, random.Random), random.Random, type(a) is random.Random)
c = random.Random("seed text")
print(c.random(), c.randint(1, 100), c.choice("xyz"), c.sample(range(10), 3))
print(random.Random(2**40 + 7).getrandbits(40), random.Random(-5).random(), random.Random(0).random())

r = random.Random(0)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(4)]
r.setstate(state)
print(first == [r.random() for _ in range(4)])

# gauss caches its second value, and the state carries it.
r.seed(3)
g1 = r.gauss()
saved = r.getstate()
print(saved[2] is not None)
g2 = r.gauss()
r.setstate(saved)
print(r.gauss() == g2, r.getstate()[2])
r.seed(3)
print(r.gauss() == g1)

# The module's functions share one hidden generator.
random.seed(99)
x = random.random()
random.setstate(random.getstate())
random.seed(99)
print(random.random() == x)
print(random.Random(5).random() == random.Random(5).random())
