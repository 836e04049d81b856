# __format__ of Python classes in f-strings and format(); instances without it format as str() only with an empty spec.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return "Money"


m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, "short"), format(m), f"{m!s:>8}")


class Plain:
    def __str__(self):
        return "plain"


print(f"{Plain()}", format(Plain()))
try:
    f"{Plain():>5}"
except TypeError as e:
    print(e)
