pair = [1, 1]
match pair:
    case [x, x]:
        print("same", x)
