# Big ints are plain ints: type, isinstance, methods and class attributes.
values = [7, 2**63 - 1, 2**63, -(2**63) - 1, 10**100, True]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (float, int)), v.bit_length(), v.bit_count())
print(type(2**100) is int, type(2**100) is type(5), int is type(-(10**30)))
print("from_bytes" in int.__dict__, "to_bytes" in int.__dict__, "bit_length" in int.__dict__)
print(int.from_bytes(b"\x00\x01", "big"), int.from_bytes(b"\xff" * 9, byteorder="little", signed=False))
print((10**30).conjugate(), (2**70).to_bytes(9, "big"), int(2**70) is not None, int(10**30) == 10**30)
print([x for x in (2**64, 2**64 - 1, -(2**64)) if x > 2**63], 2**64 in [18446744073709551616])
print(str(2**64), repr(2**64), ascii(2**64), f"{2**64!r}", "%s" % (2**64,))
