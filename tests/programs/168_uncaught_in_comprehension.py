# Ends with an uncaught exception: error raised inside a list comprehension.
values = ["1", "2", "three", "4"]
print([int(v) for v in values[:2]])
print([v.upper() for v in values])
safe = []
for v in values:
    if v.isdigit():
        safe.append(int(v))
print(safe)
numbers = [int(v) for v in values]
print(numbers)
