# isinstance/issubclass across multiple inheritance and metaclasses.
class Meta(type):
    pass


class Readable:
    pass


class Writable:
    pass


class Stream(Readable, Writable, metaclass=Meta):
    pass


class Socket(Stream):
    pass


s = Socket()
checks = [
    isinstance(s, Readable), isinstance(s, (int, Writable)), isinstance(s, Meta),
    isinstance(Socket, Meta), isinstance(Socket, type), isinstance(Readable, Meta),
    issubclass(Socket, (Writable,)), issubclass(Meta, type), issubclass(Socket, object),
    issubclass(Readable, Stream), type(s) is Socket, type(Socket) is Meta, type(Meta) is type,
]
print(checks)
print([k.__name__ for k in Socket.__mro__], Socket.__base__.__name__)
print(Stream.__bases__, Socket.__bases__)
print(isinstance(True, int), issubclass(bool, int), isinstance(Socket, object), isinstance(type, type))
try:
    issubclass(s, Socket)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(s, "Socket")
except TypeError as e:
    print("TypeError:", e)
