for attempt in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(attempt)])
    except* ValueError:
        break
