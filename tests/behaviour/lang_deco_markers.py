# Decorators that mark methods, and a class decorator that collects them:
# a tiny command dispatcher.

def command(name=None, *, aliases=()):
    def mark(func):
        func.command_name = name or func.__name__
        func.aliases = tuple(aliases)
        return func
    return mark


def dispatcher(cls):
    table = {}
    for attr, value in list(cls.__dict__.items()):
        if callable(value) and hasattr(value, "command_name"):
            for key in (value.command_name, *value.aliases):
                table[key] = attr
    cls.commands = table

    def dispatch(self, line):
        word, *args = line.split()
        if word not in self.commands:
            return f"unknown command {word!r}"
        return getattr(self, self.commands[word])(*args)
    cls.dispatch = dispatch
    return cls


@dispatcher
class Shell:
    def __init__(self):
        self.cwd = "/"

    @command(aliases=("ls", "dir"))
    def list(self):
        return f"listing {self.cwd}"

    @command("cd")
    def change_dir(self, path):
        self.cwd = path
        return f"now in {path}"

    @command()
    def echo(self, *words):
        return " ".join(words)

    def helper(self):
        return "not a command"


sh = Shell()
print(sorted(Shell.commands.items()))
for line in ["ls", "cd /tmp", "dir", "echo hello  world", "rm -rf", "helper"]:
    print(f"{line!r} -> {sh.dispatch(line)}")
print(Shell.list.command_name, Shell.list.aliases, sh.echo.command_name)
