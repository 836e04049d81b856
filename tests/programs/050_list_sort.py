# sort and sorted: keys, reverse, stability.
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "fig", "date", "Elder"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "z"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
people.sort(key=lambda p: p[1])
print(people)
print(sorted([3.5, -1, 2, 0.0]), sorted([]), sorted("cba"), sorted((3, 1, 2)))
r = a.sort()
print(r)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
print(sorted([-3, 2, -1, 4], key=abs))
