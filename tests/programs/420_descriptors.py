# Descriptors: __get__/__set__ (data descriptors win over the instance dict), __set_name__.
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.name)

    def __set__(self, instance, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(instance, self.name, value)


class Upper:
    def __get__(self, instance, owner):
        return owner.__name__.upper()


class Item:
    price = Positive()
    qty = Positive()
    label = Upper()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty


it = Item(3, 4)
print(it.price, it.qty, it.price * it.qty, it.label, Item.label, type(Item.price).__name__, Item.price.name)
it.qty = 10
print(it.qty, it.__dict__)
try:
    it.price = -1
except ValueError as e:
    print(e)
