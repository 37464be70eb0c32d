try:
    raise ExceptionGroup("batch", [ValueError("bad"), KeyError("gone")])
except* ValueError:
    raise RuntimeError("cleanup failed")
