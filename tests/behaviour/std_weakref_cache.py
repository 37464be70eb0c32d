"""Weak references: caches that do not keep objects alive, and finalizers."""
import weakref
import gc

class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img

a = load("cat.png")
b = load("cat.png")
print("same object:", a is b, "cached:", sorted(cache.keys()))
del a, b
print("after dropping:", sorted(cache.keys()))
c = load("cat.png")

r = weakref.ref(c)
print("ref alive:", r() is c, weakref.getweakrefcount(c), r.__callback__)
print("same ref object:", weakref.ref(c) is r)
del c
print("ref dead:", r(), weakref.getweakrefcount(Image("x")))

def announce(ref):
    print("callback: object is gone, ref() ->", ref())

d = Image("dog.png")
r2 = weakref.ref(d, announce)
print("before del")
del d
print("after del")

class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = weakref.ref(self)
        self.children.append(child)
        return child

root = Node("root")
leaf = root.add(Node("leaf"))
print("parent:", leaf.parent().name)
del root
print("parent after root is gone:", leaf.parent())

registry = weakref.WeakSet()
items = [Image(str(i)) for i in range(4)]
for it in items:
    registry.add(it)
print("weakset size:", len(registry))
del items[:2]
print("weakset size after removing two:", len(registry), sorted(x.name for x in registry))

owners = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
owners[k1] = "first"
owners[k2] = "second"
print("wkd:", sorted(owners.values()), k1 in owners)
del k1
print("wkd after del:", sorted(owners.values()), len(owners))

class Cycle:
    def __init__(self):
        self.me = self

x = Cycle()
rx = weakref.ref(x, lambda ref: print("cycle collected"))
del x
print("cycle still alive before collect:", rx() is not None)
gc.collect()
print("after collect:", rx())

p = weakref.proxy(k2)
print("proxy:", p.name, type(p).__name__)
del k2
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
for bad in (1, "text", [1], (1,), {}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
