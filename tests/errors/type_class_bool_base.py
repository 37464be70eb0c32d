class Flag(bool):
    pass
