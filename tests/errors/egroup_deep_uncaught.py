def nest(level):
    if level == 0:
        return KeyError("innermost")
    return ExceptionGroup(f"level {level}", [nest(level - 1)])


raise nest(12)
