# Passing a value instead of a factory to defaultdict.
from _collections import defaultdict

counts = defaultdict(0)
