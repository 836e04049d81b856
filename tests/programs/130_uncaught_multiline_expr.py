# Ends with an uncaught exception: TypeError inside a multi-line expression.
data = [1, 2, None, 4]
print(len(data))
doubled = list(map(lambda v: v * 2, data[:2]))
print(doubled)
present = [d for d in data if d is not None]
print(present, sum(present))
total = (data[0] +
         data[1] +
         data[2])
print(total)
