# Ends with an uncaught exception: NameError for an undefined name inside a function.
def greet(name):
    return "Hello, " + undefined_greeting_text
def farewell(name):
    return "Bye, " + name
print("before")
print(farewell("x"))
names = ["a", "b"]
for n in names:
    print(farewell(n))
print(greet("x"))
