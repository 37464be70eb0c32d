# A subclass with its own derive() keeps its type (and extra state) through
# split and subgroup; tracebacks, cause, context and notes are copied.
class ErrorReport(ExceptionGroup):
    def derive(self, excs):
        new = ErrorReport(self.message + " (part)", excs)
        new.source = getattr(self, "source", "?")
        return new


report = ErrorReport("validation", [ValueError("age"), TypeError("name"), ValueError("email")])
report.source = "form.html"
report.add_note("submitted by ann")
report.__cause__ = RuntimeError("db down")

vals, others = report.split(ValueError)
print(type(vals).__name__, repr(vals), vals.source)
print(type(others).__name__, repr(others), others.source)
print(vals.__notes__, vals.__notes__ is report.__notes__)
print(repr(vals.__cause__), vals.__cause__ is report.__cause__)

plain = ExceptionGroup("plain", [ValueError(1), KeyError(2)])
d = plain.derive([OSError(3)])
print(type(d).__name__, repr(d))
d2 = plain.derive([KeyboardInterrupt()])
print(type(d2).__name__, repr(d2))
