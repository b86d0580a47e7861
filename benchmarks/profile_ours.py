"""Where OUR time goes in benchmarks 1, 4, 5 and 6: cProfile and `python -X importtime`.

    .venv/bin/python benchmarks/profile_ours.py [stages] [big] [format] [gen] [decode] [import]
        [percall] [--spec FILE]

Run with the project venv's python (it has the generator, httpx and everything the
generated client needs). Prints, for each part, the time by package (summed own time of
every function, grouped by the package its file belongs to) and the top functions by own
and by cumulative time. Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    CLIENT_VENV,
    GENERATED,
    OPAL_PACKAGE,
    ROOT,
    clean_env,
    venv_python,
)

if str(OPAL_PACKAGE) not in sys.path:
    sys.path.insert(0, str(OPAL_PACKAGE))


def bucket(filename: str) -> str:
    """The package a profiled function belongs to (`black`, `generator.emit.render`, ...)."""
    if filename.startswith("<") or filename == "~":
        return "builtins (C)"
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].split(".")[0]
    if "generator" in parts:
        return f"generator.{path.stem}"
    if "opal_client" in parts:
        return f"opal_client.{path.stem}"
    if "benchmarks" in parts:
        return "benchmarks"
    return f"stdlib {path.stem}"


def report(profile: cProfile.Profile, title: str, top: int) -> None:
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    by_bucket: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        by_bucket[bucket(filename)] += tottime
    print(f"\n=== {title}: {total:.2f} s profiled ===")
    print("own time by package:")
    for name, seconds in sorted(by_bucket.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {seconds:8.3f} s {seconds / total:6.1%}  {name}")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(top)
        text = out.getvalue()
        body = text[text.find("   ncalls"):]
        print(f"top {top} by {order}:")
        print(_shorten(body))


def _shorten(text: str) -> str:
    text = text.replace(str(ROOT) + "/", "")
    return re.sub(r"\S*/site-packages/", "", text)


def profile_generation(top: int) -> None:
    """regenerate from scratch (no record, no cache), then check as on a fresh clone (the
    record just written, no cache). For a large spec the validator runs in a child process,
    which cProfile does not see: `stages` shows how long the parent waited for it."""
    from generator.project.record import RECORD_NAME

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "project"
        for part in ("specs", "generated"):
            shutil.copytree(ROOT / part, copy / part,
                            ignore=shutil.ignore_patterns("__pycache__", RECORD_NAME))
        os.environ["CLIENTGEN_CACHE_DIR"] = ""  # cold: every module is formatted
        from generator.cli import main as cli

        profile = cProfile.Profile()
        profile.enable()
        code = cli.main(["--quiet", "--root", str(copy), "regenerate"])
        profile.disable()
        assert code == 0, code
        report(profile, "1. clientgen regenerate, no record, no cache (in-process)", top)
        profile = cProfile.Profile()
        profile.enable()
        code = cli.main(["--quiet", "--root", str(copy), "check"])
        profile.disable()
        report(profile, f"2. clientgen check, fresh clone: record, no cache (in-process, "
                        f"exit {code})", top)


def stage_times(top: int, specs: list[Path] | None = None) -> None:
    """Wall time per pipeline stage without a profiler's overhead. Wraps the stage functions
    by name: a renamed stage is skipped. For a large spec the validator runs in a child
    process beside the rest: `validate: start` is then only the fork, and `validate: wait`
    is how long generate() still waited for the verdict after rendering and formatting."""
    import time

    from generator import generate as gen_module
    from generator.emit import format as format_cache
    from generator.model import resolve
    from generator.read import validity as validate

    spent: dict[str, float] = defaultdict(float)
    patched: list[tuple[object, str, object]] = []

    def timed(owner: object, name: str, label: str) -> None:
        original = getattr(owner, name, None)
        if original is None:
            print(f"  (no {label}: skipped)")
            return

        def wrapper(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - start

        patched.append((owner, name, original))
        setattr(owner, name, wrapper)

    timed(resolve, "read_document", "load: read + parse YAML")
    timed(resolve.Resolver, "check_all", "refs: check every $ref")
    timed(validate.Validation, "start", "validate: start (or run, for a small spec)")
    timed(validate.Validation, "finish", "validate: wait for the verdict")
    timed(gen_module, "load_api", "load_api total (load, refs, validate, IR)")
    timed(gen_module, "build_view", "view: names and literals")
    timed(gen_module, "render_package", "render total (templates + format)")
    timed(format_cache, "run_ruff", "format: ruff format (one process)")
    os.environ["CLIENTGEN_CACHE_DIR"] = ""
    try:
        for path in specs or [ROOT / "specs" / "opal" / "opal-openapi.yaml",
                              ROOT / "specs" / "oracle" / "oracle-access-governance.yaml"]:
            spec = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            spent.clear()
            start = time.perf_counter()
            result = gen_module.generate(path, "bench_client")
            total = time.perf_counter() - start
            print(f"\n=== stages of `generate` for {spec}, no cache: {total:.2f} s "
                  f"({result.operations} operations, {result.models} models, "
                  f"{result.work.formatted} modules formatted) ===")
            for label, seconds in spent.items():
                print(f"  {seconds:7.2f} s {seconds / total:6.1%}  {label}")
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


def profile_big(top: int, specs: list[Path] | None = None) -> None:
    """cProfile of generate() on each spec (e.g. the synthetic 7x: `python -m benchmarks.synth
    --out DIR 7`), with the validator kept in this process so that the profile sees it, and
    CPU time as the profiler's clock (other work on the machine then counts for little).
    The profiler's own cost inflates every figure; compare profiles taken the same way."""
    import time

    from generator import generate as gen_module
    from generator.read import validity

    os.environ["CLIENTGEN_CACHE_DIR"] = ""
    threshold = validity.BACKGROUND_MIN_CHARS
    validity.BACKGROUND_MIN_CHARS = 10**12
    try:
        for path in specs or [ROOT / "specs" / "opal" / "opal-openapi.yaml"]:
            profile = cProfile.Profile(time.process_time)
            profile.enable()
            gen_module.generate(path, "bench_client")
            profile.disable()
            report(profile, f"generate() on {path.name}, validator in-process, CPU clock", top)
    finally:
        validity.BACKGROUND_MIN_CHARS = threshold


def format_per_module(top: int) -> None:
    """ruff format on each checked-in generated module alone, then on all at once."""
    import time

    from generator.emit.format import run_ruff

    sources = {path.relative_to(GENERATED).as_posix(): path.read_text(encoding="utf-8")
               for path in sorted(GENERATED.rglob("*.py"))
               if "__pycache__" not in path.parts and path.name != "_runtime.py"}
    rows = []
    for name, source in sources.items():
        start = time.perf_counter()
        run_ruff({name: source})
        rows.append((time.perf_counter() - start, len(source), name))
    start = time.perf_counter()
    run_ruff(sources)
    together = time.perf_counter() - start
    total = sum(r[0] for r in rows)
    print(f"\n=== ruff format on the {len(rows)} generated modules: {total:.2f} s one process "
          f"per module, {together:.2f} s all in one process ===")
    for seconds, size, name in sorted(rows, reverse=True)[:top]:
        print(f"  {seconds:6.2f} s {seconds / total:6.1%} {size:9,d} chars  {name}")


def profile_decoding(top: int) -> None:
    from benchmarks import decoding

    data = decoding.make_page(1000)
    decoding.decode_ours(data)  # import and warm up
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(5):
        decoding.decode_ours(data)
    profile.disable()
    report(profile, "4. decoding 1,000 Requests x 5 (in-process)", top)
    encode = decoding.ours_encoder(decoding.make_create_request_body())
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(20000):
        encode()
    profile.disable()
    report(profile, "4. encoding CreateRequestInfo x 20,000", top)


def profile_import(top: int) -> None:
    python = venv_python(CLIENT_VENV)
    python_text = str(python) if python.exists() else sys.executable
    env = clean_env(CLIENT_VENV if python.exists() else None, [OPAL_PACKAGE])
    for statement in ("import opal_client", "import opal_client.models"):
        for _ in range(2):  # bytecode cached first
            subprocess.run([python_text, "-c", statement], env=env, capture_output=True)
        done = subprocess.run([python_text, "-X", "importtime", "-c", statement], env=env,
                              capture_output=True, text=True)
        rows = []
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
            if match:
                rows.append((int(match[1]), int(match[2]), len(match[3]), match[4]))
        total = max((r[1] for r in rows if r[2] == 1), default=0)
        print(f"\n=== 5. python -X importtime -c {statement!r} ({python_text}) ===")
        print(f"top-level imports (cumulative µs), total {sum(r[1] for r in rows if r[2] == 1)}")
        for self_us, cum_us, _, name in sorted((r for r in rows if r[2] == 1),
                                               key=lambda r: -r[1])[:top]:
            print(f"  {cum_us:8d} µs cumulative {self_us:8d} µs self  {name}")
        print("top modules by own (self) time:")
        for self_us, cum_us, _, name in sorted(rows, key=lambda r: -r[0])[:top]:
            print(f"  {self_us:8d} µs self {cum_us:8d} µs cumulative  {name}")
        del total


def profile_percall(top: int) -> None:
    from benchmarks import percall
    from benchmarks.server import Server

    with Server() as base_url:
        import opal_client

        with opal_client.Client(token=percall.TOKEN, base_url=base_url) as client:
            percall.ours_calls(base_url, 200, client)
            profile = cProfile.Profile()
            profile.enable()
            percall.ours_calls(base_url, 2000, client)
            profile.disable()
        report(profile, "6. 2,000 calls through client.users.user (in-process)", top)
        import httpx

        with httpx.Client(base_url=base_url,
                          headers={"Authorization": f"Bearer {percall.TOKEN}"}) as http:
            percall.bare_calls(base_url, 200, http)
            profile = cProfile.Profile()
            profile.enable()
            percall.bare_calls(base_url, 2000, http)
            profile.disable()
        report(profile, "6. the same 2,000 calls through a bare httpx.Client", top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("parts", nargs="*", metavar="PART",
                        help="stages, big, format, gen, decode, import, percall (default: all)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--spec", type=Path, action="append",
                        help="for `stages` and `big`: these specs instead of the vendored ones "
                             "(e.g. a synthetic one: python -m benchmarks.synth 10 --out DIR)")
    args = parser.parse_args()
    known = ["stages", "big", "format", "gen", "decode", "import", "percall"]
    parts = args.parts or known
    if unknown := [p for p in parts if p not in known]:
        parser.error(f"unknown part(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    print(f"profiling {', '.join(parts)} (generated package: {GENERATED / 'opal_client'})")
    for part in parts:
        if part == "stages":
            stage_times(args.top, args.spec)
            continue
        if part == "big":
            profile_big(args.top, args.spec)
            continue
        {"format": format_per_module, "gen": profile_generation, "decode": profile_decoding,
         "import": profile_import, "percall": profile_percall}[part](args.top)


if __name__ == "__main__":
    main()
