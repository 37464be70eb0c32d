# with: __enter__/__exit__ order, the `as` value, exceptions passed to __exit__
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Resource("a") as r:
    print("inside with", r)
try:
    with Resource("b"):
        raise ValueError("in body")
except ValueError as e:
    print("propagated:", e)
with Resource("c", swallow=True):
    raise KeyError("swallowed")
print("after c")
def early_return():
    with Resource("d"):
        return "returned"
print(early_return())
