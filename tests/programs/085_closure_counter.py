# Closures: counter factories and independent state.
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_accumulator()
acc(1)
print(acc(2))
def adder_pair():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def get():
        return total
    return add, get
add, get = adder_pair()
add(5)
add(7)
print(get())
print(double.__closure__ is not None, len(double.__closure__), double.__closure__[0].cell_contents)
