# A decorator that rejects what it decorates: the traceback points at the
# decorator line, with carets under the decorator expression.

def requires_docstring(func):
    if not func.__doc__:
        raise TypeError(f"{func.__name__} needs a docstring")
    return func


def route(path):
    def decorator(func):
        return func
    return decorator


@route("/")
@requires_docstring
def index():
    """Home page."""
    return "home"


print(index())


@route("/about")
@requires_docstring
def about():
    return "about"
