# Exceptions with their own __new__, extra attributes and class-level defaults.
class ErrorWithCode(Exception):
    default_code = 100

    def __new__(cls, *args, code=None):
        obj = super().__new__(cls, *args)
        obj.code = code if code is not None else cls.default_code
        print(f"__new__ {cls.__name__} code={obj.code}")
        return obj

    def __init__(self, *args, code=None):
        super().__init__(*args)


class DatabaseError(ErrorWithCode):
    default_code = 500


try:
    raise DatabaseError("connection lost", code=503)
except ErrorWithCode as e:
    print(type(e).__name__, e, e.code, e.args)

try:
    raise DatabaseError("timeout")
except DatabaseError as e:
    print(e.code, repr(e))


class Retryable(Exception):
    def __init__(self, message, attempts):
        super().__init__(message)
        self.attempts = attempts

    def __str__(self):
        return f"{self.args[0]} (after {self.attempts} attempts)"


try:
    raise Retryable("gave up", 3)
except Exception as e:
    print(e, e.attempts, e.args)


class KeyedError(KeyError, ValueError):
    pass


try:
    raise KeyedError("k")
except ValueError as e:
    print("caught as ValueError:", repr(e), [k.__name__ for k in type(e).__mro__])
