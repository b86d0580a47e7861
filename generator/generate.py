"""The library call behind the command line: a spec in, a package's files out."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, Sink, SpecError
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


def generate(spec: Path, package: str) -> Generated:
    """Load, resolve, model and render one spec; raise SpecError on any error."""
    check_package_name(package)
    sink = Sink()
    api = load_api(spec, sink)
    view = build_view(api, package)
    files = render_package(view)
    return Generated(files, sink.items, len(api.operations), len(api.definitions))
