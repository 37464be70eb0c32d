def server():
    while True:
        try:
            request = yield
            print("handling", request)
        except GeneratorExit:
            print("shutdown requested, finishing the current request first")
            yield

s = server()
next(s)
s.send("GET /")
s.close()
