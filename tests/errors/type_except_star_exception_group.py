try:
    raise ExceptionGroup("errors", [ValueError(1)])
except* ExceptionGroup:
    print("never")
