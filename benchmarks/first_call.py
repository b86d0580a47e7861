"""Time from process start to the first decoded call, against a bare httpx call (issue 9).

Each run is a fresh `python -c ...` process: ours imports the generated package, builds a
Client and makes one decoded call (`client.users.user(user_id=...)`, answered by
benchmarks/server.py with a small JSON User); the bare one imports httpx and does
`httpx.Client(...).get(...).json()`. Runs alternate after warm-up runs (bytecode cached in a
temporary PYTHONPYCACHEPREFIX, as an installed package would have it); the figure is the
median wall time and the median peak RSS (os.wait4) of each.

    python -m benchmarks.first_call --path generated/opal_client --package opal_client
    python -m benchmarks.first_call --path /tmp/synth6 --package synth_client --runs 15

`--against` times the same package from other folders in the same run instead (runs
interleaved, the order flipped every round), so a change to the generated code or the
runtime is measured against the code before it, under the same machine load; a second
`--against` with an identical copy of the first shows the noise. Besides wall time it
reports each process's CPU time (user + system), which a busy machine disturbs far less:

    python -m benchmarks.first_call --path /tmp/after/opal_client --package opal_client \
        --against /tmp/before/opal_client --against /tmp/before-copy/opal_client --runs 80
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.server import Server

USER_ID = "29827fb8-f2dd-4e80-9576-28e31e9934ac"

OURS = """
import {package}
with {package}.Client(token="t", base_url={url!r}) as client:
    user = client.users.user(user_id={user!r})
assert type(user).__name__ == "User", user
"""
BARE = """
import httpx
with httpx.Client(headers={{"Authorization": "Bearer t"}}) as http:
    response = http.get({url!r} + "/user", params={{"user_id": {user!r}}})
    response.raise_for_status()
    user = response.json()
assert user["user_id"] == {user!r}
"""


def run_once(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `python -c code` process."""
    elapsed, rss, _ = run_timed(code, env)
    return elapsed, rss


def run_timed(code: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one `python -c code`
    process; the CPU time depends far less on what else the machine runs."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"run failed ({proc.returncode}): {code}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def measure(path: Path, package: str, runs: int, warmup: int = 3) -> dict[str, object]:
    with Server() as url, tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = str(path.resolve())
        env["PYTHONPYCACHEPREFIX"] = cache
        codes = {"ours": OURS.format(package=package, url=url, user=USER_ID),
                 "httpx": BARE.format(url=url, user=USER_ID)}
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in codes}
        for _ in range(warmup):
            for code in codes.values():
                run_once(code, env)
        for _ in range(runs):
            for name, code in codes.items():
                samples[name].append(run_once(code, env))
    out: dict[str, object] = {"runs": runs}
    for name, values in samples.items():
        out[name] = {"median_ms": statistics.median(v[0] for v in values) * 1000,
                     "rss_mb": statistics.median(v[1] for v in values)}
    ours, bare = out["ours"], out["httpx"]
    assert isinstance(ours, dict) and isinstance(bare, dict)
    out["ratio"] = ours["median_ms"] / bare["median_ms"]
    out["extra_rss_mb"] = ours["rss_mb"] - bare["rss_mb"]
    return out


def compare(paths: dict[str, Path], package: str, runs: int,
            warmup: int = 3) -> dict[str, object]:
    """Our first call from each folder of `paths` (the same package, e.g. before and after a
    change), interleaved in one run; each `ratio` is a median over the first folder's."""
    with Server() as url, tempfile.TemporaryDirectory() as cache:
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base["PYTHONPYCACHEPREFIX"] = cache
        code = OURS.format(package=package, url=url, user=USER_ID)
        envs = {name: {**base, "PYTHONPATH": str(path.resolve())} for name, path in paths.items()}
        samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in envs}
        for _ in range(warmup):
            for env in envs.values():
                run_once(code, env)
        for round_ in range(runs):
            order = list(envs.items())
            if round_ % 2:  # neither folder always runs right after the other
                order.reverse()
            for name, env in order:
                samples[name].append(run_timed(code, env))
    figures = {name: {"median_ms": statistics.median(v[0] for v in values) * 1000,
                      "cpu_ms": statistics.median(v[2] for v in values) * 1000,
                      "rss_mb": statistics.median(v[1] for v in values)}
               for name, values in samples.items()}
    first = figures[next(iter(figures))]
    for figure in figures.values():
        figure["ratio"] = figure["median_ms"] / first["median_ms"]
        figure["cpu_ratio"] = figure["cpu_ms"] / first["cpu_ms"]
    return {"runs": runs, **figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", type=Path, required=True, help="folder holding the package")
    parser.add_argument("--package", required=True)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, action="append", default=[],
                        help="another folder holding the same package, timed in the same "
                        "run (again for more: an identical copy shows the noise)")
    args = parser.parse_args()
    if args.against:
        folders = [*args.against, args.path]
        result = compare({str(f): f for f in folders}, args.package, args.runs)
    else:
        result = measure(args.path, args.package, args.runs)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
