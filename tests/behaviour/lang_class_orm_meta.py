# An ORM-like Model/Field pair: the metaclass collects the fields.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"


class ModelMeta(type):
    def __new__(mcs, name, bases, namespace):
        fields = {k: v for k, v in namespace.items() if isinstance(v, Field)}
        for base in bases:
            fields = {**getattr(base, "_fields", {}), **fields}
        cls = super().__new__(mcs, name, bases, namespace)
        cls._fields = fields
        cls.table = name.lower() + "s"
        return cls


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for name, field in self._fields.items():
            value = values.get(name, field.default)
            if value is not None and not isinstance(value, field.kind):
                raise TypeError(f"{name} must be {field.kind.__name__}")
            self.__dict__[name] = value

    def __repr__(self):
        body = ", ".join(f"{n}={self.__dict__[n]!r}" for n in self._fields)
        return f"{type(self).__name__}({body})"

    def insert_sql(self):
        cols = ", ".join(self._fields)
        vals = ", ".join(repr(self.__dict__[n]) for n in self._fields)
        return f"INSERT INTO {self.table} ({cols}) VALUES ({vals})"


class Person(Model):
    name = Field(str)
    age = Field(int, default=0)


class Employee(Person):
    salary = Field(int, default=1000)


p = Person(name="Grace", age=85)
print(p)
print(p.insert_sql())
e = Employee(name="Linus")
print(e, e.table)
print(Employee._fields)
try:
    Person(name=42)
except TypeError as err:
    print("TypeError:", err)
print(type(Person) is ModelMeta, Person.__class__.__name__)
