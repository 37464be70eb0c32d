# Lazy log analysis with chained generator expressions.
LOG = """\
2024-01-03 10:00:01 INFO  web  request served in 12ms
2024-01-03 10:00:02 WARN  db   slow query took 340ms
2024-01-03 10:00:05 INFO  web  request served in 8ms
2024-01-03 10:01:00 ERROR web  upstream timeout after 3000ms
2024-01-03 10:01:07 INFO  auth login ok for ada
2024-01-03 10:02:30 WARN  web  request served in 950ms
2024-01-03 10:03:00 INFO  db   vacuum done in 1200ms
"""

def lines(text):
    for raw in text.splitlines():
        if raw.strip():
            yield raw

def parse(lines):
    for line in lines:
        date, time, level, service, message = line.split(None, 4)
        yield {"time": time, "level": level, "service": service, "message": message}

def durations(records):
    for r in records:
        for word in r["message"].split():
            if word.endswith("ms") and word[:-2].isdigit():
                yield r["service"], int(word[:-2])

records = list(parse(lines(LOG)))
print(len(records), "records")
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)
slow = [f"{s}:{ms}" for s, ms in durations(records) if ms > 300]
print("slow:", slow)
per_service = {}
for service, ms in durations(iter(records)):
    per_service.setdefault(service, []).append(ms)
for service, values in sorted(per_service.items()):
    print(f"{service:5} n={len(values)} max={max(values)} avg={sum(values) / len(values):.1f}")
print(next(r["time"] for r in records if r["level"] == "ERROR"))
print(next((r for r in records if r["level"] == "FATAL"), "no fatal errors"))
total = sum(ms for _, ms in durations(parse(lines(LOG))))
print("total ms:", total)
