# True division whose result is too large for a float.
a = 3**2000
print(a // 7 > 0)
print(a / 7)
