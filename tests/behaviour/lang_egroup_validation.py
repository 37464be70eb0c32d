# Collecting every validation problem into one group instead of stopping
# at the first; callers handle the kinds they know with except*.
class MissingField(Exception):
    pass


class BadValue(ValueError):
    pass


def validate(record):
    problems = []
    for field in ("name", "email", "age"):
        if field not in record:
            problems.append(MissingField(field))
    if "age" in record and not (0 <= record["age"] <= 150):
        problems.append(BadValue(f"age {record['age']} out of range"))
    if "email" in record and "@" not in record["email"]:
        problems.append(BadValue(f"email {record['email']!r} has no @"))
    if problems:
        raise ExceptionGroup(f"record {record.get('name', '?')!r} is invalid", problems)
    return record


records = [
    {"name": "ann", "email": "ann@example.org", "age": 30},
    {"name": "bob", "email": "bob.example.org", "age": 200},
    {"email": "x@y"},
    {"name": "cy", "age": -1},
]
for r in records:
    try:
        validate(r)
        print("valid:", r["name"])
    except* MissingField as eg:
        print("missing:", [str(e) for e in eg.exceptions], "in", eg.message)
    except* ValueError as eg:
        print("bad values:", [str(e) for e in eg.exceptions])
