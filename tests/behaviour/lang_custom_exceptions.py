# custom exceptions: class MyError(Exception), hierarchies, args, str/repr
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


for exc in [AppError("plain"), NotFound("k1"), AppError(), AppError("a", 2)]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print("AppError", repr(str(e)), e.args, type(e).__name__)
try:
    raise NotFound("k2")
except (KeyError, AppError) as e:
    print("caught by tuple:", e, isinstance(e, Exception), isinstance(e, AppError))
print(repr(ValueError("v")), repr(KeyError("k")), str(KeyError("k")), repr(RuntimeError()))
print(isinstance(NotFound("x"), BaseException), isinstance(NotFound("x"), LookupError))
