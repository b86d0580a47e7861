"""Issue 20, item 3: an async fan-out, our AsyncClient against a bare httpx.AsyncClient.

1,000 GETs (`GET /user?user_id=...`, a small JSON `User`, benchmarks/server.py on
127.0.0.1) with at most 50 in flight (an asyncio.Semaphore), as a fan-out over many ids is
written. Ours: `await client.users.user(user_id=...)` through `opal_client.AsyncClient`,
which returns `models.User`; bare: `await http.get(...)`, `raise_for_status()`, `.json()`.

Each side runs in processes of its own, alternating (ours, bare, ours, ...), so the peak
RSS of each (os.wait4 of the child: imports, the pool, the responses in flight) is its own.
In each process one untimed fan-out opens the connections and warms up, then `--repeats`
fan-outs are timed; the process reports its median wall time and the CPU time of the whole
process over them (CPU time leaves out waiting for the server and for a core: the steadier
figure on a busy machine). The figure is the median over processes.

    python -m benchmarks.fanout --calls 1000 --concurrency 50 --processes 5 [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.server import Server

TOKEN = "bench-token-not-a-secret"
USER_ID = uuid.UUID("29827fb8-f2dd-4e80-9576-28e31e9934ac")


async def fan_out_ours(client: Any, calls: int, concurrency: int) -> list[Any]:
    import asyncio

    gate = asyncio.Semaphore(concurrency)
    user = client.users.user

    async def one() -> Any:
        async with gate:
            return await user(user_id=USER_ID)

    return await asyncio.gather(*(one() for _ in range(calls)))


async def fan_out_bare(http: Any, calls: int, concurrency: int) -> list[Any]:
    import asyncio

    gate = asyncio.Semaphore(concurrency)
    params = {"user_id": str(USER_ID)}

    async def one() -> Any:
        async with gate:
            response = await http.get("/user", params=params)
            response.raise_for_status()
            return response.json()

    return await asyncio.gather(*(one() for _ in range(calls)))


async def _timed(side: str, base_url: str, calls: int, concurrency: int,
                 repeats: int) -> dict[str, Any]:
    if side == "ours":
        import opal_client

        client: Any = opal_client.AsyncClient(token=TOKEN, base_url=base_url)
        fan_out = fan_out_ours
    else:
        import httpx

        client = httpx.AsyncClient(base_url=base_url,
                                   headers={"Authorization": f"Bearer {TOKEN}"})
        fan_out = fan_out_bare
    async with client:
        results = await fan_out(client, calls, concurrency)  # connections, warm-up
        wall, cpu = [], []
        for _ in range(repeats):
            cpu_start, start = time.process_time(), time.perf_counter()
            results = await fan_out(client, calls, concurrency)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
    assert len(results) == calls
    return {"wall_s": statistics.median(wall), "cpu_s": statistics.median(cpu),
            "result_type": type(results[-1]).__name__}


def child(side: str, base_url: str, calls: int, concurrency: int, repeats: int) -> None:
    """One process of one side: prints its figures as JSON."""
    import asyncio

    print(json.dumps(asyncio.run(_timed(side, base_url, calls, concurrency, repeats))))


def run_process(side: str, base_url: str, calls: int, concurrency: int, repeats: int,
                env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.fanout", "--child", side, "--base-url", base_url,
         "--calls", str(calls), "--concurrency", str(concurrency), "--repeats", str(repeats)],
        env=env, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"fan-out child ({side}) failed with {proc.returncode}")
    figures: dict[str, Any] = json.loads(out)
    figures["rss_mb"] = usage.ru_maxrss / 1024
    return figures


def run(calls: int, concurrency: int, processes: int, repeats: int) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[dict[str, Any]]] = {"ours": [], "httpx": []}
    with Server() as base_url:
        for round_ in range(processes + 1):
            order = ["ours", "httpx"] if round_ % 2 == 0 else ["httpx", "ours"]
            for side in order:
                figures = run_process(side, base_url, calls, concurrency, repeats, env)
                if round_:  # the first round only warms the machine and the bytecode caches
                    samples[side].append(figures)
    out: dict[str, Any] = {"calls": calls, "concurrency": concurrency,
                           "processes": processes, "repeats": repeats}
    for side, runs in samples.items():
        out[side] = {key: statistics.median(r[key] for r in runs)
                     for key in ("wall_s", "cpu_s", "rss_mb")}
        out[side]["result_type"] = runs[-1]["result_type"]
    out["ratio"] = out["ours"]["wall_s"] / out["httpx"]["wall_s"]
    out["cpu_ratio"] = out["ours"]["cpu_s"] / out["httpx"]["cpu_s"]
    out["rss_ratio"] = out["ours"]["rss_mb"] / out["httpx"]["rss_mb"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--processes", type=int, default=5, help="processes per side")
    parser.add_argument("--repeats", type=int, default=5, help="timed fan-outs per process")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", choices=("ours", "httpx"), help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.base_url, args.calls, args.concurrency, args.repeats)
        return
    results = run(args.calls, args.concurrency, args.processes, args.repeats)
    text = json.dumps(results, indent=2)
    if args.json:
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
