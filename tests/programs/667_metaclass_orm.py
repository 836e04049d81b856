"""A small ORM: a metaclass whose __prepare__ records field order, which inherits
fields, registers tables, validates construction in __call__, and makes model classes
iterable and subscriptable; fields are descriptors with __set_name__."""

class Field:
    kind = object

    def __init__(self, default=None, required=False):
        self.default = default
        self.required = required
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        return value

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)

    def __set__(self, obj, value):
        obj._values[self.name] = self.validate(value)


class IntField(Field):
    kind = int


class StrField(Field):
    kind = str

    def __init__(self, max_length=None, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def validate(self, value):
        value = super().validate(value)
        if self.max_length is not None and len(value) > self.max_length:
            raise ValueError(f"{self.name} longer than {self.max_length}")
        return value


class FieldOrder(dict):
    def __init__(self):
        super().__init__()
        self.fields = []

    def __setitem__(self, key, value):
        if isinstance(value, Field):
            if key in self:
                raise TypeError(f"field {key!r} defined twice")
            self.fields.append(key)
        super().__setitem__(key, value)


class ModelMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return FieldOrder()

    def __new__(mcs, name, bases, ns, table=None, **kw):
        inherited = []
        for base in bases:
            inherited.extend(getattr(base, "_fields", []))
        cls = super().__new__(mcs, name, bases, dict(ns), **kw)
        cls._fields = inherited + ns.fields
        cls._table = table or name.lower() + "s"
        if bases:
            mcs.registry[cls._table] = cls
        return cls

    def __iter__(cls):
        return iter(cls._fields)

    def __len__(cls):
        return len(cls._fields)

    def __getitem__(cls, name):
        if name not in cls._fields:
            raise KeyError(name)
        return cls.__dict__.get(name) or getattr(cls, name)

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table} fields={list(cls)}>"

    def __call__(cls, **values):
        missing = [f for f in cls._fields if cls[f].required and f not in values]
        if missing:
            raise TypeError(f"{cls.__name__} missing required fields: {', '.join(missing)}")
        unknown = sorted(set(values) - set(cls._fields))
        if unknown:
            raise TypeError(f"{cls.__name__} got unknown fields: {', '.join(unknown)}")
        obj = super().__call__()
        for key, value in values.items():
            setattr(obj, key, value)
        return obj


class Model(metaclass=ModelMeta):
    def __init__(self):
        self._values = {}

    def __repr__(self):
        parts = ", ".join(f"{f}={getattr(self, f)!r}" for f in type(self))
        return f"{type(self).__name__}({parts})"

    def __eq__(self, other):
        return type(self) is type(other) and self._values == other._values

    __hash__ = None


class User(Model, table="people"):
    name = StrField(max_length=8, required=True)
    age = IntField(default=0)

    def greeting(self):
        return f"Hi, {self.name}"


class Admin(User):
    level = IntField(default=1)


print(repr(User), repr(Admin), len(Admin), list(Admin))
print(sorted(ModelMeta.registry), ModelMeta.registry["admins"] is Admin)
u = User(name="ada", age=36)
a = Admin(name="root", level=3)
print(u, a, u.greeting(), a.greeting(), a.age)
print(u == User(name="ada", age=36), u == a, User["age"].default, Admin["name"].max_length)
for bad in [dict(age=3), dict(name="x", color="red"), dict(name=5), dict(name="much too long")]:
    try:
        User(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    User["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    class Twice(Model):
        x = IntField()
        x = IntField()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(u)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(u, Model), isinstance(User, ModelMeta), type(Admin).__name__, Admin.__mro__[1].__name__)
