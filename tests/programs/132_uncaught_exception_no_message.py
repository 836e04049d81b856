# Ends with an uncaught exception: raising a class without arguments (message line is just the name).
def todo():
    raise NotImplementedError
print("calling todo")
todo()
