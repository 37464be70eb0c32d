class Keys:
    A = "id"
    B = "id"


match {"id": 1}:
    case {Keys.A: x, Keys.B: y}:
        print(x, y)
