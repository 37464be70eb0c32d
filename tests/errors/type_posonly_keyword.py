def divide(numerator, denominator, /):
    return numerator / denominator


print(divide(10, 4))
print(divide(numerator=10, denominator=4))
