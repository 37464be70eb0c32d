def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"input was {text!r}")
        e.add_note("second line of help\nspanning two lines")
        raise


parse("x1")
