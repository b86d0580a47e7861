"""The library call behind the command line: a spec in, a package's files out."""

from __future__ import annotations

import functools
import gc
import keyword
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec, TypeVar

from generator.cache import sha256_text
from generator.diagnostics import Diagnostic, Sink, SpecError
from generator.emit.format import Formatter, formatter_id
from generator.emit.origin import Origin
from generator.emit.render import render_package
from generator.emit.view import build_view
from generator.model.pagination import read_config
from generator.model.resolve import load_api
from generator.project import inputs
from generator.project.record import RECORD_NAME, Previous, Record
from generator.read.validity import Validation

_PACKAGE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class Work:
    """What one generation computed and what it reused: counts, never times.

    `formatted` modules went through the formatter; `reused` were proven by the previous
    record; `cached` came from the cache. `validation` is where the verdict came from
    ("record", "cache" or "validator"). `note` says why the record was not used as a
    whole, `why` per module why its checked-in text was not reused.
    """

    formatted: int = 0
    reused: int = 0
    cached: int = 0
    validation: str = ""
    note: str = ""
    why: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Generated:
    files: dict[str, str]
    diagnostics: list[Diagnostic]
    operations: int
    models: int
    record: str = ""  # the JSON of the record to write beside the files (see record.py)
    work: Work = field(default_factory=Work)

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def tree(self) -> dict[str, str]:
        """The files and the record: what `regenerate` writes."""
        return {**self.files, RECORD_NAME: self.record}


def check_package_name(package: str) -> None:
    """Package names become folder names: only plain identifiers are accepted."""
    if not _PACKAGE_NAME.fullmatch(package) or keyword.iskeyword(package):
        raise SpecError([Diagnostic("error", "bad-package-name",
                                    f"{package!r} is not a valid Python package name "
                                    "(lowercase letters, digits and _)", "<command line>")])


_ENV_PREFIX = re.compile(r"[A-Z][A-Z0-9_]{0,63}")


def check_env_prefix(prefix: str | None) -> None:
    """An `env_prefix` from specs/lock.json names environment variables: A-Z, 0-9 and _."""
    if prefix is not None and not _ENV_PREFIX.fullmatch(prefix):
        raise SpecError([Diagnostic("error", "bad-env-prefix",
                                    f"env_prefix {prefix!r} is not an environment variable "
                                    "prefix (A-Z, 0-9 and _, starting with a letter)",
                                    "specs/lock.json")])


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collector_paused(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """`function` run with Python's cyclic garbage collector paused. A generation builds a
    large graph that lives until it ends (the document, the IR, the views) and frees little
    before, so the collector only traversed it again and again as it grew: 40% of the time
    of a 1,000-operation spec, for no memory back. Resumed when the function returns."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@_collector_paused
def generate(spec: Path, package: str, pagination: Path | None = None,
             origin: Origin | None = None, *, previous: Path | None = None,
             full: bool = False, ref_root: Path | None = None,
             overlays: Sequence[Path] = ()) -> Generated:
    """Load, resolve, model and render one spec; raise SpecError on any error.

    `pagination`: the spec's pagination config (see model/pagination.py); without one,
    operations page by its CONVENTIONS.
    `origin`: the package's version and the commands its README shows (see origin.py).
    `previous`: the folder of an earlier output; what its record proves is reused.
    `full`: reuse nothing (no record, no cache): recompute every module and the validation.
    `ref_root`: a folder holding the spec, below which its `$ref`s may reach other files.
    `overlays`: Overlay files applied in order to the spec as read, before it is validated.
    """
    check_package_name(package)
    check_env_prefix(origin.env_prefix if origin else None)
    sink = Sink()
    paging = read_config(pagination) if pagination else None
    tool = origin.formatter if origin else "ruff"
    made_by = formatter_id(tool)  # SpecError now when the lock's formatter is not installed
    before = Previous.read(previous, made_by) if previous and not full else None
    validation = Validation(before.proves_valid if before else None, use_cache=not full)
    formatter = Formatter(before.text if before else None, use_cache=not full, tool=tool)
    try:
        api = load_api(spec, sink, paging, str(pagination), validate=validation.start,
                       ref_root=ref_root, overlays=overlays)
        prefix = origin.env_prefix if origin else None
        files = render_package(build_view(api, package, prefix), origin, formatter)
    except Exception:
        validation.finish(sink)  # an invalid spec is reported as such, whatever broke on it
        raise
    except BaseException:
        validation.cancel()
        raise
    validation.finish(sink)
    spec_files = inputs.spec_files(spec, validation.files())
    made_from = None if spec_files is None else {
        "key": inputs.key(package, origin, pagination, overlays), "spec_files": spec_files}
    record = Record(made_by, validation.validator, validation.spec, formatter.hashes,
                    validation.kept,
                    {path: sha256_text(text) for path, text in files.items()}, made_from)
    work = Work(formatter.formatted, formatter.reused, formatter.cached, validation.source,
                before.note if before else "", dict(before.why) if before else {})
    return Generated(files, sink.items, len(api.operations), len(api.definitions),
                     record.to_json(), work)
