"""Benchmark 6: per-call overhead of our Client against a bare httpx.Client.

Both make the same small GET (`GET /user?user_id=...` with a bearer token, answered with a
~200-byte JSON `User`) to benchmarks/server.py on 127.0.0.1 over one keep-alive connection,
and both end with the decoded body: ours returns `models.User` from
`client.users.user(user_id=...)`; the bare call is `http.get(...)`,
`response.raise_for_status()` and `response.json()`. Each repeat times `calls` calls of
one, then the other (interleaved, after a warm-up); the figure is the median per call.
The client thread's CPU time (time.thread_time) is recorded too: unlike wall time it leaves
out waiting for the server and for a core, so it is the steadier figure on a busy machine.

    python -m benchmarks.percall --calls 2000 --repeats 5 [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from benchmarks.server import Server

TOKEN = "bench-token-not-a-secret"
USER_ID = uuid.UUID("29827fb8-f2dd-4e80-9576-28e31e9934ac")


def ours_calls(base_url: str, calls: int, client: Any = None) -> tuple[float, Any, float]:
    """Wall seconds for `calls` calls through our Client, the last result, and the CPU
    seconds this thread spent (time.thread_time: not waiting for the server or the CPU)."""
    import opal_client

    own = client is None
    client = client or opal_client.Client(token=TOKEN, base_url=base_url)
    try:
        user = client.users.user
        cpu = time.thread_time()
        start = time.perf_counter()
        for _ in range(calls):
            result = user(user_id=USER_ID)
        return time.perf_counter() - start, result, time.thread_time() - cpu
    finally:
        if own:
            client.close()


def bare_calls(base_url: str, calls: int,
               http: httpx.Client | None = None) -> tuple[float, Any, float]:
    """The same calls through a bare httpx.Client: wall seconds, last result, CPU seconds."""
    own = http is None
    http = http or httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})
    try:
        params = {"user_id": str(USER_ID)}
        get = http.get
        cpu = time.thread_time()
        start = time.perf_counter()
        for _ in range(calls):
            response = get("/user", params=params)
            response.raise_for_status()
            result = response.json()
        return time.perf_counter() - start, result, time.thread_time() - cpu
    finally:
        if own:
            http.close()


def run(base_url: str, calls: int, repeats: int, warmup: int = 200) -> dict[str, Any]:
    import opal_client

    wall: dict[str, list[float]] = {"ours": [], "httpx": []}
    cpu: dict[str, list[float]] = {"ours": [], "httpx": []}
    results: dict[str, Any] = {}
    with opal_client.Client(token=TOKEN, base_url=base_url) as client, httpx.Client(
            base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        results["ours"] = ours_calls(base_url, warmup, client)[1]
        results["httpx"] = bare_calls(base_url, warmup, http)[1]
        for _ in range(repeats):
            for name, calls_of in (("ours", lambda: ours_calls(base_url, calls, client)),
                                   ("httpx", lambda: bare_calls(base_url, calls, http))):
                seconds, _, cpu_seconds = calls_of()
                wall[name].append(seconds)
                cpu[name].append(cpu_seconds)
    out: dict[str, Any] = {"calls": calls, "repeats": repeats}
    for name in ("ours", "httpx"):
        median = statistics.median(wall[name])
        out[name] = {"median_s": median, "per_call_us": median / calls * 1e6,
                     "cpu_median_s": statistics.median(cpu[name]), "times": wall[name],
                     "cpu_times": cpu[name], "result_type": type(results[name]).__name__}
    out["ratio"] = out["ours"]["median_s"] / out["httpx"]["median_s"]
    out["cpu_ratio"] = out["ours"]["cpu_median_s"] / out["httpx"]["cpu_median_s"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with Server() as base_url:
        results = run(base_url, args.calls, args.repeats)
    text = json.dumps(results, indent=2)
    if args.json:
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
