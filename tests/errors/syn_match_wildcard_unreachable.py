command = "go"
match command:
    case _:
        print("default")
    case "go":
        print("go")
