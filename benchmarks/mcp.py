"""MCP servers (issue 21): from process start to the first `tools/list` answer, and its size.

Ours: `python -m <pkg>.mcp` (stdio) on Opal and on the synthetic 7x spec (1,008 operations),
static (read-only default, and `--allow-writes`: every operation) and `--tools dynamic`.
Against: FastMCP's `FastMCP.from_openapi` on the same spec, same run, same python (it offers
every operation as a tool; the spec is handed to it as JSON, the cheapest form to load).

Each run is a fresh process spoken to over its stdin/stdout with newline-delimited JSON-RPC:
`initialize`, `notifications/initialized`, `tools/list`; the time is from spawning it to the
whole `tools/list` answer read, the size that answer's bytes. Median of `runs` runs after one
warm-up (bytecode caches written). Nothing is asserted: `figures()` returns the rows for
benchmarks/run.py, `main()` prints them.

    .venv/bin/python -m benchmarks.mcp [--runs 5] [--copies 7]
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from benchmarks.common import OPAL_SPEC  # noqa: E402

PROTOCOL = "2025-06-18"
FASTMCP = (  # argv[1]: the spec as JSON; every operation a tool, as from_openapi maps them
    "import json, sys\n"
    "from fastmcp import FastMCP\n"
    "with open(sys.argv[1], encoding='utf-8') as f:\n"
    "    spec = json.load(f)\n"
    "FastMCP.from_openapi(openapi_spec=spec, name='peer').run(transport='stdio', "
    "show_banner=False)\n")


@dataclass(frozen=True)
class Row:
    spec: str
    server: str
    seconds: float | None  # median, spawn to the tools/list answer; None: it failed
    size: int  # bytes of the tools/list answer
    tools: int
    note: str = ""


def first_list(cmd: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """Seconds from spawning `cmd` to its first whole tools/list answer, its bytes, its tools."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env)
    assert process.stdin is not None and process.stdout is not None
    try:
        _send(process, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": PROTOCOL, "capabilities": {},
            "clientInfo": {"name": "bench", "version": "1"}}})
        _answer(process, 1)
        _send(process, {"jsonrpc": "2.0", "method": "notifications/initialized"})
        _send(process, {"jsonrpc": "2.0", "id": 2, "method": "tools/list"})
        line = _answer(process, 2)
        elapsed = time.perf_counter() - start
        tools = len(json.loads(line)["result"]["tools"])
        return elapsed, len(line), tools
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _send(process: subprocess.Popen[bytes], message: dict[str, Any]) -> None:
    assert process.stdin is not None
    process.stdin.write(json.dumps(message).encode() + b"\n")
    process.stdin.flush()


def _answer(process: subprocess.Popen[bytes], request_id: int) -> bytes:
    """The line answering `request_id` (notifications and logs before it skipped)."""
    assert process.stdout is not None
    while True:
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the server ended before answering request {request_id}")
        try:
            message = json.loads(line)
        except ValueError:
            continue
        if message.get("id") == request_id:
            if "error" in message:
                raise RuntimeError(f"error answer: {message['error']}")
            return line.rstrip(b"\n")


def _median(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, int, int]:
    first_list(cmd, env)  # warm-up: bytecode written
    taken = [first_list(cmd, env) for _ in range(runs)]
    return statistics.median(t[0] for t in taken), taken[-1][1], taken[-1][2]


def _env(pythonpath: Path, prefix: str, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(pythonpath), PYTHONPYCACHEPREFIX=str(cache),
               **{f"{prefix}_BASE_URL": "http://127.0.0.1:9/v1", f"{prefix}_API_TOKEN": "t"})
    return env


def _synthetic_package(folder: Path, copies: int) -> tuple[Path, Path]:
    """The synthetic spec (`copies` x Opal) and its package, generated into `folder`."""
    from generator.generate import generate
    from generator.project.write import write_trees

    spec = synth.make(copies, folder)
    write_trees({folder / "pkg": generate(spec, f"synth{copies}_client").files})
    return spec, folder / "pkg"


def figures(runs: int = 5, copies: int = 7, log: Any = print) -> list[Row]:
    """Every row: ours static (read-only and all), ours dynamic, FastMCP, per spec."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-mcp-") as tmp:
        folder = Path(tmp)
        cache = folder / "pycache"
        log(f"generating the {copies}x synthetic spec's package...")
        synth_spec, synth_pkg = _synthetic_package(folder / "synth", copies)
        cases = [("opal", OPAL_SPEC, ROOT / "generated" / "opal_client", "opal_client", "OPAL"),
                 (f"synthetic {copies}x", synth_spec, synth_pkg, f"synth{copies}_client",
                  f"SYNTH{copies}")]
        for label, spec, pythonpath, package, prefix in cases:
            as_json = folder / f"{package}.json"
            as_json.write_text(json.dumps(synth.load_spec(spec), default=str), encoding="utf-8")
            env = _env(pythonpath, prefix, cache)
            ours = [sys.executable, "-m", f"{package}.mcp"]
            for server, cmd in [("ours, static (read-only)", ours),
                                ("ours, static --allow-writes", [*ours, "--allow-writes"]),
                                ("ours, --tools dynamic", [*ours, "--tools", "dynamic"]),
                                ("FastMCP.from_openapi", [sys.executable, "-c", FASTMCP,
                                                          str(as_json)])]:
                log(f"{label}: {server}...")
                try:
                    seconds, size, tools = _median(cmd, env, runs)
                    rows.append(Row(label, server, seconds, size, tools))
                except (RuntimeError, OSError, ValueError, KeyError) as exc:
                    rows.append(Row(label, server, None, 0, 0, str(exc)[:120]))
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| spec | server | to first tools/list (s, median) | tools/list bytes | tools |",
             "|---|---|---|---|---|"]
    for r in rows:
        seconds = f"{r.seconds:.3f}" if r.seconds is not None else f"failed: {r.note}"
        lines.append(f"| {r.spec} | {r.server} | {seconds} | {r.size:,} | {r.tools} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=7, help="size of the synthetic spec")
    args = parser.parse_args(argv)
    rows = figures(args.runs, args.copies, log=lambda text: print(text, file=sys.stderr))
    print(table(rows))


if __name__ == "__main__":
    main()
