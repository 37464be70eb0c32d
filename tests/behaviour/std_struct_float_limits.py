# Packing floats at the edges of float32 and float16: rounding to the largest value, infinities, errors.
import _struct as s
M = 3.4028234663852886e38
for v in [M, M * 1.0000000001, 3.4028235677973366e38, 3.4028235677973362e38, 1e39, -1e39, float("inf"), float("nan")]:
    for fmt in ["f", "<f"]:
        try:
            print(fmt, v, s.pack(fmt, v).hex())
        except OverflowError as e:
            print(fmt, v, "OverflowError", e)
for v in [65504.0, 65519.0, 65520.0, 6.1e-05, 5.96e-08, 2.9e-08, -0.0, 1 / 3]:
    try:
        packed = s.pack("<e", v)
        print("e", v, packed.hex(), s.unpack("<e", packed)[0])
    except OverflowError as e:
        print("e", v, "OverflowError", e)
