# struct_time tuples: building them, mktime round trips, and the errors for bad fields.
import time

t = time.struct_time((2024, 2, 29, 12, 30, 15, 3, 60, 0))
print(t, t.tm_mon, t[1], t == (2024, 2, 29, 12, 30, 15, 3, 60, 0), t.tm_zone)
ts = time.mktime(t)
print(ts, time.gmtime(ts), time.mktime(time.localtime(ts)) == ts)
print(time.strftime("%Y-%m-%d %H:%M:%S %a", t), time.asctime(t), time.strftime("%d/%m/%y", (1999, 12, 31, 0, 0, 0, 4, 365, 0)))
deadline = time.mktime((2023, 12, 25, 0, 0, 0, 0, 0, 0))
days_left = (deadline - time.time()) / 86400
print(f"{days_left:.2f} days until the deadline")
print(time.strftime("%Y %m %d", (2025, 0, 0, 0, 0, 0, 0, 0, 0)), time.struct_time((1, 2, 3, 4, 5, 6, 0, 1, 0, "EST", -18000)).tm_gmtoff)
bad_calls = [
    lambda: time.struct_time((1, 2, 3)),
    lambda: time.struct_time(range(12)),
    lambda: time.mktime(5),
    lambda: time.strftime("%Y", (2025, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2025, 1, 1, 25, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2025, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime(1),
    lambda: time.gmtime("x"),
    lambda: time.gmtime(float("nan")),
    lambda: time.gmtime(1e30),
    lambda: time.asctime((2025, 1, 1, 0, 0, 0, 0, 0)),
]
for f in bad_calls:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
