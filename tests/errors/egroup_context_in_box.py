def convert(value):
    try:
        return int(value)
    except ValueError:
        raise TypeError(f"cannot convert {value!r}")


def convert_all(values):
    problems = []
    for v in values:
        try:
            convert(v)
        except TypeError as e:
            problems.append(e)
    raise ExceptionGroup("conversion failed", problems)


convert_all(["1", "two", "3.5"])
