# Ends with an uncaught exception: NameError for an undefined name inside a function.
def greet(name):
    return "Hello, " + undefined_greeting_text
print("before")
print(greet("x"))
