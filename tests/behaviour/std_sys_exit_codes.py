"""sys.exit in command-line style programs: codes, messages and cleanup."""
import sys

def main(argv):
    if len(argv) > 5:
        return 2
    print("argv[0] ends with .py:", argv[0].endswith(".py"), "args:", argv[1:])
    return 0

for attempt in (None, 0, 3, "fatal: bad config", (1, 2)):
    try:
        if attempt is None:
            sys.exit()
        sys.exit(attempt)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code), "args:", e.args)

def guarded():
    try:
        sys.exit(main(sys.argv))
    finally:
        print("finally runs before exiting")

try:
    guarded()
except SystemExit as e:
    print("main returned", e.code)

print("SystemExit is not an Exception:", not issubclass(SystemExit, Exception))
try:
    try:
        sys.exit(4)
    except Exception:
        print("never printed")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e.code)
print("the end")
sys.exit(0)
print("not reached")
