class Both(list, dict):
    pass
