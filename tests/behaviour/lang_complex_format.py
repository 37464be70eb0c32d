# format() and f-strings with complex values.
z = 3.14159 - 2.71828j
print(f"{z}", f"{z:.2f}", f"{z:.3e}", f"{z:g}", f"{z:.2}", f"{z:+.1f}", f"{z: .1f}")
print(f"[{z:>30}]", f"[{z:<30.2f}]", f"[{z:^30.1f}]", f"[{z:_^30.3g}]", f"[{1j:>8}]", f"[{-0j:8}]")
print(format(1 + 2j), format(1 + 2j, ""), format(2j, "f"), format(2j, "n"), format(1e20 + 1j, ".3g"), format(1j, "E"))
for spec in ("010", "=10", "d", "x", "%"):
    try:
        format(1 + 1j, spec)
    except ValueError as exc:
        print(spec, "->", exc)
print("{} and {:.1f}".format(1 - 1j, 2 + 0.25j), "%s %r" % (1j, -1j))
