"""Fixtures for the generator's unit tests: inline specs written to tmp_path, loaded by path.

Nothing here reads outside the repository: the vendored specs and checked-in packages are
found relative to this file.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import ir
from generator.diagnostics import Sink
from generator.resolve import load_api

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(name, text) puts dedented text at tmp_path/name and returns the path."""

    def _write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load() -> Callable[[Path], tuple[ir.Api, Sink]]:
    """load(path) runs the whole front half (load_api) and returns the Api and its sink."""

    def _load(path: Path) -> tuple[ir.Api, Sink]:
        sink = Sink()
        return load_api(path, sink), sink

    return _load


VENDORED = {
    "opal": (REPO / "specs" / "opal" / "opal-openapi.yaml", "opal_client"),
    "oracle": (REPO / "specs" / "oracle" / "oracle-access-governance.yaml", "oracle_ag_client"),
}


@pytest.fixture(scope="session")
def vendored_apis() -> dict[str, tuple[ir.Api, Sink]]:
    """Both vendored specs loaded once per session (loading Opal takes a second or two)."""
    loaded = {}
    for name, (path, _) in VENDORED.items():
        sink = Sink()
        loaded[name] = (load_api(path, sink), sink)
    return loaded
