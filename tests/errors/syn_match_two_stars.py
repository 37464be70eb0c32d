items = [1, 2, 3]
match items:
    case [*head, *tail]:
        print(head, tail)
