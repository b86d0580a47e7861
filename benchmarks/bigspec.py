"""Generating a 1,000-operation spec, against openapi-python-client on the same spec (issue 20).

    .venv/bin/python -m benchmarks.bigspec [--copies 7] [--runs 3]

The spec is benchmarks/synth.py's 7x Opal (1,008 operations, 1,232 schemas, 2.9 MB of YAML),
written to a temporary folder. Both generators run as whole processes, alternating, the
same number of times (bytecode cached as an installed package has it, an empty
CLIENTGEN_CACHE_DIR before each of ours, the peer's output folder removed before each of
its runs): the figures are the median wall time and the median peak RSS of each (for ours,
the larger of the process and the validator's child: the launcher reaps each process
tree's largest member), and the median CPU time (user + system, children included), the
steadier figure when other work shares the cores. The peer comes from
benchmarks/.venv-bench (benchmarks/run.py sets it up); without it only ours are printed.

`--against DIR` also times the clientgen checked out in DIR (e.g. `git worktree add` or
`git archive HEAD~3 | tar -x -C DIR`), run by this venv's python with DIR first on
PYTHONPATH, in the same rounds: a change measured against the code before it, same load.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import synth
from benchmarks.cli_start import run_cpu
from benchmarks.common import PEERS_VENV, bin_dir, clean_env, load_average, our_clientgen

GOAL_TIME, GOAL_RSS = 0.4, 0.75  # ours / peer, at most


@dataclass
class Side:
    """The runs of one generator: wall seconds and peak RSS (MB), and a failure if any."""

    command: str
    times: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def time(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def rss(self) -> float | None:
        return statistics.median(self.rss_mb) if self.rss_mb else None

    @property
    def cpu_time(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None


@dataclass
class Figures:
    copies: int
    operations: int
    ours: Side
    peer: Side | None
    load: tuple[str, str] = ("", "")
    against: list[Side] = field(default_factory=list)

    def ratio(self, what: str) -> float | None:
        mine = getattr(self.ours, what)
        theirs = getattr(self.peer, what) if self.peer else None
        return mine / theirs if mine is not None and theirs else None


def measure(copies: int = 7, runs: int = 3, peer: bool = True, against: tuple[Path, ...] = (),
            log=lambda text: print(text, file=sys.stderr, flush=True)) -> Figures:
    """Time both generators on the `copies`x synthetic spec, runs interleaved."""
    with tempfile.TemporaryDirectory(prefix="clientgen-bigspec-") as folder:
        tmp = Path(folder)
        spec = synth.build(synth.load_spec(), copies)
        path = synth.write(spec, tmp / f"opal-{copies}x.yaml")
        ours_out, peer_out, cache = tmp / "ours", tmp / "peer", tmp / "cache"
        args = ["--quiet", "generate", str(path), "--package", "synth_client", "--out"]
        ours_cmd = [*our_clientgen(), *args, str(ours_out)]
        ours_env = clean_env()
        ours_env["CLIENTGEN_CACHE_DIR"] = str(cache)
        opc = bin_dir(PEERS_VENV) / "openapi-python-client"
        peer_cmd = [str(opc), "generate", "--path", str(path), "--output-path", str(peer_out),
                    "--overwrite"] if peer and opc.exists() else None
        ours = Side(f"clientgen generate <tmp>/opal-{copies}x.yaml --out <tmp> "
                    "--package synth_client (empty cache)")
        theirs = Side(f"openapi-python-client generate --path <tmp>/opal-{copies}x.yaml "
                      "--output-path <tmp>") if peer_cmd else None
        before = load_average()
        # one untimed run each: bytecode cached, files in the page cache
        sides = [(ours, ours_cmd, ours_env, [cache, ours_out])]
        if theirs is not None and peer_cmd is not None:
            sides.append((theirs, peer_cmd, clean_env(PEERS_VENV), [peer_out]))
        others = []
        for index, checkout in enumerate(against):
            other = Side(f"clientgen of {checkout}")
            out = tmp / f"against{index}"
            env = clean_env(pythonpath=[checkout])
            env["CLIENTGEN_CACHE_DIR"] = str(cache)
            sides.append((other, [sys.executable, "-m", "generator", *args, str(out)], env,
                          [cache, out]))
            others.append(other)
        for run in range(runs + 1):
            for side, cmd, env, wipe in sides:
                for folder_ in wipe:
                    shutil.rmtree(folder_, ignore_errors=True)
                elapsed, cpu, rss, code, tail = run_cpu(cmd, env, tmp)
                if code != 0:
                    side.error = f"exit {code}: {tail.strip().splitlines()[-1:]}"
                    continue
                if run:
                    side.times.append(elapsed)
                    side.rss_mb.append(rss / 1024)
                    side.cpu.append(cpu)
                    log(f"  {side.command.split(' <')[0]}: {elapsed:.2f} s, CPU {cpu:.2f} s, "
                        f"{rss / 1024:.0f} MB")
        return Figures(copies, synth.count_operations(spec), ours, theirs,
                       (before, load_average()), others)


def report(figures: Figures) -> str:
    lines = [f"generating the {figures.copies}x synthetic spec ({figures.operations:,} "
             f"operations); load average before {figures.load[0]}, after {figures.load[1]}"]
    named = [("ours", figures.ours), ("peer", figures.peer)]
    named += [("against", side) for side in figures.against]
    for name, side in named:
        if side is None:
            lines.append(f"  {name}: not measured (no benchmarks/.venv-bench: run "
                         "benchmarks/run.py once)")
            continue
        if side.error:
            lines.append(f"  {name}: FAILED {side.error}")
            continue
        spread = f"{min(side.times):.2f}-{max(side.times):.2f} s" if side.times else ""
        lines.append(f"  {name}: {side.time:.2f} s median ({spread}, {len(side.times)} runs), "
                     f"CPU {side.cpu_time:.2f} s, peak RSS {side.rss:.0f} MB  `{side.command}`")
    for what, goal, label in (("time", GOAL_TIME, "time"), ("rss", GOAL_RSS, "peak RSS"),
                              ("cpu_time", None, "CPU time")):
        ratio = figures.ratio(what)
        if ratio is not None:
            verdict = "(info)" if goal is None else \
                f"(goal <= {goal}x: {'met' if ratio <= goal else 'NOT met'})"
            lines.append(f"  {label}: ours/peer = {ratio:.2f}x {verdict}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--against", type=Path, action="append", default=[], metavar="DIR",
                        help="also time the clientgen checked out in DIR, same rounds")
    args = parser.parse_args()
    print(report(measure(args.copies, args.runs, peer=not args.no_peer,
                         against=tuple(p.resolve() for p in args.against))))


if __name__ == "__main__":
    main()
