# A metaclass whose __prepare__ returns a recording namespace (definition order, duplicates).
class RecordingNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            if key in self:
                print(f"  redefining {key}")
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    def __prepare__(mcs, name, bases, **kwargs):
        print(f"__prepare__ for {name} with {kwargs}")
        return RecordingNamespace()
    __prepare__ = classmethod(__prepare__)

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, dict(namespace))
        cls.definition_order = namespace.order
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        print(f"__init__ for {name}")


class Form(metaclass=Ordered, strict=True):
    username = "text"
    password = "secret"
    remember = "checkbox"

    def validate(self):
        return True

    username = "email"


print(Form.definition_order)
print(Form.username, Form().validate())
print(type(Form).__name__)


class Plain:
    pass


print("__module__" in Plain.__dict__, Plain.__dict__["__module__"])
print(sorted(k for k in Plain.__dict__ if not k.startswith("__")))
