# Mixins combined with a base class: LoggingMixin + JSONMixin on a model.
class LoggingMixin:
    def log(self, message):
        print(f"[{type(self).__name__}] {message}")


class JSONMixin:
    def to_json(self):
        parts = []
        for key, value in self.__dict__.items():
            if isinstance(value, str):
                parts.append(f'"{key}": "{value}"')
            else:
                parts.append(f'"{key}": {value}')
        return "{" + ", ".join(parts) + "}"


class Model:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def describe(self):
        return f"{type(self).__name__} with {len(self.__dict__)} fields"


class User(LoggingMixin, JSONMixin, Model):
    def save(self):
        self.log(f"saving {self.to_json()}")
        return True


user = User(name="ada", age=36, admin=True)
print(user.describe())
print(user.save())
print([c.__name__ for c in User.__mro__])
print(User.__bases__ == (LoggingMixin, JSONMixin, Model))
print(isinstance(user, JSONMixin), isinstance(user, Model), issubclass(User, LoggingMixin))
print(hasattr(user, "to_json"), hasattr(Model(), "to_json"))
