def evaluate(expression, **values):
    return eval(expression, {}, values)

print(evaluate("width * height", width=3, height=4))
print(evaluate("width * depth", width=3, height=4))
