# Ends with an uncaught exception: TypeError inside a multi-line expression and a lambda.
data = [1, 2, None, 4]
print(len(data))
doubled = list(map(lambda v: v * 2, data[:2]))
print(doubled)
total = (data[0] +
         data[1] +
         data[2])
print(total)
