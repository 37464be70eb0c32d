class LoadError(Exception):
    pass


def load(path):
    raise LoadError(f"cannot read {path}")


def load_all(paths):
    errors = []
    for p in paths:
        try:
            load(p)
        except LoadError as e:
            e.add_note(f"while loading {p}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("could not load", [ExceptionGroup("first batch", errors[:1]), *errors[1:]])


load_all(["a.cfg", "b.cfg"])
