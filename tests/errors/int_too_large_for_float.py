# Converting a huge int to float overflows.
population = 10**400
print("average:", population / 10**399)
print(float(population))
