# str() and repr() of groups: sub-exception counts, empty messages, a
# tuple or list as given, messages with quotes.
samples = [
    ExceptionGroup("one", [ValueError("x")]),
    ExceptionGroup("two", (ValueError("x"), TypeError())),
    ExceptionGroup("", [KeyError("k")]),
    ExceptionGroup("it's \"quoted\"", [ConnectionError("reset")]),
    BaseExceptionGroup("base", [GeneratorExit()]),
]
for eg in samples:
    print(str(eg))
    print(repr(eg))
    print(eg.args)
print(f"{samples[0]!s} / {samples[0]!r}")
print([str(e) for e in samples[1].exceptions])
