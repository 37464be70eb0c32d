# A work queue kept in a list (pop(0), insert at the front and middle),
# and errors raised and caught in tight loops: dict misses, raise with and
# without `from`, re-raise, and exceptions escaping several calls.


class Job:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __repr__(self):
        return f"Job({self.name!r}, {self.priority})"


queue = [Job(f"j{i}", i % 3) for i in range(6)]
queue.insert(0, Job("urgent", 9))
queue.insert(3, Job("middle", 5))
queue.insert(-1, Job("second-last", 1))
queue.insert(100, Job("tail", 0))
queue.insert(-100, Job("head", 7))
print([j.name for j in queue])
done = []
while queue:
    job = queue.pop(0)
    done.append(job.name)
    if job.priority == 2 and not job.name.endswith("again"):
        queue.insert(len(queue) // 2, Job(job.name + "-again", 0))
print(done)
nums = list(range(10))
print(nums.pop(0), nums.pop(), nums.pop(4), nums.pop(-2), nums)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)


def lookup_all(table, keys):
    found, missing = [], []
    for k in keys:
        try:
            found.append(table[k])
        except KeyError as e:
            missing.append(e.args)
    return found, missing


print(lookup_all({"a": 1, (1, 2): "t", 3: "three"}, ["a", "b", (1, 2), (2, 1), 3, 3.0, 4]))


class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


def load(settings, keys):
    out = []
    for key in keys:
        try:
            out.append(read_setting(settings, key))
        except ConfigError as e:
            out.append(f"{type(e).__name__}: {e} (cause {e.__cause__!r})")
    return out


for line in load({"port": 8080}, ["port", "host"]):
    print(line)


def retry(times):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < times:
                raise TimeoutError(f"attempt {attempts}")
            return attempts
        except TimeoutError as e:
            last = e
            if attempts >= times + 1:
                raise
    return last


print("retries:", retry(4))


def inner(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n


def outer(values):
    good = 0
    errors = []
    for v in values:
        try:
            good += inner(v)
        except ValueError as e:
            errors.append(str(e))
            try:
                raise
            except ValueError as again:
                assert again is e
        finally:
            good += 0
    return good, errors


print(outer(range(10)))
try:
    {}["nope"]
except LookupError as e:
    print(type(e).__name__, repr(e), e.__context__)


class Registry(dict):
    def __missing__(self, key):
        return f"default-{key}"


print(Registry(a=1)["a"], Registry()["zz"])
