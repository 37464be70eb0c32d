# A function annotation is evaluated when the def runs.
class Service:
    def start(self, port: Port = 8080) -> None:
        print("starting on", port)


Service().start()
