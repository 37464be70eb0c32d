# Re-raise keeps the original position; raise from, finally and with exits.
class Exiting:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit " + str(exc[0] is None))


def lookup():
    try:
        {}["a"]
    except KeyError:
        raise


def divide():
    try:
        return 1 / 0
    finally:
        print("finally ran")


try:
    lookup()
except KeyError:
    try:
        divide()
    except ZeroDivisionError as e:
        try:
            raise ValueError("wrapped") from e
        except ValueError:
            with Exiting() as ex:
                ex.missing
