# A hybrid method descriptor: one name that binds to the instance when
# called on an instance and to the class when called on the class.

class hybridmethod:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        target = obj if obj is not None else objtype

        def bound(*args, **kwargs):
            return self.func(target, *args, **kwargs)
        bound.__name__ = self.func.__name__
        return bound


class Query:
    default_table = "users"

    def __init__(self, table=None):
        self.table = table or self.default_table
        self.filters = []

    @hybridmethod
    def where(self_or_cls, condition):
        query = self_or_cls if isinstance(self_or_cls, Query) else self_or_cls()
        query.filters.append(condition)
        return query

    def __str__(self):
        sql = f"SELECT * FROM {self.table}"
        if self.filters:
            sql += " WHERE " + " AND ".join(self.filters)
        return sql


print(Query.where("age > 18"))
print(Query("orders").where("total > 100").where("paid"))
print(Query.where.__name__, Query().where.__name__)


class Orders(Query):
    default_table = "orders"


print(Orders.where("open"))


class ClassOrInstance:
    """__get__ returning bound methods made by the function's own __get__."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        return self.func.__get__(objtype if obj is None else obj)


class Greeter:
    name = "the class"

    def __init__(self, name):
        self.name = name

    @ClassOrInstance
    def hello(who):
        return f"hello from {who.name}"


print(Greeter.hello(), Greeter("an instance").hello())
print(Greeter.hello.__self__ is Greeter, type(Greeter("x").hello).__name__)
