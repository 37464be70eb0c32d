# gotcha 13: float formatting rounds half to even on the binary value
values = [-0.5, 0.5, 1.5, 2.5, 3.5, -1.5, 0.125, 0.375, 2.675, 1.0005, 0.045]
print(" ".join(f"{v:.0f}" for v in values[:6]))
print(" ".join(f"{v:.2f}" for v in values[6:]))
print([round(v) for v in values[:6]], round(2.675, 2), round(0.045, 2))
print(f"{1e-7:.3f} {-1e-7:.3f} {-0.0:.1f} {99.995:.2f} {9.5:.0f} {10.5:.0f}")
