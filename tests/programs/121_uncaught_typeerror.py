# Ends with an uncaught exception: TypeError for int + str.
count = 5
label = " items"
print(str(count) + label)
print(f"{count}{label}")
print("%d%s" % (count, label))
parts = [str(count), label]
print("".join(parts))
total = count * 2
print(total)
message = count + label
print(message)
