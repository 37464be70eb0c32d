# uncaught error at module level: output so far, traceback on stderr, exit status 1
print("before the error")
values = {"a": 1}
print(values["a"])
print(values["missing"])
print("never printed")
