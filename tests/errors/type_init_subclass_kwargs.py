class Plugin:
    pass


class Exporter(Plugin, format="csv"):
    pass
