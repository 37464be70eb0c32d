# A class decorator that counts live instances per class by wrapping
# __init__ and adding a classmethod and a property with setattr.

def counted(cls):
    original_init = cls.__init__
    cls._created = 0

    def __init__(self, *args, **kwargs):
        type(self)._created += 1
        self._serial = type(self)._created
        original_init(self, *args, **kwargs)

    def created(klass):
        return f"{klass.__name__}: {klass._created} created"

    cls.__init__ = __init__
    cls.created = classmethod(created)
    cls.serial = property(lambda self: self._serial)
    return cls


@counted
class Ticket:
    def __init__(self, owner):
        self.owner = owner


@counted
class Badge:
    def __init__(self):
        pass


class VipTicket(Ticket):
    _created = 0


tickets = [Ticket("ann"), Ticket("bob"), VipTicket("cy")]
Badge()
print([(t.owner, t.serial) for t in tickets])
print(Ticket.created(), VipTicket.created(), Badge.created(), tickets[0].created())
try:
    tickets[0].serial = 9
except AttributeError as e:
    print("AttributeError:", e)
print(type(Ticket.__dict__["created"]).__name__, type(Ticket.__dict__["serial"]).__name__)
