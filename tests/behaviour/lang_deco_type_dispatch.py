# A hand-written single-dispatch decorator: implementations register per
# type through an attribute of the wrapper, and dispatch walks the MRO.

def dispatch_on_type(func):
    registry = {object: func}

    def register(kind):
        def decorator(impl):
            registry[kind] = impl
            return impl
        return decorator

    def wrapper(arg, *rest):
        for klass in type(arg).__mro__:
            if klass in registry:
                return registry[klass](arg, *rest)
        raise TypeError("unreachable")

    wrapper.register = register
    wrapper.registry = registry
    wrapper.__name__ = func.__name__
    return wrapper


@dispatch_on_type
def render(value, indent=0):
    return " " * indent + f"<object {type(value).__name__}>"


@render.register(int)
def _(value, indent=0):
    return " " * indent + f"int {value:+d}"


@render.register(bool)
def _(value, indent=0):
    return " " * indent + ("yes" if value else "no")


@render.register(list)
def _(value, indent=0):
    lines = [" " * indent + f"list of {len(value)}"]
    lines += [render(item, indent + 2) for item in value]
    return "\n".join(lines)


@render.register(dict)
def render_dict(value, indent=0):
    lines = [" " * indent + "dict"]
    for key in sorted(value):
        lines.append(" " * (indent + 2) + f"{key}:")
        lines.append(render(value[key], indent + 4))
    return "\n".join(lines)


class Point:
    pass


print(render(5))
print(render(True))
print(render([1, False, [2]]))
print(render({"b": [3], "a": Point()}))
print(sorted(k.__name__ for k in render.registry), render.__name__, render_dict.__name__)
