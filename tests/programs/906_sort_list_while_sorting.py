# list.sort moves the items out while it sorts, as CPython: the list looks empty to a key
# function, changing it fails the sort, and an error leaves the items in place.
l = [3, 1, 2]
def k(x):
    print(len(l), l)
    return x
l.sort(key=k)
print(l)
l = [3, 1, 2]
def k2(x):
    l.append(0)
    return x
try:
    l.sort(key=k2)
except ValueError as e:
    print("VE", e)
print(l)
l = [3, "a", 2]
try:
    l.sort()
except TypeError as e:
    print("TE", e)
print(l)
def bad(x):
    if x == 2: raise KeyError(x)
    return x
l = [3, 1, 2]
try:
    l.sort(key=bad)
except KeyError as e:
    print("KE", e)
print(l, sorted([3,1,2], reverse=True), sorted("bca"), sorted([(1,'b'),(1,'a'),(0,'z')]))
