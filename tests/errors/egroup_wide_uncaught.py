def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        if not row.strip():
            errors.append(ValueError(f"row {i} is empty"))
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad rows", errors)


validate([""] * 18)
