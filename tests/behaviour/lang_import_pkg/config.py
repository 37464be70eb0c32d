"""Settings shared by the application modules."""
from . import loaded

loaded.append(__name__)

APP_NAME = "inventory"
MAX_ITEMS = 3
DEBUG = False
_secret = "hidden"

def describe():
    return f"{APP_NAME} (max {MAX_ITEMS} items, debug={DEBUG})"

if __name__ == "__main__":
    print("never printed: config is imported, not run")
