# __init_subclass__ that validates subclasses and fills in defaults.
class Command:
    commands = []

    def __init_subclass__(cls, aliases=(), hidden=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if "execute" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define execute()")
        cls.aliases = tuple(aliases)
        if not hidden:
            Command.commands.append(cls)


class Help(Command, aliases=("h", "?")):
    def execute(self):
        return "usage: ..."


class Quit(Command, aliases=["q"]):
    def execute(self):
        return "bye"


class Debug(Command, hidden=True):
    def execute(self):
        return "debug on"


try:
    class Broken(Command):
        pass
except TypeError as e:
    print("TypeError:", e)

print([c.__name__ for c in Command.commands])
print(Help.aliases, Quit.aliases, Debug.aliases)
print([c().execute() for c in Command.commands])


class Tracked:
    subclasses = []

    def __init_subclass__(cls):
        Tracked.subclasses.append(cls.__qualname__)


class Outer:
    class Inner(Tracked):
        pass


class Leaf(Outer.Inner):
    pass


print(Tracked.subclasses)
