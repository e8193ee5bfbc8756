#!/usr/bin/env python3
"""Times pages of a running Service Desk: sign in as root, request each page N times, print p50/p95.

Usage: pages.py BASE_URL ROOT_PASSWORD [REPEAT] [API_TOKEN] [ISSUES]
"""
import http.cookiejar
import math
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, password = sys.argv[1], sys.argv[2]
repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 30
token = sys.argv[4] if len(sys.argv) > 4 else None
issues = int(sys.argv[5]) if len(sys.argv) > 5 else 100000
# deep pages: 20 issues a page; two thirds of the issues are open
deep_open = max(1, issues * 2 // 3 // 20 * 3 // 4)
deep_all = max(1, issues // 20 * 3 // 4)

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
form = opener.open(base + "/users/sign_in").read().decode()
csrf = re.search(r'name="_csrf" value="([^"]+)"', form).group(1)
opener.open(base + "/users/sign_in", urllib.parse.urlencode(
    {"username": "root", "password": password, "_csrf": csrf}).encode()).read()

pages = {
    "issue list, first page": "/bench/tracker/-/issues",
    f"issue list, page {deep_open}": f"/bench/tracker/-/issues?page={deep_open}",
    f"issue list, all, page {deep_all}": f"/bench/tracker/-/issues?state=all&page={deep_all}",
    "issue list, search": "/bench/tracker/-/issues?search=invoice+missing",
    "issue list, label filter": "/bench/tracker/-/issues?label_name%5B%5D=bug",
    "issue list, updated order": "/bench/tracker/-/issues?sort=updated_desc",
    "issue page, 200 notes": "/bench/tracker/-/issues/1",
    "project home": "/bench/tracker",
}
if token:
    pages["API issue list"] = "/api/v4/projects/bench%2Ftracker/issues"
    pages["API issue list, label, page 2"] = "/api/v4/projects/bench%2Ftracker/issues?labels=bug&page=2"
print(f"{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
worst = 0.0
for name, path in pages.items():
    timings = []
    for i in range(repeat + 3):
        start = time.perf_counter()
        request = urllib.request.Request(base + path)
        if path.startswith("/api/"):
            request.add_header("PRIVATE-TOKEN", token)
        response = opener.open(request)
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200 or "/users/sign_in" in response.geturl():
            raise SystemExit(f"{path}: HTTP {response.status} at {response.geturl()}")
        if i >= 3:  # the first requests warm the JIT and caches
            timings.append(elapsed)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[max(0, math.ceil(len(timings) * 0.95) - 1)]  # nearest rank
    worst = max(worst, p95)
    print(f"{name:32} {p50:8.1f} {p95:8.1f} {timings[-1]:8.1f}")
print(f"summary: worst p95 {worst:.1f} ms over {len(pages)} pages, {repeat} requests each")
