"""How fast hostile input is refused (issue 12): figures, never asserted by a test.

    .venv/bin/python benchmarks/hostile.py [--runs 5]

- the YAML alias bomb (nine levels of nine aliases, 1.4 KB that expands to ~48 million
  lists): `clientgen generate` in a fresh process, exit 2, wall time and peak RSS, beside
  the same command on a missing file (start-up alone); and `read_document` in process,
  with tracemalloc's peak;
- a chain of 400 component objects each naming the next (once a RecursionError): the front
  half (`load_api`) in process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import common  # noqa: E402
from generator.diagnostics import Sink, SpecError  # noqa: E402
from generator.model.resolve import load_api  # noqa: E402
from generator.read.loader import read_document  # noqa: E402


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    lines = ["openapi: 3.0.3", "x-bomb:", "  a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"  a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def object_chain(length: int = 400) -> str:
    schemas = {f"A{i}": {"type": "object", "properties": {
        "next": {"$ref": f"#/components/schemas/A{i + 1}"}}} for i in range(length)}
    schemas[f"A{length}"] = {"type": "object", "properties": {"v": {"type": "string"}}}
    return json.dumps({"openapi": "3.0.3", "info": {"title": "Chain", "version": "1"},
                       "paths": {}, "components": {"schemas": schemas}})


def in_process(path: Path, runs: int, work) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """Median seconds of `work(path)` and the peak of Python allocations over one more run."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work(path)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    work(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak


def _refuse(path: Path) -> None:
    try:
        read_document(path, Sink())
    except SpecError:
        return
    raise AssertionError("the alias bomb was accepted")


def _model(path: Path) -> None:
    load_api(path, Sink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bomb = folder / "bomb.yaml"
        bomb.write_text(alias_bomb())
        chain = folder / "chain.json"
        chain.write_text(object_chain())
        process = common.time_process(
            "alias bomb, whole command", [*common.our_clientgen(), "generate", str(bomb),
                                          "--out", str(folder / "out"), "--package", "bomb"],
            runs=args.runs, cwd=folder, want_rss=True, timer="builtin", ok_codes=(2,))
        startup = common.time_process(
            "missing file, whole command", [*common.our_clientgen(), "generate",
                                            str(folder / "missing.yaml"), "--out",
                                            str(folder / "out"), "--package", "bomb"],
            runs=args.runs, cwd=folder, timer="builtin", ok_codes=(2,))
        bomb_s, bomb_peak = in_process(bomb, args.runs, _refuse)
        chain_s, chain_peak = in_process(chain, max(1, args.runs // 2), _model)
    rows = [
        ("alias bomb: `clientgen generate` (exit 2)", process.median,
         f"{process.rss_median_mb:.0f} MB peak RSS" if process.rss_kb else process.error),
        ("(start-up alone: a missing file, exit 2)", startup.median, startup.error or ""),
        ("alias bomb: `read_document` in process", bomb_s,
         f"{bomb_peak / 1024:.0f} KiB traced peak"),
        ("400 chained objects: `load_api` in process", chain_s,
         f"{chain_peak / 1024 / 1024:.1f} MiB traced peak"),
    ]
    print("| input | median seconds | memory |\n| --- | --- | --- |")
    for label, seconds, memory in rows:
        print(f"| {label} | {seconds:.4f} | {memory} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
