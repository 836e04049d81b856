# Ends with an uncaught exception: TypeError for int + str.
count = 5
label = " items"
print(str(count) + label)
message = count + label
print(message)
