# Shifting a big value by a negative count is a ValueError.
key = 0xDEADBEEF_DEADBEEF_DEADBEEF
count = -3
print("shifting", hex(key))
print(key << count)
