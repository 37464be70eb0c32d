# Formatting the current time: strftime, localtime, gmtime, ctime, asctime (local time is UTC).
import time

now = time.time()
print(now, type(now).__name__, time.time_ns() // 10 ** 9 == int(now))
local = time.localtime()
print(local)
print(local.tm_year, local.tm_mon, local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec, local.tm_wday, local.tm_yday)
print(local.tm_zone, local.tm_gmtoff, time.gmtime().tm_zone, len(local), local[:3], tuple(local)[6:])
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.strftime("%A, %d %B %Y"), time.strftime("%H:%M %Z %z"))
print(time.ctime(), "|", time.asctime(), "|", time.ctime(0), "|", time.ctime(86400 * 365.25 * 30))
time.sleep(90)
print(time.strftime("%H:%M:%S"), time.time() - now, time.strftime("%j %U %w %p %I %y %%"))
print(time.gmtime(0), time.localtime(1234567890).tm_year, time.gmtime(-1.5).tm_sec, time.gmtime(1e9))
print(time.timezone, time.altzone, time.daylight, time.tzname)
