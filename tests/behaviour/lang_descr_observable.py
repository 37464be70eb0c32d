# Observable attributes: a descriptor notifies subscribers on change;
# subscribers are bound methods, removed again with list.remove.

class Observable:
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_obs_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        old = getattr(obj, self.storage, None)
        setattr(obj, self.storage, value)
        if old != value:
            for callback in list(obj.subscribers):
                callback(self.name, old, value)


class Model:
    price = Observable()
    stock = Observable()

    def __init__(self):
        self.subscribers = []


class View:
    def __init__(self, label):
        self.label = label

    def refresh(self, field, old, new):
        print(f"[{self.label}] {field}: {old} -> {new}")


model = Model()
table = View("table")
chart = View("chart")
model.subscribers += [table.refresh, chart.refresh]
model.price = 10
model.stock = 3
model.price = 10
model.subscribers.remove(chart.refresh)
model.price = 12
print(chart.refresh in model.subscribers, table.refresh in model.subscribers)
print(model.subscribers.index(table.refresh), model.subscribers == [table.refresh])
print(sorted(k for k in model.__dict__ if k.startswith("_obs_")))
