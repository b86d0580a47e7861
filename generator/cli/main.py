"""`clientgen`: typed Python API clients from OpenAPI specs, kept in step with the specs.

The command line only parses arguments and tells a person what happened; the work is
generate(), update() and the diff. Every failure is one line per problem and exit 2.
A stage is imported by the command that runs it, so `--version` and `--help` load none.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shlex
import sys
from pathlib import Path

from generator.read.limits import FETCH_TIMEOUT as DEFAULT_TIMEOUT
from generator.read.limits import MAX_BYTES as DEFAULT_MAX_BYTES

TYPE_CHECKING = False  # typing's own, without importing typing (mypy reads it as typing's)
if TYPE_CHECKING:
    # what the commands run on: imported for them by _load() once a command is chosen, so
    # that `--version` and `--help` start in about the time the interpreter itself takes
    from collections.abc import Sequence
    from typing import NoReturn

    from generator.cli.console import Progress, changed_files, count, summary_lines
    from generator.diagnostics import Diagnostic, SpecError, as_errors
    from generator.emit.origin import Origin, for_generate
    from generator.generate import Generated
    from generator.project.lock import (
        LockedOverlay,
        NotAProject,
        VendoredSpec,
        find_root,
        find_spec,
        read_lock,
        sha256_of,
    )
    from generator.project.record import RECORD_NAME
    from generator.project.write import Refused, drift, not_ours, strangers, write_trees

# module -> the names _load() puts in this module's namespace (those imported above)
_LOADED = {
    "generator.cli.console": ("Progress", "changed_files", "count", "summary_lines"),
    "generator.diagnostics": ("Diagnostic", "SpecError", "as_errors"),
    "generator.emit.origin": ("Origin", "for_generate"),
    "generator.project.lock": ("LockedOverlay", "NotAProject", "VendoredSpec", "find_root",
                               "find_spec", "read_lock", "sha256_of"),
    "generator.project.record": ("RECORD_NAME",),
    "generator.project.write": ("Refused", "drift", "not_ours", "strangers", "write_trees"),
}


def _load() -> None:
    for module, names in _LOADED.items():
        loaded = importlib.import_module(module)
        globals().update({name: getattr(loaded, name) for name in names})

EXIT_OK, EXIT_DRIFT, EXIT_BAD_SPEC = 0, 1, 2
STALE = "overlay-stale"  # an overlay action that matches nothing: listed one by one

READS = "OpenAPI 3.0, 3.1 and 3.2, and Swagger 2.0 (YAML or JSON)"

DESCRIPTION = "Typed Python API clients from OpenAPI specs, kept in step with the specs. " \
    f"Reads {READS}."

EXIT_CODES = """\
exit codes:
  0  done (check: generated/ matches specs/; diff: nothing breaks)
  1  check: a spec or generated/ drifted; diff: a change breaks callers
  2  bad usage, no project found, or a spec that cannot be used; nothing was written"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit 2), not the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_SPEC, f"error: {message} (see `{self.prog} --help`)\n")


class _Version(argparse.Action):
    """`--version`: the line is made only when asked (the formatter's version is read from
    its installed metadata)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> NoReturn:
        from generator.emit.versions import version_line

        print(version_line())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    # the shared options are on the main parser and on every subcommand, defaulting to
    # SUPPRESS so that one given before the subcommand is not reset by the subcommand
    shared = _Parser(add_help=False)
    shared.add_argument("--root", type=Path, default=argparse.SUPPRESS, metavar="DIR",
                        help="the project folder, holding specs/lock.json (default: the "
                             "nearest such folder at or above the working folder)")
    shared.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help="print errors only: no warnings, progress or summary")
    shared.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="list every warning (by default: one line per kind, with its "
                             "count and first place)")
    shared.add_argument("--strict", action="store_true", default=argparse.SUPPRESS,
                        help="treat every warning as an error: exit 2, write nothing")
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(prog="clientgen", description=DESCRIPTION,
                     epilog=EXIT_CODES, formatter_class=formatter, parents=[shared])
    parser.add_argument("--version", action=_Version, nargs=0, default=argparse.SUPPRESS,
                        help="print the versions of clientgen and of ruff, its formatter")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     help="one of these; `clientgen COMMAND --help` describes "
                                          "its arguments")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=summary, description=summary, epilog=EXIT_CODES,
                                   formatter_class=formatter, parents=[shared])

    regenerate = command("regenerate", "rebuild generated/ from the specs in specs/lock.json; "
                         "writes nothing unless every spec succeeds, and refuses a spec whose "
                         "sha256 no longer matches the lock (vendor it with `update` first)")
    regenerate.add_argument("name", nargs="?", metavar="NAME", help="rebuild only this spec "
                            "(a name in specs/lock.json); default: all")
    check = command("check", "exit 0 when generated/ is exactly what specs/ produce and every "
                    "spec matches its sha256 in the lock, else exit 1 naming what drifted")
    check.add_argument("--full", action="store_true", help="recompute everything, trusting "
                       "neither the record beside each package nor the cache")
    gen = command("generate", "write a package for any OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0 "
                  "spec")
    gen.add_argument("spec", type=Path, metavar="SPEC", help="the spec file (YAML or JSON; "
                     "the files it reaches by $ref must be in its folder, or --ref-root's)")
    gen.add_argument("--out", type=Path, required=True, metavar="DIR",
                     help="the folder to write the package to: a new or empty one, or one "
                          "an earlier `generate` made (its files are replaced; files it did "
                          "not write are left alone)")
    gen.add_argument("--package", required=True, metavar="NAME",
                     help="the import name: lowercase letters, digits and _")
    _pagination_argument(gen)
    _ref_root_argument(gen)
    _overlay_argument(gen)
    compare = command("diff", "the API changes between two versions of a spec, breaking "
                      "ones first; exit 1 when any is breaking")
    compare.add_argument("old", type=Path, metavar="OLD", help="the earlier version of the "
                         f"spec; both read as for `generate`: {READS}")
    compare.add_argument("new", type=Path, metavar="NEW", help="the later version of the spec")
    compare.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                         help="text (default), json, or markdown for a changelog")
    _pagination_argument(compare)
    _ref_root_argument(compare)
    _overlay_argument(compare, "; applied to both OLD and NEW, and the report says so")
    vendor = command("update", "vendor a new version of a spec, regenerate its package, bump "
                     "the package's version and print the diff")
    vendor.add_argument("name", metavar="NAME",
                        help="the spec to update (a name in specs/lock.json)")
    vendor.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL",
                        help=f"the new version ({READS}): a file, or an http(s) URL")
    vendor.add_argument("--source", dest="upstream", metavar="TEXT",
                        help="where the new version is published, kept in specs/lock.json "
                             "(default: the URL given to --from, else the lock's source as "
                             "it was; never a path of this machine)")
    vendor.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"seconds to wait for a URL (default: {DEFAULT_TIMEOUT:g})")
    vendor.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"largest spec accepted (default: {DEFAULT_MAX_BYTES})")
    effective = command("effective", "print a spec as clientgen reads it: the document after "
                        "its overlays, for review and for other tools (the files its $refs "
                        "reach are not inlined)")
    effective.add_argument("spec", metavar="NAME|SPEC", help="a spec file, or else a name in "
                           "specs/lock.json (its overlays, as the lock lists them, come first)")
    _overlay_argument(effective)
    effective.add_argument("--format", choices=("yaml", "json"), default="yaml",
                           help="yaml (default) or json")
    return parser


def _overlay_argument(command: argparse.ArgumentParser, more: str = "") -> None:
    command.add_argument("--overlay", type=Path, action="append", default=[], metavar="FILE",
                         help="an OpenAPI Overlay (1.0 or 1.1) applied to the spec as read, "
                              "before anything checks it; repeatable, applied in the order "
                              f"given{more}")


def _pagination_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument("--pagination", type=Path, metavar="FILE", help="the spec's JSON "
                         "pagination config: rules that find the operations that page, and "
                         "operations named by operationId (see specs/oracle/pagination.json); "
                         "without it the common conventions are detected")


def _ref_root_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument("--ref-root", type=Path, metavar="DIR", help="a folder holding the "
                         "spec: its $refs may reach files anywhere below DIR (default: only "
                         "below the spec's own folder), never beyond it")


class _Session:
    """The shared options, and how results are shown under them."""

    def __init__(self, root: Path | None, quiet: bool, verbose: bool, strict: bool) -> None:
        self.root, self.quiet, self.verbose, self.strict = root, quiet, verbose, strict

    def project(self) -> Path:
        return find_root(Path.cwd(), self.root)

    def progress(self, label: str) -> Progress:
        return Progress(sys.stderr, label, enabled=not self.quiet)

    def run(self, spec: Path, package: str, label: str, pagination: Path | None,
            origin: Origin, show: bool = True, previous: Path | None = None,
            full: bool = False, ref_root: Path | None = None,
            overlays: Sequence[Path] = ()) -> Generated:
        from generator.generate import generate

        with self.progress(f"{label}: generating"):
            result = generate(spec, package, pagination, origin, previous=previous, full=full,
                              ref_root=ref_root, overlays=overlays)
        self.accept(result.diagnostics, show)
        return result

    def accept(self, diagnostics: list[Diagnostic], show: bool = True) -> None:
        """Raise the warnings as errors under --strict, else show them and the notes
        (unless quiet): each one with --verbose, else one line per kind, but every overlay
        action that matches nothing (each is one to delete)."""
        warnings = [d for d in diagnostics if d.severity == "warning"]
        if self.strict and warnings:
            raise SpecError(as_errors(warnings))
        if show and not self.quiet:
            stale = [d for d in diagnostics if d.code == STALE]
            _lines([d.render() for d in diagnostics] if self.verbose
                   else summary_lines([d for d in diagnostics if d.code != STALE])
                   + [d.render() for d in stale])

    def done(self, label: str, where: str, result: Generated, changed: list[str]) -> None:
        """The last line about one spec: what was written, or that nothing changed."""
        if self.quiet:
            return
        what = f"wrote {where} ({changed_files(changed)})" if changed \
            else f"{where} unchanged"
        facts = f"{count(result.operations, 'operation')}, {count(result.models, 'model')}"
        if result.warnings:
            facts += f", {count(len(result.warnings), 'warning')}"
            if not self.verbose and len(summary_lines(result.warnings)) < len(result.warnings):
                facts += " (--verbose lists each)"
        print(f"{label}: {what}; {facts}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _load()
    options = vars(args)
    session = _Session(options.get("root"), options.get("quiet", False),
                       options.get("verbose", False), options.get("strict", False))
    if session.quiet and session.verbose:
        return _fail("--quiet and --verbose cannot be used together")
    try:
        if args.command == "regenerate":
            return _regenerate(session, args.name)
        if args.command == "check":
            return _check(session, args.full)
        if args.command == "diff":
            return _diff(session, args.old, args.new, args.format, args.ref_root,
                         args.pagination, args.overlay)
        if args.command == "effective":
            return _effective(session, args.spec, args.overlay, args.format)
        if args.command == "update":
            return _update(session, args.name, args.source, args.timeout, args.max_bytes,
                           args.upstream)
        return _generate_one(session, args.spec, args.out, args.package, args.pagination,
                             args.ref_root, args.overlay)
    except SpecError as exc:
        _print(exc.diagnostics)
        return EXIT_BAD_SPEC
    except (NotAProject, Refused) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; what was not yet written stays as it was")


def _regenerate(session: _Session, name: str | None) -> int:
    root = session.project()
    results = []
    specs = _select(read_lock(root), name)
    unlocked = [_unlocked(root, spec, actual, "; nothing was regenerated") for spec in specs
                if (actual := sha256_of(spec.path(root))) != spec.sha256]
    unlocked += [_overlay_unlocked(root, spec, edit, "; nothing was regenerated")
                 for spec in specs for edit in _edited_overlays(root, spec)]
    if unlocked:  # regenerating would build, from a spec nobody vendored, what check trusts
        _lines([f"error: {line}" for line in unlocked])
        return EXIT_BAD_SPEC
    for index, spec in enumerate(specs, 1):
        label = f"{spec.name} ({index} of {len(specs)})" if len(specs) > 1 else spec.name
        result = session.run(spec.path(root), spec.package, label,
                             spec.pagination_path(root), spec.origin(),
                             previous=spec.output(root), overlays=spec.overlay_paths(root))
        results.append((spec, result, drift(spec.output(root), result.files)))
    kept = _report_kept(write_trees({spec.output(root): result.tree() for spec, result, changed
                                     in results
                                     if changed or _record_stale(spec.output(root), result)},
                                    package_folders=True))
    for spec, result, changed in results:
        session.done(spec.name, f"generated/{spec.package}", result,
                     _done(spec.output(root), changed, kept))
    return EXIT_OK


def _report_kept(kept: list[Path]) -> list[Path]:
    """Files no longer generated whose bytes are not what clientgen wrote: left in place."""
    for path in kept:
        print(f"kept {path.as_posix()}: no longer generated, but edited since clientgen wrote "
              f"it, so it was not removed; if not needed: rm -- {shlex.quote(path.as_posix())}",
              file=sys.stderr)
    return kept


def _done(out: Path, changed: list[str], kept: list[Path]) -> list[str]:
    """drift()'s lines for what the write did: a file kept was not removed."""
    return [line for line in changed if out / line.rsplit(" (", 1)[0] not in kept]


def _record_stale(out: Path, result: Generated) -> bool:
    try:
        return (out / RECORD_NAME).read_text(encoding="utf-8") != result.record
    except (OSError, UnicodeDecodeError):
        return True


def _check(session: _Session, full: bool = False) -> int:
    root = session.project()
    status = EXIT_OK
    for spec in read_lock(root):
        actual = sha256_of(spec.path(root))
        if actual != spec.sha256:  # its package is compared once the spec is vendored
            print(_unlocked(root, spec, actual), file=sys.stderr)
            status = EXIT_DRIFT
            continue
        edited = _edited_overlays(root, spec)
        for edit in edited:  # an overlay is part of the spec: the same finding, the same fixes
            print(_overlay_unlocked(root, spec, edit), file=sys.stderr)
        if edited:
            status = EXIT_DRIFT
            continue
        out, overlays = spec.output(root), spec.overlay_paths(root)
        from generator.project.inputs import proven

        # --strict needs every warning, which only a render gives
        if not (full or session.strict) and proven(out, spec.path(root), spec.package,
                                                   spec.origin(), spec.pagination_path(root),
                                                   overlays):
            strays = strangers(out, {})  # nothing rendered: the record lists what it wrote
        else:
            result = session.run(spec.path(root), spec.package, spec.name,
                                 spec.pagination_path(root), spec.origin(), show=False,
                                 previous=out, full=full, overlays=overlays)
            changed = drift(out, result.files, result.work.why)
            if changed:
                status = EXIT_DRIFT
                from generator.emit.versions import mismatch

                _report_drift(spec, changed, mismatch(out), result.work.note)
            elif result.work.note and not session.quiet:  # no drift; only time was lost
                print(f"{spec.name}: {result.work.note}", file=sys.stderr)
            strays = strangers(out, result.files)
        if strays:
            status = EXIT_DRIFT
            _report_strangers(spec, spec.output(root), strays)
    if status == EXIT_OK:
        print("generated/ matches specs/")
    return status


def _unlocked(root: Path, spec: VendoredSpec, actual: str, outcome: str = "") -> str:
    """A vendored spec that is not the version the lock vouches for, and the fix for each
    intent: keep the edit (vendor it) or drop it (restore the file)."""
    path = spec.path(root).as_posix()
    return (f"{spec.name}: {path} is not the version specs/lock.json vouches for (sha256 "
            f"{actual}, the lock says {spec.sha256}){outcome}; to undo the edit, restore it "
            f"from version control (git restore -- {shlex.quote(path)}); to vendor it: "
            f"clientgen update {shlex.quote(spec.name)} --from {shlex.quote(path)}")


def _edited_overlays(root: Path, spec: VendoredSpec) -> list[tuple[LockedOverlay, Path, str]]:
    """The spec's overlays whose bytes are not what the lock vouches for, with their sha256
    (a missing one is the OSError it raises: one line, exit 2)."""
    return [(entry, path, actual) for entry, path in zip(spec.overlays,
                                                         spec.overlay_paths(root), strict=True)
            if (actual := sha256_of(path)) != entry.sha256]


def _overlay_unlocked(root: Path, spec: VendoredSpec, edit: tuple[LockedOverlay, Path, str],
                      outcome: str = "") -> str:
    """An overlay that is not the version the lock vouches for, with the same two fixes as
    for the spec itself: restore it, or vendor it (update re-records every overlay)."""
    entry, path, actual = edit
    shown = path.as_posix()
    vendor = f"clientgen update {shlex.quote(spec.name)} --from " \
        f"{shlex.quote(spec.path(root).as_posix())}"
    if not entry.sha256:  # listed in the lock by hand, never vendored
        return (f"{spec.name}: overlay {shown} is not vendored yet (sha256 {actual}; "
                f"specs/lock.json has none for it){outcome}; to vendor it: {vendor}; else "
                "take it out of the spec's overlays in specs/lock.json")
    return (f"{spec.name}: overlay {shown} is not the version specs/lock.json vouches for "
            f"(sha256 {actual}, the lock says {entry.sha256}){outcome}; to undo the edit, "
            f"restore it from version control (git restore -- {shlex.quote(shown)}); to "
            f"vendor it: {vendor}")


def _report_strangers(spec: VendoredSpec, out: Path, strays: list[str]) -> None:
    """Files in a package folder that clientgen did not write: no command of it removes them."""
    print(f"{spec.name}: generated/{spec.package} holds files clientgen did not write "
          "(it never removes them):", file=sys.stderr)
    for relative in strays:
        print(f"  {relative}", file=sys.stderr)
    paths = " ".join(shlex.quote((out / relative).as_posix()) for relative in strays)
    print(f"  fix: rm -- {paths}", file=sys.stderr)


def _report_drift(spec: VendoredSpec, changed: list[str],
                  tools: list[tuple[str, str, str]], note: str = "") -> None:
    from generator.emit.versions import FORMATTER

    where = f"generated/{spec.package}"
    if tools:
        made = " and ".join(f"{tool} {was}" for tool, was, _ in tools)
        have = " and ".join(f"{tool} {now}" for tool, _, now in tools)
        pins = "".join(f" (`pip install {tool}=={was}`)" for tool, was, _ in tools
                       if tool == FORMATTER)
        print(f"{spec.name}: {where} was generated with {made}, but {have} is installed, "
              f"which alone changes the output ({count(len(changed), 'file')} differ); "
              f"install the recorded versions{pins}, or adopt the installed ones with "
              f"`clientgen regenerate {spec.name}`", file=sys.stderr)
        return
    print(f"{spec.name}: {where} differs from what specs/{spec.file} produces:",
          file=sys.stderr)
    if note:
        print(f"  ({note})", file=sys.stderr)
    for line in changed:
        print(f"  {line}", file=sys.stderr)
    print(f"  fix: clientgen regenerate {spec.name}", file=sys.stderr)


def _generate_one(session: _Session, spec: Path, out: Path, package: str,
                  pagination: Path | None, ref_root: Path | None = None,
                  overlays: Sequence[Path] = ()) -> int:
    why = not_ours(out)  # refused before the work, not after it
    if why is not None:
        return _fail(f"refusing to write to {out.as_posix()}: {why}")
    origin = for_generate(spec, out, package, pagination, ref_root, overlays)
    result = session.run(spec, package, spec.name, pagination, origin, ref_root=ref_root,
                         overlays=overlays)
    changed = drift(out, result.files)
    if changed or _record_stale(out, result):
        changed = _done(out, changed, _report_kept(write_trees({out: result.tree()})))
    session.done(spec.name, out.as_posix(), result, changed)
    return EXIT_OK


def _diff(session: _Session, old: Path, new: Path, fmt: str,
          ref_root: Path | None = None, pagination: Path | None = None,
          overlays: Sequence[Path] = ()) -> int:
    from generator.diff import compare as api_diff

    with session.progress("diff: reading both versions"):
        before = api_diff.load(old, ref_root, pagination, overlays)
        after = api_diff.load(new, ref_root, pagination, overlays)
    changes = api_diff.compare(before, after)
    after_overlays = ", ".join(path.as_posix() for path in overlays)
    if fmt == "json":
        report = json.loads(api_diff.format_json(changes))
        if overlays:
            report["overlays"] = [path.as_posix() for path in overlays]
        print(json.dumps(report, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        heading = api_diff.title(old, new, before, after)
        if overlays:
            heading += f", both after overlays {after_overlays}"
        print(api_diff.format_markdown(changes, heading), end="")
    else:
        if overlays:
            print(f"# {old.as_posix()} and {new.as_posix()} compared after overlays "
                  f"{after_overlays}")
        print(api_diff.format_text(changes), end="")
    return EXIT_DRIFT if api_diff.breaking(changes) else EXIT_OK


def _update(session: _Session, name: str, source: str, timeout: float,
            max_bytes: int, upstream: str | None = None) -> int:
    from generator.cli.update import shown_source, update
    from generator.diff import compare as api_diff

    root = session.project()
    with session.progress(f"{name}: updating"):
        result = update(root, name, source, timeout, max_bytes, strict=session.strict,
                        upstream=upstream)
    session.accept(result.generated.diagnostics)
    _report_kept(result.kept)
    spec = result.spec
    if not session.quiet:
        print(f"{name}: specs/{spec.file} updated from {shown_source(source)} (sha256 "
              f"{spec.sha256}); "
              f"generated/{spec.package} regenerated as version {result.version} (was "
              f"{result.previous_version}; {count(result.generated.operations, 'operation')}"
              f", {count(result.generated.models, 'model')}); changelog: "
              f"specs/{name}/CHANGELOG.md", file=sys.stderr)
    if result.changes is None:
        print(f"{result.no_report}: no change report", file=sys.stderr)
    else:
        print(api_diff.format_text(result.changes), end="")
    return EXIT_OK


def _effective(session: _Session, which: str, overlays: list[Path], fmt: str) -> int:
    """Print the document after its overlays: a file as given, or a lock's spec with its own."""
    from generator.diagnostics import Sink
    from generator.read.loader import read_document

    path = Path(which)
    if not path.is_file():
        root = session.project()
        spec = find_spec(read_lock(root), which)
        path, overlays = spec.path(root), [*spec.overlay_paths(root), *overlays]
    sink = Sink()
    document = read_document(path, sink)
    if overlays:
        from generator.read.overlay import apply_overlays

        document = apply_overlays(document, overlays, sink).document
    session.accept(sink.items)
    if fmt == "json":
        found = _not_json(document.data)
        if found is not None:  # placed like any finding: in the overlay that wrote it
            from generator.read.loader import line_of

            ptr, what = found
            sink.error("not-json", f"{what} cannot be written as JSON; use --format yaml",
                       document.name, ptr, line_of(document, ptr))
            raise SpecError(sink.errors)
        print(json.dumps(document.data, indent=2, ensure_ascii=False))
    else:
        import yaml

        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        print(yaml.dump(document.data, Dumper=dumper, sort_keys=False, allow_unicode=True,
                        width=100), end="")
    return EXIT_OK


def _not_json(data: object) -> tuple[str, str] | None:
    """The first value JSON cannot hold (YAML's !!binary, !!set, .nan, .inf), as a pointer and
    what it is; None when the whole document can be written as JSON."""
    from generator.pointer import pointer

    stack: list[tuple[object, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            stack.extend((value, (*path, str(key))) for key, value in reversed(node.items()))
        elif isinstance(node, (list, tuple)):
            stack.extend((value, (*path, index)) for index, value in reversed(list(
                enumerate(node))))
        elif isinstance(node, float) and node != node:
            return pointer(*path), "a YAML .nan (not a number)"
        elif isinstance(node, float) and node in (float("inf"), float("-inf")):
            return pointer(*path), f"a YAML {'-' if node < 0 else ''}.inf (an infinite number)"
        elif not isinstance(node, (str, int, float, bool)) and node is not None:
            return pointer(*path), "a YAML !!binary value" if isinstance(node, bytes) \
                else "a YAML !!set" if isinstance(node, set) \
                else f"a YAML value of type {type(node).__name__}"
    return None


def _select(specs: list[VendoredSpec], name: str | None) -> list[VendoredSpec]:
    return specs if name is None else [find_spec(specs, name)]


def _print(diagnostics: list[Diagnostic]) -> None:
    _lines([d.render() for d in diagnostics])


def _lines(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_SPEC

