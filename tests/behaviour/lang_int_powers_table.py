# A table of powers formatted with widths, grouping and alignment.
print(f"{'n':>4} | {'2**n':>40} | {'3**n (hex)':>36}")
print("-" * 86)
for n in range(0, 161, 20):
    print(f"{n:>4} | {2**n:>40,} | {3**n:>36x}")
print(f"{2**128:_}", f"{-(2**128):+,}", f"{2**128:#b}"[:12], f"{10**25:e}", f"{10**25:.2%}")
print("{:>45}".format(7**50), "{:<45}|".format(-(7**50)), "{:^+45}".format(7**50))
print("%-40d|%40x|%#o" % (11**35, 11**35, 11**20))
