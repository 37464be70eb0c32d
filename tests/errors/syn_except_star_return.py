def handler():
    try:
        pass
    except* OSError:
        return "failed"
