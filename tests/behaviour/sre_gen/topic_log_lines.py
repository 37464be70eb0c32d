"""Parsing web-server and application log lines with named groups."""

PATTERNS = [
    ("ACCESS", r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
               r'"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" '
               r'(?P<status>\d{3}) (?P<size>\d+|-)'),
    ("APP", r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3}) "
            r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+\[(?P<logger>[\w.]+)\] (?P<msg>.*)$", "M"),
    ("KV", r"(\w+)=(\"[^\"]*\"|\S+)"),
]

ACCESS_LOG = [
    '127.0.0.1 - frank [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326',
    '10.0.0.42 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 -',
    '192.168.1.7 - alice [10/Oct/2023:13:56:02 +0000] "DELETE /api/items/17 HTTP/2.0" 204 0',
    'garbage line that does not parse',
    '10.0.0.42 - - [10/Oct/2023:13:57:11 +0000] "GET /static/app.js HTTP/1.1" 304 -',
]


class Hit:
    def __init__(self, fields):
        self.ip = fields["ip"]
        self.user = None if fields["user"] == "-" else fields["user"]
        self.method = fields["method"]
        self.path = fields["path"]
        self.status = int(fields["status"])
        self.size = 0 if fields["size"] == "-" else int(fields["size"])

    def __repr__(self):
        return f"Hit({self.method} {self.path} -> {self.status}, {self.size}B, user={self.user!r})"


hits = []
for line in ACCESS_LOG:
    m = ACCESS.match(line)
    if m is None:
        print("unparsed:", repr(line))
        continue
    hits.append(Hit(m.groupdict()))
    print(m.span("path"), m.group("method", "status"), m.lastgroup, m.lastindex)

for h in hits:
    print(h)

by_status = {}
for h in hits:
    by_status.setdefault(h.status // 100, []).append(h.path)
print(sorted(by_status.items()))
print("bytes served:", sum(h.size for h in hits))

APP_LOG = """2023-10-10 13:55:36,120 INFO     [app.server] listening on :8080
2023-10-10 13:55:37,005 DEBUG    [app.db] pool size=5 timeout=30
2023-10-10 13:55:40,911 WARNING  [app.auth] bad password for user="bob smith" attempts=3
not a log line
2023-10-10 13:56:01,000 ERROR    [app.api.items] item 17 missing
"""

levels = {}
for m in APP.finditer(APP_LOG):
    levels[m["level"]] = levels.get(m["level"], 0) + 1
    extras = dict(KV.findall(m["msg"]))
    print(f"{m['time']}.{m['ms']} {m['level']:<8} {m['logger']:<14} {m['msg']!r} {extras}")
print(levels)
print(len(APP.findall(APP_LOG)), "records")
first = APP.search(APP_LOG)
print(first.start(), first.end(), first.start("msg"), first.group("date"))
last_error = [m for m in APP.finditer(APP_LOG) if m.group("level") == "ERROR"][-1]
print(last_error.span(), last_error.groups())
