# and/or return operands and short-circuit.
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0.0, "" or [] or None)
print(None and 1, [] and 1, "a" and "b" and "c", "a" or t("never"))
print(t(0) and t(1))
print(t(1) and t(0))
print(t(0) or t(1))
print(t(2) or t(3))
print(t(0) or t("") or t("last"))
print(not 1 or 2, not (1 or 2))
x = [] or {} or "default"
print(x)
y = 5
print(y > 3 and "big" or "small", y > 10 and "big" or "small")
print(True and False or True, True or False and False)
