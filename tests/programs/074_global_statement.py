# global statement.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def create():
    global created
    created = "made inside"
create()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_global():
    return x.upper()
print(read_global())
def bad():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
bad()
print(counter)
def multi():
    global a1, b1
    a1, b1 = 1, 2
multi()
print(a1 + b1)
