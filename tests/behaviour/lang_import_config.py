# A program split in modules: settings live in a config module of a package.
import lang_import_pkg.config
import lang_import_pkg.config as cfg
from lang_import_pkg.config import APP_NAME, describe as describe_app
from lang_import_pkg import config, loaded

print(describe_app())
print(APP_NAME, cfg.MAX_ITEMS, config is cfg, lang_import_pkg.config is cfg)
print("loaded:", loaded)
print(cfg.__name__, cfg.__package__, cfg.__doc__)
print(cfg.__file__.endswith("lang_import_pkg/config.py"), cfg.__file__.startswith("/"))
print(lang_import_pkg.__name__, lang_import_pkg.__file__.endswith("lang_import_pkg/__init__.py"))
print(type(cfg).__name__, callable(cfg.describe))
print(__name__, __file__, __doc__)

cfg.DEBUG = True
print(describe_app(), "<- the function reads the module's global")
public = sorted(k for k in vars(cfg) if not k.startswith("_"))
print(public)
print("_secret" in dir(cfg), "__file__" in dir(cfg))

if __name__ == "__main__":
    print("running as the main program")
