"""Capturing print() output by swapping sys.stdout, the way test helpers do."""
import sys

class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)

def noisy(n):
    for i in range(n):
        print("line", i)
    print("done", end="!")
    return n * 2

cap = Capture()
old = sys.stdout
sys.stdout = cap
try:
    result = noisy(3)
finally:
    sys.stdout = old
print("result:", result)
print("captured:", repr(cap.getvalue()))
print("restored:", sys.stdout is old)

n = sys.stdout.write("written directly\n")
print("write returned", n)
print("encoding:", sys.stdout.encoding, sys.__stdout__.encoding)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()

try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)

sys.stdout = None
print("this goes nowhere")
sys.stdout = old
print("back again")

class Upper:
    def write(self, text):
        return old.write(text.upper())

sys.stdout = Upper()
print("shout", "this", sep="-")
sys.stdout = old
print("file= goes to the given object:", file=cap)
print(cap.parts[-2:])
