# append/extend/insert/pop/remove/index/count/reverse/copy/clear.
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "beforelast")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
print(a)
print(a.index(5), a.index(1), a.count(1), a.count("zz"))
print(a.index(1, 3) if 1 in a[3:] else "none")
a.reverse()
print(a)
c = a.copy()
c.append("c")
print(len(a), len(c))
c.clear()
print(c, a[:2])
r = a.append(0)
print(r)
for meth, arg in [("remove", 42), ("index", 42)]:
    try:
        getattr(a, meth)(arg)
    except ValueError as e:
        print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
