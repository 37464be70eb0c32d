"""Feature checks a program makes before it starts, the way install scripts do."""
import sys

MIN_PYTHON = (3, 8)

def check_python():
    if sys.version_info < MIN_PYTHON:
        raise SystemExit("Python %d.%d or newer is required" % MIN_PYTHON)
    print("running on", ".".join(map(str, sys.version_info[:2])))

check_python()
print("version_info:", sys.version_info)
print("tuple slice:", sys.version_info[:3] >= (3, 11, 0), sys.version_info.releaselevel)
print("major/minor:", sys.version_info.major, sys.version_info.minor)
print("hexversion ok:", sys.hexversion >= 0x030B0000, hex(sys.hexversion)[:6])
print("version string starts:", sys.version.split()[0].startswith("3.11"))
print("implementation:", sys.implementation.name, sys.implementation.cache_tag)
print("platform:", sys.platform, sys.platform.startswith("linux"))
print("byteorder:", sys.byteorder)
print("64-bit:", sys.maxsize > 2**32, sys.maxsize == 2**63 - 1)
print("maxunicode:", sys.maxunicode, hex(sys.maxunicode))
print("float_info:", sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print("epsilon check:", 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print("int_info:", sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print("hash modulus:", sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.width)
print("encodings:", sys.getdefaultencoding(), sys.getfilesystemencoding())
print("type names:", type(sys.version_info).__name__, type(sys.float_info).__name__)
major, minor, micro, level, serial = sys.version_info
print("unpacked:", major, minor, level, serial)
print("len:", len(sys.version_info), len(sys.float_info), len(sys.hash_info))
match sys.version_info:
    case (3, minor, *_) if minor >= 10:
        print("pattern matching is available, minor", minor)
    case _:
        print("old python")
try:
    type(sys.version_info)((3, 12, 0, "final", 0))
except TypeError as e:
    print("TypeError:", e)
print("is a tuple:", isinstance(sys.version_info, tuple), sys.version_info == (3, 11, 7, "final", 0))
print("float_info again:", type(sys.float_info)(list(sys.float_info)) == sys.float_info)
