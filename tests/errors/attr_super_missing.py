class Base:
    def start(self):
        return "started"


class Service(Base):
    def stop(self):
        return super().stop()


Service().stop()
