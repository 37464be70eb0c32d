# A cached_property-like non-data descriptor written by hand: the first
# access stores the value in the instance dict, which then wins.

class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        print(f"computing {self.name}")
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached
    def total(self):
        "Sum of all rows."
        return sum(self.rows)

    @cached
    def average(self):
        return self.total / len(self.rows)


r = Report([4, 8, 15, 16, 23, 42])
print(r.total)
print(r.total)
print(r.average)
print(r.average)
print(sorted(r.__dict__))
print(type(Report.total).__name__, Report.total.name, Report.total.__doc__)
del r.total
print(r.total)
r.total = -1
print(r.total)


class lazy_counter:
    """A non-data descriptor counting how often it is consulted."""

    def __init__(self):
        self.hits = 0

    def __get__(self, obj, objtype=None):
        self.hits += 1
        return f"hit {self.hits} via {'class' if obj is None else 'instance'} {objtype.__name__}"


class Thing:
    counter = lazy_counter()


class SubThing(Thing):
    pass


print(Thing.counter)
print(Thing().counter)
print(SubThing().counter)
th = Thing()
th.counter = "own value"
print(th.counter)
print(Thing.__dict__["counter"].hits)
