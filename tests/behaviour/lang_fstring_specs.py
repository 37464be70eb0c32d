# f-strings: nested expressions, !r/!s, and the specs python-subset.md names (.2f, >3, ",", %)
x = 3.14159
i = 7
n = 1234567
name = "ada"
print(f"{x:.2f} {x:.0f} {x:8.3f}|{x:<8.1f}|{x:^9.2f}|")
print(f"[{i:>3}] [{i:<3}] [{i:^5}] [{i:03}]")
print(f"{n:,} {-n:,} {n / 7:,.2f}")
print(f"{name!r} {name!s} {name:>6} {name:*^9} {name:<5}|")
print(f"{0.256:.1%} {0.5:%} {1:.0%}")
print(f"{'nested ' + name.upper():>15}")
print(f"{[1, 2][0]} {dict(a=1)['a']} {'yes' if i > 3 else 'no'}")
print(f"{{literal braces}} {i}{{}}")
print(f"{-0.5:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
print(f"{True} {None} {[1, 'a']!r} {(1,)} {name!r:>8}")
print(f"{x}" f" and {i}", f"multi {i + 1} {x * 2:.1f}")
