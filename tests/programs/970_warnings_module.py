import warnings
def f(x):
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
    return x
f(1)
f(2)
warnings.warn("hello")
for i in range(3):
    warnings.warn("loop")
warnings.warn("cat", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("recorded2", FutureWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[1].lineno)
warnings.filterwarnings("error", message="boom")
try:
    warnings.warn("boom here")
except UserWarning as e:
    print("raised", e)
warnings.simplefilter("ignore")
warnings.warn("hidden")
warnings.resetwarnings()
warnings.warn("shown again")
def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = my_show
warnings.warn("through custom")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  x = 1  "))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
import sys
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name, sys._getframe().f_back)
# The VM's own warnings go through the filters once `warnings` is imported.
warnings.showwarning = warnings._showwarning_orig
async def never_awaited():
    pass
never_awaited()
warnings.simplefilter("ignore", RuntimeWarning)
never_awaited()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    exec("x = 1 is 1")
    print([str(w.message) for w in caught], caught[0].category.__name__, caught[0].filename)
print(warnings.filters[:2])
