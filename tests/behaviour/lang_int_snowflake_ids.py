# 128-bit ids packed from fields with shifts and masks, as distributed systems do.
class IdPacker:
    FIELDS = (("timestamp", 48), ("datacenter", 16), ("worker", 16), ("sequence", 48))

    def pack(self, **values):
        packed = 0
        for name, width in self.FIELDS:
            value = values[name]
            if value >= 1 << width:
                raise OverflowError(f"{name} does not fit in {width} bits")
            packed = (packed << width) | value
        return packed

    def unpack(self, packed):
        out = {}
        for name, width in reversed(self.FIELDS):
            out[name] = packed & ((1 << width) - 1)
            packed >>= width
        return out


packer = IdPacker()
ident = packer.pack(timestamp=1_700_000_000_123, datacenter=7, worker=513, sequence=2**47 + 5)
print(ident, ident.bit_length(), f"{ident:032x}")
print(packer.unpack(ident))
print(ident.to_bytes(16, "big").hex())
print(int.from_bytes(ident.to_bytes(16, "little"), "little") == ident)
ids = [packer.pack(timestamp=t, datacenter=1, worker=2, sequence=s) for t in (5, 3, 9) for s in (1, 0)]
print([packer.unpack(i)["timestamp"] for i in sorted(ids)])
try:
    packer.pack(timestamp=2**48, datacenter=0, worker=0, sequence=0)
except OverflowError as exc:
    print(exc)
