"""Run clientgen's benchmarks against the peers and print one table (issues 5 and 20).

    .venv/bin/python benchmarks/run.py [--runs 5] [--only 1,4] [--skip-install | --no-peers]

Benchmarks by number (`--only`), and the figures of issue 20 each gives:

    1 generation from scratch           5 import
    2 check and regenerate, cold/warm   6 per call, sync (issue 20 item 3: <= 1.1x)
      (issue 20 item 4)                 7 first decoded call: Opal, 1,000-operation spec
    3 scale, big spec (item 5)            (item 2)
    4 decoding, lenient and strict      8 async fan-out: 1,000 GETs, 50 in flight (item 3)
      (item 1)                          9 start-up and check (item 4)
                                       10 big spec, 1,008 operations (item 5)
                                       11 MCP server to first tools/list (issue 21)

Run it from the repository root with the project venv's python. It creates (or reuses)
benchmarks/.venv-bench and installs the peers there from PyPI (openapi-python-client,
opal-security, datamodel-code-generator, httpx); the peers' generated code goes to a temp
folder, never into the repository. Whole-process figures are medians over repeated runs
(hyperfine when it is on PATH, else the built-in timer of common.py); in-process figures
are medians over repeats in one process. Nothing here asserts a time limit. The table is
printed and, after a full run, written to benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synth  # noqa: E402
from benchmarks.common import (  # noqa: E402
    BENCH_DIR,
    CLIENT_VENV,
    OPAL_PACKAGE,
    OPAL_SPEC,
    PEERS_VENV,
    ROOT,
    Timing,
    bin_dir,
    clean_env,
    ensure_bench_venv,
    hyperfine_path,
    installed_versions,
    load_average,
    machine_info,
    our_clientgen,
    time_process,
    venv_python,
)
from generator.project.record import RECORD_NAME  # noqa: E402

SPEC_REL = OPAL_SPEC.relative_to(ROOT).as_posix()
OPAL_PAGING = OPAL_SPEC.parent / "pagination.json"  # as specs/lock.json names it
BIG = 7  # copies of Opal in the ~1,000-operation spec: 1,008 operations, 1,232 schemas


@dataclass
class Row:
    """One line of the table: `ours` against `peer`, ratio ours/peer, and the goal."""

    bench: str
    ours_cmd: str
    ours: float | None
    peer_cmd: str
    peer: float | None
    unit: str = "s"  # "s" for seconds, "MB" for memory
    goal: float | None = None  # the ratio must be at most this
    note: str = ""
    ours_error: str = ""
    peer_error: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.peer is None or not self.peer:
            return None
        return self.ours / self.peer

    @property
    def met(self) -> str:
        if self.goal is None:
            return "(info)"
        if self.ratio is None:
            return "n/a"
        return "yes" if self.ratio <= self.goal else "no"


def fmt(value: float | None, unit: str, error: str = "") -> str:
    if value is None:
        return f"failed: {error}" if error else "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.1f} µs"


def code(text: str) -> str:
    return f"`{text}`" if text else ""


def table(rows: list[Row]) -> str:
    head = ("| # | ours: command | ours | peer: command | peer | ours/peer | goal | met | "
            "notes |\n|---|---|---|---|---|---|---|---|---|\n")
    lines = []
    for r in rows:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "—"
        goal = f"≤ {r.goal:g}x" if r.goal is not None else ""
        cells = [r.bench, code(r.ours_cmd), fmt(r.ours, r.unit, r.ours_error),
                 code(r.peer_cmd), fmt(r.peer, r.unit, r.peer_error), ratio, goal, r.met,
                 r.note]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return head + "\n".join(lines) + "\n"


class Suite:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.rows: list[Row] = []
        self.details: list[str] = []
        self.timings: dict[str, Timing] = {}
        self.clientgen = our_clientgen()
        self.peers_python = str(venv_python(PEERS_VENV))
        self.client_python = str(venv_python(CLIENT_VENV))
        if args.no_peers:  # the project venv stands in for the peers' (their rows fail), and
            # for the client-only one unless it exists (its httpx does not import rich)
            self.peers_python = sys.executable
            if not venv_python(CLIENT_VENV).exists():
                self.client_python = sys.executable
        self.bench_bin = bin_dir(PEERS_VENV)
        self.peer_generation: Timing | None = None
        self.opc_out = tmp / "opc-out"
        self.dm_models = tmp / "dm-out" / "models.py"
        # our generated package, copied so that imports write no __pycache__ into generated/
        self.pkg_path = tmp / "pkgs"
        shutil.copytree(OPAL_PACKAGE / "opal_client", self.pkg_path / "opal_client",
                        ignore=shutil.ignore_patterns("__pycache__"))

    # -- helpers ---------------------------------------------------------------------------

    def log(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def timed(self, key: str, label: str, cmd: list[str], **kw: Any) -> Timing:
        kw.setdefault("runs", self.args.runs)
        kw.setdefault("timer", self.args.timer)
        self.log(f"  timing {label} ({kw['runs']} runs) ...")
        timing = time_process(label, cmd, **kw)
        self.timings[key] = timing
        self.details.append(timing.summary())
        self.log(f"    {timing.summary()}")
        return timing

    @property
    def peer_env(self) -> dict[str, str]:
        return clean_env(PEERS_VENV)

    def our_env(self, cache: Path | None) -> dict[str, str]:
        env = clean_env()
        env["CLIENTGEN_CACHE_DIR"] = str(cache) if cache else ""
        return env

    def copy_project(self, name: str, record: bool = True) -> Path:
        """specs/ and generated/ as a fresh clone has them (without the records if asked)."""
        copy = self.tmp / name
        skip = ["__pycache__"] + ([] if record else [RECORD_NAME])
        for part in ("specs", "generated"):
            shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns(*skip))
        return copy

    def opc_cmd(self, spec: Path, out: Path) -> list[str]:
        return [str(self.bench_bin / "openapi-python-client"), "generate", "--path", str(spec),
                "--output-path", str(out), "--overwrite"]

    def dm_cmd(self, spec: Path, out: Path) -> list[str]:
        return [str(self.bench_bin / "datamodel-codegen"), "--input", str(spec),
                "--input-file-type", "openapi", "--output-model-type", "pydantic_v2.BaseModel",
                "--output", str(out)]

    @staticmethod
    def value(timing: Timing) -> float | None:
        return timing.median if timing.ok else None

    def row(self, bench: str, ours: Timing | None, peer: Timing | None, *,
            ours_cmd: str = "", peer_cmd: str = "", goal: float | None = None,
            note: str = "") -> Row:
        r = Row(bench, ours_cmd or (ours.command if ours else ""),
                self.value(ours) if ours else None,
                peer_cmd or (peer.command if peer else ""),
                self.value(peer) if peer else None, goal=goal, note=note,
                ours_error=ours.error if ours else "", peer_error=peer.error if peer else "")
        self.rows.append(r)
        return r

    # -- 1. generation, cold -----------------------------------------------------------------

    def bench_generation(self) -> None:
        """From scratch: no record beside the output, an empty cache."""
        self.log("1. generation from scratch (no record, empty cache)")
        copy = self.copy_project("project-scratch", record=False)
        cache = self.tmp / "cache-scratch"
        wipe = self.wipe(cache, copy)
        ours = self.timed("gen_ours", "clientgen regenerate (both specs, no record, empty cache)",
                          self.clientgen + ["--root", str(copy), "regenerate"],
                          env=self.our_env(cache), prepare=wipe, warmup=1,
                          shown="CLIENTGEN_CACHE_DIR=<empty> clientgen --root <copy without "
                                "records> regenerate")
        peer = self.peer_gen()
        self.row("1. generation from scratch", ours, peer, goal=0.5,
                 note="ours: Opal + Oracle specs; peer: Opal spec only (as the issue sets it)")
        ours_opal = self.timed(
            "gen_ours_opal", "clientgen generate (Opal only, empty cache)",
            self.clientgen + ["generate", str(OPAL_SPEC), "--out", str(self.tmp / "ours-opal"),
                              "--package", "opal_client", "--pagination", str(OPAL_PAGING)],
            env=self.our_env(cache), prepare=f"rm -rf {shlex.quote(str(cache))}", warmup=1,
            cwd=ROOT, shown=f"clientgen generate {SPEC_REL} --out <tmp> --package opal_client "
                            f"--pagination {OPAL_PAGING.relative_to(ROOT).as_posix()}")
        self.row("1b. generation from scratch, Opal only", ours_opal, peer,
                 note="same spec on both sides")
        dm = self.timed("gen_dm", "datamodel-codegen (Opal, models only)",
                        self.dm_cmd(OPAL_SPEC, self.dm_models), env=self.peer_env,
                        prepare=f"mkdir -p {shlex.quote(str(self.dm_models.parent))}", warmup=1,
                        cwd=ROOT, shown=f"datamodel-codegen --input {SPEC_REL} --input-file-type "
                                        "openapi --output-model-type pydantic_v2.BaseModel "
                                        "--output <tmp>/models.py")
        self.row("1c. generation from scratch, Opal only", ours_opal, dm,
                 note="peer writes models only (no client)")

    def wipe(self, cache: Path, copy: Path | None = None) -> str:
        """Shell command run before each timed run: empty the cache (and drop the records)."""
        command = f"rm -rf {shlex.quote(str(cache))}"
        if copy is not None:
            command += f" && rm -f {shlex.quote(str(copy))}/generated/*/{RECORD_NAME}"
        return command

    def peer_gen(self) -> Timing:
        """openapi-python-client on the Opal spec, timed once for benchmarks 1 and 2."""
        if self.peer_generation is None:
            self.peer_generation = self.timed(
                "gen_opc", "openapi-python-client generate (Opal)",
                self.opc_cmd(OPAL_SPEC, self.opc_out), env=self.peer_env, cwd=self.tmp,
                prepare=f"rm -rf {shlex.quote(str(self.opc_out))}", warmup=1,
                shown=f"openapi-python-client generate --path {SPEC_REL} --output-path <tmp>")
            if self.peer_generation.ok:
                # what it said: its warnings are part of the honest record
                out = subprocess.run(self.opc_cmd(OPAL_SPEC, self.tmp / "opc-log"),
                                     env=self.peer_env, cwd=self.tmp, capture_output=True,
                                     text=True)
                said = [line for line in (out.stdout + out.stderr).splitlines()
                        if line.strip()]
                self.details.append("openapi-python-client said: "
                                    + (" | ".join(said[:12]) or "(nothing)"))
        return self.peer_generation

    # -- 2. regenerate and check, cold and warm ----------------------------------------------

    def bench_check(self) -> None:
        """A fresh clone (the checked-in records, an empty cache) and a warm one."""
        self.log("2. regenerate and check: cold (fresh clone, empty cache) and warm")
        copy = self.copy_project("project-clone")
        cache = self.tmp / "cache-clone"
        # regenerate once: the copy then matches what this generator produces, records
        # included (exit 0 below even while generator/ changes under us)
        subprocess.run(self.clientgen + ["--quiet", "--root", str(copy), "regenerate"],
                       env=self.our_env(None), check=True, capture_output=True)
        peer = self.peer_gen()
        note = "peer: its generation time on the Opal spec (benchmark 1); ours: both specs"
        for command, goals in (("check", (0.5, 0.15)), ("regenerate", (None, None))):
            cold = self.timed(f"{command}_cold", f"clientgen {command} (fresh clone, empty cache)",
                              self.clientgen + ["--root", str(copy), command],
                              env=self.our_env(cache), prepare=self.wipe(cache), warmup=1,
                              ok_codes=(0, 1), shown=f"CLIENTGEN_CACHE_DIR=<empty> clientgen "
                                                     f"--root <fresh clone> {command}")
            self.row(f"2. {command}, cold (fresh clone)", cold, peer, goal=goals[0],
                     note=note + self.drift_note(cold))
            warm = self.timed(f"{command}_warm", f"clientgen {command} (warm cache)",
                              self.clientgen + ["--root", str(copy), command],
                              env=self.our_env(cache), warmup=1, ok_codes=(0, 1),
                              shown=f"CLIENTGEN_CACHE_DIR=<warm> clientgen --root <copy> "
                                    f"{command}")
            self.row(f"2. {command}, warm", warm, peer, goal=goals[1],
                     note=note + self.drift_note(warm))
        full = self.timed("check_full", "clientgen check --full (recomputes everything)",
                          self.clientgen + ["--root", str(copy), "check", "--full"],
                          env=self.our_env(cache), prepare=self.wipe(cache), warmup=0,
                          ok_codes=(0, 1), shown="clientgen --root <copy> check --full")
        self.row("2. check --full", full, peer, note=note + self.drift_note(full))

    @staticmethod
    def drift_note(timing: Timing) -> str:
        if any(timing.returncodes):  # exit 1 still did the whole check
            return ("; exited 1 (drift: generator/ or templates/ changed during the run), "
                    "its time still counts")
        return ""

    # -- 3. scale ------------------------------------------------------------------------------

    def bench_scale(self) -> None:
        """Generation time and peak memory at 1x/3x/10x of Opal, and against
        openapi-python-client on a spec of about 1,000 operations (7x: 1,008)."""
        self.log("3. scale")
        folder = self.tmp / "synth"
        base = synth.load_spec()
        paths: dict[int, Path] = {}
        for copies in (1, 3, BIG, 10):
            spec = synth.build(base, copies)
            paths[copies] = synth.write(spec, folder / f"opal-{copies}x.yaml")
            self.details.append(
                f"synthetic {copies}x spec: {synth.count_operations(spec)} operations, "
                f"{len(spec['components']['schemas'])} schemas, "
                f"{paths[copies].stat().st_size / 1e6:.1f} MB of YAML")
        cache = self.tmp / "cache-scale"
        results: dict[int, Timing] = {}
        for copies, path in paths.items():
            results[copies] = self.timed(
                f"scale_{copies}x", f"clientgen generate, {copies}x spec (empty cache)",
                self.clientgen + ["generate", str(path), "--out", str(self.tmp / f"s{copies}"),
                                  "--package", "synth_client"],
                runs=self.args.scale_runs, env=self.our_env(cache), want_rss=True,
                warmup=1 if copies == 1 else 0,  # the 1x warm-up also caches bytecode
                prepare=f"rm -rf {shlex.quote(str(cache))}",
                shown=f"clientgen generate <tmp>/opal-{copies}x.yaml --out <tmp> "
                      "--package synth_client")
        peers: dict[int, Timing] = {}
        for copies in (1, BIG):
            out = self.tmp / f"opc-s{copies}"
            peers[copies] = self.timed(
                f"scale_opc_{copies}x", f"openapi-python-client generate, {copies}x spec",
                self.opc_cmd(paths[copies], out), env=self.peer_env, cwd=self.tmp,
                runs=self.args.scale_runs, want_rss=True, prepare=f"rm -rf {shlex.quote(str(out))}",
                shown=f"openapi-python-client generate --path <tmp>/opal-{copies}x.yaml "
                      "--output-path <tmp>")
        one, three, big, ten = results[1], results[3], results[BIG], results[10]
        self.row(f"3. scale: generation, {BIG}x spec (1,008 operations)", big, peers[BIG],
                 goal=1.0, note="same synthetic spec on both sides, empty cache")
        self.rows.append(Row(f"3. scale: peak RSS, {BIG}x spec", big.command,
                             big.rss_median_mb if big.rss_kb else None, peers[BIG].command,
                             peers[BIG].rss_median_mb if peers[BIG].rss_kb else None,
                             unit="MB", note="goal: ours under 1,536 MB",
                             ours_error=big.error, peer_error=peers[BIG].error))
        self.row("3. scale: generation, 1x spec", one, peers[1], note="same spec on both sides")
        self.row("3. scale: time 10x vs 1x", ten, one, goal=12,
                 note="both ours, empty cache; 'peer' = the 1x spec")
        self.row("3. scale: time 3x vs 1x", three, one, note="both ours, empty cache")
        for copies, timing in results.items():
            self.rows.append(Row(f"3. scale: peak RSS {copies}x", timing.command,
                                 timing.rss_median_mb if timing.rss_kb else None, one.command,
                                 one.rss_median_mb if one.rss_kb else None, unit="MB",
                                 goal=10 if copies == 10 else None,
                                 note="'peer' = our 1x; no worse than linear",
                                 ours_error=timing.error, peer_error=one.error))

    # -- 4. decoding / encoding ----------------------------------------------------------------

    def ensure_peer_code(self) -> None:
        """Benchmark 4 decodes with the peers' generated code (from benchmark 1, or now)."""
        if not any(self.opc_out.glob("*/models")):
            subprocess.run(self.opc_cmd(OPAL_SPEC, self.opc_out), env=self.peer_env,
                           cwd=self.tmp, capture_output=True)
        if not self.dm_models.exists():
            self.dm_models.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(self.dm_cmd(OPAL_SPEC, self.dm_models), env=self.peer_env, cwd=ROOT,
                           capture_output=True)

    def bench_decoding(self) -> None:
        self.log("4. decoding and encoding (in-process)")
        if not self.args.no_peers:
            self.ensure_peer_code()
        out = self.tmp / "decoding.json"
        cmd = [self.peers_python, "-m", "benchmarks.decoding", "--items", str(self.args.items),
               "--json", str(out)]
        if any(self.opc_out.glob("*/models")):
            cmd += ["--opc-out", str(self.opc_out)]
        if self.dm_models.exists():
            cmd += ["--dm-models", str(self.dm_models)]
        done = subprocess.run(cmd, env=clean_env(PEERS_VENV, [ROOT, self.pkg_path]), cwd=ROOT,
                              capture_output=True, text=True)
        if done.returncode != 0:
            self.rows.append(Row("4. decoding", "", None, "", None,
                                 ours_error=done.stderr.strip()[-300:]))
            return
        data = json.loads(out.read_text())
        self.details.append(f"decoding: {data['items']} requests, {data['bytes']:,} bytes; "
                            + "; ".join(f"{k}: {_ms(v)}" for k, v in data["decode"].items()))
        self.details.append("encoding CreateRequestInfo: "
                            + "; ".join(f"{k}: {_ms(v)}" for k, v in data["encode"].items()))
        n = data["items"]
        dec, enc = data["decode"], data["encode"]
        ours_cmd = "RequestList.from_dict(json.loads(data))"
        base = dec.get("json.loads", {})
        cpu = "cpu_median_s"  # decoding is CPU in this thread: the other processes stay out
        self.rows.append(self._inproc(f"4. decoding {n:,} Requests", ours_cmd, dec.get("ours"),
                                      "json.loads(data)", base, goal=2.0, key=cpu,
                                      note="thread CPU time (wall time in the details)"))
        self.rows.append(self._inproc(f"4. decoding {n:,} Requests, strict",
                                      "RequestList.from_dict(json.loads(data), strict=True)",
                                      dec.get("ours (strict)"), "json.loads(data)", base,
                                      goal=2.0, key=cpu, note="thread CPU time"))
        self.rows.append(self._inproc(f"4. decoding {n:,} Requests, wall", ours_cmd,
                                      dec.get("ours"), "json.loads(data)", base))
        peers = {
            "opal_security": "opal_security RequestList.from_json(data)",
            "openapi-python-client": "opc RequestList.from_dict(json.loads(data))",
            "datamodel-code-generator": "dm RequestList.model_validate_json(data)",
        }
        for name, peer_cmd in peers.items():
            if name not in dec:
                continue
            peer = dec[name]
            note = ""
            if cpu in peer and cpu in base:
                note = f"peer = {peer[cpu] / base[cpu]:.1f}x json.loads; thread CPU time"
            self.rows.append(self._inproc(f"4. decoding vs {name}", ours_cmd, dec.get("ours"),
                                          peer_cmd, peer, note=note, key=cpu))
        enc_cmd = "json.dumps(model.to_dict())"
        enc_base = enc.get("json.dumps", {})
        self.rows.append(self._inproc("4. encoding CreateRequestInfo", enc_cmd, enc.get("ours"),
                                      "json.dumps(wire_dict)", enc_base, goal=2.0))
        enc_peers = {
            "opal_security": "json.dumps(ApiClient().sanitize_for_serialization(model))",
            "openapi-python-client": "json.dumps(model.to_dict())",
        }
        for name, peer_cmd in enc_peers.items():
            if name not in enc:
                continue
            peer = enc[name]
            note = ""
            if "median_s" in peer and "median_s" in enc_base:
                note = f"peer = {peer['median_s'] / enc_base['median_s']:.1f}x json.dumps"
            self.rows.append(self._inproc(f"4. encoding vs {name}", enc_cmd, enc.get("ours"),
                                          f"{name}: {peer_cmd}", peer, note=note))

    @staticmethod
    def _inproc(bench: str, ours_cmd: str, ours: dict[str, Any] | None, peer_cmd: str,
                peer: dict[str, Any] | None, goal: float | None = None, note: str = "",
                key: str = "median_s") -> Row:
        """A row of in-process figures: wall time (`median_s`) or this thread's CPU time
        (`cpu_median_s`, the steadier one while other processes share the cores)."""
        ours = ours or {"error": "not measured"}
        peer = peer or {"error": "not measured"}
        return Row(bench, ours_cmd, ours.get(key), peer_cmd, peer.get(key),
                   goal=goal, note=note, ours_error=ours.get("error", ""),
                   peer_error=peer.get("error", ""))

    # -- 5. import -----------------------------------------------------------------------------

    def bench_import(self) -> None:
        self.log("5. import (whole process)")
        runs = self.args.import_runs
        client_env = clean_env(CLIENT_VENV, [self.pkg_path])

        def imp(key: str, statement: str, python: str = self.client_python,
                env: dict[str, str] = client_env) -> Timing:
            return self.timed(key, f"python -c {statement!r}", [python, "-c", statement],
                              env=env, runs=runs, warmup=3, shown=f'python -c "{statement}"')

        ours = imp("import_ours", "import opal_client")
        httpx_t = imp("import_httpx", "import httpx")
        sdk = imp("import_sdk", "import opal_security", self.peers_python, self.peer_env)
        bare = imp("import_none", "pass")
        models = imp("import_ours_models", "import opal_client.models")
        self.row("5. import", ours, httpx_t, goal=1.3,
                 note=f"bare interpreter (`python -c pass`): {fmt(self.value(bare), 's')}; "
                      "venv with our client's dependencies only")
        self.row("5. import vs opal_security", ours, sdk)
        self.row("5. import, models too", models, httpx_t,
                 note="what the first use of `opal_client.models` adds")

    # -- 6. per-call overhead ------------------------------------------------------------------

    def bench_percall(self) -> None:
        self.log("6. per-call overhead")
        out = self.tmp / "percall.json"
        cmd = [self.client_python, "-m", "benchmarks.percall", "--calls", str(self.args.calls),
               "--repeats", str(max(self.args.runs, 5)), "--json", str(out)]
        done = subprocess.run(cmd, env=clean_env(CLIENT_VENV, [ROOT, self.pkg_path]), cwd=ROOT,
                              capture_output=True, text=True)
        if done.returncode != 0:
            self.rows.append(Row("6. per-call overhead", "", None, "", None,
                                 ours_error=done.stderr.strip()[-300:]))
            return
        data = json.loads(out.read_text())
        ours, bare = data["ours"], data["httpx"]
        self.details.append(
            f"per-call: {data['calls']} calls x {data['repeats']} repeats; ours "
            f"{ours['per_call_us']:.0f} µs/call, bare httpx {bare['per_call_us']:.0f} µs/call "
            f"(wall); client thread CPU {ours['cpu_median_s'] / data['calls'] * 1e6:.0f} vs "
            f"{bare['cpu_median_s'] / data['calls'] * 1e6:.0f} µs/call")
        n = data["calls"]
        ours_cmd = f"client.users.user(user_id=...) x {n}"
        bare_cmd = f"httpx.Client.get('/user', params=...).json() x {n}"
        self.rows.append(Row(
            f"6. per-call, {n:,} GETs", ours_cmd, ours["median_s"], bare_cmd, bare["median_s"],
            goal=1.1, note=f"wall: {ours['per_call_us']:.0f} vs {bare['per_call_us']:.0f} µs "
                            "per call, local keep-alive server"))
        self.rows.append(Row(
            "6. per-call, client CPU time", ours_cmd, ours["cpu_median_s"], bare_cmd,
            bare["cpu_median_s"], note="time.thread_time of the calling thread: the steadier "
                                       "figure when other processes share the cores"))

    # -- 7. first decoded call (issue 20, item 2) ---------------------------------------------

    def big_client(self) -> Path:
        """The folder holding `synth_client`, generated from the 1,008-operation spec (by
        benchmark 3 when it ran, else now)."""
        out = self.tmp / f"s{BIG}"
        if not (out / "synth_client").is_dir():
            spec = synth.write(synth.build(synth.load_spec(), BIG),
                               self.tmp / "synth" / f"opal-{BIG}x.yaml")
            subprocess.run(self.clientgen + ["--quiet", "generate", str(spec), "--out", str(out),
                                             "--package", "synth_client"],
                           env=self.our_env(None), check=True, capture_output=True)
        return out

    def bench_first_call(self) -> None:
        """A fresh process importing the client, building it and making one decoded call,
        against one doing the same GET with bare httpx (benchmarks/first_call.py)."""
        self.log("7. first decoded call (whole process)")
        for label, folder, package, goal in (
                ("Opal", self.pkg_path, "opal_client", 1.15),
                (f"{BIG}x spec (1,008 operations)", None, "synth_client", 1.3)):
            try:
                path = folder or self.big_client()
            except subprocess.CalledProcessError as exc:
                self.rows.append(Row(f"7. first call, {label}", "", None, "", None,
                                     ours_error=str(exc)[-300:]))
                continue
            done = subprocess.run(
                [self.client_python, "-m", "benchmarks.first_call", "--path", str(path),
                 "--package", package, "--runs", str(self.args.import_runs)],
                env=clean_env(None, [ROOT]), cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0:
                self.rows.append(Row(f"7. first call, {label}", "", None, "", None,
                                     ours_error=done.stderr.strip()[-300:]))
                continue
            data = json.loads(done.stdout)
            ours, bare = data["ours"], data["httpx"]
            ours_cmd = f"python -c 'import {package}; Client(...).users.user(user_id=...)'"
            bare_cmd = "python -c 'import httpx; httpx.Client(...).get(...).json()'"
            self.details.append(
                f"first call, {label}: {data['runs']} runs each, alternating; ours "
                f"{ours['median_ms']:.0f} ms, {ours['rss_mb']:.0f} MB; bare httpx "
                f"{bare['median_ms']:.0f} ms, {bare['rss_mb']:.0f} MB")
            self.rows.append(Row(f"7. first call, {label}", ours_cmd, ours["median_ms"] / 1e3,
                                 bare_cmd, bare["median_ms"] / 1e3, goal=goal,
                                 note="fresh process to the decoded User, local server"))
            extra = data["extra_rss_mb"]
            self.rows.append(Row(
                f"7. first call, {label}: peak RSS", ours_cmd, ours["rss_mb"], bare_cmd,
                bare["rss_mb"], unit="MB",
                note=f"+{extra:.0f} MB" + (" (goal: at most +30 MB)" if goal == 1.3 else "")))

    # -- 8. async fan-out (issue 20, item 3) ----------------------------------------------------

    def bench_fanout(self) -> None:
        self.log("8. async fan-out (processes of their own)")
        out = self.tmp / "fanout.json"
        done = subprocess.run(
            [self.client_python, "-m", "benchmarks.fanout", "--calls", "1000",
             "--concurrency", "50", "--processes", str(max(self.args.runs // 2, 2)),
             "--repeats", "2", "--json", str(out)],
            env=clean_env(None, [ROOT, self.pkg_path]), cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            self.rows.append(Row("8. async fan-out", "", None, "", None,
                                 ours_error=done.stderr.strip()[-300:]))
            return
        data = json.loads(out.read_text())
        ours, bare = data["ours"], data["httpx"]
        ours_cmd = "1,000 x await client.users.user(...), 50 in flight (AsyncClient)"
        bare_cmd = "1,000 x await httpx.AsyncClient.get(...).json(), 50 in flight"
        self.details.append(
            f"async fan-out: {data['processes']} processes per side x {data['repeats']} timed "
            f"fan-outs; ours {ours['wall_s']:.2f} s wall, {ours['cpu_s']:.2f} s CPU, "
            f"{ours['rss_mb']:.0f} MB; bare {bare['wall_s']:.2f} s, {bare['cpu_s']:.2f} s CPU, "
            f"{bare['rss_mb']:.0f} MB")
        self.rows.append(Row("8. async fan-out, 1,000 GETs at 50", ours_cmd, ours["wall_s"],
                             bare_cmd, bare["wall_s"], goal=1.15,
                             note="median wall time of a fan-out, local server"))
        self.rows.append(Row("8. async fan-out, process CPU time", ours_cmd, ours["cpu_s"],
                             bare_cmd, bare["cpu_s"],
                             note="the steadier figure when other processes share the cores"))
        self.rows.append(Row("8. async fan-out, peak RSS", ours_cmd, ours["rss_mb"], bare_cmd,
                             bare["rss_mb"], unit="MB", goal=1.2,
                             note="each side's own processes (os.wait4)"))


def _ms(result: dict[str, Any]) -> str:
    if "median_s" not in result:
        return f"failed ({result.get('error', '?')})"
    cpu = f", CPU {fmt(result['cpu_median_s'], 's')}" if "cpu_median_s" in result else ""
    return f"{fmt(result['median_s'], 's')} (min {fmt(result['min_s'], 's')}{cpu})"


def write_results(path: Path, text: str, info: dict[str, str], setup: dict[str, Any],
                  suite: Suite, args: argparse.Namespace, elapsed: float) -> None:
    installed = ", ".join(f"{k} {v}" for k, v in setup["installed"].items())
    failed = setup["failed"]
    timer = "hyperfine" if (args.timer == "hyperfine" or
                            (args.timer == "auto" and hyperfine_path())) else "built-in"
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} with "
        f"`python benchmarks/run.py` (whole run: {elapsed / 60:.1f} min).",
        "",
        f"- machine: `nproc` = {info['nproc']}, {info['cpu']}, {info['memory']} RAM, "
        f"{info['platform']}",
        f"- python: {info['python']} (project venv and benchmarks/.venv-bench); measured tree: "
        f"{info['commit']}",
        f"- load average (1, 5, 15 min) at the start: {info['load_start']}, at the end: "
        f"{load_average()} (other work on the machine makes figures noisier)",
        f"- timer: {timer}; whole-process figures are medians of {args.runs} runs "
        f"({args.scale_runs} for scale, {args.import_runs} for import) after warm-up runs; "
        "in-process figures are medians of repeats in one process",
        f"- peers (benchmarks/.venv-bench, from PyPI): {installed}",
    ]
    if failed:
        lines.append(f"- could not install: {failed}")
    lines += ["", "ratio = ours / peer; a goal is met when the ratio is at most the goal.", "",
              text, "## Details", ""]
    lines += [f"- {d}" for d in suite.details]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- 9-11: figures measured by modules of their own, as rows of this table -------------------


def bench_cli_start(suite: Suite) -> None:
    """9: start-up against the interpreter's own, and check against the peer (issue 20 item 4)."""
    from benchmarks import cli_start

    suite.log("9. start-up and check (benchmarks/cli_start.py)")
    figures = cli_start.measure(runs=max(2 * suite.args.runs, 10), check_runs=suite.args.runs,
                                peer=not suite.args.no_peers)
    start: dict[str, Any] = figures["start"]  # type: ignore[assignment]
    checks: dict[str, Any] = figures["check"]  # type: ignore[assignment]
    floor = start["python -c pass"]
    for label, figure in start.items():
        if figure is floor:
            continue
        verdict = "" if figure.median is None else \
            ("met" if figure.median < cli_start.GOAL_START else "NOT met")
        suite.rows.append(Row(f"9. {label}", figure.command, figure.median, floor.command,
                              floor.median, ours_error=figure.error,
                              note=f"goal: under {cli_start.GOAL_START} s: {verdict}"))
    peer = checks.get("peer: openapi-python-client generate (Opal)")
    for label, goal in (("check, warm", cli_start.GOAL_WARM),
                        ("check, cold", cli_start.GOAL_COLD)):
        figure = checks[label]
        suite.rows.append(Row(f"9. {label}, both vendored specs", figure.command, figure.median,
                              peer.command if peer else "openapi-python-client (Opal)",
                              peer.median if peer else None, goal=goal,
                              ours_error=figure.error,
                              peer_error="" if peer else "peer not installed"))


def bench_bigspec(suite: Suite) -> None:
    """10: the 1,008-operation synthetic spec, both generators in the same rounds (item 5)."""
    from benchmarks import bigspec

    suite.log("10. big spec (benchmarks/bigspec.py)")
    figures = bigspec.measure(runs=suite.args.scale_runs, peer=not suite.args.no_peers,
                              log=suite.log)
    ours, peer = figures.ours, figures.peer
    label = f"10. generate {figures.operations:,} operations"
    peer_cmd = peer.command if peer else "openapi-python-client"
    peer_error = "" if peer is None else peer.error
    suite.rows.append(Row(label, ours.command, ours.time, peer_cmd, peer.time if peer else None,
                          goal=bigspec.GOAL_TIME, ours_error=ours.error,
                          peer_error=peer_error or ("" if peer else "peer not installed")))
    suite.rows.append(Row(f"{label}: peak RSS", ours.command, ours.rss, peer_cmd,
                          peer.rss if peer else None, unit="MB", goal=bigspec.GOAL_RSS,
                          ours_error=ours.error, peer_error=peer_error))


def bench_mcp(suite: Suite) -> None:
    """11: spawn to the first tools/list answer, ours against FastMCP (issue 21)."""
    from benchmarks import mcp

    suite.log("11. MCP servers (benchmarks/mcp.py)")
    rows = mcp.figures(runs=suite.args.runs, log=suite.log)
    peers = {r.spec: r for r in rows if r.server == "FastMCP.from_openapi"}
    for r in rows:
        if r.server == "FastMCP.from_openapi":
            continue
        peer = peers.get(r.spec)
        suite.rows.append(Row(
            f"11. MCP, {r.spec}: {r.server}", f"python -m <pkg>.mcp ({r.server})", r.seconds,
            "FastMCP.from_openapi(<same spec>)", peer.seconds if peer else None,
            ours_error=r.note, peer_error=peer.note if peer else "not measured",
            note=f"tools/list: {r.tools} tools, {r.size:,} bytes"
                 + (f" (FastMCP: {peer.tools} tools, {peer.size:,} bytes)" if peer else "")))


# Benchmark number -> the step that takes it (see the module docstring).
STEPS: dict[int, Any] = {
    1: Suite.bench_generation, 2: Suite.bench_check, 3: Suite.bench_scale,
    4: Suite.bench_decoding, 5: Suite.bench_import, 6: Suite.bench_percall,
    7: Suite.bench_first_call, 8: Suite.bench_fanout,
    9: bench_cli_start, 10: bench_bigspec, 11: bench_mcp,
}


def _version_of(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per whole-process figure")
    parser.add_argument("--scale-runs", type=int, help="runs per scale figure (default --runs)")
    parser.add_argument("--import-runs", type=int, default=20)
    parser.add_argument("--items", type=int, default=1000, help="requests in the page")
    parser.add_argument("--calls", type=int, default=2000, help="GET calls per repeat")
    parser.add_argument("--only", help="comma-separated benchmark numbers, e.g. 1,4")
    parser.add_argument("--timer", choices=("auto", "builtin", "hyperfine"), default="auto")
    parser.add_argument("--skip-install", action="store_true",
                        help="use benchmarks/.venv-bench as it is")
    parser.add_argument("--no-peers", action="store_true",
                        help="install nothing: the project venv runs ours and bare httpx "
                             "(the peers' rows say they failed)")
    parser.add_argument("--reinstall", action="store_true")
    parser.add_argument("--keep-temp", action="store_true")
    parser.add_argument("--write", action="store_true",
                        help="write results.md even for a partial run (--only)")
    args = parser.parse_args()
    args.scale_runs = args.scale_runs or args.runs
    chosen = {int(n) for n in args.only.split(",")} if args.only else set(STEPS)
    started = time.perf_counter()

    info = machine_info()
    info["load_start"] = load_average()
    print(f"clientgen benchmarks: nproc={info['nproc']}, python {info['python']}, "
          f"hyperfine: {hyperfine_path() or 'not installed (built-in timer)'}", file=sys.stderr)
    if args.no_peers:
        setup = {"installed": {"httpx": _version_of("httpx")}, "failed": {}}
    elif args.skip_install:
        if not (venv_python(PEERS_VENV).exists() and venv_python(CLIENT_VENV).exists()):
            print("benchmarks/.venv-bench does not exist: run without --skip-install",
                  file=sys.stderr)
            return 2
        setup = {"installed": installed_versions(), "failed": {}}
    else:
        setup = ensure_bench_venv(reinstall=args.reinstall,
                                  log=lambda s: print(s, file=sys.stderr, flush=True))
    print(f"peers: {setup['installed']}" + (f"; FAILED: {setup['failed']}"
                                           if setup["failed"] else ""), file=sys.stderr)

    tmp = Path(tempfile.mkdtemp(prefix="clientgen-bench-"))
    suite = Suite(args, tmp)
    try:
        for number, step in STEPS.items():
            if number in chosen:
                step(suite)
    finally:
        if args.keep_temp:
            print(f"temp folder kept: {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.perf_counter() - started
    text = table(suite.rows)
    print()
    print(text)
    print("\n".join(f"- {d}" for d in suite.details))
    print(f"\nwhole run: {elapsed / 60:.1f} min")
    if chosen == set(STEPS) or args.write:
        out = BENCH_DIR / "results.md"
        write_results(out, text, info, setup, suite, args, elapsed)
        print(f"written: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
