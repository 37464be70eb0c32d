"""The int-to-str digit limit (CVE-2020-10735) and how a program raises it for big numbers."""
import sys

print("limit:", sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])

sys.set_int_max_str_digits(6000)
print("limit:", sys.get_int_max_str_digits())
print("digits:", len(str(big)), str(big)[:5])
print("parsed:", int("7" * 5500) % 1000)
sys.set_int_max_str_digits(maxdigits=0)
print("unlimited:", sys.get_int_max_str_digits(), len(str(10 ** 9000)))
for bad in (5, 100):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print(f"{2 ** 100:,}")
print(len(hex(10 ** 6000)) > 4000)
