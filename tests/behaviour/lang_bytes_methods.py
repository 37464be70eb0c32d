# bytes: decode, upper, concatenation, indexing, len, comparison
b = b"hello world"
print(b.decode(), b.upper(), b + b"!", b[0], b[:5], len(b), b == b"hello world")
print(b"caf\xc3\xa9".decode(), "café".encode() == b"caf\xc3\xa9", repr(b"a'b"), repr(b'a"b'))
print(b"x" * 3, b"" == b"", list(b"ab"))
print(b"line\n".decode().strip(), str(b"raw"), b"ab" in b"cabd")
