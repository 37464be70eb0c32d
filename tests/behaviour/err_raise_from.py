# uncaught chained exception (raise ... from ...): the last line is the outer exception
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ValueError("config has no port") from e


print("loading")
load({})
