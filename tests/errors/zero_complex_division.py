# Dividing by a complex zero.
impedance = complex(0, 0)
voltage = 12 + 3j
print("current:", voltage / impedance)
