match input_value:
    case [x, y]
        print(x, y)
