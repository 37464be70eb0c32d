def configure(*, verbose, /):
    return verbose
