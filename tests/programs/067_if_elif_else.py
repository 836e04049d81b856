# if/elif/else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join([fizzbuzz(i) for i in range(1, 21)]))
x = []
if x:
    print("nonempty")
else:
    print("empty")
if not x and len(x) == 0:
    print("really empty")
y = 7
if y > 5:
    if y > 6:
        print("nested > 6")
    else:
        print("nested <= 6")
if y == 7: print("one-liner")
