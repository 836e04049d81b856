# pass in various positions, empty bodies.
def nothing():
    pass
print(nothing())
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def doc_only():
    "Only a docstring."
print(doc_only(), doc_only.__doc__)
x = 1
if x:
    pass
print("done", x)
def ellipsis_body():
    ...
print(ellipsis_body(), ..., type(...).__name__)
