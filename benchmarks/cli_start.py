"""The costs a user pays on every command and every CI run (issue 20, item 4).

    .venv/bin/python -m benchmarks.cli_start [--runs 15] [--check-runs 5]

- start-up: `clientgen --version`, `clientgen --help` and `clientgen COMMAND --help` for
  every command, each a whole process; goal: under 0.15 s (`python -c pass` beside them:
  the interpreter's own floor on this machine);
- `clientgen check` of both vendored specs on a copy of specs/ and generated/ as a fresh
  clone has them (the records regenerated first, as a commit has them): cold (an empty
  CLIENTGEN_CACHE_DIR before every run) and warm, against openapi-python-client
  generating the Opal spec (the peer from benchmarks/.venv-bench, which benchmarks/run.py
  sets up); goals: warm at most 0.15x, cold at most 0.3x.

Every command of a round runs once, rounds repeat: each figure is a median over the same
rounds, so ratios come from one run under one machine load. Besides wall time each process's
CPU time (user + system, its children included) is kept: the steadier figure when other
work shares the cores. Bytecode is cached as an installed package has it (common.clean_env).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import (
    GENERATED,
    OPAL_SPEC,
    PEERS_VENV,
    ROOT,
    SPECS,
    bin_dir,
    clean_env,
    load_average,
    our_clientgen,
)

GOAL_START = 0.15  # seconds, absolute
GOAL_WARM, GOAL_COLD = 0.15, 0.3  # ours / peer, at most
COMMANDS = ("regenerate", "check", "generate", "diff", "update")

# times one process and reaps it with os.wait4: wall seconds, CPU seconds of it and of the
# children it waited for (ruff, the validator's process), the peak RSS (KiB) of the largest
# of them, exit code. A small launcher (python -I -S), for the reason common.py gives.
_LAUNCHER = """
import json, os, subprocess, sys, time
cmd = json.loads(sys.argv[1])
start = time.perf_counter()
proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                        stderr=subprocess.PIPE)
err = proc.stderr.read()
_, status, usage = os.wait4(proc.pid, 0)
elapsed = time.perf_counter() - start
print(json.dumps([elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
                  os.waitstatus_to_exitcode(status), err[-600:].decode("utf-8", "replace")]))
"""


def run_cpu(cmd: list[str], env: dict[str, str], cwd: Path | None = None
            ) -> tuple[float, float, int, int, str]:
    """(wall s, CPU s, peak RSS KiB, exit code, end of stderr) of one run of `cmd`."""
    done = subprocess.run([sys.executable, "-I", "-S", "-c", _LAUNCHER, json.dumps(cmd)],
                          env=env, cwd=cwd, capture_output=True, text=True, check=True)
    wall, cpu, rss, code, err = json.loads(done.stdout)
    return float(wall), float(cpu), int(rss), int(code), str(err)


@dataclass
class Figure:
    label: str
    command: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.wall) if self.wall else None

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None


@dataclass
class Case:
    figure: Figure
    cmd: list[str]
    env: dict[str, str]
    before: list[Path] = field(default_factory=list)  # emptied before each run
    ok: tuple[int, ...] = (0,)


def _rounds(cases: list[Case], runs: int, warmup: int, cwd: Path) -> None:
    for index in range(warmup + runs):
        for case in cases:
            for path in case.before:
                shutil.rmtree(path, ignore_errors=True)
            wall, cpu, _, code, err = run_cpu(case.cmd, case.env, cwd)
            if code not in case.ok:
                case.figure.error = f"exit {code}: {err.strip().splitlines()[-1:]}"
            elif index >= warmup:
                case.figure.wall.append(wall)
                case.figure.cpu.append(cpu)


def measure_start(runs: int = 15) -> dict[str, Figure]:
    """Start-up figures: python's floor, --version, --help, COMMAND --help."""
    env = clean_env()
    clientgen = our_clientgen()
    cases = [Case(Figure("python -c pass", "python -c pass"), [sys.executable, "-c", "pass"],
                  env)]
    for args in (["--version"], ["--help"], *([name, "--help"] for name in COMMANDS)):
        text = "clientgen " + " ".join(args)
        cases.append(Case(Figure(text, text), [*clientgen, *args], env))
    _rounds(cases, runs, warmup=2, cwd=ROOT)
    return {case.figure.label: case.figure for case in cases}


def measure_check(runs: int = 5, peer: bool = True) -> dict[str, Figure]:
    """`check` cold and warm on a fresh clone's copy, and the peer generating Opal."""
    with tempfile.TemporaryDirectory(prefix="clientgen-check-") as folder:
        tmp = Path(folder)
        clone = tmp / "clone"
        for part, source in (("specs", SPECS), ("generated", GENERATED)):
            shutil.copytree(source, clone / part, ignore=shutil.ignore_patterns("__pycache__"))
        # as a commit has them: generated/ and its records made by this very generator (the
        # working tree's may lag behind an uncommitted change), untimed
        env = clean_env()
        env["CLIENTGEN_CACHE_DIR"] = ""
        subprocess.run([*our_clientgen(), "--quiet", "--root", str(clone), "regenerate"],
                       env=env, check=True, capture_output=True)
        cold_cache, warm_cache = tmp / "cache-cold", tmp / "cache-warm"
        cold_env, warm_env = clean_env(), clean_env()
        cold_env["CLIENTGEN_CACHE_DIR"] = str(cold_cache)
        warm_env["CLIENTGEN_CACHE_DIR"] = str(warm_cache)
        check = [*our_clientgen(), "--root", str(clone), "check"]
        cases = [
            Case(Figure("check, cold", "CLIENTGEN_CACHE_DIR=<empty> clientgen --root "
                        "<fresh clone> check"), check, cold_env, [cold_cache]),
            Case(Figure("check, warm", "CLIENTGEN_CACHE_DIR=<warm> clientgen --root <fresh "
                        "clone> check"), check, warm_env),
        ]
        opc = bin_dir(PEERS_VENV) / "openapi-python-client"
        if peer and opc.exists():
            out = tmp / "opc-out"
            cases.append(Case(
                Figure("peer: openapi-python-client generate (Opal)",
                       f"openapi-python-client generate --path "
                       f"{OPAL_SPEC.relative_to(ROOT).as_posix()} --output-path <tmp>"),
                [str(opc), "generate", "--path", str(OPAL_SPEC), "--output-path", str(out),
                 "--overwrite"], clean_env(PEERS_VENV), [out]))
        _rounds(cases, runs, warmup=1, cwd=tmp)
        return {case.figure.label: case.figure for case in cases}


def measure(runs: int = 15, check_runs: int = 5, peer: bool = True) -> dict[str, object]:
    """Every figure of this module, and the ratios the issue sets goals for."""
    before = load_average()
    start = measure_start(runs)
    checks = measure_check(check_runs, peer)
    peer_time = checks.get("peer: openapi-python-client generate (Opal)")
    ratios: dict[str, float | None] = {}
    for label in ("check, warm", "check, cold"):
        mine = checks[label].median
        theirs = peer_time.median if peer_time else None
        ratios[label] = mine / theirs if mine is not None and theirs else None
    return {"start": start, "check": checks, "ratios": ratios,
            "load": (before, load_average())}


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f} s"


def report(figures: dict[str, object]) -> str:
    start: dict[str, Figure] = figures["start"]  # type: ignore[assignment]
    checks: dict[str, Figure] = figures["check"]  # type: ignore[assignment]
    ratios: dict[str, float | None] = figures["ratios"]  # type: ignore[assignment]
    load: tuple[str, str] = figures["load"]  # type: ignore[assignment]
    lines = [f"load average before {load[0]}, after {load[1]}",
             f"start-up (goal: under {GOAL_START} s), median wall / median CPU over "
             f"{max((len(f.wall) for f in start.values()), default=0)} rounds:"]
    for figure in start.values():
        met = "" if figure.label.startswith("python") or figure.median is None else \
            ("  met" if figure.median < GOAL_START else "  NOT met")
        lines.append(f"  {figure.label:32} {_seconds(figure.median)} / "
                     f"{_seconds(figure.cpu_median)}{met}"
                     + (f"  FAILED {figure.error}" if figure.error else ""))
    lines.append(f"check of both vendored specs against the peer generating Opal, median over "
                 f"{max((len(f.wall) for f in checks.values()), default=0)} rounds:")
    for figure in checks.values():
        lines.append(f"  {figure.label:44} {_seconds(figure.median)} (CPU "
                     f"{_seconds(figure.cpu_median)})  `{figure.command}`"
                     + (f"  FAILED {figure.error}" if figure.error else ""))
    for label, goal in (("check, warm", GOAL_WARM), ("check, cold", GOAL_COLD)):
        ratio = ratios.get(label)
        if ratio is not None:
            lines.append(f"  {label}: ours/peer = {ratio:.2f}x (goal <= {goal}x: "
                         f"{'met' if ratio <= goal else 'NOT met'})")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="rounds of start-up figures")
    parser.add_argument("--check-runs", type=int, default=5, help="rounds of check figures")
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()
    print(report(measure(args.runs, args.check_runs, peer=not args.no_peer)))


if __name__ == "__main__":
    main()
