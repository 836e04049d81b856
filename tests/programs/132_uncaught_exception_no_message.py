# Ends with an uncaught exception: raising a class without arguments (message line is just the name).
def todo():
    raise NotImplementedError
def done():
    return "done"
print(done())
try:
    todo()
except NotImplementedError as e:
    print("caught", repr(e), str(e) == "")
print("calling todo")
todo()
