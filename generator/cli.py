"""`clientgen`: a thin shell over generate(); exit 0 ok, 1 drift, 2 bad spec or usage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .diagnostics import Diagnostic, SpecError
from .generate import Generated, generate
from .project import VendoredSpec, read_lock, sha256_of
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
    commands.add_parser("check", help="exit 1 when generated/ or a spec drifted")
    gen = commands.add_parser("generate", help="generate a package from any spec")
    gen.add_argument("spec", type=Path)
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--package", required=True)
    gen.add_argument("--strict", action="store_true", help="fail on warnings")
    args = parser.parse_args(argv)
    try:
        if args.command == "regenerate":
            return _regenerate(args.root, args.name, args.quiet)
        if args.command == "check":
            return _check(args.root, args.quiet)
        return _generate_one(args.spec, args.out, args.package, args.strict, args.quiet)
    except SpecError as exc:
        _print(exc.diagnostics)
        return EXIT_BAD_SPEC


def _regenerate(root: Path, name: str | None, quiet: bool) -> int:
    specs = _select(read_lock(root), name)
    trees = {}
    for spec in specs:
        result = _run(spec.path(root), spec.package, spec.name, quiet)
        trees[spec.output(root)] = result.files
    write_trees(trees)
    return EXIT_OK


def _check(root: Path, quiet: bool) -> int:
    status = EXIT_OK
    for spec in read_lock(root):
        actual = sha256_of(spec.path(root))
        if actual != spec.sha256:
            print(f"{spec.name}: specs/{spec.file} has sha256 {actual}, the lock says "
                  f"{spec.sha256}; vendor it with `clientgen update` or restore it",
                  file=sys.stderr)
            status = EXIT_DRIFT
        result = _run(spec.path(root), spec.package, spec.name, quiet=True)
        changed = drift(spec.output(root), result.files)
        if changed:
            status = EXIT_DRIFT
            print(f"{spec.name}: generated/{spec.package} differs from what "
                  f"specs/{spec.file} produces:", file=sys.stderr)
            for line in changed:
                print(f"  {line}", file=sys.stderr)
            print(f"  fix: clientgen regenerate {spec.name}", file=sys.stderr)
    if status == EXIT_OK:
        print("generated/ matches specs/")
    return status


def _generate_one(spec: Path, out: Path, package: str, strict: bool, quiet: bool) -> int:
    result = _run(spec, package, spec.name, quiet)
    if strict and result.warnings:
        print(f"--strict: {len(result.warnings)} warnings; nothing written", file=sys.stderr)
        return EXIT_BAD_SPEC
    write_trees({out: result.files})
    return EXIT_OK


def _run(spec: Path, package: str, label: str, quiet: bool) -> Generated:
    result = generate(spec, package)
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
