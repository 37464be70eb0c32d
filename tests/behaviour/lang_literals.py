# literals: ints, floats, strings with escapes, bytes, containers
print(42, -7, 0, 1000000)
print(9223372036854775807, -9223372036854775807)
print(1.5, 2.0, .5, 1e3, 1.5e-3, 3.0e10)
print('single', "double", '''triple
line''', """another""")
print("tab\there", "nl\\n", 'quote\'s', "dq\"", "\x41\u00e9")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("a\nb\t"))
print(b"bytes", b'\x00\xff', repr(b"abc"), len(b"\x01\x02"))
print([1, 2, 3], (1, 2), (1,), (), [], {}, {"a": 1, "b": [2]})
print(True, False, None)
print(type(1).__name__, type(1.0).__name__, type("").__name__, type(b"").__name__,
      type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__,
      type(None).__name__, type(True).__name__)
