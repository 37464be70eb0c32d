class Config:
    defaults = {"port": 8080}

    def __getattr__(self, name):
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting named {name!r}")


cfg = Config()
print(cfg.port)
print(cfg.prot)
