"""The library call behind the command line: a spec in, a package's files out."""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, Sink, SpecError
from .origin import Origin
from .render import render_package
from .resolve import load_api
from .view import build_view

_PACKAGE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class Generated:
    files: dict[str, str]
    diagnostics: list[Diagnostic]
    operations: int
    models: int

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]


def check_package_name(package: str) -> None:
    """Package names become folder names: only plain identifiers are accepted."""
    if not _PACKAGE_NAME.fullmatch(package) or keyword.iskeyword(package):
        raise SpecError([Diagnostic("error", "bad-package-name",
                                    f"{package!r} is not a valid Python package name "
                                    "(lowercase letters, digits and _)", "<command line>")])


def read_pagination(path: Path) -> dict[str, Any]:
    """A pagination config: {operationId: {"scheme", "param", "items", ...} or null}."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problem = Diagnostic("error", "bad-pagination-config",
                             f"cannot read the pagination config: {exc}", str(path))
        raise SpecError([problem]) from None
    if not isinstance(data, dict) or not isinstance(data.get("operations"), dict):
        raise SpecError([Diagnostic("error", "bad-pagination-config",
                                    'expected {"operations": {operationId: ...}}', str(path))])
    return dict(data["operations"])


def generate(spec: Path, package: str, pagination: Path | None = None,
             origin: Origin | None = None) -> Generated:
    """Load, resolve, model and render one spec; raise SpecError on any error.

    `pagination`: a JSON file naming, by operationId, paging that detection misses.
    `origin`: the package's version and the commands its README shows (see origin.py).
    """
    check_package_name(package)
    sink = Sink()
    paging = read_pagination(pagination) if pagination else None
    api = load_api(spec, sink, paging, str(pagination))
    view = build_view(api, package)
    files = render_package(view, origin)
    return Generated(files, sink.items, len(api.operations), len(api.definitions))
