"""Counts how often its code runs: a module runs once per process."""
runs = 0
runs += 1
print("counter module body runs")
