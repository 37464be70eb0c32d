# A custom exception hierarchy with extra attributes and __str__.
class AppError(Exception):
    """Base for application errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class HTTPError(AppError):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"HTTP {self.status} {self.reason}".strip()


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


def handle(exc):
    try:
        raise exc
    except ValidationError as e:
        print("validation:", e.field, "|", e, "|", e.args)
    except NotFound as e:
        print("not found:", e.path, "|", e, "|", repr(e))
    except HTTPError as e:
        print("http:", e.status, "|", e, "|", e.args)
    except AppError as e:
        print("app:", e, type(e).__mro__[1].__name__)


handle(ValidationError("email", "missing @"))
handle(NotFound("/index.html"))
handle(HTTPError(500))
handle(AppError("generic"))
print(AppError.__doc__)
print(issubclass(NotFound, Exception), NotFound.__mro__[:3])
err = NotFound("/x")
err.retry = True
print(err.retry, err.path, isinstance(err, AppError))
