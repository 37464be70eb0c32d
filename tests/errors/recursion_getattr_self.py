class Settings:
    def __init__(self, values):
        self.valuse = values  # typo: the attribute __getattr__ reads never exists

    def __getattr__(self, name):
        return self.values[name]


s = Settings({"debug": True})
print(s.debug)
