# ExceptionGroup is declared as class ExceptionGroup(BaseExceptionGroup,
# Exception): both `except Exception` and `except BaseExceptionGroup`
# catch it, and its MRO is the C3 merge of the two bases.
print(issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in ExceptionGroup.__bases__])
print(ExceptionGroup.__base__.__name__)
print([c.__name__ for c in BaseExceptionGroup.__mro__])

eg = ExceptionGroup("two problems", [ValueError("bad value"), TypeError("bad type")])
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print(type(eg).__name__, str(eg))

for handler in (BaseExceptionGroup, Exception, ExceptionGroup, BaseException):
    try:
        raise eg
    except handler as e:
        print("caught by except", handler.__name__ + ":", repr(e))

try:
    raise eg
except Exception as e:
    print("except Exception:", type(e).__name__, len(e.exceptions))

# The methods live on BaseExceptionGroup and are inherited.
print("derive" in BaseExceptionGroup.__dict__, "derive" in ExceptionGroup.__dict__)
print(ExceptionGroup.split is BaseExceptionGroup.split)
match_, rest = eg.split(ValueError)
print(type(match_).__name__, repr(match_), repr(rest))

# BaseExceptionGroup(...) still picks ExceptionGroup when every member is an Exception.
print(type(BaseExceptionGroup("x", [KeyError(1)])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)

# except* refuses both group classes, and subclasses of them.
for spec in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            raise ValueError("v")
        except* spec:
            pass
    except TypeError as te:
        print("TypeError:", te)

# A mixin class combining ExceptionGroup with another Exception subclass.
class AppError(Exception):
    code = 500

class AppErrors(ExceptionGroup, AppError):
    pass

errs = AppErrors("app", [RuntimeError("db down")])
print([c.__name__ for c in AppErrors.__mro__])
print(errs.code, isinstance(errs, AppError), isinstance(errs, BaseExceptionGroup))
try:
    raise errs
except AppError as e:
    print("caught as AppError:", repr(e), e.message)
