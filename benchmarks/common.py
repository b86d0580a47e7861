"""Shared pieces of the benchmark suite: paths, the whole-process timer, the peers' venv.

Whole-process figures are medians over repeated runs. hyperfine is used when it is on PATH;
otherwise (and for peak memory, which hyperfine does not report) each run is a subprocess
timed with time.perf_counter and reaped with os.wait4 by a small launcher process, whose
rusage gives that one child's peak RSS (resource.getrusage(RUSAGE_CHILDREN) would give the
maximum over all children; see _LAUNCHER for why the launcher).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
OPAL_SPEC = SPECS / "opal" / "opal-openapi.yaml"
OPAL_PACKAGE = GENERATED / "opal_client"  # the folder that holds the `opal_client` package
BENCH_HOME = BENCH_DIR / ".venv-bench"  # gitignored: both venvs and the bytecode cache
PEERS_VENV = BENCH_HOME / "peers"  # the peers, httpx, and our client's dependencies
CLIENT_VENV = BENCH_HOME / "client-only"  # our client's dependencies only (import figures)
PYCACHE = BENCH_HOME / "pycache"  # PYTHONPYCACHEPREFIX of every timed process

# What the peers' venv gets from PyPI: the three peers, httpx, and what the client that
# openapi-python-client generates imports (attrs, python-dateutil). Our generated client's
# own runtime dependencies are read from its pyproject.toml and added (see peer_requirements).
PEERS = ["openapi-python-client", "opal-security", "datamodel-code-generator"]
EXTRA = ["httpx", "attrs", "python-dateutil"]
DISTRIBUTIONS = PEERS + ["httpx", "pydantic", "attrs", "black", "ruff"]


def bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


def venv_python(venv: Path = PEERS_VENV) -> Path:
    return bin_dir(venv) / ("python.exe" if os.name == "nt" else "python")


def our_clientgen() -> list[str]:
    """The clientgen command of the project venv that runs this script."""
    exe = Path(sys.executable).parent / "clientgen"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "generator"]


# -- timing whole processes ------------------------------------------------------------------


@dataclass
class Timing:
    """Repeated runs of one command: wall seconds and peak RSS (KiB) of each run."""

    label: str
    command: str
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    returncodes: list[int] = field(default_factory=list)
    error: str = ""
    timer: str = "builtin"

    @property
    def ok(self) -> bool:
        return bool(self.times) and not self.error

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.times else float("nan")

    @property
    def rss_median_mb(self) -> float:
        return statistics.median(self.rss_kb) / 1024 if self.rss_kb else float("nan")

    def summary(self) -> str:
        if not self.times:
            return f"{self.label}: FAILED {self.error}"
        spread = f"min {min(self.times):.3f}s max {max(self.times):.3f}s"
        rss = f", peak RSS {self.rss_median_mb:.0f} MB" if self.rss_kb else ""
        bad = f" ({self.error})" if self.error else ""
        return (f"{self.label}: median {self.median:.3f}s over {len(self.times)} runs "
                f"({spread}{rss}) [{self.timer}]{bad}")

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "command": self.command, "times": self.times,
                "rss_kb": self.rss_kb, "returncodes": self.returncodes, "error": self.error,
                "timer": self.timer, "median": self.median if self.times else None}


def hyperfine_path() -> str | None:
    return shutil.which("hyperfine")


# The launcher that starts each timed process. A child's ru_maxrss starts from its parent's
# resident size at exec (the kernel carries the old memory's high-water mark over), so a
# child of this (large) process would report at least our own RSS: timing and peak RSS are
# taken by this small launcher instead (python -I -S, about 8 MB: the floor of the figure).
_LAUNCHER = """
import json, os, subprocess, sys, time
cmd, out, err = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(out, "wb") as o, open(err, "wb") as e:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=o, stderr=e)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
print(json.dumps([elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)]))
"""


def run_once(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
             prepare: str | None = None) -> tuple[float, int, int, str]:
    """One timed run: (seconds, peak RSS in KiB, exit code, tail of stderr+stdout)."""
    if prepare:
        subprocess.run(prepare, shell=True, check=True, env=env, cwd=cwd)
    with tempfile.TemporaryDirectory() as folder:
        out, err = Path(folder) / "stdout", Path(folder) / "stderr"
        done = subprocess.run([sys.executable, "-I", "-S", "-c", _LAUNCHER, json.dumps(cmd),
                               str(out), str(err)], env=env, cwd=cwd, capture_output=True,
                              text=True)
        if done.returncode != 0:
            raise RuntimeError(f"benchmark launcher failed: {done.stderr.strip()[-500:]}")
        elapsed, rss, code = json.loads(done.stdout)
        tail = (err.read_bytes()[-3000:] + out.read_bytes()[-1000:]).decode("utf-8", "replace")
    return float(elapsed), int(rss), int(code), tail  # ru_maxrss is in KiB on Linux


def time_process(label: str, cmd: list[str], *, runs: int, warmup: int = 0,
                 env: dict[str, str] | None = None, cwd: Path | None = None,
                 prepare: str | None = None, shown: str | None = None,
                 timer: str = "auto", want_rss: bool = False,
                 ok_codes: tuple[int, ...] = (0,)) -> Timing:
    """Median-ready timings of `cmd` run `runs` times after `warmup` untimed runs.

    `prepare` is a shell command run before every run, untimed (e.g. emptying a cache).
    `shown` is the command as printed in the table (with placeholders for temp paths).
    """
    use_hyperfine = timer == "hyperfine" or (timer == "auto" and hyperfine_path())
    result = Timing(label, shown or shlex.join(cmd))
    if use_hyperfine:
        _hyperfine(result, cmd, runs=runs, warmup=warmup, env=env, cwd=cwd, prepare=prepare)
        if result.returncodes and any(c not in ok_codes for c in result.returncodes):
            _, _, code, tail = run_once(cmd, env=env, cwd=cwd, prepare=prepare)
            result.error = f"exit {code}: {_last_lines(tail)}"
        if want_rss and not result.error:
            result.rss_kb.append(run_once(cmd, env=env, cwd=cwd, prepare=prepare)[1])
        return result
    for i in range(warmup + runs):
        elapsed, rss, code, tail = run_once(cmd, env=env, cwd=cwd, prepare=prepare)
        if code not in ok_codes:
            result.error = f"exit {code}: {_last_lines(tail)}"
        if i < warmup:
            continue
        result.times.append(elapsed)
        result.rss_kb.append(rss)
        result.returncodes.append(code)
        if code not in ok_codes:
            break  # a failing command is reported, not timed over and over
    return result


def _hyperfine(result: Timing, cmd: list[str], *, runs: int, warmup: int,
               env: dict[str, str] | None, cwd: Path | None, prepare: str | None) -> None:
    result.timer = "hyperfine"
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "hyperfine.json"
        args = [str(hyperfine_path()), "--runs", str(runs), "--warmup", str(warmup),
                "--ignore-failure", "--style", "none", "--export-json", str(export)]
        if prepare:
            args += ["--prepare", prepare]
        args.append(shlex.join(cmd))
        done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True)
        if done.returncode != 0 or not export.exists():
            result.error = f"hyperfine failed: {_last_lines(done.stderr)}"
            return
        data = json.loads(export.read_text())["results"][0]
        result.times = [float(t) for t in data["times"]]
        result.returncodes = [int(c) for c in data.get("exit_codes") or [0] * len(result.times)]


def _last_lines(text: str, n: int = 3) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-n:])[:600]


# -- the peers' virtualenv -------------------------------------------------------------------


def our_client_requirements() -> list[str]:
    """Runtime dependencies our generated Opal client declares (read from its pyproject)."""
    import tomllib

    data = tomllib.loads((OPAL_PACKAGE / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data.get("project", {}).get("dependencies", []))


def peer_requirements() -> list[str]:
    seen: list[str] = []
    for req in PEERS + EXTRA + our_client_requirements():
        if req not in seen:
            seen.append(req)
    return seen


def ensure_bench_venv(*, reinstall: bool = False, log=print) -> dict[str, object]:
    """Create (or reuse) the venvs under benchmarks/.venv-bench and install from PyPI:

    - `peers`: openapi-python-client, opal-security, datamodel-code-generator, httpx, and
      what the peers' generated code and ours import (decoding runs them in one process);
    - `client-only`: just our generated client's dependencies (httpx), so that
      `import httpx` is measured as a user of our client has it: in the peers' venv httpx
      also imports its CLI (click, rich), which the peers bring in.

    Returns {"installed": {dist: version}, "failed": {requirement: message}}; a requirement
    that cannot be installed is recorded, not fatal: the benchmarks that need it say so.
    """
    failed: dict[str, str] = {}
    for venv, wanted in ((PEERS_VENV, peer_requirements()),
                         (CLIENT_VENV, our_client_requirements())):
        failed.update(_install(venv, wanted, reinstall, log))
    return {"installed": installed_versions(), "failed": failed}


def _install(venv: Path, wanted: list[str], reinstall: bool, log) -> dict[str, str]:
    python = venv_python(venv)
    name = venv.relative_to(ROOT)
    if not python.exists():
        log(f"creating {name} ...")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    stamp = venv / "clientgen-bench-requirements.json"
    if not reinstall and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        log(f"reusing {name}: {' '.join(wanted)}")
        return {}
    log(f"installing into {name}: {' '.join(wanted)}")
    failed: dict[str, str] = {}
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    done = subprocess.run(pip + wanted, capture_output=True, text=True)
    if done.returncode != 0:  # one by one, to find out which cannot be had
        for req in wanted:
            one = subprocess.run(pip + [req], capture_output=True, text=True)
            if one.returncode != 0:
                failed[req] = _last_lines(one.stderr)
    if not failed:
        stamp.write_text(json.dumps(wanted))
    return failed


def installed_versions() -> dict[str, str]:
    """Versions of the peers (and what they run on) in the venvs of benchmarks/.venv-bench."""
    probe = ("import json, importlib.metadata as m\n"
             "out = {}\n"
             f"for d in {DISTRIBUTIONS!r}:\n"
             "    try: out[d] = m.version(d)\n"
             "    except m.PackageNotFoundError: pass\n"
             "print(json.dumps(out))")
    versions: dict[str, str] = {}
    for venv in (CLIENT_VENV, PEERS_VENV):
        if venv_python(venv).exists():
            done = subprocess.run([str(venv_python(venv)), "-c", probe], capture_output=True,
                                  text=True, check=True)
            versions.update(json.loads(done.stdout))
    return versions


def clean_env(venv: Path | None = None, pythonpath: list[Path] | None = None) -> dict[str, str]:
    """Environment of a timed process.

    Bytecode is cached (as on a user's machine, where pip compiles what it installs) but
    outside the repository: PYTHONDONTWRITEBYTECODE, which this sandbox sets, is dropped and
    PYTHONPYCACHEPREFIX points into benchmarks/.venv-bench. With `venv`, its bin comes first
    on PATH (openapi-python-client finds the ruff it formats with there).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if venv is not None:
        env["PATH"] = f"{bin_dir(venv)}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(venv)
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(str(p) for p in pythonpath)
    return env


def machine_info() -> dict[str, str]:
    import platform

    try:
        cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        cores = str(os.cpu_count())
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
                break
    except OSError:
        pass
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "generator", "templates",
                                "generated"], cwd=ROOT, capture_output=True,
                               text=True).stdout.strip()
        commit = f"{head}{' + uncommitted changes' if dirty else ''}" if head else "?"
    except OSError:
        commit = "?"
    return {"nproc": cores, "cpu": cpu, "memory": mem, "commit": commit,
            "python": platform.python_version(), "platform": platform.platform()}


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"
