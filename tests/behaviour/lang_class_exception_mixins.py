# Exceptions combined with mixins and multiple exception bases.
class DetailMixin:
    def details(self):
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}


class ServiceError(DetailMixin, Exception):
    def __init__(self, message, **info):
        super().__init__(message)
        for k, v in info.items():
            setattr(self, k, v)


class TimeoutServiceError(ServiceError, TimeoutError):
    pass


class NotFoundError(ServiceError, LookupError):
    pass


def call(kind):
    if kind == "timeout":
        raise TimeoutServiceError("upstream slow", seconds=30, host="api")
    if kind == "missing":
        raise NotFoundError("no such user", user_id=7)
    raise ServiceError("unknown")


for kind in ("timeout", "missing", "other"):
    try:
        call(kind)
    except TimeoutError as e:
        print("timeout:", e, e.details(), isinstance(e, OSError))
    except LookupError as e:
        print("lookup:", e, e.details(), repr(e))
    except ServiceError as e:
        print("service:", e, e.details(), e.args)

print([k.__name__ for k in TimeoutServiceError.__mro__])
print(issubclass(NotFoundError, Exception), NotFoundError.__bases__)
