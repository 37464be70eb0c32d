# __set_name__: called once per attribute at class creation, in definition
# order, with the owning class; not for attributes added later.

calls = []


class Field:
    def __init__(self, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name))
        self.name = name
        self.owner = owner

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Person:
    first = Field("?")
    last = Field("?")
    age = Field(0)
    nickname = "not a field"


class Employee(Person):
    salary = Field(1000)


print(calls)
Person.later = Field("late")
print(calls[-1], hasattr(Person.__dict__["later"], "name"))
e = Employee()
e.first = "Ada"
print(e.first, e.last, e.age, e.salary, e.__dict__)
print(Employee.salary.owner.__name__, Employee.first.owner.__name__)

shared = Field()


class One:
    a = shared


class Two:
    b = shared


print(shared.name, shared.owner.__name__, calls[-2:])


class Named:
    def __set_name__(self, owner, name):
        print(f"naming {name} in {owner.__qualname__}")


class Outer:
    x = Named()

    class Inner:
        y = Named()

    z = Named()


class Prop:
    size = property(lambda self: 1)


try:
    Prop().size = 2
except AttributeError as e:
    print("AttributeError:", e)
late = property(lambda self: 1)
late.__set_name__(Prop, "renamed")
Prop.other = late
try:
    Prop().other = 2
except AttributeError as e:
    print("AttributeError:", e)
