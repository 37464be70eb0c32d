def classify(value):
    match value:
        case n:
            return "anything"
        case 0:
            return "zero"


print(classify(1))
