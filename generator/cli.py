"""`clientgen`: a thin shell over generate(); exit 0 ok, 1 drift, 2 bad spec or usage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import diff as api_diff
from .diagnostics import Diagnostic, SpecError
from .generate import Generated, generate
from .project import VendoredSpec, read_lock, sha256_of
from .update import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, update
from .write import drift, write_trees

EXIT_OK, EXIT_DRIFT, EXIT_BAD_SPEC = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clientgen", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="project folder holding specs/ and generated/ (default: .)")
    parser.add_argument("--quiet", action="store_true", help="print no warnings")
    commands = parser.add_subparsers(dest="command", required=True)
    regenerate = commands.add_parser("regenerate", help="rebuild generated/ from specs/")
    regenerate.add_argument("name", nargs="?", help="only this spec (see specs/lock.json)")
    check = commands.add_parser("check", help="exit 1 when generated/ or a spec drifted")
    check.add_argument("--full", action="store_true", help="recompute everything: no record, "
                       "no cache")
    gen = commands.add_parser("generate", help="generate a package from any spec")
    gen.add_argument("spec", type=Path)
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--package", required=True)
    gen.add_argument("--strict", action="store_true", help="fail on warnings")
    gen.add_argument("--pagination", type=Path, help="JSON config naming paging operations "
                     "that detection misses (see specs/oracle/pagination.json)")
    compare = commands.add_parser("diff", help="API changes between two spec versions; exit 1 "
                                  "when any is breaking")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    compare.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    vendor = commands.add_parser("update", help="vendor a new version of a spec, regenerate "
                                 "its package and print the diff")
    vendor.add_argument("name", help="the spec to update (see specs/lock.json)")
    vendor.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL")
    vendor.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"seconds to wait for a URL (default: {DEFAULT_TIMEOUT:g})")
    vendor.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help=f"largest spec accepted (default: {DEFAULT_MAX_BYTES})")
    args = parser.parse_args(argv)
    try:
        if args.command == "regenerate":
            return _regenerate(args.root, args.name, args.quiet)
        if args.command == "check":
            return _check(args.root, args.quiet, args.full)
        if args.command == "diff":
            return _diff(args.old, args.new, args.format)
        if args.command == "update":
            return _update(args.root, args.name, args.source, args.timeout, args.max_bytes,
                           args.quiet)
        return _generate_one(args.spec, args.out, args.package, args.strict, args.quiet,
                             args.pagination)
    except SpecError as exc:
        _print(exc.diagnostics)
        return EXIT_BAD_SPEC


def _regenerate(root: Path, name: str | None, quiet: bool) -> int:
    specs = _select(read_lock(root), name)
    trees = {}
    for spec in specs:
        result = _run(spec.path(root), spec.package, spec.name, quiet,
                      spec.pagination_path(root), previous=spec.output(root))
        trees[spec.output(root)] = result.tree()
    write_trees(trees)
    return EXIT_OK


def _check(root: Path, quiet: bool, full: bool = False) -> int:
    status = EXIT_OK
    for spec in read_lock(root):
        actual = sha256_of(spec.path(root))
        if actual != spec.sha256:
            print(f"{spec.name}: specs/{spec.file} has sha256 {actual}, the lock says "
                  f"{spec.sha256}; vendor it with `clientgen update` or restore it",
                  file=sys.stderr)
            status = EXIT_DRIFT
        result = _run(spec.path(root), spec.package, spec.name, quiet=True,
                      pagination=spec.pagination_path(root), previous=spec.output(root),
                      full=full)
        changed = drift(spec.output(root), result.files, result.work.why)
        if changed:
            status = EXIT_DRIFT
            print(f"{spec.name}: generated/{spec.package} differs from what "
                  f"specs/{spec.file} produces:", file=sys.stderr)
            if result.work.note:
                print(f"  ({result.work.note})", file=sys.stderr)
            for line in changed:
                print(f"  {line}", file=sys.stderr)
            print(f"  fix: clientgen regenerate {spec.name}", file=sys.stderr)
        elif result.work.note and not quiet:  # no drift; only time was lost
            print(f"{spec.name}: {result.work.note}", file=sys.stderr)
    if status == EXIT_OK:
        print("generated/ matches specs/")
    return status


def _generate_one(spec: Path, out: Path, package: str, strict: bool, quiet: bool,
                  pagination: Path | None) -> int:
    result = _run(spec, package, spec.name, quiet, pagination)
    if strict and result.warnings:
        print(f"--strict: {len(result.warnings)} warnings; nothing written", file=sys.stderr)
        return EXIT_BAD_SPEC
    write_trees({out: result.files})
    return EXIT_OK


def _diff(old: Path, new: Path, fmt: str) -> int:
    before, after = api_diff.load(old), api_diff.load(new)
    changes = api_diff.compare(before, after)
    if fmt == "json":
        print(api_diff.format_json(changes), end="")
    elif fmt == "markdown":
        print(api_diff.format_markdown(changes, api_diff.title(old, new, before, after)), end="")
    else:
        print(api_diff.format_text(changes), end="")
    return EXIT_DRIFT if api_diff.breaking(changes) else EXIT_OK


def _update(root: Path, name: str, source: str, timeout: float, max_bytes: int,
            quiet: bool) -> int:
    result = update(root, name, source, timeout, max_bytes)
    if not quiet:
        _print(result.generated.warnings)
    spec = result.spec
    print(f"{name}: specs/{spec.file} updated from {source} (sha256 {spec.sha256}); "
          f"generated/{spec.package} regenerated ({result.generated.operations} operations, "
          f"{result.generated.models} models); changelog: specs/{name}/CHANGELOG.md",
          file=sys.stderr)
    if result.changes is None:
        print("the previous version could not be read: no change report", file=sys.stderr)
    else:
        print(api_diff.format_text(result.changes), end="")
    return EXIT_OK


def _run(spec: Path, package: str, label: str, quiet: bool,
         pagination: Path | None = None, previous: Path | None = None,
         full: bool = False) -> Generated:
    result = generate(spec, package, pagination, previous=previous, full=full)
    if not quiet:
        _print(result.warnings)
        print(f"{label}: {result.operations} operations, {result.models} models, "
              f"{len(result.warnings)} warnings", file=sys.stderr)
    return result


def _select(specs: list[VendoredSpec], name: str | None) -> list[VendoredSpec]:
    if name is None:
        return specs
    chosen = [s for s in specs if s.name == name]
    if not chosen:
        known = ", ".join(s.name for s in specs)
        raise SpecError([Diagnostic("error", "unknown-spec",
                                    f"no vendored spec named {name!r} (known: {known})",
                                    "specs/lock.json")])
    return chosen


def _print(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic.render(), file=sys.stderr)
