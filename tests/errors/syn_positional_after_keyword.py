print(sep=" ", "a")
